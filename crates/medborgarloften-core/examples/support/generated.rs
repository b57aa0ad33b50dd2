//! A generated, valid dataset of any size for benchmarks and property tests: same schema as the shipped one,
//! deterministic for a given seed, clearly marked as made-up (`example: true`).
//!
//! Shared by `examples/generate_dataset.rs`, `examples/view_timing.rs` and `tests/properties.rs` through
//! `#[path]`; not part of the library. Pure: uses only the core's model, no clock and no randomness from outside.

use std::collections::BTreeMap;

use medborgarloften_core::dataset::model::{
    Amount, Dataset, District, FollowupEntry, FollowupPlan, Goal, Link, Municipality, Party, Period, PlannedReport,
    Promise, ReportKind, Target, Theme, SCHEMA_VERSION,
};

use medborgarloften_core::dataset::month::DatePrecision;
use medborgarloften_core::dataset::month::{Month, ReportDate};
use medborgarloften_core::{Date, Status};

/// First period year; periods run one a year from here.
const FIRST_YEAR: u16 = 2018;
/// Number of periods (years) the promises are spread over.
const PERIODS: u16 = 8;

const THEMES: [(&str, &str); 12] = [
    ("narkotika", "Narkotika"),
    ("kriminella-natverk", "Kriminella nätverk"),
    ("vald", "Våld i offentlig miljö"),
    ("trafik", "Trafik"),
    ("synlighet", "Synlighet och patrullering"),
    ("trygghetsvandring", "Trygghetsvandring och dialog"),
    ("samverkan", "Samverkan"),
    ("avhopp", "Avhopp"),
    ("alkohol-tobak", "Alkohol och tobak"),
    ("krogar", "Krogar"),
    ("belysning", "Belysning och miljö"),
    ("unga", "Barn och unga"),
];

const DISTRICTS: [(&str, &str); 14] = [
    ("centrum", "Centrum"),
    ("norrby", "Norrby"),
    ("angsbacken", "Ängsbacken"),
    ("oster", "Öster"),
    ("sodermalm", "Södermalm"),
    ("bjorkdalen", "Björkdalen"),
    ("hagaby", "Hagaby"),
    ("strandvik", "Strandvik"),
    ("lindbacka", "Lindbacka"),
    ("ekhagen", "Ekhagen"),
    ("solberga", "Solberga"),
    ("vastra-hamnen", "Västra hamnen"),
    ("kvarnbyn", "Kvarnbyn"),
    ("aby", "Åby"),
];

const VERBS: [&str; 10] = [
    "genomföra",
    "öka antalet",
    "tillsammans med föreningar ordna",
    "fortsätta arbetet med",
    "varje månad planera",
    "utveckla",
    "prioritera",
    "samordna",
    "följa upp och redovisa",
    "i dialog med boende genomföra",
];

/// (short title, what is done) pairs; the title is what the editors would write, the text what was promised.
const OBJECTS: [(&str, &str); 12] = [
    ("Trafikkontroller", "trafikkontroller med fokus på hastighet och rattfylleri"),
    ("Trygghetsvandringar", "trygghetsvandringar där boende och föreningar deltar"),
    ("Mot narkotikaförsäljning", "riktade insatser mot narkotikaförsäljning på allmän plats"),
    ("Tillsyn av krogar", "tillsyn av serveringsställen och av tobaksförsäljning"),
    ("Synlig polis", "synlig patrullering till fots under kvällar och helger"),
    ("Möten med unga", "möten med unga på skolor och fritidsgårdar om droger och våld"),
    ("Mot rekrytering till nätverk", "arbete mot rekrytering av unga till kriminella nätverk"),
    ("Bättre belysning", "belysning och röjning av buskage längs gång- och cykelvägar"),
    ("Stöd till avhoppare", "stöd till den som vill lämna en kriminell miljö"),
    ("Medborgardialoger", "medborgardialoger om vad som skapar otrygghet"),
    ("Mot klotter och skadegörelse", "insatser mot nedskräpning, klotter och skadegörelse"),
    ("Nattvandringar", "nattvandringar tillsammans med vuxna i området"),
];

const TAILS: [&str; 9] = [
    "",
    " under hela året",
    " särskilt under sommarlovet",
    " i samverkan med fastighetsägare och skolor",
    " så att fler boende känner sig trygga när det är mörkt",
    " och redovisa resultatet i varje tertialuppföljning",
    " med start under våren",
    " där boende har pekat ut platser som känns otrygga",
    " och bjuda in lokala föreningar att delta",
];

