//! Counting by status: per period and per party, and the sentences on where a period stands (the year overview
//! built from them, which doubles as a filter, is the view's: [`crate::page::view::YearOverview`]).
//!
//! Pure core: no UI dependency. Statuses are always derived with [`current_status`], never stored.
//!
//! Page layer: may use the layers below; must not import another module of `page` (the filters and the view use
//! this one) nor `export`.

use crate::dataset::date::Date;
use crate::dataset::followup::{current_status, latest_entry};
use crate::dataset::model::{Dataset, Period, Promise};
use crate::dataset::month::ReportDate;
use crate::dataset::schedule::{plan_sentence_in, schedule_in};
use crate::dataset::status::Status;
use crate::lang::{fill, Language, SWEDISH};

/// Number of promises per current status. A plain array indexed in [`Status::ALL`] order: a map would cost
/// wasm size for six numbers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StatusCounts([usize; Status::COUNT]);

impl StatusCounts {
    /// Promises with `status`.
    pub fn get(&self, status: Status) -> usize {
        self.0[status as usize]
    }

    /// Every promise counted.
    pub fn total(&self) -> usize {
        self.0.iter().sum()
    }

    /// True when nothing was counted.
    pub fn is_empty(&self) -> bool {
        self.total() == 0
    }
}

/// Counts the promises by current status.
pub fn status_counts<'a>(promises: impl IntoIterator<Item = &'a Promise>) -> StatusCounts {
    let mut counts = StatusCounts::default();
    for promise in promises {
        counts.0[current_status(promise) as usize] += 1;
    }
    counts
}

/// Where one period's promises stand.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PeriodSummary {
    /// The period's first year.
    pub year: u16,
    /// The period's years, e.g. "2019" or "2024–2027".
    pub label: String,
    /// Promises of the period.
    pub total: usize,
    /// Promises with at least one published follow-up.
    pub followed_up: usize,
    /// Promises whose current status is final.
    pub finals: usize,
    /// Date of the latest follow-up of any promise of the period.
    pub latest: Option<ReportDate>,
    /// Counts by status.
    pub by_status: StatusCounts,
    /// Counts by status per party id, in dataset order; parties with no promise in the period are left out.
    /// A joint promise counts for each of its parties.
    pub by_party: Vec<(String, StatusCounts)>,
}

/// Summarises every promise of `period` (filters do not apply).
pub fn period_summary(data: &Dataset, period: &Period) -> PeriodSummary {
    let of_year: Vec<&Promise> = data.promises.iter().filter(|p| p.period == period.id).collect();
    let by_party = data
        .parties
        .iter()
        .map(|party| {
            (party.id.clone(), status_counts(of_year.iter().copied().filter(|p| p.parties.contains(&party.id))))
        })
        .filter(|(_, counts)| !counts.is_empty())
        .collect();
    PeriodSummary {
        year: period.year(),
        label: period.years_label(),
        total: of_year.len(),
        followed_up: of_year.iter().filter(|p| !p.followups.is_empty()).count(),
        finals: of_year.iter().filter(|p| current_status(p).is_final()).count(),
        latest: of_year.iter().filter_map(|p| latest_entry(p).map(|e| e.date)).max(),
        by_status: status_counts(of_year.iter().copied()),
        by_party,
    }
}

/// Where the period stands, in one sentence: the answer to "has it been done?" that the page shows above the
/// period's cards, without a click.
pub fn summary_headline(period: &Period, summary: &PeriodSummary) -> String {
    summary_headline_in(period, summary, SWEDISH)
}

/// [`summary_headline`] in `lang`.
pub fn summary_headline_in(period: &Period, summary: &PeriodSummary, lang: &Language) -> String {
    let words = &lang.words.report;
    let year = ("year", summary.label.as_str());
    if summary.followed_up == 0 {
        let which = match summary.total {
            1 => fill(words.only_promise, &[year]),
            n => fill(&lang.count(&words.any_promise, n), &[year]),
        };
        let template = if has_followup_document(period) { words.none_but_document } else { words.none_published };
        return fill(template, &[("which", &which)]);
    }
    let latest = summary.latest.map(|d| fill(words.latest, &[("date", &d.text(lang))])).unwrap_or_default();
    fill(
        &lang.count(&words.published, summary.total),
        &[("done", &summary.followed_up.to_string()), ("latest", &latest)],
    )
}

/// What follows [`summary_headline`], folded with the period's background: the plan the follow-up was to keep,
/// where a period-wide report is, or how many results are final; empty when there is nothing more to say.
pub fn summary_details(period: &Period, summary: &PeriodSummary, today: Date) -> String {
    summary_details_in(period, summary, today, SWEDISH)
}

/// [`summary_details`] in `lang`.
pub fn summary_details_in(period: &Period, summary: &PeriodSummary, today: Date, lang: &Language) -> String {
    let words = &lang.words.report;
    if summary.followed_up == 0 {
        if has_followup_document(period) {
            return words.document_below.to_owned();
        }
        return plan_sentence_in(&schedule_in(&period.followup, today, lang), lang).unwrap_or_default();
    }
    if summary.finals > 0 {
        let (finals, total) = (summary.finals.to_string(), summary.total.to_string());
        return fill(words.finals, &[("finals", &finals), ("total", &total)]);
    }
    String::new()
}

/// True when the period publishes a follow-up of the whole period as a document.
fn has_followup_document(period: &Period) -> bool {
    period.documents.iter().any(|d| d.kind.as_deref() == Some("uppfoljning"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_indexed_in_vocabulary_order() {
        for (i, status) in Status::ALL.into_iter().enumerate() {
            assert_eq!(status as usize, i);
        }
        let mut counts = StatusCounts::default();
        assert!(counts.is_empty());
        counts.0[Status::Done as usize] = 2;
        assert_eq!((counts.get(Status::Done), counts.get(Status::NotDone), counts.total()), (2, 0, 2));
    }
}
