//! The status vocabulary of a promise. Its ids are also URL values (`?status=`) and dataset values.
//!
//! The one list of the words an editor may write for a follow-up's status is here too ([`Status::CHOICES`], read
//! through [`Status::editor_name`] and [`Status::from_editor_words`]): the Swedish name the page shows (`pågår`,
//! with å, ä and ö), a few words of the same meaning (`uppnått` for `genomfört`), and the id (`pagar`).
//!
//! Pure core: no UI dependency.
//!
//! Dataset layer: of the crate uses only `text::choice`; must never import `geo`, `page` or `export`.

use serde::{Deserialize, Serialize};

use crate::lang::{Language, SWEDISH};
use crate::text::choice::{self, Choice};

/// Where a promise stands after its latest published follow-up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Status {
    /// No follow-up has been published yet. Neutral, not a failure.
    #[serde(rename = "ej-uppfoljt")]
    NotFollowedUp,
    /// A report was published but gave no verdict (schema 2: `rapporterad`). Neutral, not a failure.
    #[serde(rename = "rapporterad")]
    Reported,
    /// Work is under way (provisional).
    #[serde(rename = "pagar")]
    InProgress,
    /// Behind plan (provisional).
    #[serde(rename = "forsenat")]
    Delayed,
    /// Done (final).
    #[serde(rename = "genomfort")]
    Done,
    /// Partly done (final).
    #[serde(rename = "delvis-genomfort")]
    PartlyDone,
    /// Not done (final).
    #[serde(rename = "ej-genomfort")]
    NotDone,
}

impl Status {
    /// Every status, in display order.
    pub const ALL: [Status; 7] = [
        Status::NotFollowedUp,
        Status::Reported,
        Status::InProgress,
        Status::Delayed,
        Status::Done,
        Status::PartlyDone,
        Status::NotDone,
    ];

    /// How many statuses there are.
    pub const COUNT: usize = Status::ALL.len();

