//! A period's follow-up overview from the one filtering pass: counts by status and by party, each what the list
//! would show for the period if that choice were selected with the other filters unchanged.
//!
//! Pure core: no UI dependency.

use crate::date::Date;
use crate::filter::FacetOption;
use crate::model::{Dataset, Period};
use crate::query::Query;
use crate::status::Status;
use crate::summary::{summary_sentence, YearOverview};

use super::index::SearchIndex;
use super::select::Selection;

/// The overview of `period` under `query`, from `selection` (the pass over the same query), seen on `today`.
pub(crate) fn overview_of(
    data: &Dataset,
    index: &SearchIndex,
    selection: &Selection,
    query: &Query,
    period: &Period,
    today: Date,
) -> YearOverview {
    let year = period.year();
    let at = index.years.iter().position(|&y| y == year);
    let statuses = at.and_then(|i| selection.year_statuses.get(i)).copied().unwrap_or_default();
    let no_parties = vec![0; data.parties.len()];
    let parties = at.and_then(|i| selection.year_parties.get(i)).unwrap_or(&no_parties);
    let summary = at.and_then(|i| index.summaries.get(i));
    let status_options = Status::ALL
        .into_iter()
        .filter(|s| summary.is_some_and(|sum| sum.by_status.get(*s) > 0) || query.statuses.contains(s))
        .map(|s| FacetOption {
            id: s.id().to_string(),
            label: s.label().to_string(),
            count: statuses[s as usize],
            selected: query.statuses.contains(&s),
        })
        .collect();
    let party_options = data
        .parties
        .iter()
        .zip(parties)
        .filter(|(party, _)| {
            summary.is_some_and(|sum| sum.by_party.iter().any(|(id, _)| *id == party.id))
                || query.parties.contains(&party.id)
        })
        .map(|(party, &count)| FacetOption {
            id: party.id.clone(),
            label: party.short.clone(),
            count,
            selected: query.parties.contains(&party.id),
        })
        .collect();
    let sentence = summary.map(|s| summary_sentence(period, s, today)).unwrap_or_default();
    YearOverview {
        year,
        label: period.years_label(),
        summary: sentence,
        statuses: status_options,
        parties: party_options,
    }
}
