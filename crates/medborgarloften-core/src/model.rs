//! The published dataset, as it appears in `public/data/*.json` (schema: `public/data/schema.json`).
//!
//! Plain data types with serde. Pure core: no UI or browser dependency. A freshly deserialised [`Dataset`]
//! is not trusted: [`crate::parse_dataset`] validates it before anything else sees it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::status::Status;

/// The schema version this build of the app understands.
pub const SCHEMA_VERSION: u32 = 1;

/// One published dataset: a municipality's promises over one or more periods.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    /// Format version; must equal [`SCHEMA_VERSION`].
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
    /// The parties that make promises (police, municipality).
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
pub struct Municipality {
    /// Name, e.g. "Eskilstuna kommun".
    pub name: String,
    /// SCB's four-digit municipality code, e.g. "0484".
    pub code: String,
}

/// A titled link. `url` is http(s) or relative; validation rejects anything else.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    /// Link text.
    pub title: String,
    /// Target address.
    pub url: String,
}

/// The map files of a dataset.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
pub struct Party {
    /// URL value, e.g. `polisen`.
    pub id: String,
    /// Full name, e.g. "Polismyndigheten".
    pub name: String,
    /// Short name for badges and filters, e.g. "Polisen".
    pub short: String,
}

/// A theme tag.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Theme {
    /// URL value, e.g. `narkotika`.
    pub id: String,
    /// Display name, e.g. "Narkotika".
    pub name: String,
}

/// A named district, made of one or more statistical areas (SCB RegSO).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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

/// One promise period (usually a calendar year).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Period {
    /// The year the promises run.
    pub year: u16,
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
}

/// The joint goal of a period.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Goal {
    /// Heading, verbatim, e.g. "Det här ska vi åstadkomma tillsammans".
    pub heading: String,
    /// The goal, verbatim.
    pub text: String,
}

/// The published follow-up plan of a period.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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

/// How precisely a planned date is known.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DatePrecision {
    /// The exact day is known.
    #[default]
    Day,
    /// Only the month is known ("i maj 2019").
    Month,
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
pub struct Promise {
    /// Stable id, used in links (`?lofte=`).
    pub id: String,
    /// The period's year.
    pub year: u16,
    /// Ids of the promising parties; two for a joint promise.
    pub parties: Vec<String>,
    /// A short title written by the editors.
    pub title: String,
    /// The promise as published, verbatim.
    pub text: String,
    /// Theme ids, one to three.
    pub themes: Vec<String>,
    /// District ids; empty means the whole municipality.
    #[serde(default)]
    pub districts: Vec<String>,
    /// Measurable targets named in the text.
    #[serde(default)]
    pub targets: Vec<Target>,
    /// Published follow-up entries, in date order; empty when none is published.
    #[serde(default)]
    pub followups: Vec<FollowupEntry>,
}

/// A measurable target, e.g. 200 traffic checks.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Target {
    /// Key used by follow-up entries, e.g. `kontroller`.
    pub id: String,
    /// The promised number.
    pub value: u32,
    /// Unit in the plural, e.g. "kontroller".
    pub unit: String,
    /// What is counted, e.g. "trafik- och trafikrelaterade kontroller".
    pub label: String,
}

/// A published follow-up of one promise at one report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FollowupEntry {
    /// Date of the report.
    pub date: Date,
    /// Status after this report.
    pub status: Status,
    /// Cumulative achieved value per target id.
    #[serde(default)]
    pub achieved: BTreeMap<String, u32>,
    /// What the report said, briefly.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The source document, when published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Link>,
}
