//! Schema version 1, as published until schema 2: calendar-year periods, numeric results and a verdict on every
//! follow-up. Its head is schema 2's ([`model::Dataset`] with this file's parties, periods and promises); the types
//! that differ are declared here once with [`record!`] and [`words!`], which give their readers too. Read strictly
//! (unknown fields are errors, as in version 2) and upgraded in memory with [`upgrade`], so the rest of the core only
//! knows [`crate::dataset::model`]. `medborgarloften uppgradera` writes the upgrade to disk.
//!
//! Pure core: no UI dependency.
//!
//! Dataset layer: of its own layer uses `decode` (the declaration macros), `model`, `date`, `month` and `status`; must
//! not import `parse` (which uses it), nor `geo`, `page` or `export`.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::dataset::date::Date;
use crate::dataset::decode::{record, words};
use crate::dataset::model::{self, Amount, Document, FollowupPlan, Goal, Link};
use crate::dataset::month::{Month, ReportDate};
use crate::dataset::status::Status;

/// The version number of this format.
pub const SCHEMA_VERSION: u32 = 1;

/// A version 1 dataset: schema 2's head, with version 1's parties, periods and promises.
pub type Dataset = model::Dataset<Party, Period, Promise>;

record! {
    /// A version 1 party.
    #[derive(Clone, Debug, PartialEq)]
    pub struct Party {
        /// URL value.
        pub id: String,
        /// Full name.
        pub name: String,
        /// Short name; version 1 writes it in lower case after the first party of a badge.
        pub short: String,
    }
}

record! {
    /// A version 1 period: one calendar year.
    #[derive(Clone, Debug, PartialEq)]
    pub struct Period {
        /// The year.
        pub year: u16,
        /// Heading.
        pub title: String,
        /// Introductory promise.
        pub intro: String,
        /// Lead into the list.
        pub lead: Option<String> = None,
        /// Joint goal.
        pub goal: Option<Goal> = None,
        /// Follow-up plan.
        pub followup: FollowupPlan,
        /// Documents.
        pub documents: Vec<Document> = Vec::new(),
        /// Source page.
        pub source_url: String,
    }
}

record! {
    /// A version 1 promise.
    #[derive(Clone, Debug, PartialEq)]
    pub struct Promise {
        /// Stable id.
        pub id: String,
        /// The period's year.
        pub year: u16,
        /// Party ids.
        pub parties: Vec<String>,
        /// Short title.
        pub title: String,
        /// Verbatim text.
        pub text: String,
        /// Theme ids.
        pub themes: Vec<String>,
        /// District ids.
        pub districts: Vec<String> = Vec::new(),
        /// Numeric targets.
        pub targets: Vec<Target> = Vec::new(),
        /// Follow-up entries.
        pub followups: Vec<FollowupEntry> = Vec::new(),
    }
}

record! {
    /// A version 1 target: always a number.
    #[derive(Clone, Debug, PartialEq)]
    pub struct Target {
        /// Key used by follow-up entries.
        pub id: String,
        /// The promised number.
        pub value: u32,
        /// Unit in the plural.
        pub unit: String,
        /// What is counted.
        pub label: String,
    }
}

words! {
    /// The statuses of version 1: every status but `rapporterad`, which came with version 2.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
    pub enum Status1 {
        /// `ej-uppfoljt`
        NotFollowedUp = "ej-uppfoljt",
        /// `pagar`
        InProgress = "pagar",
        /// `forsenat`
        Delayed = "forsenat",
        /// `genomfort`
        Done = "genomfort",
        /// `delvis-genomfort`
        PartlyDone = "delvis-genomfort",
        /// `ej-genomfort`
        NotDone = "ej-genomfort",
    }
}

impl Status1 {
    /// Every version 1 status.
    pub const ALL_V1: [Status1; 6] = [
        Status1::NotFollowedUp,
        Status1::InProgress,
        Status1::Delayed,
        Status1::Done,
        Status1::PartlyDone,
        Status1::NotDone,
    ];
}

