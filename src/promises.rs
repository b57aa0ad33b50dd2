//! The `use_promises` hook: the dataset, the URL and the page's own state joined into what the promises page
//! shows — one memo of the core's view model, a memo per part that several readers share — and the one callback
//! through which everything a resident does reaches the core's `interact::update`, whose outcome it applies.
//!
//! Shell layer: Leptos reactivity, [`crate::browser`] and `medborgarloften_web` for focus, the title, the
//! clipboard and the share sheet. No components, and no decisions: those are the core's.

use std::sync::Arc;

use leptos::prelude::*;
use medborgarloften_core::contract;
use medborgarloften_core::page::active::{every_chip, ActiveFilter};
use medborgarloften_core::page::embed::iframe_snippet_in;
use medborgarloften_core::page::filter::{FacetOption, Facets};
use medborgarloften_core::page::interact::{update, Action, Effect as Do, Outcome, Ui};
use medborgarloften_core::page::query::Ignored;
use medborgarloften_core::page::view::{
    card_count, first_cards, promises_view_with_news, Catalog, MoreCards, NewsView, PeriodView, PromisesView,
};
use medborgarloften_web::share::share_or_copy;

use crate::boot::Boot;
use crate::browser;
use crate::dataset::{use_dataset, DatasetState};
use crate::language::use_language;
use crate::stagger::{use_stagger, Stagger};
use crate::url_state::{use_url_state, UrlState};
use crate::visit::use_visit;

/// What the promises page reads and the one callback it hands on.
#[derive(Clone, Copy)]
pub struct Promises {
    /// The dataset's loading state.
    pub dataset: DatasetState,
    /// The view model; `None` until a dataset is loaded.
    pub view: Memo<Option<PromisesView>>,
    /// The page's own state: the filter sheet, the map's pointer and mode, the latest copy.
    pub ui: RwSignal<Ui>,
    /// Identifies the loaded dataset; rows are keyed with it, so a new dataset gets new rows.
    pub stamp: Memo<usize>,
    /// Filter choices with counts.
    pub facets: Memo<Facets>,
    /// The district choices counted by promises that name each district (the map's shading).
    pub districts: Memo<Vec<FacetOption>>,
    /// The active filters.
    pub chips: Memo<Vec<ActiveFilter>>,
    /// Every chip the choices can give (the page has one for each, hidden unless active).
    pub every_chip: Memo<Vec<ActiveFilter>>,
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
    /// True in the embedded layout.
    pub embedded: Signal<bool>,
    /// The app's address without query, for shared links.
    pub link_base: StoredValue<String>,
    /// Everything a resident does on the page (`medborgarloften_web::events` reads it from the DOM).
    pub on_action: Callback<Action>,
}

/// Loads the dataset the address names and derives the page from it, the address and the page's own state.
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
    let ui = RwSignal::new(boot.ui.clone());
    let part = PartOf(view);
    let facets = Memo::new(move |_| part.get(|v| v.facets.clone()).unwrap_or_default());
    let link_base = StoredValue::new(boot.link_base.clone());
    let stagger = use_stagger(Signal::derive(move || part.get(|v| card_count(&v.periods))), boot.preloaded.is_some());

    let shell = Shell { view, ui, url, forget: visit.on_forget, link_base, catalog };
    let on_action = Callback::new(move |action| shell.act(action));

    let promises = Promises {
        dataset,
        view,
        ui,
        stamp: Memo::new(move |_| catalog.with(|c| c.as_ref().map_or(0, |c| Arc::as_ptr(c) as usize))),
        facets,
        districts: Memo::new(move |_| part.get(|v| v.facets.districts.clone()).unwrap_or_default()),
        chips: Memo::new(move |_| part.get(|v| v.chips.clone()).unwrap_or_default()),
        every_chip: Memo::new(move |_| facets.with(every_chip)),
        periods: Memo::new(move |_| part.get(|v| first_cards(&v.periods, stagger.budget.get())).unwrap_or_default()),
        stagger,
        more: Memo::new(move |_| part.get(|v| v.more.clone()).flatten()),
        news: Memo::new(move |_| part.get(|v| v.news.clone()).flatten()),
        ignored: Memo::new(move |_| part.get(|v| v.ignored.clone()).unwrap_or_else(|| raw_ignored.get())),
        opened: Memo::new(move |_| {
            part.get(|v| v.query.promise.clone()).unwrap_or_else(|| raw.with(|q| q.promise.clone()))
        }),
        embedded: Signal::derive(move || raw.with(|q| q.embed)),
        link_base,
        on_action,
    };
    talk_to_the_page(promises, use_language().words.app.fallback_title);
    promises
}

