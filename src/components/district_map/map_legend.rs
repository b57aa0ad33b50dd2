//! The map's legend: the shading classes, the priority hatching and the data source. Leaf component.

use leptos::prelude::*;
use medborgarloften_core::geo::LegendEntry;

use crate::language::use_language;

/// A legend list of swatches with their meaning, then the source line.
#[component]
pub fn MapLegend(
    /// The shading classes that can occur, lightest first.
    entries: Vec<LegendEntry>,
    /// Whether to explain the priority hatching.
    priority: bool,
    /// The source line, e.g. "Källa: SCB".
    attribution: String,
) -> impl IntoView {
    let language = use_language();
    let words = &language.words.app.map;
    let rows = entries
        .into_iter()
        .map(|e| {
            view! {
                <li><span class="map-legend__swatch" data-shade=e.class aria-hidden="true"></span>{e.label}</li>
            }
        })
        .collect_view();
    view! {
        <div class="map-legend" data-testid="map-legend">
            <p class="map-legend__title">{words.legend_title}</p>
            <ul class="map-legend__list">
                {rows}
                {priority.then(|| view! {
                    <li><span class="map-legend__swatch map-legend__swatch--priority" aria-hidden="true"></span>{words.priority}</li>
                })}
                <li><span class="map-legend__swatch map-legend__swatch--none" aria-hidden="true"></span>{words.unnamed}</li>
            </ul>
            <p class="map-legend__source" lang=language.swedish_text_lang() dir=language.swedish_text_dir()>{attribution}</p>
        </div>
    }
}
