//! The promises page: header, notices, filters and the promise cards grouped by period.
//!
//! Shell layer: reads the URL state and the dataset, derives everything else with core functions, and passes
//! plain data and callbacks to leaf components. Effects here only talk to the outside world (title, scrolling).

use std::sync::Arc;

use leptos::prelude::*;
use medborgarloften_core::active::{active_filters, without, ActiveFilter};
use medborgarloften_core::card::promise_card;
use medborgarloften_core::embed::iframe_snippet;
use medborgarloften_core::filter::{facets, filter, group_by_period, Facet};
use medborgarloften_core::query::{Ignored, Query};
use medborgarloften_core::Dataset;

use crate::components::DistrictMap;
use crate::components::{
    ActiveFilters, EmptyState, ErrorPanel, FilterPanel, PeriodSection, SiteFooter, SiteHeader, UrlNotice,
};
use crate::components::{EmbedDialog, OfflineBanner};
use crate::dataset::use_dataset;
use crate::geometry::use_geometry;
use crate::url_state::{absolute_link, use_url_state, Nav};

/// The dataset shown when the address names none.
pub const DEFAULT_DATASET: &str = "data/eskilstuna.json";

/// The app's one page.
#[component]
pub fn PromisesPage() -> impl IntoView {
    let url = use_url_state();
    let raw_query = url.query();
    let data_url =
        Signal::derive(move || raw_query.with(|q| q.data.clone()).unwrap_or_else(|| DEFAULT_DATASET.to_string()));
    let dataset = use_dataset(data_url);
    let data = dataset.data;

    // The query with ids the dataset does not know removed, plus what was removed (for the notice).
    let checked = Memo::new(move |_| {
        let mut query = raw_query.get();
        let mut ignored: Vec<Ignored> = url.ignored().get();
        if let Some(data) = data.get() {
            ignored.extend(query.retain_known(&data));
        }
        (query, ignored)
    });
    let query = Signal::derive(move || checked.with(|(q, _)| q.clone()));
    let ignored = Signal::derive(move || checked.with(|(_, i)| i.clone()));

    let facet_counts = Memo::new(move |_| data.get().map(|d| facets(&d, &query.get())).unwrap_or_default());
    // Cheap to derive, and a memo of its own type would cost more wasm than its two readers save.
    let chips = Signal::derive(move || data.get().map(|d| active_filters(&d, &query.get())).unwrap_or_default());
    let shown_count = Memo::new(move |_| data.get().map_or(0, |d| filter(&d, &query.get()).len()));
    let total = Memo::new(move |_| data.get().map_or(0, |d| d.promises.len()));

    let go = move |next: Query, nav: Nav| url.navigate(next, nav);
    let on_toggle =
        Callback::new(move |(facet, id): (Facet, String)| go(query.get_untracked().toggled(facet, &id), Nav::Push));
    let on_search = Callback::new(move |text: String| go(Query { text, ..query.get_untracked() }, Nav::Replace));
    let on_clear = Callback::new(move |()| go(query.get_untracked().cleared(), Nav::Push));
    let on_remove = Callback::new(move |chip: ActiveFilter| go(without(&query.get_untracked(), &chip), Nav::Push));
    // The map toggles the same `omrade` filter as the filter panel, so both always show the URL's choice.
    let map = use_geometry(data, facet_counts);
    let on_district = Callback::new(move |id: String| on_toggle.run((Facet::District, id)));

    Effect::new(move |_| {
        let title = match data.get() {
            Some(d) => format!("{} – visar {} av {} löften", d.title, shown_count.get(), total.get()),
            None => "Medborgarlöften".to_string(),
        };
        document().set_title(&title);
    });
    scroll_to_opened_promise(query, data);
    let embedded = Signal::derive(move || query.with(|q| q.embed));
    let embed_snippet = Signal::derive(move || {
        let title = data.with(|d| d.as_ref().map(|d| d.title.clone())).unwrap_or_default();
        query.with(|q| iframe_snippet(&absolute_link(&Query::default()), q, &title))
    });

    view! {
        <a class="skip-link" href="#lofteslista">"Hoppa till löftena"</a>
        <SiteHeader
            title=Signal::derive(move || data.get().map(|d| d.title.clone()))
            example=Signal::derive(move || data.get().is_some_and(|d| d.example))
            compact=Signal::derive(move || query.with(|q| q.embed))
        />
        <main id="innehall" class="page">
            <UrlNotice ignored=ignored/>
            <OfflineBanner saved=dataset.saved updated=Signal::derive(move || data.get().map(|d| d.updated))/>
            <ErrorPanel
                message=Signal::derive(move || dataset.error.get().map(|e| e.message()))
                has_data=Signal::derive(move || data.with(Option::is_some))
                on_retry=dataset.retry
            />
            <Show when=move || dataset.loading.get() && data.with(Option::is_none)>
                <p class="loading" data-testid="loading" role="status">"Laddar löften…"</p>
            </Show>
            <Show when=move || data.with(Option::is_some)>
                <div class="layout">
                    <FilterPanel
                        facets=Signal::from(facet_counts)
                        text=Signal::derive(move || query.with(|q| q.text.clone()))
                        active_count=Signal::derive(move || chips.with(Vec::len))
                        on_toggle=on_toggle
                        on_search=on_search
                        on_clear=on_clear
                    />
                    <section class="results" id="lofteslista" aria-labelledby="resultat-rubrik" tabindex="-1">
                        <h2 id="resultat-rubrik" class="visually-hidden">"Löften"</h2>
                        <Show when=move || map.available.get()>
                            <DistrictMap layout=map.layout districts=map.districts whole=map.whole on_whole=map.on_whole on_toggle=on_district/>
                        </Show>
                        <p class="result-count" data-testid="result-count" role="status">
                            {move || format!("Visar {} av {} löften", shown_count.get(), total.get())}
                        </p>
                        <ActiveFilters chips=chips on_remove=on_remove on_clear=on_clear/>
                        <Show when=move || shown_count.get() == 0>
                            <EmptyState on_clear=on_clear/>
                        </Show>
                        {move || data.get().map(|d| periods_view(d, query, on_toggle))}
                    </section>
                </div>
            </Show>
            <Show when=move || !embedded.get() && data.with(Option::is_some)>
                <EmbedDialog snippet=embed_snippet/>
            </Show>
        </main>
        // In an iframe the host page is the chrome: no footer there.
        <Show when=move || !embedded.get()>
            <SiteFooter
                source=Signal::derive(move || data.get().map(|d| d.source.clone()))
                updated=Signal::derive(move || data.get().map(|d| d.updated))
            />
        </Show>
    }
}

