//! Follow-up rules: a promise's current status is derived from its latest published entry, never stored twice,
//! and its history is the entries in date order with their tertial, status and achieved values in words.
//!
//! An entry is labelled by the tertial it reports on ([`Tertial::reported_on`]: the report in May is "tertial 1"),
//! and [`report_name`] names the report the same way for the card, the feed and the CSV.
//!
//! Pure core: no UI dependency.
//!
//! Dataset layer: may use `json` and `text`; must not import `geo`, `page` or `export`.

use crate::dataset::date::Date;
use crate::dataset::links::is_safe_link;
use crate::dataset::model::{FollowupEntry, Link, Promise};
use crate::dataset::month::{Month, ReportDate};
use crate::dataset::progress::amount_text_in;
use crate::dataset::status::Status;
use crate::dataset::tertial::Tertial;
use crate::lang::{fill, Language, SWEDISH};

/// The latest published follow-up entry of a promise, if any.
pub fn latest_entry(promise: &Promise) -> Option<&FollowupEntry> {
    promise.followups.iter().max_by_key(|entry| entry.date)
}

/// The one day a follow-up's date stands for wherever a single day must be written — the CSV's "senaste
/// uppföljning", the Atom feed's `<updated>`, the card's latest follow-up: the day itself, else the last day of its
/// month or year. That is the day the page orders entries by ([`ReportDate`]'s order) and the day a planned report
/// of precision month or year is written as, so a report "in May 2026" is 2026-05-31 in every file.
pub fn report_day(date: ReportDate) -> Date {
    date.last_day()
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
    /// Date and the tertial reported on in Swedish, e.g. "31 augusti 2019 · avser tertial 2 (maj–augusti)",
    /// "maj 2026 · avser tertial 1 (januari–april)", "januari 2020 · avser tertial 3 2019 (september–december)" or
    /// "2026".
    pub when: String,
    /// The tertial the entry reports on ([`Tertial::reported_on`]); `None` for a date known only to the year or
    /// a report before the period's first tertial ended.
    pub tertial: Option<Tertial>,
    /// Status after this entry.
    pub status: Status,
    /// Its label in the history's language ([`Status::label_in`]): "Pågår".
    pub status_label: &'static str,
    /// "Slutrapport" for a final status, "Delrapport" for a provisional one, "Rapport" without a verdict.
    pub kind_text: &'static str,
    /// The report named by the tertial it reports on, in lower case ([`report_name`]): "delrapport för tertial 1".
    pub report: String,
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
/// `period_start` is the first month of the promise's period.
pub fn history(promise: &Promise, period_start: Option<Month>) -> Vec<HistoryEntry> {
    history_in(promise, period_start, SWEDISH)
}

/// [`history`] in `lang`.
pub fn history_in(promise: &Promise, period_start: Option<Month>, lang: &Language) -> Vec<HistoryEntry> {
    promise.followups.iter().map(|entry| history_entry(promise, entry, period_start, lang)).collect()
}

fn history_entry(
    promise: &Promise,
    entry: &FollowupEntry,
    period_start: Option<Month>,
    lang: &Language,
) -> HistoryEntry {
    let words = &lang.words.card;
    let tertial = Tertial::reported_on(entry.date, period_start);
    let date = entry.date.text(lang);
    let when = match tertial {
        Some(t) => fill(
            words.history_when,
            &[
                ("date", &date),
                ("tertial", &t.name_beside_in(entry.date.calendar_year(), lang)),
                ("months", &t.months_in(lang)),
            ],
        ),
        None => date,
    };
    HistoryEntry {
        date: entry.date,
        when,
        tertial,
        status: entry.status,
        status_label: entry.status.label_in(lang),
        kind_text: kind_text_in(entry.status, lang),
        report: report_name_in(entry, period_start, lang),
        achieved_label: match entry.status {
            Status::Reported => words.reported_values,
            s if s.is_final() => words.final_values,
            _ => words.interim_values,
        },
        note: entry.note.clone(),
        achieved: promise
            .targets
            .iter()
            .filter_map(|t| entry.achieved.get(&t.id).map(|v| amount_text_in(v, t, lang)))
            .collect(),
        source: entry.source.clone().filter(|link| is_safe_link(&link.url)),
    }
}

/// "Senast uppföljt maj 2019 i en delrapport för tertial 1."; `None` without entries. `period_start` is the first
/// month of the promise's period.
pub fn latest_text(promise: &Promise, period_start: Option<Month>) -> Option<String> {
    latest_text_in(promise, period_start, SWEDISH)
}

/// [`latest_text`] in `lang`.
pub fn latest_text_in(promise: &Promise, period_start: Option<Month>, lang: &Language) -> Option<String> {
    latest_entry(promise).map(|entry| {
        fill(
            lang.words.card.latest,
            &[("date", &entry.date.text(lang)), ("report", &report_name_in(entry, period_start, lang))],
        )
    })
}

/// The report an entry comes from, in lower case, named by the tertial it reports on: "delrapport för tertial 1",
/// "slutrapport för tertial 3 2019" (dated January 2020), or without a tertial "rapport". The card's latest line,
/// the feed's titles and the CSV say it so.
pub fn report_name(entry: &FollowupEntry, period_start: Option<Month>) -> String {
    report_name_in(entry, period_start, SWEDISH)
}

/// [`report_name`] in `lang`.
pub fn report_name_in(entry: &FollowupEntry, period_start: Option<Month>, lang: &Language) -> String {
    let kind = kind_text_in(entry.status, lang).to_lowercase();
    match Tertial::reported_on(entry.date, period_start) {
        Some(t) => fill(
            lang.words.card.report_on,
            &[("report", &kind), ("tertial", &t.name_beside_in(entry.date.calendar_year(), lang))],
        ),
        None => kind,
    }
}

/// The kind of report an entry with `status` comes from: a final status is a final report ("Slutrapport"), a
/// report without a verdict just a "Rapport", any other an interim one ("Delrapport").
pub fn kind_text(status: Status) -> &'static str {
    kind_text_in(status, SWEDISH)
}

