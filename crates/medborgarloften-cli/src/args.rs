//! The commands and flags of the editors' tool, read with `clap` (derive), and usage errors in Swedish.
//!
//! Shell layer: argument definitions only; each command's work is in its own module.

use std::path::PathBuf;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Parser, Subcommand};

/// Help layout for every command, with Swedish headings (clap's own are English).
const TEMPLATE: &str = "{about}\n\nAnvändning: {usage}\n\n{all-args}{after-help}\n";

/// The editors' tool: `medborgarloften <kommando> …`.
#[derive(Debug, Parser)]
#[command(
    name = "medborgarloften",
    about = "Verktyg för dig som publicerar en kommuns medborgarlöften",
    help_template = TEMPLATE,
    disable_help_subcommand = true,
    disable_version_flag = true,
    subcommand_help_heading = "Kommandon"
)]
pub struct Cli {
    /// The command to run.
    #[command(subcommand)]
    pub command: Command,
}

/// One command of the tool.
#[derive(Debug, Subcommand)]
#[command(help_template = TEMPLATE)]
pub enum Command {
    /// Läser och kontrollerar en datamängd och dess kartfil.
    #[command(help_template = TEMPLATE)]
    Validera {
        /// Datamängden (JSON).
        #[arg(value_name = "datamängd.json")]
        dataset: String,
        /// Kartfilen att kontrollera mot, i stället för den datamängden anger.
        #[arg(long, value_name = "områden.geojson")]
        geo: Option<PathBuf>,
    },
    /// Skriver löftena som CSV för svenska Excel (UTF-8 med BOM, semikolon) till standard ut.
    #[command(help_template = TEMPLATE)]
    Csv {
        /// Datamängden (JSON).
        #[arg(value_name = "datamängd.json")]
        dataset: String,
    },
    /// Skriver en datamängd i version 1 som version 2.
    #[command(help_template = TEMPLATE)]
    Uppgradera {
        /// Den gamla datamängden (version 1).
        #[arg(value_name = "gammal.json")]
        input: String,
        /// Filen att skriva (version 2).
        #[arg(value_name = "ny.json")]
        output: String,
    },
    /// Skriver en mall för en ny kommuns datamängd till standard ut.
    #[command(help_template = TEMPLATE)]
    Ny {
        /// Kommunens namn, till exempel "Grästorps kommun".
        #[arg(long, value_name = "NAMN")]
        kommun: String,
        /// SCB:s fyrsiffriga kommunkod, till exempel 1444.
        #[arg(long, value_name = "KOD")]
        kod: String,
    },
    /// Lägger till, byter ut (--ersatt) eller tar bort (--ta-bort) en uppföljning av ett löfte, kontrollerar
    /// datamängden och skriver den.
    #[command(help_template = TEMPLATE)]
    Uppfoljning {
        /// Datamängden (JSON) som ändras.
        #[arg(value_name = "datamängd.json")]
        dataset: String,
        /// Löftets id.
        #[arg(long, value_name = "ID")]
        lofte: String,
        /// Redovisningens datum: 2026-05-14, 2026-05 eller 2026.
        #[arg(long, value_name = "DATUM")]
        datum: String,
        /// Status efter redovisningen: rapporterad, pågår, försenat, genomfört, delvis genomfört eller ej genomfört
        /// (utan å, ä och ö går också: pagar, delvis-genomfort).
        #[arg(long, value_name = "STATUS", required_unless_present = "ta_bort")]
        status: Option<String>,
        /// Resultat för ett mål, sammanräknat hittills: MÅL=TAL (en enhet får stå efter: "kontroller=12 st") eller
        /// MÅL=text ("kontroller=ett 15-tal"). Kan anges flera gånger.
        #[arg(long = "varde", value_name = "MÅL=VÄRDE")]
        values: Vec<String>,
        /// Vad redovisningen sa, kort.
        #[arg(long, value_name = "TEXT")]
        notering: Option<String>,
        /// Adress till redovisningen (https://…).
        #[arg(long, value_name = "URL")]
        kalla: Option<String>,
        /// Rubrik för länken till redovisningen (annars "Uppföljning DATUM").
        #[arg(long = "kalla-rubrik", value_name = "TEXT")]
        kalla_rubrik: Option<String>,
        /// Byt ut löftets uppföljning med samma datum mot den här, i stället för att lägga till en.
        #[arg(long, conflicts_with = "ta_bort")]
        ersatt: bool,
        /// Ta bort löftets uppföljning med datumet (anges utan --status, --varde och de andra).
        #[arg(long = "ta-bort", conflicts_with_all = ["status", "values", "notering", "kalla", "kalla_rubrik"])]
        ta_bort: bool,
    },
    /// Skriver datamängden som en arbetsbok (.xlsx) med ett blad per tabell.
    #[command(help_template = TEMPLATE)]
    Exportera {
        /// Datamängden (JSON).
        #[arg(value_name = "datamängd.json")]
        dataset: String,
        /// Arbetsboken att skriva.
        #[arg(value_name = "bok.xlsx")]
        workbook: String,
    },
    /// Läser en arbetsbok (.xlsx eller .ods), kontrollerar den och skriver datamängden.
    #[command(help_template = TEMPLATE)]
    Importera {
        /// Arbetsboken att läsa.
        #[arg(value_name = "bok.xlsx")]
        workbook: String,
        /// Datamängden (JSON) att skriva; skrivs bara om arbetsboken är utan fel.
        #[arg(value_name = "datamängd.json")]
        dataset: String,
    },
    /// Gör ett utkast till datamängd av texten på polisens sida om kommunens medborgarlöften.
    #[command(help_template = TEMPLATE)]
    ImporteraText {
        /// Sidans text, kopierad från webbläsaren och sparad som textfil (UTF-8).
        #[arg(value_name = "sida.txt")]
        page: String,
        /// Utkastet att skriva (JSON); en fil med samma namn skrivs över.
        #[arg(value_name = "utkast.json")]
        draft: String,
    },
    /// Bygger och visar webbplatsen för en datamängd på den här datorn, före publicering.
    #[command(help_template = TEMPLATE)]
    Forhandsgranska {
        /// Datamängden (JSON).
        #[arg(value_name = "datamängd.json")]
        dataset: String,
        /// Skriv bara kommandot som bygger webbplatsen, utan att köra det.
        #[arg(long)]
        visa: bool,
    },
}

