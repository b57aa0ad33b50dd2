//! The district map under the current filters: how dark each district is shaded (a choropleth of the district
//! facet's counts: the promises that name each district, as in the filter and the result line) and what screen
//! readers and the hover caption say. The map's layout, which does not change
//! with the filters, and the shading scale are [`crate::geo`]'s; this joins them with the facets.
//!
//! Page layer: may use the layers below (`geo`, `dataset`) and, of its own layer, `filter`; must not import
//! `export`.

use crate::dataset::model::Dataset;
use crate::geo::ClassScale;
use crate::lang::{fill, Language, SWEDISH};
use crate::page::filter::FacetOption;

/// A named district's state under the current filters: the map's and the list's view data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DistrictShade {
    /// URL value, e.g. `skiftinge`.
    pub id: String,
    /// Display name, e.g. "Skiftinge".
    pub name: String,
    /// Promises that name the district under the other filters (the filter's count for it).
    pub count: usize,
    /// Whether the district is chosen in the `omrade` filter.
    pub selected: bool,
    /// Whether it is a priority district.
    pub priority: bool,
    /// Shading class, 0..[`CLASS_COUNT`](crate::geo::CLASS_COUNT) (see [`ClassScale`]).
    pub class: u8,
    /// Accessible name, starting with the district: "Skiftinge, 5 löften nämner området".
    pub label: String,
    /// Hover/focus caption: "Skiftinge: 5 löften nämner området".
    pub caption: String,
}

/// Every named district of the dataset under the current filters, in dataset order (the same order as
/// [`MapDistrict::index`](crate::geo::MapDistrict::index)). `options` are the district facet's choices
/// ([`Facets::districts`](crate::page::filter::Facets::districts)); a district missing from them counts 0.
pub fn district_shades(data: &Dataset, options: &[FacetOption]) -> Vec<DistrictShade> {
    district_shades_in(data, options, SWEDISH)
}

/// [`district_shades`] with the labels and captions in `lang`.
pub fn district_shades_in(data: &Dataset, options: &[FacetOption], lang: &Language) -> Vec<DistrictShade> {
    let scale = ClassScale::of(data);
    data.districts
        .iter()
        .map(|d| {
            let option = options.iter().find(|o| o.id == d.id);
            let count = option.map_or(0, |o| o.count);
            let promises = lang.count(&lang.words.page.promises, count);
            let counted = fill(lang.words.page.names_area, &[("promises", &promises)]);
            DistrictShade {
                id: d.id.clone(),
                name: d.name.clone(),
                count,
                selected: option.is_some_and(|o| o.selected),
                priority: d.priority,
                class: scale.class(count),
                label: format!("{}, {counted}", d.name),
                caption: format!("{}: {counted}", d.name),
            }
        })
        .collect()
}
