//! The active filters as a flat list of removable chips, in facet order.
//!
//! Pure core: no UI dependency.
//!
//! Page layer: of its own layer uses `filter` and `query`; must not import `view` (which uses it) or `export`.

use crate::page::filter::{facets, FacetOption, Facets};

use crate::dataset::model::Dataset;
use crate::lang::{fill, Language, SWEDISH};
use crate::page::query::Facet;
use crate::page::query::Query;

/// One active filter choice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActiveFilter {
    /// Which facet, or `None` for the free-text search.
    pub facet: Option<Facet>,
    /// The URL value.
    pub id: String,
    /// Text on the chip, e.g. "2019" or "Sök: krogar".
    pub label: String,
}

impl ActiveFilter {
    /// The chip's accessible name: what pressing it does.
    pub fn remove_label(&self) -> String {
        self.remove_label_in(SWEDISH)
    }

    /// [`ActiveFilter::remove_label`] in `lang`.
    pub fn remove_label_in(&self, lang: &Language) -> String {
        fill(lang.words.page.remove_chip, &[("label", &self.label)])
    }

    /// What names the chip on the build's page (`data-chip`): `ar:2019`, or `q` for the search text's.
    pub fn key(&self) -> String {
        match self.facet {
            Some(facet) => format!("{}:{}", facet.param(), self.id),
            None => crate::page::query::param::TEXT.to_string(),
        }
    }
}

/// The chips for a query: every selected choice, then the search text.
pub fn active_filters(data: &Dataset, query: &Query) -> Vec<ActiveFilter> {
    chips_from(&facets(data, query), query)
}

/// The chips for a query whose facets are already counted.
pub fn chips_from(all: &Facets, query: &Query) -> Vec<ActiveFilter> {
    chips_from_in(all, query, SWEDISH)
}

/// [`chips_from`], the search text's chip in `lang` (the facets' labels are as counted).
pub fn chips_from_in(all: &Facets, query: &Query, lang: &Language) -> Vec<ActiveFilter> {
    let groups: [(Facet, &Vec<FacetOption>); 5] = [
        (Facet::Year, &all.years),
        (Facet::Party, &all.parties),
        (Facet::District, &all.districts),
        (Facet::Theme, &all.themes),
        (Facet::Status, &all.statuses),
    ];
    let mut chips: Vec<ActiveFilter> = groups
        .into_iter()
        .flat_map(|(facet, options)| {
            options.iter().filter(|o| o.selected).map(move |o| ActiveFilter {
                facet: Some(facet),
                id: o.id.clone(),
                label: o.label.clone(),
            })
        })
        .collect();
    let text = query.text.trim();
    if !text.is_empty() {
        let label = fill(lang.words.page.search_chip, &[("text", text)]);
        chips.push(ActiveFilter { facet: None, id: text.to_string(), label });
    }
    chips
}

/// Every chip the facets can give, in the order chips are shown, then the search text's (labelled "Sök: "): the
/// build renders them all for the page's first module to show.
pub fn every_chip(all: &Facets) -> Vec<ActiveFilter> {
    every_chip_in(all, SWEDISH)
}

/// [`every_chip`], the search text's chip in `lang`.
pub fn every_chip_in(all: &Facets, lang: &Language) -> Vec<ActiveFilter> {
    let mut chips: Vec<ActiveFilter> = Facet::ALL
        .into_iter()
        .flat_map(|facet| {
            all.of(facet).iter().map(move |o| ActiveFilter {
                facet: Some(facet),
                id: o.id.clone(),
                label: o.label.clone(),
            })
        })
        .collect();
    chips.push(ActiveFilter {
        facet: None,
        id: String::new(),
        label: fill(lang.words.page.search_chip, &[("text", "")]),
    });
    chips
}

/// The query without one chip.
pub fn without(query: &Query, chip: &ActiveFilter) -> Query {
    match chip.facet {
        Some(facet) => query.toggled(facet, &chip.id),
        None => Query { text: String::new(), limit: None, ..query.clone() },
    }
}
