//! Follow-up rules: a promise's current status is derived from its latest published entry, never stored twice,
//! and its history is the entries in date order with their tertial, status and achieved values in words.
//!
//! Pure core: no UI dependency.
//!
//! Dataset layer: may use `json` and `text`; must not import `geo`, `page` or `export`.

use crate::dataset::links::is_safe_link;
use crate::dataset::model::{FollowupEntry, Link, Promise};
use crate::dataset::month::DatePrecision;
use crate::dataset::month::ReportDate;
use crate::dataset::progress::amount_text;
use crate::dataset::status::Status;
use crate::dataset::tertial::Tertial;

/// The latest published follow-up entry of a promise, if any.
pub fn latest_entry(promise: &Promise) -> Option<&FollowupEntry> {
    promise.followups.iter().max_by_key(|entry| entry.date)
}

/// The promise's current status: that of its latest entry, or "no follow-up published".
pub fn current_status(promise: &Promise) -> Status {
    latest_entry(promise).map_or(Status::NotFollowedUp, |entry| entry.status)
}

/// One entry of a promise's follow-up history, ready to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HistoryEntry {
    /// Date of the entry, as precisely as it is known.
    pub date: ReportDate,
    /// Date and tertial in Swedish, e.g. "31 augusti 2019 · tertial 2 (maj–augusti)", "maj 2026 · tertial 2
    /// (maj–augusti)" or "2026".
    pub when: String,
    /// The tertial the date falls in; `None` for a date known only to the year.
    pub tertial: Option<Tertial>,
    /// Status after this entry.
    pub status: Status,
    /// "Slutrapport" for a final status, "Delrapport" for a provisional one, "Rapport" without a verdict.
    pub kind_text: &'static str,
    /// What the values are called: "Resultat" in a final report, "Uppnått hittills" in an interim one,
    /// "Rapporterat" without a verdict.
    pub achieved_label: &'static str,
    /// What the report said.
    pub note: Option<String>,
    /// Achieved values in words, in target order, e.g. "143 av 200 kontroller", "37 trygghetsvandringar",
    /// "ett 15-tal möten".
    pub achieved: Vec<String>,
    /// The source document; only http(s) or relative links are kept.
    pub source: Option<Link>,
}

/// The promise's entries, oldest first (validation guarantees the dataset lists them in date order).
pub fn history(promise: &Promise) -> Vec<HistoryEntry> {
    promise.followups.iter().map(|entry| history_entry(promise, entry)).collect()
}

/// The tertial of a date known to the day or the month.
fn tertial_of(date: ReportDate) -> Option<Tertial> {
    (date.precision() != DatePrecision::Year).then(|| Tertial::of(date.last_day()))
}

fn history_entry(promise: &Promise, entry: &FollowupEntry) -> HistoryEntry {
    let tertial = tertial_of(entry.date);
    let when = match tertial {
        Some(t) => format!("{} · tertial {} ({})", entry.date.text_sv(), t.number, t.months_sv()),
        None => entry.date.text_sv(),
    };
    HistoryEntry {
        date: entry.date,
        when,
        tertial,
        status: entry.status,
        kind_text: kind_text(entry.status),
        achieved_label: match entry.status {
            Status::Reported => "Rapporterat",
            s if s.is_final() => "Resultat",
            _ => "Uppnått hittills",
        },
        note: entry.note.clone(),
        achieved: promise.targets.iter().filter_map(|t| entry.achieved.get(&t.id).map(|v| amount_text(v, t))).collect(),
        source: entry.source.clone().filter(|link| is_safe_link(&link.url)),
    }
}

/// "Senast uppföljt 31 augusti 2019 i en delrapport (tertial 2)."; `None` without entries.
pub fn latest_text(promise: &Promise) -> Option<String> {
    latest_entry(promise).map(|entry| {
        let kind = kind_text(entry.status).to_lowercase();
        match tertial_of(entry.date) {
            Some(t) => format!("Senast uppföljt {} i en {kind} (tertial {}).", entry.date.text_sv(), t.number),
            None => format!("Senast uppföljt {} i en {kind}.", entry.date.text_sv()),
        }
    })
}

