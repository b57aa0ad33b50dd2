//! The published dataset in schema version 2, as it appears in `public/data/*.json` (schema:
//! `public/data/schema.json`; version 1 files are read by [`crate::dataset::v1`] and upgraded to this model).
//!
//! Plain data types; every object refuses unknown fields, so a misspelt field is an error instead of being dropped.
//! Files are read into them by the core's own decoders (`crate::dataset::decode`); the serde derives write JSON (the
//! editors' tool) and are the reference the decoders are tested against. Pure core: no UI or browser dependency. A
//! freshly read [`Dataset`] is not trusted: [`crate::parse_dataset`] validates it before anything else sees it.
//!
//! Dataset layer: of its own layer uses only `date`, `month` and `status`; must not import the readers (`decode`,
//! `parse`, `v1`), which use it, nor `geo`, `page` or `export`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::dataset::date::Date;
use crate::dataset::month::{DatePrecision, Month, ReportDate};
use crate::dataset::status::Status;

/// The schema version this build of the app writes; it also reads version 1 ([`crate::dataset::v1::SCHEMA_VERSION`]).
pub const SCHEMA_VERSION: u32 = 2;

/// One published dataset: a municipality's promises over one or more periods.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// Where an editor's tool finds the JSON Schema, e.g. `schema.json`; not used by the app.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Format version; [`SCHEMA_VERSION`] once parsed.
    pub schema_version: u32,
    /// Short machine id of the dataset, e.g. `eskilstuna`.
    pub id: String,
    /// Title shown in the header, e.g. "Medborgarlöften i Eskilstuna".
    pub title: String,
    /// True for made-up demonstration data; the app labels it as example data.
    #[serde(default)]
    pub example: bool,
    /// The date the dataset was last compiled or updated.
    pub updated: Date,
    /// The municipality the promises concern.
    pub municipality: Municipality,
    /// Where the promises were published.
    pub source: Link,
    /// Geometry files for the map, relative to the dataset's folder's parent (the app root).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geometry: Option<Geometry>,
    /// The parties that make promises (police, municipality, and any other promiser).
    pub parties: Vec<Party>,
    /// Themes a promise can be tagged with.
    pub themes: Vec<Theme>,
    /// Named districts that promises can concern.
    pub districts: Vec<District>,
    /// The promise periods, usually one a year.
    pub periods: Vec<Period>,
    /// Every promise, in publication order.
    pub promises: Vec<Promise>,
}

/// A Swedish municipality.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Municipality {
    /// Name, e.g. "Eskilstuna kommun".
    pub name: String,
    /// SCB's four-digit municipality code, e.g. "0484".
    pub code: String,
}

/// A titled link. `url` is http(s) or relative; validation rejects anything else.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    /// Link text.
    pub title: String,
    /// Target address.
    pub url: String,
}

/// The map files of a dataset.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Geometry {
    /// GeoJSON FeatureCollection of statistical areas (property `regsokod` is the key).
    pub districts: String,
    /// GeoJSON outline of the municipality.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outline: Option<String>,
    /// Attribution to show on the map, e.g. "Källa: SCB".
    pub attribution: String,
}

/// A party that makes promises.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Party {
    /// URL value, e.g. `polisen`.
    pub id: String,
    /// Full name, e.g. "Polismyndigheten".
    pub name: String,
    /// Short name for badges and filters, e.g. "Polisen".
    pub short: String,
    /// The short name as written inside a sentence, e.g. "kommunen" ("Polisen och kommunen"); without it the
    /// short name is used as written ("Polisen och Västtrafik").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_sentence: Option<String>,
}

/// A theme tag.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    /// URL value, e.g. `narkotika`.
    pub id: String,
    /// Display name, e.g. "Narkotika".
    pub name: String,
}

