//! A period of the schema 2 model ([`Period`]) and what it holds: its groups, goal, follow-up plan and documents
//! (the goal, plan and documents are the same in schema 1).
//!
//! Dataset layer (`model`): of its own layer uses only `decode` (the declaration macros), `date` and `month`; must not
//! import `parse` or `v1`, nor `geo`, `page` or `export`.

use serde::{Deserialize, Serialize};

use super::translation::Translations;
use crate::dataset::date::Date;
use crate::dataset::decode::{record, words};
use crate::dataset::month::{DatePrecision, Month};

record! {
    /// One promise period: a calendar year, or any run of months ("juni 2017–juni 2018", "2024–2027").
    #[derive(Clone, Debug, PartialEq, Serialize)]
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
        #[serde(skip_serializing_if = "Option::is_none")]
        pub lead: Option<String> = None,
        /// The joint goal, when published.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub goal: Option<Goal> = None,
        /// How the period is followed up.
        pub followup: FollowupPlan,
        /// Documents about the period (follow-up reports and the like).
        pub documents: Vec<Document> = Vec::new(),
        /// Where the period's promises were published.
        pub source_url: String,
        /// Headings that group the period's promises (a theme, a party, a stadsdel), in display order.
        #[serde(skip_serializing_if = "Vec::is_empty")]
        pub groups: Vec<Group> = Vec::new(),
        /// Translations of the texts above into the app's other languages, e.g. `{"en": {…}}`; none when empty.
        #[serde(skip_serializing_if = "Translations::is_empty")]
        pub translations: Translations<Period> = Translations::new(),
    }
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
        self.lead.as_deref().map(lead_with_colon)
    }
}

/// A lead sentence as the page shows it, before its list: with a colon at its end, added when it has none.
pub fn lead_with_colon(lead: &str) -> String {
    let lead = lead.trim_end();
    if lead.ends_with(':') {
        lead.to_string()
    } else {
        format!("{lead}:")
    }
}

record! {
    /// A heading within a period that groups promises: a theme, a party or a stadsdel.
    #[derive(Clone, Debug, PartialEq, Serialize)]
    pub struct Group {
        /// Id that promises name, e.g. `ostra-goteborg`.
        pub id: String,
        /// Heading, e.g. "Östra Göteborg".
        pub heading: String,
        /// Text under the heading, verbatim.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub intro: Option<String> = None,
        /// Where the group's promises were published, when that is not the period's page.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub source_url: Option<String> = None,
        /// Translations of the texts above into the app's other languages, e.g. `{"en": {…}}`; none when empty.
        #[serde(skip_serializing_if = "Translations::is_empty")]
        pub translations: Translations<Group> = Translations::new(),
    }
}

record! {
    /// The joint goal of a period.
    #[derive(Clone, Debug, PartialEq, Serialize)]
    pub struct Goal {
        /// Heading, verbatim, e.g. "Det här ska vi åstadkomma tillsammans".
        pub heading: String,
        /// The goal, verbatim.
        pub text: String,
        /// Translations of the texts above into the app's other languages, e.g. `{"en": {…}}`; none when empty.
        #[serde(skip_serializing_if = "Translations::is_empty")]
        pub translations: Translations<Goal> = Translations::new(),
    }
}

record! {
    /// The published follow-up plan of a period.
    #[derive(Clone, Debug, PartialEq, Serialize)]
    pub struct FollowupPlan {
        /// Heading, e.g. "Följ med i hur det går!".
        pub heading: String,
        /// The plan as published, verbatim.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub text: Option<String> = None,
        /// Planned reports, in date order.
        pub reports: Vec<PlannedReport> = Vec::new(),
        /// Translations of the texts above into the app's other languages, e.g. `{"en": {…}}`; none when empty.
        #[serde(skip_serializing_if = "Translations::is_empty")]
        pub translations: Translations<FollowupPlan> = Translations::new(),
    }
}

record! {
    /// A planned follow-up report.
    #[derive(Clone, Debug, PartialEq, Serialize)]
    pub struct PlannedReport {
        /// When the report is due. With month precision, the last day of that month.
        pub date: Date,
        /// Whether the day is known or only the month.
        pub precision: DatePrecision = DatePrecision::Day,
        /// Internal (tertial) report or the final report.
        pub kind: ReportKind,
        /// Display title, e.g. "Intern redovisning, tertial 1".
        pub title: String,
    }
}

words! {
    /// The kind of a planned report. (`Deserialize` is for the editors' tool, which reads a workbook's cell with it.)
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
    pub enum ReportKind {
        /// An internal report after a tertial.
        Intern = "intern",
        /// The final report of the period.
        Slut = "slut",
    }
}

record! {
    /// A document about a period. Without `url` the app points to the period's source page.
    #[derive(Clone, Debug, PartialEq, Serialize)]
    pub struct Document {
        /// Title as published, e.g. "Uppföljning Eskilstuna kommun tertial 1-3 2018.pdf".
        pub title: String,
        /// What the document is, e.g. `uppfoljning`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub kind: Option<String> = None,
        /// Where it can be read (http(s) or relative), when known.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub url: Option<String> = None,
        /// A short note shown with the document.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub note: Option<String> = None,
    }
}
