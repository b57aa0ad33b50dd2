//! The help text and exit codes of the editors' tool, in Swedish.
//!
//! Shell layer: plain constants, no I/O and no core logic.

/// Exit code: everything is in order.
pub const EXIT_OK: u8 = 0;
/// Exit code: the dataset or the map file has errors.
pub const EXIT_INVALID: u8 = 1;
/// Exit code: the command was used wrongly, or a named file could not be read.
pub const EXIT_USAGE: u8 = 2;

/// What `medborgarloften hjälp` prints.
pub const USAGE: &str = "\
medborgarloften – verktyg för dig som publicerar en kommuns medborgarlöften

Användning:
  medborgarloften validera <datamängd.json> [--geo <områden.geojson>]
      Läser och kontrollerar datamängden. Skriver \"OK: …\" eller varje fel på en egen rad,
      med rad och kolumn eller sökväg och löftets id. Kartfilen kontrolleras också: den som
      anges med --geo, annars den som datamängden anger i geometry.districts (räknat från
      appens rot, mappen ovanför datamängdens mapp). Varje områdeskod (RegSO) som ett
      område i datamängden nämner måste finnas i kartfilen, och kartan ritas upp som i appen.
      Varningar (till exempel status \"genomfort\" när siffrorna visar 1 av 6) skrivs som
      \"Varning: …\" men ger ändå slutkod 0.

  medborgarloften uppgradera <gammal.json> <ny.json>
      Skriver en datamängd i version 1 som version 2, utan att något går förlorat: varje år
      blir en period (januari–december) och löftena pekar på den. Den gamla filen ändras inte.
      Läs docs/redaktorer.md för vad version 2 kan mer.

  medborgarloften csv <datamängd.json>
      Skriver löftena som en lista (ett löfte per rad) till standard ut, för granskning i
      svenska Excel: UTF-8 med BOM och semikolon mellan fälten, så att å, ä och ö och
      kolumnerna blir rätt när filen dubbelklickas. En cell som börjar med =, +, - eller @
      får ett ' först, så att kalkylprogrammet visar den som text och inte kör den som en formel.
      Listan kan inte läsas tillbaka; använd exportera/importera för det.
      Exempel: medborgarloften csv data.json > löften.csv

  medborgarloften ny --kommun <NAMN> --kod <KOD>
      Skriver en mall för en ny kommun till standard ut: en exempelperiod för i år och ett
      exempellöfte att skriva över, markerad som exempeldata. Mallen klarar validera.
      Exempel: medborgarloften ny --kommun \"Grästorps kommun\" --kod 1444 > grastorp.json

  medborgarloften uppfoljning <datamängd.json> --lofte <ID> --datum <DATUM> --status <S>
        [--varde <MÅL=VÄRDE> …] [--notering <TEXT>] [--kalla <URL>] [--kalla-rubrik <TEXT>] [--ersatt]
  medborgarloften uppfoljning <datamängd.json> --lofte <ID> --datum <DATUM> --ta-bort
      Lägger till en uppföljning av ett löfte (DATUM 2026-05-14, 2026-05 eller 2026), kontrollerar
      hela datamängden och skriver den. STATUS är rapporterad, pågår, försenat, genomfört,
      delvis genomfört eller ej genomfört. Ett VÄRDE är ett heltal, gärna med enhet (12, \"12 st\"),
      eller rapportens ord (\"ett 15-tal\"). Har löftet redan en uppföljning med samma datum läggs
      ingen till: --ersatt byter ut den, --ta-bort tar bort den. Ett okänt löfte eller en regel
      som inte följs ger slutkod 1, och filen ändras inte.

  medborgarloften exportera <datamängd.json> <bok.xlsx>
      Skriver datamängden som en arbetsbok med ett blad per tabell (Kommun, Perioder, Rapporter,
      Dokument, Grupper, Löften, Stödlöften, Mål, Uppföljningar, Områden, Teman, Parter).

  medborgarloften importera <bok.xlsx|bok.ods> <datamängd.json>
      Läser en arbetsbok, kontrollerar den med samma regler som appen och skriver datamängden.
      Alla fel skrivs på en gång, vart och ett med blad, rad och kolumn; då skrivs ingen fil
      (slutkod 1).

  medborgarloften importera-text <sida.txt> <utkast.json>
      Gör ett utkast till datamängd av texten på polisens sida om kommunens medborgarlöften
      (markera allt på sidan i webbläsaren, kopiera och spara som textfil). Perioder, parter,
      löften (ordagrant), mål och uppföljning läses ur texten. Allt som sidan inte säger säkert
      skrivs som \"Kontrollera: <sökväg>: …\", en rad per sak; kommunkoden och temat är platshållare.
      Exempel: medborgarloften importera-text sida.txt utkast.json

  medborgarloften forhandsgranska <datamängd.json> [--visa]
      Bygger webbplatsen för datamängden och visar den på http://127.0.0.1:8080 (körs i
      projektets mapp). Med --visa skrivs bara kommandot.

  medborgarloften <kommando> --help
      Visar hjälpen för ett kommando.

  medborgarloften hjälp
      Visar den här texten (även --help).

Slutkoder: 0 allt i ordning, 1 fel i datamängden eller kartfilen,
2 fel användning eller en fil som inte gick att läsa.
";

/// The short hint printed after a usage error.
pub const SEE_HELP: &str = "Skriv \"medborgarloften hjälp\" för att se hur verktyget används.";