const UNITS: [(&str, &str, &str); 5] = [
    ("kontroller", "kontroller", "trafikkontroller"),
    ("vandringar", "trygghetsvandringar", "genomförda trygghetsvandringar"),
    ("moten", "möten", "dialogmöten med boende"),
    ("tillsyner", "tillsyner", "tillsynsbesök på serveringsställen"),
    ("lampor", "gatlampor", "nya gatlampor"),
];

const NOTES: [&str; 5] = [
    "Arbetet har kommit i gång enligt plan.",
    "Färre insatser än planerat på grund av personalbrist.",
    "Insatserna har genomförts tillsammans med föreningarna.",
    "Resultatet redovisades för kommunstyrelsen.",
    "Arbetet fortsätter under nästa period.",
];

/// A small deterministic generator (SplitMix64): enough for test data, no dependency.
pub struct Rng(u64);

impl Rng {
    /// A generator started from `seed`.
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn date(year: u16, month: u32, day: u32) -> Date {
    Date::from_ymd(i32::from(year), month, day).expect("generator uses real dates")
}

fn period(year: u16) -> Period {
    let report = |date, kind, title: &str| PlannedReport {
        date,
        precision: DatePrecision::Month,
        kind,
        title: title.to_string(),
    };
    Period {
        translations: Default::default(),
        id: year.to_string(),
        start: Month::new(year, 1).expect("generator uses real months"),
        end: Month::new(year, 12).expect("generator uses real months"),
        groups: vec![],
        title: format!("Medborgarlöfte {year}"),
        intro: format!(
            "Polisen och Storköpings kommun lovar att under {year} arbeta tillsammans för att stadsdelarna ska bli \
             tryggare att bo och leva i. (Genererat exempel.)"
        ),
        lead: Some(format!("Polisen och Storköpings kommun lovar att under {year}")),
        goal: Some(Goal {
            translations: Default::default(),
            heading: "Det här ska vi åstadkomma tillsammans".to_string(),
            text: "Fler ska känna sig trygga i sin stadsdel, och färre ska utsättas för brott.".to_string(),
        }),
        followup: FollowupPlan {
            translations: Default::default(),
            heading: "Följ med i hur det går!".to_string(),
            text: Some(format!("Medborgarlöftet följs upp varje tertial och slutredovisas i januari {}.", year + 1)),
            reports: vec![
                report(date(year, 4, 30), ReportKind::Intern, "Intern redovisning, tertial 1"),
                report(date(year, 8, 31), ReportKind::Intern, "Intern redovisning, tertial 2"),
                report(date(year + 1, 1, 31), ReportKind::Slut, "Slutredovisning"),
            ],
        },
        documents: vec![],
        source_url: "https://example.org/medborgarloften/storkoping".to_string(),
    }
}

fn promise(rng: &mut Rng, index: usize) -> Promise {
    let year = FIRST_YEAR + (index % usize::from(PERIODS)) as u16;
    let parties: Vec<String> = match rng.below(4) {
        0 | 1 => vec!["polisen".to_string()],
        2 => vec!["kommunen".to_string()],
        _ => vec!["polisen".to_string(), "kommunen".to_string()],
    };
    let mut themes: Vec<String> = Vec::new();
    for _ in 0..1 + rng.below(2) + usize::from(rng.chance(10)) {
        let id = rng.pick(&THEMES).0.to_string();
        if !themes.contains(&id) {
            themes.push(id);
        }
    }
    let mut districts: Vec<String> = Vec::new();
    if !rng.chance(25) {
        for _ in 0..1 + rng.below(3) {
            let id = rng.pick(&DISTRICTS).0.to_string();
            if !districts.contains(&id) {
                districts.push(id);
            }
        }
    }
    let place = match districts.first() {
        Some(id) => DISTRICTS.iter().find(|(d, _)| d == id).map_or("kommunen", |(_, name)| name),
        None => "hela kommunen",
    };
    let verb = rng.pick(&VERBS);
    let (short, object) = *rng.pick(&OBJECTS);
    let tail = rng.pick(&TAILS);
    let mut text = format!("Att {verb} {object} i {place}{tail}.");
    if rng.chance(25) {
        text.push_str(" Arbetet sker i samverkan med civilsamhället.");
    }
    let title = format!("{short} i {place}");
    let targets: Vec<Target> = if rng.chance(25) {
        let (id, unit, label) = *rng.pick(&UNITS);
        vec![Target {
            id: id.to_string(),
            value: Some(10 * (1 + rng.below(30) as u32)),
            kind: None,
            rate: None,
            unit: unit.to_string(),
            label: format!("{label} i {place}"),
        }]
    } else {
        vec![]
    };
    let followups = if rng.chance(15) { followups(rng, year, &targets) } else { vec![] };
    Promise {
        translations: Default::default(),
        id: format!("{year}-{}-{index:06}", themes[0]),
        period: year.to_string(),
        group: None,
        sub_promises: vec![],
        source_url: None,
        parties,
        title,
        text,
        themes,
        districts,
        targets,
        followups,
    }
}

fn followups(rng: &mut Rng, year: u16, targets: &[Target]) -> Vec<FollowupEntry> {
    let dates = [date(year, 4, 30), date(year, 8, 31), date(year + 1, 1, 31)];
    let count = 1 + rng.below(dates.len());
    let mut achieved_so_far = 0u32;
    (0..count)
        .map(|i| {
            let last = i + 1 == dates.len();
            let status = if last {
                *rng.pick(&[Status::Done, Status::PartlyDone, Status::NotDone])
            } else {
                *rng.pick(&[Status::InProgress, Status::InProgress, Status::Delayed])
            };
            let mut achieved = BTreeMap::new();
            if let Some(target) = targets.first() {
                achieved_so_far += rng.below(target.value.unwrap_or(0) as usize / 2 + 1) as u32;
                achieved.insert(target.id.clone(), Amount::Number(achieved_so_far));
            }
            FollowupEntry {
                translations: Default::default(),
                date: ReportDate::day(dates[i]),
                status,
                achieved,
                note: Some(rng.pick(&NOTES).to_string()),
                // Only the final report is published as a document.
                source: last.then(|| Link {
                    title: format!("Slutredovisning {year}"),
                    url: "https://example.org/medborgarloften/storkoping/slutredovisning".to_string(),
                }),
            }
        })
        .collect()
}

/// A valid dataset with `promises` promises over eight yearly periods (2018–2025), two parties, twelve themes and
/// fourteen districts; about a quarter have a numeric target and about one in seven has follow-ups. The same `seed` always
/// gives the same dataset.
pub fn generated_dataset(promises: usize, seed: u64) -> Dataset {
    let mut rng = Rng::new(seed);
    Dataset {
        schema: None,
        schema_version: SCHEMA_VERSION,
        id: format!("stor-{promises}"),
        title: "Medborgarlöften i Storköping (genererat exempel)".to_string(),
        example: true,
        updated: date(FIRST_YEAR + PERIODS, 1, 15),
        municipality: Municipality { name: "Storköpings kommun".to_string(), code: "0000".to_string() },
        source: Link {
            title: "Storköping: medborgarlöften (genererad testdata)".to_string(),
            url: "https://example.org/medborgarloften/storkoping".to_string(),
        },
        geometry: None,
        look: None,
        parties: vec![
            Party {
                translations: Default::default(),
                id: "polisen".to_string(),
                name: "Polismyndigheten".to_string(),
                short: "Polisen".to_string(),
                in_sentence: Some("polisen".to_string()),
            },
            Party {
                translations: Default::default(),
                id: "kommunen".to_string(),
                name: "Storköpings kommun".to_string(),
                short: "Kommunen".to_string(),
                in_sentence: Some("kommunen".to_string()),
            },
        ],
        themes: THEMES
            .iter()
            .map(|(id, name)| Theme { translations: Default::default(), id: id.to_string(), name: name.to_string() })
            .collect(),
        districts: DISTRICTS
            .iter()
            .enumerate()
            .map(|(i, (id, name))| District {
                translations: Default::default(),
                id: id.to_string(),
                name: name.to_string(),
                priority: i % 4 == 1,
                regso: vec![],
            })
            .collect(),
        periods: (FIRST_YEAR..FIRST_YEAR + PERIODS).rev().map(period).collect(),
        promises: (0..promises).map(|i| promise(&mut rng, i)).collect(),
    }
}
