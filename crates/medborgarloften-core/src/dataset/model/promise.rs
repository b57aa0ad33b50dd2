//! A promise of the schema 2 model ([`Promise`]) and what it holds: supporting promises, targets and follow-up
//! entries with their results ([`Amount`], the one type read by hand: a number or a text).
//!
//! Dataset layer (`model`): of its own layer uses only `decode` (the declaration macros and helpers), `month` and
//! `status`; must not import `parse` or `v1`, nor `geo`, `page` or `export`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::translation::Translations;
use super::Link;
use crate::dataset::decode::{record, words, Decode};
use crate::dataset::month::ReportDate;
use crate::dataset::status::Status;
use crate::json::message::{expected::AMOUNT, found_words, invalid_type, Found};
use crate::json::{Code, JsonError, Num, Reader, Result};

record! {
    /// One promise.
    #[derive(Clone, Debug, PartialEq, Serialize)]
    pub struct Promise {
        /// Stable id, used in links (`?lofte=`).
        pub id: String,
        /// Id of the promise's period.
        pub period: String,
        /// Id of its group within the period, if the period has groups.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub group: Option<String> = None,
        /// Ids of the promising parties; two or more for a joint promise.
        pub parties: Vec<String>,
        /// A short title written by the editors.
        pub title: String,
        /// The promise as published, verbatim.
        pub text: String,
        /// Supporting promises under it ("Staden stödjer polisens löfte genom:" and a list).
        #[serde(skip_serializing_if = "Vec::is_empty")]
        pub sub_promises: Vec<SubPromises> = Vec::new(),
        /// Theme ids, one to three.
        pub themes: Vec<String>,
        /// District ids; empty means the whole municipality.
        pub districts: Vec<String> = Vec::new(),
        /// Measurable targets named in the text, and things counted without a target.
        pub targets: Vec<Target> = Vec::new(),
        /// Published follow-up entries, in date order; empty when none is published.
        pub followups: Vec<FollowupEntry> = Vec::new(),
        /// Where this promise was published, when not on its group's or period's page.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub source_url: Option<String> = None,
        /// Translations of the texts above into the app's other languages, e.g. `{"en": {…}}`; none when empty.
        #[serde(skip_serializing_if = "Translations::is_empty")]
        pub translations: Translations<Promise> = Translations::new(),
    }
}

record! {
    /// A list of supporting promises under a promise, e.g. what the city does to support a police promise.
    #[derive(Clone, Debug, PartialEq, Serialize)]
    pub struct SubPromises {
        /// Ids of the parties that make them; empty means the promise's own.
        #[serde(skip_serializing_if = "Vec::is_empty")]
        pub parties: Vec<String> = Vec::new(),
        /// The sentence before the list, verbatim, e.g. "Staden stödjer polisens löfte genom:".
        pub lead: String,
        /// The supporting promises, verbatim.
        pub items: Vec<String>,
        /// Translations of the texts above into the app's other languages, e.g. `{"en": {…}}`; none when empty.
        #[serde(skip_serializing_if = "Translations::is_empty")]
        pub translations: Translations<SubPromises> = Translations::new(),
    }
}

record! {
    /// A measurable target, e.g. at least 200 traffic checks, or something counted without a target.
    #[derive(Clone, Debug, PartialEq, Serialize)]
    pub struct Target {
        /// Key used by follow-up entries, e.g. `kontroller`.
        pub id: String,
        /// The promised number; without it the results are counted but there is no target.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub value: Option<u32> = None,
        /// Whether the number is a minimum ("minst 200") or exact; unsaid in version 1 files.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub kind: Option<TargetKind> = None,
        /// The rate the number holds for, e.g. "per vecka"; none for a total over the period.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub rate: Option<String> = None,
        /// Unit in the plural, e.g. "kontroller".
        pub unit: String,
        /// What is counted, e.g. "trafik- och trafikrelaterade kontroller".
        pub label: String,
    }
}

words! {
    /// Whether a target's number is a minimum or exact. (`Deserialize` is for the editors' tool, which reads a
    /// workbook's cell with it.)
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
    pub enum TargetKind {
        /// At least the number ("minst en per vecka").
        Minst = "minst",
        /// Exactly the number ("fyra medborgardialoger").
        Exakt = "exakt",
    }
}

record! {
    /// A published follow-up of one promise at one report.
    #[derive(Clone, Debug, PartialEq, Serialize)]
    pub struct FollowupEntry {
        /// Date of the report: `2026-05-14`, `2026-05` or `2026`.
        pub date: ReportDate,
        /// The verdict after this report; `rapporterad` (the default) when the report gives none.
        pub status: Status = Status::Reported,
        /// Result per target id: a cumulative number, or text ("ett 15-tal").
        pub achieved: BTreeMap<String, Amount> = BTreeMap::new(),
        /// What the report said, briefly.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub note: Option<String> = None,
        /// The source document, when published.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub source: Option<Link> = None,
        /// Translations of the texts above into the app's other languages, e.g. `{"en": {…}}`; none when empty.
        #[serde(skip_serializing_if = "Translations::is_empty")]
        pub translations: Translations<FollowupEntry> = Translations::new(),
    }
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

impl Decode for Amount {
    /// A whole number from 0, or a text (read as serde's `deserialize_any` with a visitor for both).
    fn decode(r: &mut Reader<'_>) -> Result<Self> {
        let wrong = |found: Found<'_>| JsonError::shape(invalid_type(&found_words(found), AMOUNT));
        let Some(peek) = r.whitespace() else { return Err(r.peek_error(Code::EofValue)) };
        let result = match peek {
            b'n' => {
                r.eat();
                r.ident(b"ull")?;
                Err(wrong(Found::Null))
            }
            b't' | b'f' => {
                r.eat();
                let truth = peek == b't';
                r.ident(if truth { b"rue" } else { b"alse" })?;
                Err(wrong(Found::Bool(truth)))
            }
            b'-' | b'0'..=b'9' => {
                let positive = peek != b'-';
                if !positive {
                    r.eat();
                }
                match r.number(positive)? {
                    Num::Unsigned(n) => u32::try_from(n)
                        .map(Amount::Number)
                        .map_err(|_| JsonError::shape("ogiltigt resultat: talet är för stort".to_owned())),
                    Num::Signed(n) => Err(JsonError::shape(format!(
                        "ogiltigt resultat: {n} går inte; väntade ett heltal från 0 eller en text"
                    ))),
                    Num::Float(x) => Err(wrong(Found::Float(x))),
                }
            }
            b'"' => {
                r.eat();
                Ok(Amount::Text(r.string_body()?.into_owned()))
            }
            b'[' | b'{' => {
                r.enter()?;
                r.eat();
                let found = if peek == b'[' { Found::List } else { Found::Object };
                let ret = Err(wrong(found));
                r.leave();
                // serde_json still looks for the closing bracket (only whitespace and an empty one are read).
                let _ = if peek == b'[' { r.end_list() } else { r.end_object() };
                ret
            }
            _ => Err(r.peek_error(Code::ExpectedValue)),
        };
        result.map_err(|err| r.fix(err))
    }

    fn blank() -> Self {
        Amount::Number(0)
    }
}