/// The shown promises, grouped under their period. Rebuilt when the dataset or the query changes.
/// Each period also gets its follow-up overview and plan, seen from the reader's today.
fn periods_view(data: Arc<Dataset>, query: Signal<Query>, on_toggle: Callback<(Facet, String)>) -> impl IntoView {
    // The dataset's own date stands in if the browser's clock is unusable.
    let today = crate::today::today().unwrap_or(data.updated);
    move || {
        let q = query.get();
        let shown = filter(&data, &q);
        group_by_period(&data, &shown)
            .into_iter()
            .map(|(period, promises)| {
                let cards = promises
                    .iter()
                    .map(|p| {
                        let link = absolute_link(&Query {
                            promise: Some(p.id.clone()),
                            data: q.data.clone(),
                            ..Query::default()
                        });
                        (promise_card(&data, p), link)
                    })
                    .collect::<Vec<_>>();
                let opened = Signal::derive(move || query.with(|q| q.promise.clone()));
                let plan = medborgarloften_core::schedule::schedule(&period.followup, today);
                let next_report = medborgarloften_core::schedule::next_report_text(&plan);
                let overview = medborgarloften_core::summary::year_overview(&data, &q, period, today);
                view! {
                    <PeriodSection period=period.clone() cards=cards opened=opened overview=overview plan=plan
                        next_report=next_report on_toggle=on_toggle/>
                }
            })
            .collect_view()
    }
}

/// Scrolls the card named by `?lofte=` into view once it is on screen. Runs when the opened promise changes.
fn scroll_to_opened_promise(query: Signal<Query>, data: Memo<Option<Arc<Dataset>>>) {
    Effect::new(move |_| {
        let opened = query.with(|q| q.promise.clone());
        let ready = data.with(Option::is_some);
        if let (Some(id), true) = (opened, ready) {
            // The cards render in the same tick as the data arrives: wait one frame so the card exists.
            request_animation_frame(move || {
                if let Some(card) = document().get_element_by_id(&format!("lofte-{id}")) {
                    card.scroll_into_view();
                }
            });
        }
    });
}
