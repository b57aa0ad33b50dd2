//! Filtering, stable ordering and facet counts: which promises a [`Query`] shows and what each choice would give.
//!
//! Pure core: no UI dependency. A filter only ever removes promises; facet counts apply every other filter.

use crate::fold::{fold, search_terms};
use crate::followup::current_status;
use crate::model::{Dataset, Promise};
use crate::query::{Query, WHOLE_MUNICIPALITY};
use crate::status::Status;

/// The filter dimensions that have facets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Facet {
    /// `ar`
    Year,
    /// `part`
    Party,
    /// `omrade`
    District,
    /// `tema`
    Theme,
    /// `status`
    Status,
}

/// One choice in a facet with the number of promises it would show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetOption {
    /// URL value.
    pub id: String,
    /// Display label.
    pub label: String,
    /// Promises shown if this choice were added to (or kept in) the other filters.
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

/// The label of the whole-municipality district choice.
pub const WHOLE_MUNICIPALITY_LABEL: &str = "Hela kommunen";

/// The promises the query shows, newest period first, then in publication order.
pub fn filter<'a>(data: &'a Dataset, query: &Query) -> Vec<&'a Promise> {
    let terms = search_terms(&query.text);
    let mut shown: Vec<&Promise> = data.promises.iter().filter(|p| matches(data, p, query, &terms, None)).collect();
    // sort_by_key is stable, so publication order holds within a year.
    shown.sort_by_key(|p| std::cmp::Reverse(p.year));
    shown
}

/// Facet counts for the query: each count applies every filter except the facet's own.
pub fn facets(data: &Dataset, query: &Query) -> Facets {
    let terms = search_terms(&query.text);
    let count = |facet: Facet, pick: &dyn Fn(&Promise) -> bool| {
        data.promises.iter().filter(|p| pick(p) && matches(data, p, query, &terms, Some(facet))).count()
    };
    let mut years: Vec<u16> = data.periods.iter().map(|p| p.year).collect();
    years.sort_unstable_by(|a, b| b.cmp(a));
    let option = |id: String, label: String, count: usize, selected: bool| FacetOption { id, label, count, selected };
    Facets {
        years: years
            .into_iter()
            .map(|y| {
                option(y.to_string(), y.to_string(), count(Facet::Year, &|p| p.year == y), query.years.contains(&y))
            })
            .collect(),
        parties: data
            .parties
            .iter()
            .map(|party| {
                let n = count(Facet::Party, &|p| p.parties.contains(&party.id));
                option(party.id.clone(), party.short.clone(), n, query.parties.contains(&party.id))
            })
            .collect(),
        districts: data
            .districts
            .iter()
            .map(|d| (d.id.as_str(), d.name.as_str()))
            .chain([(WHOLE_MUNICIPALITY, WHOLE_MUNICIPALITY_LABEL)])
            .map(|(id, name)| {
                let n = count(Facet::District, &|p| in_district(p, id));
                option(id.to_string(), name.to_string(), n, query.districts.contains(id))
            })
            .collect(),
        themes: data
            .themes
            .iter()
            .map(|theme| {
                let n = count(Facet::Theme, &|p| p.themes.contains(&theme.id));
                option(theme.id.clone(), theme.name.clone(), n, query.themes.contains(&theme.id))
            })
            .collect(),
        statuses: Status::ALL
            .into_iter()
            .filter(|s| query.statuses.contains(s) || data.promises.iter().any(|p| current_status(p) == *s))
            .map(|s| {
                let n = count(Facet::Status, &|p| current_status(p) == s);
                option(s.id().to_string(), s.label().to_string(), n, query.statuses.contains(&s))
            })
            .collect(),
    }
}

/// True when the promise concerns the district; `hela-kommunen` matches promises with no named district.
pub fn in_district(promise: &Promise, district: &str) -> bool {
    if district == WHOLE_MUNICIPALITY {
        promise.districts.is_empty()
    } else {
        promise.districts.iter().any(|d| d == district)
    }
}

fn matches(data: &Dataset, p: &Promise, q: &Query, terms: &[String], skip: Option<Facet>) -> bool {
    let on = |facet: Facet| skip != Some(facet);
    (!on(Facet::Year) || q.years.is_empty() || q.years.contains(&p.year))
        && (!on(Facet::Party) || q.parties.is_empty() || p.parties.iter().any(|id| q.parties.contains(id)))
        && (!on(Facet::District) || q.districts.is_empty() || q.districts.iter().any(|d| in_district(p, d)))
        && (!on(Facet::Theme) || q.themes.is_empty() || p.themes.iter().any(|id| q.themes.contains(id)))
        && (!on(Facet::Status) || q.statuses.is_empty() || q.statuses.contains(&current_status(p)))
        && (terms.is_empty() || matches_text(data, p, terms))
}

/// Every search word must occur in the promise's title, text, themes, districts or parties (folded).
fn matches_text(data: &Dataset, p: &Promise, terms: &[String]) -> bool {
    let mut haystack = fold(&p.title);
    haystack.push('\n');
    haystack.push_str(&fold(&p.text));
    let names = p
        .themes
        .iter()
        .filter_map(|id| data.themes.iter().find(|t| &t.id == id).map(|t| t.name.as_str()))
        .chain(p.districts.iter().filter_map(|id| data.districts.iter().find(|d| &d.id == id).map(|d| d.name.as_str())))
        .chain(
            p.parties
                .iter()
                .filter_map(|id| data.parties.iter().find(|x| &x.id == id))
                .flat_map(|x| [x.name.as_str(), x.short.as_str()]),
        );
    for name in names {
        haystack.push('\n');
        haystack.push_str(&fold(name));
    }
    terms.iter().all(|term| haystack.contains(term.as_str()))
}

/// Groups shown promises by period, newest period first; periods with no shown promise are left out.
pub fn group_by_period<'a>(
    data: &'a Dataset,
    shown: &[&'a Promise],
) -> Vec<(&'a crate::model::Period, Vec<&'a Promise>)> {
    let mut periods: Vec<&crate::model::Period> = data.periods.iter().collect();
    periods.sort_by_key(|p| std::cmp::Reverse(p.year));
    periods
        .into_iter()
        .map(|period| (period, shown.iter().copied().filter(|p| p.year == period.year).collect::<Vec<_>>()))
        .filter(|(_, promises)| !promises.is_empty())
        .collect()
}
