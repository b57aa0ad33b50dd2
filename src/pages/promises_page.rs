//! The promises page: header, notices, filters, the map and the promise cards grouped by period.
//!
//! Shell layer, layout only: `use_promises` derives everything from the URL and the dataset with the core's view
//! model; this file places the parts and hands them plain data, signals and callbacks.

use leptos::prelude::*;
use medborgarloften_core::contract::{id, testid};
use medborgarloften_core::export::downloads::downloads_for;
use medborgarloften_core::page::locate::locate_note;
use medborgarloften_core::page::view::PromisesView;

use crate::boot::Boot;
use crate::components::{
    ActiveFilters, DistrictMap, EmbedDialog, EmptyState, ErrorPanel, FilterPanel, MoreButton, OfflineBanner,
    PeriodList, SiteFooter, SiteHeader, UrlNotice, VisitNews,
};
use crate::dataset::dataset_facts;
use crate::geometry::use_geometry;
use crate::language::use_language;
use crate::promises::{embed_snippet, follow_opened, use_promises};
use crate::take_over::use_take_over;
use crate::url_state::use_url_state;

/// The app's one page.
#[component]
pub fn PromisesPage() -> impl IntoView {
    let boot = expect_context::<Boot>();
    let words = &use_language().words.app;
    let p = use_promises();
    let ds = p.dataset;
    // In the browser, everything a resident does on the page reaches the core through one callback.
    #[cfg(feature = "csr")]
    if boot.preloaded.is_none() {
        crate::events::listen_to_page(p.on_action);
    }
    let map_open = boot.wide;
    // The parts of the page's own state that components read, each changing only when it does.
    let whole = Signal::from(Memo::new(move |_| p.ui.with(|ui| ui.whole_map)));
    let sheet_open = Memo::new(move |_| p.ui.with(|ui| ui.sheet_open));
    // In a frame, the sheet opens over the part of the frame the host page shows (see place_in_view).
    Effect::new(move |was_open: Option<bool>| {
        let open = sheet_open.get();
        if open && was_open != Some(true) {
            if let Some(panel) = document().get_element_by_id(id::FILTER_PANEL) {
                medborgarloften_web::offline::place_in_view(&panel);
            }
        }
        open
    });
    let copied = Memo::new(move |_| p.ui.with(|ui| ui.copied.clone()));
    // Until the page has its language from the address (issue 27), Swedish: the one place it is chosen here.
    let language = crate::language::use_language();
    let locate_note = Signal::derive(move || {
        let state = p.ui.with(|ui| ui.locating.clone());
        ds.catalog.with(|c| c.as_ref().map(|c| locate_note(&state, c.data(), language)).unwrap_or_default())
    });
    let map = use_geometry(ds.catalog, p.districts, whole, boot.preloaded.and_then(|p| p.geometry), map_open);
    // The app replaces the pre-rendered page once it shows as much: the promises, all built, and an open map drawn.
    let built = move || p.stagger.done.get() || ds.catalog.with(Option::is_none);
    let ready =
        move || !ds.loading.get() && built() && (!map_open || !map.available.get() || map.layout.with(Option::is_some));
    follow_opened(p, use_take_over(Signal::derive(ready), p.on_action));
    let has_data = Signal::derive(move || ds.catalog.with(Option::is_some));
    let facts = dataset_facts(ds.catalog);
    let view_model = p.view;
    let from_view = move |pick: fn(&PromisesView) -> String| read_view(view_model, pick);
    let count_text = move || from_view(|v| v.count_text.clone());
    let empty = move || p.view.with(|v| v.as_ref().is_some_and(|v| v.shown == 0));
    let snippet = embed_snippet(p);
    // The build's files describe the site's own dataset; another one (`?data=`) gets only its own file.
    let query = use_url_state().query();
    let (built, built_for) = (boot.downloads.clone(), boot.default_dataset.clone());
    let downloads = Signal::derive(move || {
        query.with(|q| downloads_for(&built, &built_for, q.data.as_deref().unwrap_or(&built_for)))
    });
    // The build copied the site's own dataset's logo beside the page; another dataset's (`?data=`) is not there.
    let own_data = boot.default_dataset.clone();
    let logo = Signal::derive(move || {
        let own = query.with(|q| q.data.as_deref().is_none_or(|data| data == own_data));
        if own {
            facts.logo.get()
        } else {
            None
        }
    });
    // Fixed for the page's life: an address with inbaddad=1 is loaded in a frame and stays there.
    let embedded = p.embedded.get_untracked();

    view! {
        <SiteHeader skip_to=format!("#{}", id::RESULTS) title=facts.title example=facts.example compact=p.embedded logo=logo/>
        <main id=id::MAIN class="page">
            <UrlNotice ignored=p.ignored/>
            <OfflineBanner saved=ds.saved updated=facts.updated/>
            <ErrorPanel message=Signal::derive(move || ds.error.with(|e| e.as_ref().map(|e| e.text(&words.errors)))) has_data=has_data on_retry=ds.retry/>
            <Show when=move || ds.loading.get() && !has_data.get()>
                <p class="loading" data-testid="loading" role="status">{words.loading}</p>
            </Show>
            <Show when=move || has_data.get()>
                <div class="layout">
                    <Show when=move || p.stagger.filters.get()><FilterPanel facets=p.facets hint=facts.hint text=Signal::derive(move || from_view(|v| v.query.text.clone()))
                        button_text=Signal::derive(move || from_view(|v| v.filter_text.clone()))
                        show_text=Signal::derive(move || from_view(|v| v.show_text.clone()))
                        theme_help=Signal::derive(move || read_view(view_model, |v| v.theme_help.clone()))
                        open=sheet_open/></Show>
                    <section class="results" id=id::RESULTS aria-labelledby="resultat-rubrik" tabindex="-1">
                        <h2 id="resultat-rubrik" class="visually-hidden">{words.results_heading}</h2>
                        <Show when=move || map.available.get()>
                            <DistrictMap layout=map.layout districts=map.districts whole=whole start_open=map_open
                                ui=p.ui on_open=map.on_shown locate_note=locate_note/>
                        </Show>
                        <p class="result-count" id=id::RESULT_COUNT tabindex="-1" data-testid=testid::RESULT_COUNT role="status">{count_text}</p>
                        <Show when=move || !p.embedded.get()>
                            <VisitNews news=p.news/>
                        </Show>
                        <ActiveFilters chips=p.chips every=p.every_chip/>
                        <EmptyState hidden=Signal::derive(move || !empty())/>
                        <PeriodList periods=p.periods stamp=p.stamp opened=p.opened
                            copied=copied
                            link_base=p.link_base.get_value() compact=embedded/>
                        <MoreButton more=p.more/>
                    </section>
                </div>
            </Show>
            <Show when=move || !p.embedded.get() && has_data.get()>
                <EmbedDialog snippet=snippet/>
            </Show>
        </main>
        // In an iframe the host page is the chrome: no footer there.
        <Show when=move || !p.embedded.get()>
            <SiteFooter source=facts.source updated=facts.updated downloads=downloads/>
        </Show>
    }
}

/// One part of the view model, or its default before a dataset is loaded.
fn read_view<T: Default>(view: Memo<Option<PromisesView>>, pick: impl Fn(&PromisesView) -> T) -> T {
    view.with(|v| v.as_ref().map(pick).unwrap_or_default())
}