/// The kind of report an entry with `status` comes from: a final status is a final report ("Slutrapport"), a
/// report without a verdict just a "Rapport", any other an interim one ("Delrapport").
pub fn kind_text(status: Status) -> &'static str {
    match status {
        Status::Reported => "Rapport",
        s if s.is_final() => "Slutrapport",
        _ => "Delrapport",
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::dataset::date::Date;
    use crate::dataset::fixtures;
    use crate::dataset::model::Amount;

    fn entry(m: u32, d: u32, status: Status, url: &str) -> FollowupEntry {
        FollowupEntry {
            date: ReportDate::day(Date::from_ymd(2019, m, d).expect("valid date")),
            status,
            achieved: BTreeMap::from([("kontroller".to_string(), Amount::Number(m * 10))]),
            note: Some(format!("Läget {m}/{d}")),
            source: Some(Link { title: "Rapport".to_string(), url: url.to_string() }),
        }
    }

    fn promise(followups: Vec<FollowupEntry>) -> Promise {
        fixtures::promise(vec![fixtures::target("kontroller", 200, "kontroller", "kontroller")], followups)
    }

    #[test]
    fn status_comes_from_the_latest_entry_by_date() {
        assert_eq!(current_status(&promise(vec![])), Status::NotFollowedUp);
        assert_eq!(latest_text(&promise(vec![])), None);
        // Out of order on purpose: the latest date wins, not the last position.
        let p = promise(vec![entry(12, 31, Status::Done, "a.pdf"), entry(8, 31, Status::Delayed, "b.pdf")]);
        assert_eq!(current_status(&p), Status::Done);
        assert_eq!(latest_text(&p).as_deref(), Some("Senast uppföljt 31 december 2019 i en slutrapport (tertial 3)."));
        let provisional = promise(vec![entry(4, 30, Status::InProgress, "a.pdf")]);
        assert_eq!(
            latest_text(&provisional).as_deref(),
            Some("Senast uppföljt 30 april 2019 i en delrapport (tertial 1).")
        );
    }

    #[test]
    fn history_has_tertials_values_and_safe_links() {
        let p = promise(vec![
            entry(4, 30, Status::InProgress, "javascript:alert(1)"),
            entry(5, 1, Status::InProgress, "t2.pdf"),
            entry(12, 31, Status::Done, "https://example.org/slut.pdf"),
        ]);
        let h = history(&p);
        assert_eq!(h.iter().map(|e| e.tertial.map(|t| t.number)).collect::<Vec<_>>(), vec![Some(1), Some(2), Some(3)]);
        assert_eq!(h[0].when, "30 april 2019 · tertial 1 (januari–april)");
        assert_eq!(h[0].achieved, vec!["40 av 200 kontroller".to_string()]);
        assert_eq!(h[0].source, None, "an unsafe link is dropped even if validation was skipped");
        assert_eq!((h[0].kind_text, h[0].achieved_label), ("Delrapport", "Uppnått hittills"));
        assert_eq!((h[2].kind_text, h[2].achieved_label), ("Slutrapport", "Resultat"));
        assert_eq!(h[2].source.as_ref().map(|l| l.url.as_str()), Some("https://example.org/slut.pdf"));
    }

    #[test]
    fn reports_without_verdict_and_imprecise_dates_read_as_such() {
        let mut reported = entry(5, 1, Status::Reported, "r.pdf");
        reported.date = ReportDate::parse("2019-05").expect("month");
        reported.achieved = BTreeMap::from([("kontroller".to_string(), Amount::Text("ett 15-tal".into()))]);
        let mut yearly = entry(12, 31, Status::Reported, "y.pdf");
        yearly.date = ReportDate::parse("2020").expect("year");
        let p = promise(vec![reported, yearly]);
        let h = history(&p);
        assert_eq!(h[0].when, "maj 2019 · tertial 2 (maj–augusti)");
        assert_eq!((h[0].kind_text, h[0].achieved_label), ("Rapport", "Rapporterat"));
        assert_eq!(h[0].achieved, vec!["ett 15-tal kontroller".to_string()]);
        assert_eq!((h[1].when.as_str(), h[1].tertial), ("2020", None));
        assert_eq!(latest_text(&p).as_deref(), Some("Senast uppföljt 2020 i en rapport."));
    }
}