/// What the page applies an action's outcome to.
#[derive(Clone, Copy)]
struct Shell {
    view: Memo<Option<PromisesView>>,
    ui: RwSignal<Ui>,
    url: UrlState,
    forget: Callback<()>,
    link_base: StoredValue<String>,
    catalog: Memo<Option<Arc<Catalog>>>,
}

impl Shell {
    /// The core decides what `action` leads to; this applies it. Effects that change what the view is computed
    /// from come first; focus moves once the change is rendered.
    fn act(self, action: Action) {
        let Some(outcome) =
            self.view.with_untracked(|v| v.as_ref().map(|v| update(v, &self.ui.get_untracked(), action)))
        else {
            return;
        };
        let Outcome { query, navigation, ui, focus, effect, .. } = outcome;
        match effect {
            Some(Do::ForgetVisits) => self.forget.run(()),
            Some(Do::OpenEmbed) => browser::open_dialog(contract::id::EMBED_DIALOG, contract::id::EMBED_CODE),
            Some(Do::Share { promise, title, link_query }) => {
                let link = format!("{}?{link_query}", self.link_base.get_value());
                leptos::task::spawn_local(async move {
                    let copied = share_or_copy(&title, &link).await;
                    self.act(Action::Shared { promise, copied });
                });
            }
            Some(Do::Locate) => {
                if let Some(catalog) = self.catalog.get_untracked() {
                    leptos::task::spawn_local(async move {
                        let located = medborgarloften_web::locate::locate(catalog.data()).await;
                        self.act(Action::Located(located));
                    });
                }
            }
            None => {}
        }
        if let (Some(query), Some(navigation)) = (query, navigation) {
            self.url.navigate(query, navigation);
        }
        if self.ui.with_untracked(|now| *now != ui) {
            self.ui.set(ui);
        }
        medborgarloften_web::focus::after_render(focus);
    }
}

/// Reads one part of the view model.
#[derive(Clone, Copy)]
struct PartOf(Memo<Option<PromisesView>>);

impl PartOf {
    fn get<T>(self, pick: impl FnOnce(&PromisesView) -> T) -> Option<T> {
        self.0.with(|v| v.as_ref().map(pick))
    }
}

/// The effect that only talks to the outside world: the document title (`fallback` until a dataset is loaded).
fn talk_to_the_page(promises: Promises, fallback: &'static str) {
    Effect::new(move |_| {
        let title = promises.view.with(|v| v.as_ref().map(|v| v.page_title.clone()));
        browser::set_title(title.as_deref().unwrap_or(fallback));
    });
}

/// Scrolls to the card a link opened, once the app is on screen (`shown`) and whenever the link changes.
pub fn follow_opened(promises: Promises, shown: Signal<bool>) {
    Effect::new(move |_| {
        let ready = shown.get() && promises.dataset.catalog.with(Option::is_some);
        if let (Some(id), true) = (promises.opened.get(), ready) {
            request_animation_frame(move || browser::scroll_to(&contract::card_id(&id)));
        }
    });
}

/// The embed code for the view on screen.
pub fn embed_snippet(promises: Promises) -> Signal<String> {
    let language = use_language();
    Signal::derive(move || {
        promises.view.with(|v| {
            v.as_ref()
                .map(|v| promises.link_base.with_value(|base| iframe_snippet_in(base, &v.query, &v.heading, language)))
                .unwrap_or_default()
        })
    })
}