/// [`kind_text`] in `lang`.
pub fn kind_text_in(status: Status, lang: &Language) -> &'static str {
    let words = &lang.words.card;
    match status {
        Status::Reported => words.report,
        s if s.is_final() => words.final_report,
        _ => words.interim_report,
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
            translations: Default::default(),
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
    fn a_month_or_year_stands_for_its_last_day_as_the_page_orders_it() {
        let day = |text: &str| report_day(ReportDate::parse(text).expect("a date")).to_string();
        assert_eq!(day("2026-05-14"), "2026-05-14");
        assert_eq!(day("2026-05"), "2026-05-31");
        assert_eq!(day("2024-02"), "2024-02-29");
        assert_eq!(day("2026"), "2026-12-31");
        let (may, may_14) =
            (ReportDate::parse("2026-05").expect("month"), ReportDate::parse("2026-05-14").expect("day"));
        assert_eq!(may_14 < may, report_day(may_14) < report_day(may), "the same order as the page's");
    }

    #[test]
    fn status_comes_from_the_latest_entry_by_date() {
        assert_eq!(current_status(&promise(vec![])), Status::NotFollowedUp);
        assert_eq!(latest_text(&promise(vec![]), None), None);
        // Out of order on purpose: the latest date wins, not the last position.
        let p = promise(vec![entry(12, 31, Status::Done, "a.pdf"), entry(8, 31, Status::Delayed, "b.pdf")]);
        assert_eq!(current_status(&p), Status::Done);
        assert_eq!(
            latest_text(&p, None).as_deref(),
            Some("Senast uppföljt 31 december 2019 i en slutrapport för tertial 3.")
        );
        let provisional = promise(vec![entry(4, 30, Status::InProgress, "a.pdf")]);
        assert_eq!(
            latest_text(&provisional, None).as_deref(),
            Some("Senast uppföljt 30 april 2019 i en delrapport för tertial 1.")
        );
        // The May report reports on January–April.
        let may = promise(vec![entry(5, 14, Status::InProgress, "a.pdf")]);
        assert_eq!(
            latest_text(&may, None).as_deref(),
            Some("Senast uppföljt 14 maj 2019 i en delrapport för tertial 1.")
        );
    }

    #[test]
    fn history_has_tertials_values_and_safe_links() {
        let p = promise(vec![
            entry(4, 30, Status::InProgress, "javascript:alert(1)"),
            entry(5, 1, Status::InProgress, "t2.pdf"),
            entry(12, 31, Status::Done, "https://example.org/slut.pdf"),
        ]);
        let h = history(&p, None);
        assert_eq!(h.iter().map(|e| e.tertial.map(|t| t.number)).collect::<Vec<_>>(), vec![Some(1), Some(1), Some(3)]);
        assert_eq!(h[0].when, "30 april 2019 · avser tertial 1 (januari–april)");
        assert_eq!(h[1].when, "1 maj 2019 · avser tertial 1 (januari–april)", "reported in May: January–April");
        assert_eq!(h[1].report, "delrapport för tertial 1");
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
        let mut final_report = entry(1, 31, Status::Done, "f.pdf");
        final_report.date = ReportDate::parse("2020-01").expect("month");
        let p = promise(vec![reported.clone(), yearly.clone()]);
        let h = history(&p, None);
        assert_eq!(h[0].when, "maj 2019 · avser tertial 1 (januari–april)");
        assert_eq!((h[0].kind_text, h[0].achieved_label), ("Rapport", "Rapporterat"));
        assert_eq!(h[0].achieved, vec!["ett 15-tal kontroller".to_string()]);
        assert_eq!((h[1].when.as_str(), h[1].tertial), ("2020", None));
        assert_eq!(latest_text(&p, None).as_deref(), Some("Senast uppföljt 2020 i en rapport."));
        let closed = promise(vec![reported, final_report]);
        assert_eq!(
            history(&closed, None)[1].when,
            "januari 2020 · avser tertial 3 2019 (september–december)",
            "the year is named when it is not the report's"
        );
        assert_eq!(
            latest_text(&closed, None).as_deref(),
            Some("Senast uppföljt januari 2020 i en slutrapport för tertial 3 2019.")
        );
        // Before the period's first tertial has ended there is no tertial to name.
        let early = Month::parse("2019-06");
        assert_eq!(history(&closed, early)[0].when, "maj 2019");
        assert_eq!(report_name(&closed.followups[0], early), "rapport");
    }
}