    /// The URL and dataset id, e.g. `ej-uppfoljt`.
    pub fn id(self) -> &'static str {
        match self {
            Status::NotFollowedUp => "ej-uppfoljt",
            Status::Reported => "rapporterad",
            Status::InProgress => "pagar",
            Status::Delayed => "forsenat",
            Status::Done => "genomfort",
            Status::PartlyDone => "delvis-genomfort",
            Status::NotDone => "ej-genomfort",
        }
    }

    /// Parses an id; `None` for anything unknown.
    pub fn from_id(id: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|status| status.id() == id)
    }

    /// Swedish label for badges and filters.
    pub fn label(self) -> &'static str {
        self.label_in(SWEDISH)
    }

    /// The label for badges and filters in `lang`: "Pågår", "In progress".
    pub fn label_in(self, lang: &Language) -> &'static str {
        lang.words.card.statuses[self as usize]
    }

    /// True for the statuses a final report gives (done, partly done, not done).
    pub fn is_final(self) -> bool {
        matches!(self, Status::Done | Status::PartlyDone | Status::NotDone)
    }

    /// The words an editor writes for the status of a published follow-up, one choice per status in display order
    /// — every status but "no follow-up published", which no follow-up can say. The one list of them: the CLI's
    /// `uppfoljning --status`, the workbook's export, drop-down list and reader, and the messages that name them all
    /// read it. The word is the page's own, in lower case ("pågår", "delvis genomfört"); "rapporterad" is a report
    /// without a verdict. The other words are those an editor may write for the same status. Each id (`pagar`,
    /// `delvis-genomfort`) reads too, being its word without å, ä and ö.
    pub const CHOICES: [Choice<Status>; 6] = [
        Choice::new("rapporterad", Status::Reported, &["rapporterat", "rapporterat utan bedömning", "utan bedömning"]),
        Choice::new("pågår", Status::InProgress, &["pågående", "påbörjad", "påbörjat"]),
        Choice::new("försenat", Status::Delayed, &["försenad", "försenade"]),
        Choice::new("genomfört", Status::Done, &["genomförd", "genomförda", "uppnått", "uppnådd", "uppnådda"]),
        Choice::new(
            "delvis genomfört",
            Status::PartlyDone,
            &["delvis genomförd", "delvis uppnått", "delvis uppnådd", "delvis"],
        ),
        Choice::new(
            "ej genomfört",
            Status::NotDone,
            &[
                "ej genomförd",
                "inte genomfört",
                "inte genomförd",
                "ej uppnått",
                "inte uppnått",
                "ej uppnådd",
                "inte uppnådd",
            ],
        ),
    ];

    /// The statuses a published follow-up may have, in display order: every one but "no follow-up published".
    pub const REPORTED: [Status; 6] = choice::values(&Status::CHOICES);

    /// The Swedish name an editor writes, in lower case as the page's words are: "pågår", "delvis genomfört",
    /// "rapporterad" (a report without a verdict); from [`Status::CHOICES`]. "ej uppföljt" for the status no
    /// follow-up can have.
    pub fn editor_name(self) -> &'static str {
        choice::word_of(&Status::CHOICES, self).unwrap_or("ej uppföljt")
    }

    /// The status of a follow-up as an editor wrote it ([`Status::CHOICES`]): its id (`pagar`, `delvis-genomfort`),
    /// its Swedish name with or without å, ä and ö, in any case (`Pågår`, `delvis genomfört`), or another word of
    /// the same meaning (`uppnått`). `None` for anything else, and for "no follow-up published", which no
    /// follow-up can say.
    pub fn from_editor_words(text: &str) -> Option<Status> {
        choice::read(&Status::CHOICES, text)
    }

    /// "\"pågår\", \"försenat\", …": the names an editor may write, quoted, for a message that lists them.
    pub fn editor_names_sv() -> String {
        let names: Vec<String> = Status::CHOICES.iter().map(|c| format!("\"{}\"", c.word)).collect();
        match names.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} eller {last}", rest.join(", ")),
            _ => names.join(""),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_match_serde() {
        for status in Status::ALL {
            assert_eq!(Status::from_id(status.id()), Some(status));
            let json = serde_json::to_string(&status).expect("serialises");
            assert_eq!(json, format!("\"{}\"", status.id()));
        }
        assert_eq!(Status::from_id("klart"), None);
    }

    #[test]
    fn an_editor_may_write_the_swedish_name_the_id_or_a_word_of_the_same_meaning() {
        for (written, status) in [
            ("pågår", Status::InProgress),
            ("Pågår", Status::InProgress),
            ("pagar", Status::InProgress),
            ("försenat", Status::Delayed),
            ("genomfört", Status::Done),
            ("uppnått", Status::Done),
            ("Delvis genomfört", Status::PartlyDone),
            ("delvis-genomfort", Status::PartlyDone),
            ("ej genomfört", Status::NotDone),
            ("inte uppnått", Status::NotDone),
            (" rapporterad ", Status::Reported),
        ] {
            assert_eq!(Status::from_editor_words(written), Some(status), "{written}");
        }
        for refused in ["ej-uppfoljt", "ej uppföljt", "klarish", "", "pågår!"] {
            assert_eq!(Status::from_editor_words(refused), None, "{refused}");
        }
        for status in Status::REPORTED {
            assert_eq!(Status::from_editor_words(status.id()), Some(status));
            assert_eq!(Status::from_editor_words(status.editor_name()), Some(status));
            if status != Status::Reported {
                assert_eq!(status.editor_name(), status.label().to_lowercase(), "the page's own words");
            }
        }
        assert_eq!(
            Status::editor_names_sv(),
            "\"rapporterad\", \"pågår\", \"försenat\", \"genomfört\", \"delvis genomfört\" eller \"ej genomfört\""
        );
    }

    #[test]
    fn only_outcomes_are_final() {
        let finals: Vec<_> = Status::ALL.into_iter().filter(|s| s.is_final()).collect();
        assert_eq!(finals, vec![Status::Done, Status::PartlyDone, Status::NotDone]);
    }
}