/// A named district, made of one or more statistical areas (SCB RegSO).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct District {
    /// URL value, e.g. `skiftinge`.
    pub id: String,
    /// Display name, e.g. "Skiftinge".
    pub name: String,
    /// True for the police's and municipality's priority districts.
    #[serde(default)]
    pub priority: bool,
    /// SCB RegSO codes the district covers, e.g. `["0484R017", "0484R018"]`.
    #[serde(default)]
    pub regso: Vec<String>,
}

/// One promise period: a calendar year, or any run of months ("juni 2017–juni 2018", "2024–2027").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// Id that promises name, e.g. `2019` or `2024-2027`.
    pub id: String,
    /// The first month of the period.
    pub start: Month,
    /// The last month of the period.
    pub end: Month,
    /// Heading, e.g. "Medborgarlöfte 2019".
    pub title: String,
    /// The introductory promise, verbatim.
    pub intro: String,
    /// The sentence that leads into the list of promises, verbatim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead: Option<String>,
    /// The joint goal, when published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal: Option<Goal>,
    /// How the period is followed up.
    pub followup: FollowupPlan,
    /// Documents about the period (follow-up reports and the like).
    #[serde(default)]
    pub documents: Vec<Document>,
    /// Where the period's promises were published.
    pub source_url: String,
    /// Headings that group the period's promises (a theme, a party, a stadsdel), in display order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<Group>,
}

impl Period {
    /// The first calendar year: the period's key in the `ar` filter and in element ids.
    pub fn year(&self) -> u16 {
        self.start.year
    }

    /// The last calendar year.
    pub fn last_year(&self) -> u16 {
        self.end.year
    }

    /// True when the period runs during some part of `year`.
    pub fn spans(&self, year: u16) -> bool {
        (self.start.year..=self.end.year).contains(&year)
    }

    /// The years for filters and headings: "2019", or "2024–2027" for a period over several years.
    pub fn years_label(&self) -> String {
        if self.start.year == self.end.year {
            self.start.year.to_string()
        } else {
            format!("{}–{}", self.start.year, self.end.year)
        }
    }

    /// The lead as shown before the list of promises, ending in one colon ("… lovar att:"), whether or not the
    /// editor wrote it.
    pub fn lead_text(&self) -> Option<String> {
        self.lead.as_ref().map(|lead| {
            let lead = lead.trim_end();
            if lead.ends_with(':') {
                lead.to_string()
            } else {
                format!("{lead}:")
            }
        })
    }
}

/// A heading within a period that groups promises: a theme, a party or a stadsdel.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    /// Id that promises name, e.g. `ostra-goteborg`.
    pub id: String,
    /// Heading, e.g. "Östra Göteborg".
    pub heading: String,
    /// Text under the heading, verbatim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intro: Option<String>,
    /// Where the group's promises were published, when that is not the period's page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_url: Option<String>,
}

/// The joint goal of a period.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    /// Heading, verbatim, e.g. "Det här ska vi åstadkomma tillsammans".
    pub heading: String,
    /// The goal, verbatim.
    pub text: String,
}

/// The published follow-up plan of a period.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FollowupPlan {
    /// Heading, e.g. "Följ med i hur det går!".
    pub heading: String,
    /// The plan as published, verbatim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Planned reports, in date order.
    #[serde(default)]
    pub reports: Vec<PlannedReport>,
}

/// A planned follow-up report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlannedReport {
    /// When the report is due. With month precision, the last day of that month.
    pub date: Date,
    /// Whether the day is known or only the month.
    #[serde(default)]
    pub precision: DatePrecision,
    /// Internal (tertial) report or the final report.
    pub kind: ReportKind,
    /// Display title, e.g. "Intern redovisning, tertial 1".
    pub title: String,
}

/// The kind of a planned report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ReportKind {
    /// An internal report after a tertial.
    Intern,
    /// The final report of the period.
    Slut,
}

