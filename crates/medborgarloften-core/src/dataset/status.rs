//! The status vocabulary of a promise. Its ids are also URL values (`?status=`) and dataset values.
//!
//! Pure core: no UI dependency.
//!
//! Dataset layer: imports no other module of the crate; must never import `geo`, `page` or `export`.

use serde::{Deserialize, Serialize};

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
        match self {
            Status::NotFollowedUp => "Ingen uppföljning publicerad",
            Status::Reported => "Rapporterat utan bedömning",
            Status::InProgress => "Pågår",
            Status::Delayed => "Försenat",
            Status::Done => "Genomfört",
            Status::PartlyDone => "Delvis genomfört",
            Status::NotDone => "Ej genomfört",
        }
    }

    /// True for the statuses a final report gives (done, partly done, not done).
    pub fn is_final(self) -> bool {
        matches!(self, Status::Done | Status::PartlyDone | Status::NotDone)
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
    fn only_outcomes_are_final() {
        let finals: Vec<_> = Status::ALL.into_iter().filter(|s| s.is_final()).collect();
        assert_eq!(finals, vec![Status::Done, Status::PartlyDone, Status::NotDone]);
    }
}
