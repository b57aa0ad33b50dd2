//! The filter panel: search box and facet groups. On a phone it hides behind a "Filter" button. Leaf component.

use leptos::prelude::*;
use medborgarloften_core::filter::{Facet, Facets};

use super::FacetGroup;

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
    /// How many filters are active (shown on the phone's toggle button).
    #[prop(into)]
    active_count: Signal<usize>,
    /// A checkbox was toggled.
    on_toggle: Callback<(Facet, String)>,
    /// The search text changed.
    on_search: Callback<String>,
    /// "Rensa filter" was pressed.
    on_clear: Callback<()>,
) -> impl IntoView {
    // Whether the panel is open on a phone: view-local, not worth a place in the URL.
    let open = RwSignal::new(false);
    let group = move |legend: &'static str, facet: Facet, pick: fn(&Facets) -> Vec<_>| {
        view! { <FacetGroup legend=legend facet=facet options=Signal::derive(move || facets.with(pick)) on_toggle=on_toggle/> }
    };
    view! {
        <aside class="filters" aria-label="Filter">
            <button type="button" class="filters__toggle button" data-testid="filter-toggle"
                aria-expanded=move || open.get().to_string() aria-controls="filterpanel"
                on:click=move |_| open.update(|o| *o = !*o)>
                {move || match active_count.get() {
                    0 => "Filter".to_string(),
                    n => format!("Filter ({n} valda)"),
                }}
            </button>
            <div id="filterpanel" class="filters__panel" class:open=move || open.get()>
                <div class="search">
                    <label for="sok">"Sök bland löftena"</label>
                    <input id="sok" type="search" autocomplete="off" placeholder=move || hint.get()
                        prop:value=move || text.get()
                        on:input=move |ev| on_search.run(event_target_value(&ev))/>
                </div>
                {group("År", Facet::Year, |f| f.years.clone())}
                {group("Part", Facet::Party, |f| f.parties.clone())}
                {group("Område", Facet::District, |f| f.districts.clone())}
                {group("Tema", Facet::Theme, |f| f.themes.clone())}
                {group("Status", Facet::Status, |f| f.statuses.clone())}
                <button type="button" class="button button--secondary" on:click=move |_| on_clear.run(())>"Rensa filter"</button>
            </div>
        </aside>
    }
}
