//! The `use_promises` hook: the dataset, the URL and the core's view model joined into what the promises page
//! shows, with one memo of the view model and a memo per part that several readers share, and the callbacks that
//! change the address.
//!
//! Shell layer: Leptos reactivity, [`crate::browser`] for focus, title and the clipboard. No components.

use std::sync::Arc;

use leptos::prelude::*;
use medborgarloften_core::page::active::{without, ActiveFilter};
use medborgarloften_core::page::embed::iframe_snippet;
use medborgarloften_core::page::filter::{FacetOption, Facets};
use medborgarloften_core::page::query::Facet;
use medborgarloften_core::page::query::{Ignored, Query};
use medborgarloften_core::page::view::{
    card_count, first_cards, promises_view_with_news, MoreCards, NewsView, PeriodView, PromisesView,
};

use medborgarloften_web::share::{share_link, Shared};

use crate::boot::Boot;
use crate::browser;
use crate::dataset::{use_dataset, DatasetState};
use crate::stagger::{use_stagger, Stagger};
use crate::url_state::{use_url_state, Nav};
use crate::visit::use_visit;

/// Id of the result count, where focus goes when the control that had it disappears.
pub const RESULT_COUNT_ID: &str = "resultat-antal";

/// What the promises page reads and the callbacks it hands on.
#[derive(Clone, Copy)]
pub struct Promises {
    /// The dataset's loading state.
    pub dataset: DatasetState,
    /// The view model; `None` until a dataset is loaded.
    pub view: Memo<Option<PromisesView>>,
    /// Identifies the loaded dataset; rows are keyed with it, so a new dataset gets new rows.
    pub stamp: Memo<usize>,
    /// Filter choices with counts.
    pub facets: Memo<Facets>,
    /// The district choices counted by promises that name each district (the map's shading).
    pub districts: Memo<Vec<FacetOption>>,
    /// The active filters.
    pub chips: Memo<Vec<ActiveFilter>>,
    /// The periods with cards on screen (while the app builds itself, the first of them: [`Stagger`]).
    pub periods: Memo<Vec<PeriodView>>,
    /// How much of the page is built.
    pub stagger: Stagger,
    /// The "Visa fler" button, when there are more cards.
    pub more: Memo<Option<MoreCards>>,
    /// "Nytt sedan ditt senaste besök"; `None` on a first visit.
    pub news: Memo<Option<NewsView>>,
    /// What the address had that was ignored.
    pub ignored: Memo<Vec<Ignored>>,
    /// The promise a link opened.
    pub opened: Memo<Option<String>>,
    /// The latest copy to the clipboard: what was copied (a promise id, or the embed code) and whether it worked.
    pub copied: Signal<Option<(String, bool)>>,
    /// True in the embedded layout.
    pub embedded: Signal<bool>,
    /// The app's address without query, for shared links.
    pub link_base: StoredValue<String>,
    /// A facet choice was toggled.
    pub on_toggle: Callback<(Facet, String)>,
    /// The search text changed.
    pub on_search: Callback<String>,
    /// Every filter cleared.
    pub on_clear: Callback<()>,
    /// One chip removed (with its position among the chips).
    pub on_remove: Callback<(usize, ActiveFilter)>,
    /// "Visa fler" pressed.
    pub on_more: Callback<()>,
    /// "Visa bara nya" toggled.
    pub on_new_only: Callback<()>,
    /// "Glöm mina besök" pressed.
    pub on_forget: Callback<()>,
    /// Copy `(key, text)` to the clipboard.
    pub on_copy: Callback<(String, String)>,
    /// "Dela länk" on a card, `(promise id, link)`: the system share sheet where there is one, else the link is
    /// copied (with its message).
    pub on_share: Callback<(String, String)>,
    /// The phone's filter sheet closed with "Visa N löften": the reader lands on the count of what it shows.
    pub on_sheet_done: Callback<()>,
}

