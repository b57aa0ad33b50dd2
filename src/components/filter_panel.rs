//! The filters: the search box, always in sight, and the facet groups. On a phone the groups open as a sheet over
//! the page behind a "Filter" button; the sheet's sticky "Visa N löften" closes it. Leaf component: its controls
//! carry the page contract's names, and the page reads what they do (`crate::events`).

use leptos::prelude::*;
use medborgarloften_core::contract::{class, control, id, testid};
use medborgarloften_core::page::filter::Facets;
use medborgarloften_core::page::query::Facet;

use super::FacetGroup;
use crate::language::use_language;

/// Filters for the promise list.
#[component]
pub fn FilterPanel(
    /// Facet choices with counts.
    #[prop(into)]
    facets: Signal<Facets>,
    /// The search text.
    #[prop(into)]
    text: Signal<String>,
    /// The search box's example, from the dataset's own words.
    #[prop(into)]
    hint: Signal<String>,
    /// The phone's filter button, e.g. "Filter · 1 valt".
    #[prop(into)]
    button_text: Signal<String>,
    /// The sheet's closing button, e.g. "Visa 4 löften".
    #[prop(into)]
    show_text: Signal<String>,
    /// Sentences under the theme group that explain abbreviations in theme names.
    #[prop(into)]
    theme_help: Signal<Vec<String>>,
    /// Whether the sheet is open (on a phone).
    #[prop(into)]
    open: Signal<bool>,
) -> impl IntoView {
    let language = use_language();
    let words = &language.words.app;
    let group = move |legend: &'static str, facet: Facet, pick: fn(&Facets) -> Vec<_>| {
        view! { <FacetGroup legend=legend facet=facet options=Signal::derive(move || facets.with(pick))/> }
    };
    view! {
        <aside class="filters" aria-label=words.filters_label>
            <div class="search">
                <label for=id::SEARCH>{words.search_label}</label>
                <input id=id::SEARCH type="search" autocomplete="off" placeholder=move || hint.get()
                    prop:value=move || text.get()/>
            </div>
            <button type="button" class="filters__toggle button button--secondary" data-testid=testid::FILTER_TOGGLE
                data-action=control::SHEET aria-expanded=move || open.get().to_string() aria-controls=id::FILTER_PANEL>
                {move || button_text.get()}
            </button>
            <div id=id::FILTER_PANEL class="filters__panel" class=(class::SHEET_OPEN, move || open.get())>
                <h2 class=class::FILTERS_HEADING tabindex="-1">{words.choose_filters}</h2>
                {group(words.year, Facet::Year, |f| f.years.clone())}
                {group(words.party, Facet::Party, |f| f.parties.clone())}
                {group(words.district, Facet::District, |f| f.districts.clone())}
                <p class="facet__help">{language.words.page.district_count_help}</p>
                {group(words.theme, Facet::Theme, |f| f.themes.clone())}
                {move || theme_help.get().into_iter().map(|line| view! { <p class="facet__help">{line}</p> }).collect_view()}
                {group(words.status, Facet::Status, |f| f.statuses.clone())}
                <button type="button" class="button button--secondary filters__clear" data-action=control::CLEAR>{words.clear_filters}</button>
                <div class="filters__done">
                    <button type="button" class="button" data-testid=testid::FILTER_DONE data-action=control::SHEET_DONE>
                        {move || show_text.get()}
                    </button>
                </div>
            </div>
        </aside>
    }
}