impl From<Status1> for Status {
    fn from(status: Status1) -> Status {
        match status {
            Status1::NotFollowedUp => Status::NotFollowedUp,
            Status1::InProgress => Status::InProgress,
            Status1::Delayed => Status::Delayed,
            Status1::Done => Status::Done,
            Status1::PartlyDone => Status::PartlyDone,
            Status1::NotDone => Status::NotDone,
        }
    }
}

record! {
    /// A version 1 follow-up entry: an exact day, a verdict, numbers.
    #[derive(Clone, Debug, PartialEq)]
    pub struct FollowupEntry {
        /// Date of the report.
        pub date: Date,
        /// Status after the report.
        pub status: Status1,
        /// Cumulative achieved value per target id.
        pub achieved: BTreeMap<String, u32> = BTreeMap::new(),
        /// Note.
        pub note: Option<String> = None,
        /// Source document.
        pub source: Option<Link> = None,
    }
}

/// The same dataset in schema 2, nothing lost: each year becomes a period `"2019"` from January to December,
/// promises name it, dates are exact days, results numbers. A party whose short name changes in lower case gets
/// that as its in-sentence form, so badges read as in version 1 ("Polisen och kommunen").
pub fn upgrade(data: Dataset) -> model::Dataset {
    model::Dataset {
        schema: data.schema,
        schema_version: model::SCHEMA_VERSION,
        id: data.id,
        title: data.title,
        example: data.example,
        updated: data.updated,
        municipality: data.municipality,
        source: data.source,
        geometry: data.geometry,
        look: data.look,
        parties: data.parties.into_iter().map(upgrade_party).collect(),
        themes: data.themes,
        districts: data.districts,
        periods: data.periods.into_iter().map(upgrade_period).collect(),
        promises: data.promises.into_iter().map(upgrade_promise).collect(),
    }
}

fn upgrade_party(party: Party) -> model::Party {
    let lower = party.short.to_lowercase();
    model::Party {
        translations: Default::default(),
        in_sentence: (lower != party.short).then_some(lower),
        id: party.id,
        name: party.name,
        short: party.short,
    }
}

fn year_month(year: u16, month: u8) -> Month {
    // A u16 year outside 1000–9999 cannot be written as YYYY-MM; validation refuses such a period anyway.
    Month { year, month }
}

fn upgrade_period(period: Period) -> model::Period {
    model::Period {
        translations: Default::default(),
        id: period.year.to_string(),
        start: year_month(period.year, 1),
        end: year_month(period.year, 12),
        title: period.title,
        intro: period.intro,
        lead: period.lead,
        goal: period.goal,
        followup: period.followup,
        documents: period.documents,
        source_url: period.source_url,
        groups: Vec::new(),
    }
}

fn upgrade_promise(promise: Promise) -> model::Promise {
    model::Promise {
        translations: Default::default(),
        id: promise.id,
        period: promise.year.to_string(),
        group: None,
        parties: promise.parties,
        title: promise.title,
        text: promise.text,
        sub_promises: Vec::new(),
        themes: promise.themes,
        districts: promise.districts,
        targets: promise
            .targets
            .into_iter()
            .map(|t| model::Target {
                id: t.id,
                value: Some(t.value),
                kind: None,
                rate: None,
                unit: t.unit,
                label: t.label,
            })
            .collect(),
        followups: promise
            .followups
            .into_iter()
            .map(|e| model::FollowupEntry {
                translations: Default::default(),
                date: ReportDate::day(e.date),
                status: e.status.into(),
                achieved: e.achieved.into_iter().map(|(k, v)| (k, Amount::Number(v))).collect(),
                note: e.note,
                source: e.source,
            })
            .collect(),
        source_url: None,
    }
}

/// The text `medborgarloften uppgradera` writes: pretty JSON with two-space indent and a final newline; a
/// `$schema` that named the version 1 schema (`schema-v1.json`) now names the version 2 one beside it.
pub fn upgraded_text(mut data: model::Dataset) -> String {
    if let Some(schema) = data.schema.as_mut() {
        if let Some(folder) = schema.strip_suffix("schema-v1.json") {
            *schema = format!("{folder}schema.json");
        }
    }
    // Strings, numbers and maps with string keys always serialise.
    let mut text = serde_json::to_string_pretty(&data).unwrap_or_default();
    text.push('\n');
    text
}