/// Loads the dataset the address names and derives the page from it and the address.
pub fn use_promises() -> Promises {
    let url = use_url_state();
    let boot = expect_context::<Boot>();
    let raw = url.query();
    let raw_ignored = url.ignored();
    // A memo of the address alone: filter changes rewrite the query but must not refetch the dataset.
    let default_dataset = boot.default_dataset.clone();
    let data_url = Memo::new(move |_| raw.with(|q| q.data.clone()).unwrap_or_else(|| default_dataset.clone()));
    let dataset = use_dataset(data_url, boot.preloaded.as_ref().map(|p| p.catalog.clone()));
    let catalog = dataset.catalog;
    let today = boot.today;
    // Visits are kept in a browser of the resident's own: not at build time, not in another site's frame.
    let keeps_visits = boot.preloaded.is_none() && !raw.with_untracked(|q| q.embed);
    let visit = use_visit(keeps_visits, data_url, catalog, today);
    let news = visit.news;
    let view = Memo::new(move |_| {
        let catalog = catalog.get()?;
        // The dataset's own date stands in if the browser's clock is unusable.
        let today = today.unwrap_or(catalog.data().updated);
        let news = news.get();
        Some(raw.with(|q| {
            raw_ignored.with(|ignored| promises_view_with_news(&catalog, q, ignored, today, news.as_deref()))
        }))
    });
    let part = PartOf(view);
    let facets = Memo::new(move |_| part.get(|v| v.facets.clone()).unwrap_or_default());
    let copied = RwSignal::new(None::<(String, bool)>);
    let link_base = StoredValue::new(boot.link_base.clone());
    let current =
        move || view.with_untracked(|v| v.as_ref().map(|v| v.query.clone())).unwrap_or_else(|| raw.get_untracked());
    let go = move |next: Query, nav: Nav| url.navigate(next, nav);
    let chips = Memo::new(move |_| part.get(|v| v.chips.clone()).unwrap_or_default());
    let more = Memo::new(move |_| part.get(|v| v.more.clone()).flatten());
    let stagger = use_stagger(Signal::derive(move || part.get(|v| card_count(&v.periods))), boot.preloaded.is_some());

    let on_copy = Callback::new(move |(key, text): (String, String)| {
        leptos::task::spawn_local(async move { copied.set(Some((key, browser::copy_text(&text).await))) });
    });
    let promises = Promises {
        dataset,
        view,
        stamp: Memo::new(move |_| catalog.with(|c| c.as_ref().map_or(0, |c| Arc::as_ptr(c) as usize))),
        facets,
        districts: Memo::new(move |_| part.get(|v| v.map_districts.clone()).unwrap_or_default()),
        chips,
        periods: Memo::new(move |_| part.get(|v| first_cards(&v.periods, stagger.budget.get())).unwrap_or_default()),
        stagger,
        more,
        news: Memo::new(move |_| part.get(|v| v.news.clone()).flatten()),
        ignored: Memo::new(move |_| part.get(|v| v.ignored.clone()).unwrap_or_else(|| raw_ignored.get())),
        opened: Memo::new(move |_| {
            part.get(|v| v.query.promise.clone()).unwrap_or_else(|| raw.with(|q| q.promise.clone()))
        }),
        copied: copied.into(),
        embedded: Signal::derive(move || raw.with(|q| q.embed)),
        link_base,
        on_toggle: Callback::new(move |(facet, id): (Facet, String)| go(current().toggled(facet, &id), Nav::Push)),
        on_search: Callback::new(move |text: String| go(Query { text, limit: None, ..current() }, Nav::Replace)),
        on_clear: Callback::new(move |()| {
            go(current().cleared(), Nav::Push);
            after_render(|| browser::rescue_focus(&[&format!("#{RESULT_COUNT_ID}")]));
        }),
        on_remove: Callback::new(move |(at, chip): (usize, ActiveFilter)| {
            go(without(&current(), &chip), Nav::Push);
            // The chip that took its place, else the next control in the row, else the count.
            let same_place = format!(".chips > button:nth-of-type({})", at + 1);
            after_render(move || browser::rescue_focus(&[&same_place, &format!("#{RESULT_COUNT_ID}")]));
        }),
        on_more: Callback::new(move |()| {
            if let Some(more) = more.get_untracked() {
                go(more.next, Nav::Replace);
                after_render(move || browser::focus(&format!("lofte-{}", more.first_new)));
            }
        }),
        on_new_only: Callback::new(move |()| {
            if let Some(toggle) =
                view.with_untracked(|v| v.as_ref().and_then(|v| v.news.as_ref().map(|n| n.toggle.clone())))
            {
                go(toggle, Nav::Push);
            }
        }),
        on_forget: Callback::new(move |()| {
            let query = current();
            visit.on_forget.run(());
            if query.new_only {
                go(Query { new_only: false, ..query }, Nav::Replace);
            }
            after_render(|| browser::rescue_focus(&[&format!("#{RESULT_COUNT_ID}")]));
        }),
        on_copy,
        on_share: Callback::new(move |(id, link): (String, String)| {
            let title = view.with_untracked(|v| v.as_ref().map(|v| v.heading.clone())).unwrap_or_default();
            leptos::task::spawn_local(async move {
                if share_link(&title, &link).await == Shared::Unavailable {
                    on_copy.run((id, link));
                }
            });
        }),
        on_sheet_done: Callback::new(move |()| {
            browser::scroll_to(RESULT_COUNT_ID);
            browser::focus(RESULT_COUNT_ID);
        }),
    };
    talk_to_the_page(promises);
    promises
}

/// Reads one part of the view model.
#[derive(Clone, Copy)]
struct PartOf(Memo<Option<PromisesView>>);

impl PartOf {
    fn get<T>(self, pick: impl FnOnce(&PromisesView) -> T) -> Option<T> {
        self.0.with(|v| v.as_ref().map(pick))
    }
}

/// Runs `f` once the DOM shows the latest change (the next frame).
fn after_render(f: impl FnOnce() + 'static) {
    request_animation_frame(f);
}

/// The effect that only talks to the outside world: the document title.
fn talk_to_the_page(promises: Promises) {
    Effect::new(move |_| {
        let title = promises.view.with(|v| v.as_ref().map(|v| v.page_title.clone()));
        browser::set_title(title.as_deref().unwrap_or("Medborgarlöften"));
    });
}

/// Scrolls to the card a link opened, once the app is on screen (`shown`) and whenever the link changes.
pub fn follow_opened(promises: Promises, shown: Signal<bool>) {
    Effect::new(move |_| {
        let ready = shown.get() && promises.dataset.catalog.with(Option::is_some);
        if let (Some(id), true) = (promises.opened.get(), ready) {
            after_render(move || browser::scroll_to(&format!("lofte-{id}")));
        }
    });
}

/// The embed code for the view on screen.
pub fn embed_snippet(promises: Promises) -> Signal<String> {
    Signal::derive(move || {
        promises.view.with(|v| {
            v.as_ref()
                .map(|v| promises.link_base.with_value(|base| iframe_snippet(base, &v.query, &v.heading)))
                .unwrap_or_default()
        })
    })
}
