//! A period's follow-up overview from the one filtering pass: where it stands, and counts by status and by party, each what the list
//! would show for the period if that choice were selected with the other filters unchanged.
//!
//! Pure core: no UI dependency.
//!
//! Page layer (`view`): may use the other modules of `page` and the layers below; must not import `export`.

use crate::dataset::date::Date;
use crate::dataset::model::{Dataset, Period};
use crate::dataset::status::Status;
use crate::lang::{Language, SWEDISH};
use crate::page::filter::{select, FacetOption, SearchIndex, Selection};
use crate::page::query::Query;
use crate::page::summary::{summary_details_in, summary_headline_in};

/// A period's overview: a sentence on where it stands and clickable counts by status and by party.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct YearOverview {
    /// The period's first year (its key).
    pub year: u16,
    /// The period's years, e.g. "2019" or "2024–2027".
    pub label: String,
    /// Where the period stands, in one honest sentence, also when nothing has been published: shown above the
    /// period's cards. It does not depend on the filters.
    pub headline: String,
    /// What more there is to say (the plan, a period-wide report, final results), folded with the background;
    /// may be empty.
    pub details: String,
    /// Status choices of the year with counts like the filter panel's: every other filter applies.
    pub statuses: Vec<FacetOption>,
    /// Party choices of the year, counted the same way.
    pub parties: Vec<FacetOption>,
}

/// The overview of `period` under `query`, seen on `today`. Each count is what the list would show for this
/// period if that choice were selected with the other filters unchanged, so a count always matches the cards.
pub fn year_overview(data: &Dataset, query: &Query, period: &Period, today: Date) -> YearOverview {
    year_overview_in(data, query, period, today, SWEDISH)
}

/// [`year_overview`] with its texts in `lang`.
pub fn year_overview_in(data: &Dataset, query: &Query, period: &Period, today: Date, lang: &Language) -> YearOverview {
    let index = SearchIndex::new(data);
    let selection = select(data, &index, query, None, lang);
    overview_of(data, &index, &selection, query, period, today, lang)
}

/// The overview of `period` under `query`, from `selection` (the pass over the same query), seen on `today`.
pub(crate) fn overview_of(
    data: &Dataset,
    index: &SearchIndex,
    selection: &Selection,
    query: &Query,
    period: &Period,
    today: Date,
    lang: &Language,
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
            label: s.label_in(lang).to_string(),
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
    let headline = summary.map(|s| summary_headline_in(period, s, lang)).unwrap_or_default();
    let details = summary.map(|s| summary_details_in(period, s, today, lang)).unwrap_or_default();
    YearOverview {
        year,
        label: period.years_label(),
        headline,
        details,
        statuses: status_options,
        parties: party_options,
    }
}
