//! The districts as a list of toggle buttons with counts: the map's text alternative. Leaf component.

use leptos::prelude::*;
use medborgarloften_core::contract::class;
use medborgarloften_core::geo::count_text_in;
use medborgarloften_core::lang::Language;
use medborgarloften_core::page::map_shades::DistrictShade;

use super::shade_of;
use crate::language::use_language;

/// One toggle button (`aria-pressed`) per named district, with its promise count.
#[component]
pub fn DistrictList(
    /// Every named district under the current filters.
    #[prop(into)]
    districts: Signal<Vec<DistrictShade>>,
) -> impl IntoView {
    let language = use_language();
    let words = &language.words.app.map;
    // Rebuilt only when the number of districts changes (a new dataset), so a button keeps keyboard focus while
    // its count and state change.
    let len = Memo::new(move |_| districts.with(Vec::len));
    view! {
        <p class="district-list__title" id="omradeslista-rubrik">{words.list_title}</p>
        <ul class="district-list" data-testid="map-district-list" aria-labelledby="omradeslista-rubrik">
            {move || (0..len.get()).map(|i| district_button(i, districts, language)).collect_view()}
        </ul>
    }
}

fn district_button(i: usize, districts: Signal<Vec<DistrictShade>>, language: &'static Language) -> impl IntoView {
    let selected = shade_of(districts, i, |s| s.selected);
    let id = shade_of(districts, i, |s| s.id.clone());
    view! {
        <li>
            <button type="button" class=class::DISTRICT_BUTTON data-district-id=id
                aria-pressed=move || if selected() { "true" } else { "false" }>
                <span class="district-list__name">{shade_of(districts, i, |s| s.name.clone())}</span>
                " "
                <span class=class::DISTRICT_COUNT>{move || districts.with(|all| all.get(i).map(|s| count_text_in(s.count, language)).unwrap_or_default())}</span>
            </button>
        </li>
    }
}
