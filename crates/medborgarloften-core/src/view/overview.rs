//! A period's follow-up overview from the one filtering pass: counts by status and by party, each what the list
//! would show for the period if that choice were selected with the other filters unchanged.
//!
//! Pure core: no UI dependency.

use crate::date::Date;
use crate::filter::{Facet, FacetOption};
use crate::model::Period;
use crate::query::Query;
use crate::status::Status;
use crate::summary::{summary_sentence, YearOverview};

use super::index::Catalog;
use super::select::{shown_without, Selection};

/// The overview of `period` under `query`, from `selection` (the pass over the same query), seen on `today`.
pub(crate) fn overview_of(
    catalog: &Catalog,
    selection: &Selection,
    query: &Query,
    period: &Period,
    today: Date,
) -> YearOverview {
    let data = catalog.data();
    let index = catalog.index();
    let year = period.year;
    let at = index.years.iter().position(|&y| y == year);
    let mut statuses = [0usize; 6];
    let mut parties = vec![0usize; data.parties.len()];
    for (entry, &mask) in index.entries.iter().zip(&selection.misses) {
        if entry.year != at || at.is_none() {
            continue;
        }
        if shown_without(mask, Facet::Status) {
            statuses[entry.status as usize] += 1;
        }
        if shown_without(mask, Facet::Party) {
            entry.parties.iter().for_each(|&i| parties[i] += 1);
        }
    }
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
        .zip(&parties)
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
    YearOverview { year, summary: sentence, statuses: status_options, parties: party_options }
}