/// The command line definition with Swedish headings and a Swedish help flag on every command.
pub fn command() -> clap::Command {
    use clap::{Arg, ArgAction, CommandFactory};
    Cli::command().mut_subcommands(|sub| {
        sub.mut_args(|arg| {
            let heading = if arg.is_positional() { "Argument" } else { "Flaggor" };
            arg.help_heading(heading)
        })
        .disable_help_flag(true)
        .arg(
            Arg::new("hjalp")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help("Visar den här hjälpen")
                .help_heading("Flaggor"),
        )
    })
}

/// Help or usage text with clap's remaining English placeholder in Swedish.
pub fn swedish_usage(text: &str) -> String {
    text.replace("[OPTIONS]", "[flaggor]")
}

/// A usage error in Swedish, one or two lines, from clap's error kind and context (its own text is English).
pub fn swedish_error(err: &clap::Error) -> String {
    let context = |kind| match err.get(kind) {
        Some(ContextValue::String(text)) => text.clone(),
        Some(ContextValue::Strings(texts)) => texts.join(", "),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let what = match err.kind() {
        ErrorKind::InvalidSubcommand => format!("Okänt kommando: {}", context(ContextKind::InvalidSubcommand)),
        ErrorKind::UnknownArgument => {
            format!("Okänd flagga eller okänt argument: {}", context(ContextKind::InvalidArg))
        }
        ErrorKind::MissingRequiredArgument => format!("Det saknas: {}", context(ContextKind::InvalidArg)),
        ErrorKind::MissingSubcommand => "Ange ett kommando.".to_string(),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation if context(ContextKind::InvalidValue).is_empty() => {
            format!("{} behöver ett värde.", context(ContextKind::InvalidArg))
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            format!("Ogiltigt värde {} för {}", context(ContextKind::InvalidValue), context(ContextKind::InvalidArg))
        }
        ErrorKind::ArgumentConflict if !context(ContextKind::PriorArg).is_empty() => format!(
            "{} kan inte användas tillsammans med {}",
            context(ContextKind::InvalidArg),
            context(ContextKind::PriorArg)
        ),
        ErrorKind::ArgumentConflict | ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues => {
            format!("För många värden: {}", context(ContextKind::InvalidArg))
        }
        ErrorKind::InvalidUtf8 => "Ett argument är inte giltig UTF-8 text.".to_string(),
        _ => "Kommandot används fel.".to_string(),
    };
    match err.get(ContextKind::Usage) {
        Some(usage) => {
            let usage = swedish_usage(usage.to_string().trim_start_matches("Usage:").trim());
            format!("{what}\nAnvändning: {usage}")
        }
        None => what,
    }
}