/// A document about a period. Without `url` the app points to the period's source page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// Title as published, e.g. "Uppföljning Eskilstuna kommun tertial 1-3 2018.pdf".
    pub title: String,
    /// What the document is, e.g. `uppfoljning`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Where it can be read (http(s) or relative), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// A short note shown with the document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// One promise.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Promise {
    /// Stable id, used in links (`?lofte=`).
    pub id: String,
    /// Id of the promise's period.
    pub period: String,
    /// Id of its group within the period, if the period has groups.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// Ids of the promising parties; two or more for a joint promise.
    pub parties: Vec<String>,
    /// A short title written by the editors.
    pub title: String,
    /// The promise as published, verbatim.
    pub text: String,
    /// Supporting promises under it ("Staden stödjer polisens löfte genom:" and a list).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sub_promises: Vec<SubPromises>,
    /// Theme ids, one to three.
    pub themes: Vec<String>,
    /// District ids; empty means the whole municipality.
    #[serde(default)]
    pub districts: Vec<String>,
    /// Measurable targets named in the text, and things counted without a target.
    #[serde(default)]
    pub targets: Vec<Target>,
    /// Published follow-up entries, in date order; empty when none is published.
    #[serde(default)]
    pub followups: Vec<FollowupEntry>,
    /// Where this promise was published, when not on its group's or period's page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_url: Option<String>,
}

/// A list of supporting promises under a promise, e.g. what the city does to support a police promise.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubPromises {
    /// Ids of the parties that make them; empty means the promise's own.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parties: Vec<String>,
    /// The sentence before the list, verbatim, e.g. "Staden stödjer polisens löfte genom:".
    pub lead: String,
    /// The supporting promises, verbatim.
    pub items: Vec<String>,
}

/// A measurable target, e.g. at least 200 traffic checks, or something counted without a target.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    /// Key used by follow-up entries, e.g. `kontroller`.
    pub id: String,
    /// The promised number; without it the results are counted but there is no target.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<u32>,
    /// Whether the number is a minimum ("minst 200") or exact; unsaid in version 1 files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<TargetKind>,
    /// The rate the number holds for, e.g. "per vecka"; none for a total over the period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rate: Option<String>,
    /// Unit in the plural, e.g. "kontroller".
    pub unit: String,
    /// What is counted, e.g. "trafik- och trafikrelaterade kontroller".
    pub label: String,
}

/// Whether a target's number is a minimum or exact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TargetKind {
    /// At least the number ("minst en per vecka").
    Minst,
    /// Exactly the number ("fyra medborgardialoger").
    Exakt,
}

/// A published follow-up of one promise at one report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FollowupEntry {
    /// Date of the report: `2026-05-14`, `2026-05` or `2026`.
    pub date: ReportDate,
    /// The verdict after this report; `rapporterad` (the default) when the report gives none.
    #[serde(default = "reported")]
    pub status: Status,
    /// Result per target id: a cumulative number, or text ("ett 15-tal").
    #[serde(default)]
    pub achieved: BTreeMap<String, Amount>,
    /// What the report said, briefly.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The source document, when published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Link>,
}

fn reported() -> Status {
    Status::Reported
}

/// A result: a number, or words when the report gives no number ("ett 15-tal", "flertalet").
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Amount {
    /// A counted number.
    Number(u32),
    /// The report's words.
    Text(String),
}

impl Amount {
    /// The number, when it is one.
    pub fn number(&self) -> Option<u32> {
        match self {
            Amount::Number(n) => Some(*n),
            Amount::Text(_) => None,
        }
    }
}

impl<'de> Deserialize<'de> for Amount {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct AmountVisitor;
        impl serde::de::Visitor<'_> for AmountVisitor {
            type Value = Amount;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a whole number or a text")
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Amount, E> {
                u32::try_from(v).map(Amount::Number).map_err(|_| E::custom("ogiltigt resultat: talet är för stort"))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Amount, E> {
                u32::try_from(v).map(Amount::Number).map_err(|_| {
                    E::custom(format!("ogiltigt resultat: {v} går inte; väntade ett heltal från 0 eller en text"))
                })
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Amount, E> {
                Ok(Amount::Text(v.to_string()))
            }
        }
        deserializer.deserialize_any(AmountVisitor)
    }
}
