//! Filtering, stable ordering and facet counts: which promises a [`Query`] shows and what each choice would give.
//!
//! Pure core: no UI dependency. A filter only ever removes promises; facet counts apply every other filter. The
//! rules themselves live in `select`, the one pass over the promises that the page runs once per change over a
//! [`SearchIndex`] (built once per dataset); the functions here are the one-shot forms.
//!
//! Page layer: may use the layers below it, and of its own layer `query`, `summary` and `order`; must not import
//! `active`, `card`, `map_shades` or `view` (which use it), nor `export`.

mod index;
mod select;

pub use index::SearchIndex;
pub(crate) use select::{select, Selection};

use crate::dataset::district::{in_district, WHOLE_MUNICIPALITY};
use crate::dataset::model::{Dataset, Promise};
use crate::lang::{Language, SWEDISH};
use crate::page::query::{Facet, Query};

/// One choice in a facet with the number of promises it would show.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FacetOption {
    /// URL value.
    pub id: String,
    /// Display label.
    pub label: String,
    /// Promises shown if this choice were added to (or kept in) the other filters; for a named district, those
    /// that name it (the kommun-wide ones it would list too are counted under "Hela kommunen").
    pub count: usize,
    /// Whether the choice is selected now.
    pub selected: bool,
}

/// Every facet with its choices, in display order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facets {
    /// Years, newest first.
    pub years: Vec<FacetOption>,
    /// Parties, in dataset order.
    pub parties: Vec<FacetOption>,
    /// Districts in dataset order, then "Hela kommunen".
    pub districts: Vec<FacetOption>,
    /// Themes, in dataset order.
    pub themes: Vec<FacetOption>,
    /// Statuses, in vocabulary order; only those present in the dataset or selected.
    pub statuses: Vec<FacetOption>,
}

/// What a screen reader hears after a dead-end choice (see [`FacetOption::dead_end`]).
pub const DEAD_END_NOTE: &str = SWEDISH.words.page.dead_end;

impl FacetOption {
    /// A choice that would show no promise (a named district: that no promise names) and is not selected: a dead
    /// end, offered switched off.
    pub fn dead_end(&self) -> bool {
        self.count == 0 && !self.selected
    }

    /// The note read after the choice's label: [`DEAD_END_NOTE`] for a dead end, else nothing.
    pub fn note(&self) -> &'static str {
        self.note_in(SWEDISH)
    }

    /// [`FacetOption::note`] in `lang`.
    pub fn note_in(&self, lang: &Language) -> &'static str {
        if self.dead_end() {
            lang.words.page.dead_end
        } else {
            ""
        }
    }
}

impl Facets {
    /// The choices of one facet.
    pub fn of(&self, facet: Facet) -> &[FacetOption] {
        match facet {
            Facet::Year => &self.years,
            Facet::Party => &self.parties,
            Facet::District => &self.districts,
            Facet::Theme => &self.themes,
            Facet::Status => &self.statuses,
        }
    }
}

/// The label of the whole-municipality district choice.
pub const WHOLE_MUNICIPALITY_LABEL: &str = SWEDISH.words.card.whole_municipality;

/// The promises the query shows, newest period first, then in publication order.
pub fn filter<'a>(data: &'a Dataset, query: &Query) -> Vec<&'a Promise> {
    let index = SearchIndex::new(data);
    select(data, &index, query, None, SWEDISH).shown.into_iter().map(|i| &data.promises[i]).collect()
}

/// Facet counts for the query: each count applies every filter except the facet's own.
pub fn facets(data: &Dataset, query: &Query) -> Facets {
    facets_in(data, query, SWEDISH)
}

/// [`facets`], with the facets' own labels (statuses, the whole kommun) in `lang`.
pub fn facets_in(data: &Dataset, query: &Query, lang: &Language) -> Facets {
    let index = SearchIndex::new(data);
    select(data, &index, query, None, lang).facets
}

/// True when the promise applies in the district a resident chose: it names that district, or (for a named
/// district) it concerns the whole kommun. This is what the `omrade` filter shows.
pub fn applies_in(promise: &Promise, district: &str) -> bool {
    in_district(promise, district) || (district != WHOLE_MUNICIPALITY && promise.districts.is_empty())
}

/// Groups shown promises by period, newest period first; periods with no shown promise are left out.
pub fn group_by_period<'a>(
    data: &'a Dataset,
    shown: &[&'a Promise],
) -> Vec<(&'a crate::dataset::model::Period, Vec<&'a Promise>)> {
    let mut periods: Vec<&crate::dataset::model::Period> = data.periods.iter().collect();
    crate::page::order::sort_by_number(&mut periods, |p| crate::page::order::newest_first(p.year()));
    periods
        .into_iter()
        .map(|period| (period, shown.iter().copied().filter(|p| p.period == period.id).collect::<Vec<_>>()))
        .filter(|(_, promises)| !promises.is_empty())
        .collect()
}
