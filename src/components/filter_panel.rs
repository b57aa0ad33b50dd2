//! The filters: the search box, always in sight, and the facet groups. On a phone the groups open as a sheet over
//! the page behind a "Filter" button; the sheet's sticky "Visa N löften" closes it. Leaf component.

use leptos::ev;
use leptos::prelude::*;
use medborgarloften_core::page::filter::Facets;
use medborgarloften_core::page::query::Facet;

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
    /// The phone's filter button, e.g. "Filter · 1 valt".
    #[prop(into)]
    button_text: Signal<String>,
    /// The sheet's closing button, e.g. "Visa 4 löften".
    #[prop(into)]
    show_text: Signal<String>,
    /// Sentences under the theme group that explain abbreviations in theme names.
    #[prop(into)]
    theme_help: Signal<Vec<String>>,
    /// A checkbox was toggled.
    on_toggle: Callback<(Facet, String)>,
    /// The search text changed.
    on_search: Callback<String>,
    /// "Rensa filter" was pressed.
    on_clear: Callback<()>,
    /// The sheet was closed with "Visa N löften" (the page then moves focus to the result count).
    on_done: Callback<()>,
) -> impl IntoView {
    // Whether the sheet is open on a phone: view-local, not worth a place in the URL.
    let open = RwSignal::new(false);
    // The sheet's heading: focus goes there when the sheet opens, so it is not left on the covered button.
    let heading = NodeRef::<leptos::html::H2>::new();
    let group = move |legend: &'static str, facet: Facet, pick: fn(&Facets) -> Vec<_>| {
        view! { <FacetGroup legend=legend facet=facet options=Signal::derive(move || facets.with(pick)) on_toggle=on_toggle/> }
    };
    let done = move || {
        open.set(false);
        on_done.run(());
    };
    view! {
        <aside class="filters" aria-label="Filter">
            <div class="search">
                <label for="sok">"Sök bland löftena"</label>
                <input id="sok" type="search" autocomplete="off" placeholder=move || hint.get()
                    prop:value=move || text.get()
                    on:input=move |ev| on_search.run(event_target_value(&ev))/>
            </div>
            <button type="button" class="filters__toggle button button--secondary" data-testid="filter-toggle"
                aria-expanded=move || open.get().to_string() aria-controls="filterpanel"
                on:click=move |_| {
                    open.update(|o| *o = !*o);
                    // After the next frame: the sheet is shown only once the class change has rendered.
                    request_animation_frame(move || {
                        if let Some(heading) = heading.get_untracked().filter(|_| open.get_untracked()) {
                            let _ = heading.focus();
                        }
                    });
                }>
                {move || button_text.get()}
            </button>
            <div id="filterpanel" class="filters__panel" class:open=move || open.get()
                on:keydown=move |ev: ev::KeyboardEvent| if ev.key() == "Escape" && open.get_untracked() { done() }>
                <h2 class="filters__heading" tabindex="-1" node_ref=heading>"Välj filter"</h2>
                {group("År", Facet::Year, |f| f.years.clone())}
                {group("Vem lovar", Facet::Party, |f| f.parties.clone())}
                {group("Område", Facet::District, |f| f.districts.clone())}
                {group("Tema", Facet::Theme, |f| f.themes.clone())}
                {move || theme_help.get().into_iter().map(|line| view! { <p class="facet__help">{line}</p> }).collect_view()}
                {group("Status", Facet::Status, |f| f.statuses.clone())}
                <button type="button" class="button button--secondary filters__clear" on:click=move |_| on_clear.run(())>"Rensa filter"</button>
                <div class="filters__done">
                    <button type="button" class="button" data-testid="filter-done" on:click=move |_| done()>
                        {move || show_text.get()}
                    </button>
                </div>
            </div>
        </aside>
    }
}
