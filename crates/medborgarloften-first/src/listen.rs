//! The page's controls: every event goes through the reader both modules share
//! (`medborgarloften_web::events`) to an action, the core's `interact::update` says what it leads to, and this
//! file applies the outcome: the address, the view ([`crate::show`]), focus and effects. Back and Forward show the
//! address they return to. What the build's page cannot show hands the page to the full app, which then presses
//! the control that needed it.

use std::cell::RefCell;
use std::rc::Rc;

use medborgarloften_core::contract::{self, attr};
use medborgarloften_core::page::interact::{update, Action, BuiltPage, Effect, Navigation, Outcome, Ui};
use medborgarloften_core::page::query::Query;
use medborgarloften_core::page::view::{promises_view_with_news, Catalog, PromisesView};
use medborgarloften_core::page::visit::{News, Seen};
use medborgarloften_core::Date;
use medborgarloften_web::browser::{self, Nav};
use medborgarloften_web::share::{share_link, Shared};
use medborgarloften_web::{events, focus, offline, visits};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlInputElement};

use crate::hand_over;
use crate::page::{Cards, Page};
use crate::show::{show, show_ui};

/// The page with its dataset, the view on screen and the page's own state.
struct Live {
    page: Page,
    cards: Cards,
    catalog: Catalog,
    built: BuiltPage,
    today: Date,
    link_base: String,
    /// What is new since the reader's last visit; `None` on a first visit and after "Glöm mina besök".
    news: RefCell<Option<News>>,
    view: RefCell<PromisesView>,
    ui: RefCell<Ui>,
}

/// Shows the address's view and listens to the page's controls. Hands over to the full app instead where the
/// build's page cannot show the address.
pub fn attach(page: Page, catalog: Catalog) {
    let data = catalog.data();
    let ids: Vec<String> = data.promises.iter().map(|p| p.id.clone()).collect();
    let Some(cards) = Cards::find(&page, &ids) else { return hand_over::full_app(None) };
    let today = medborgarloften_web::today::today().unwrap_or(data.updated);
    // The resident's visits, as the full app keeps them (`src/visit.rs`): what the last one saw, then this one.
    let address = page.dataset_address.clone();
    let news = visits::visit_baseline(&address).and_then(|t| Seen::from_json(&t)).map(|seen| News::since(&seen, data));
    visits::remember_visit(&address, &Seen::of(data, today).to_json());
    let built = BuiltPage::of(&catalog);
    let live = Rc::new(Live {
        page,
        cards,
        built,
        today,
        link_base: browser::link_base(),
        news: RefCell::new(news),
        view: RefCell::new(PromisesView::default()),
        ui: RefCell::new(Ui::default()),
        catalog,
    });
    // Words typed into the build's search box before this module started are searched for.
    let typed = live.page.search.as_ref().map(HtmlInputElement::value).unwrap_or_default();
    if !live.show_address() {
        return;
    }
    listen_all(&live);
    // The promise a link opened: in view, as the full app scrolls to it.
    if let Some(card) = live.current().promise.and_then(|id| live.page.by_id(&contract::card_id(&id))) {
        card.scroll_into_view();
    }
    if !typed.is_empty() && typed != live.current().text {
        live.on_action(Action::Search(typed), None);
    }
    let on_update = Closure::<dyn Fn()>::new(|| hand_over::full_app(None));
    offline::register_service_worker(on_update.as_ref().unchecked_ref());
    on_update.forget();
    // As in the full app, the map starts open on a wide screen (until now style/prerender.css showed it so).
    if let Some(map) = live.page.one(contract::dot::DISTRICT_MAP).filter(|_| browser::is_wide()) {
        let _ = map.set_attribute("open", "");
    }
    if let Some(html) = live.page.document.document_element() {
        let _ = html.set_attribute(contract::app::ATTR, contract::app::FIRST);
    }
}

impl Live {
    fn current(&self) -> Query {
        self.view.borrow().query.clone()
    }

    /// Shows the address's query, or hands the page to the full app when the build's page cannot (then false).
    fn show_address(&self) -> bool {
        let (query, ignored) = Query::parse(&browser::search());
        self.show_query(&query, &ignored)
    }

    fn show_query(&self, query: &Query, ignored: &[medborgarloften_core::page::query::Ignored]) -> bool {
        let news = self.news.borrow();
        let view = promises_view_with_news(&self.catalog, query, ignored, self.today, news.as_ref());
        if !self.built.shows(&view) {
            hand_over::full_app(None);
            return false;
        }
        show(&self.page, &self.cards, self.catalog.data(), &view);
        show_ui(&self.page, self.catalog.data(), &view, &self.ui.borrow(), &self.link_base);
        *self.view.borrow_mut() = view;
        true
    }

    /// What `action` leads to, applied; `control` is the element the reader used, pressed again by the full app
    /// when the build's page cannot do it.
    fn on_action(self: &Rc<Self>, action: Action, control: Option<&Element>) {
        let outcome = update(&self.view.borrow(), &self.ui.borrow(), action);
        if outcome.needs_full_app {
            let replay = control
                .and_then(|c| c.get_attribute(attr::ACTION))
                .map(|name| contract::with_attr(attr::ACTION, &name));
            return hand_over::full_app(replay.as_deref());
        }
        self.apply(outcome);
    }

    fn apply(self: &Rc<Self>, outcome: Outcome) {
        let Outcome { query, navigation, ui, focus, effect, .. } = outcome;
        if effect == Some(Effect::ForgetVisits) {
            // Every stored visit goes, this one is not kept, and the marks go with them.
            visits::forget_visits();
            *self.news.borrow_mut() = None;
        }
        let ui_changed = *self.ui.borrow() != ui;
        *self.ui.borrow_mut() = ui;
        if let Some(query) = query {
            let nav = if navigation == Some(Navigation::Push) { Nav::Push } else { Nav::Replace };
            browser::write_address(&query.to_query_string(), nav);
            if !self.show_query(&query, &[]) {
                return;
            }
        } else if ui_changed {
            show_ui(&self.page, self.catalog.data(), &self.view.borrow(), &self.ui.borrow(), &self.link_base);
        }
        if let Some(Effect::Share { promise, title, link_query }) = effect {
            let live = self.clone();
            let link = format!("{}?{link_query}", self.link_base);
            wasm_bindgen_futures::spawn_local(async move {
                let copied = match share_link(&title, &link).await {
                    Shared::Unavailable => Some(browser::copy_text(&link).await),
                    Shared::Done | Shared::Cancelled => None,
                };
                live.on_action(Action::Shared { promise, copied }, None);
            });
        }
        focus::apply(&focus);
    }
}

/// The listeners, for the page's life: each event the shared reader knows, and Back and Forward.
fn listen_all(live: &Rc<Live>) {
    let document: web_sys::EventTarget = live.page.document.clone().into();
    for kind in events::KINDS {
        let live = live.clone();
        listen(&document, kind, move |event| {
            if let Some(action) = events::action_of(&event) {
                let control = event.target().and_then(|t| t.dyn_into::<Element>().ok());
                let control = control.and_then(|t| t.closest(contract::has_attr::ACTION).ok().flatten());
                live.on_action(action, control.as_ref());
            }
        });
    }
    if let Some(window) = web_sys::window() {
        let live = live.clone();
        listen(&window, "popstate", move |_| {
            live.show_address();
        });
    }
}

/// Calls `f` on every `kind` event at `on`, for the page's life; not after the hand-over to the full app.
fn listen(on: &web_sys::EventTarget, kind: &str, f: impl Fn(Event) + 'static) {
    let closure = Closure::<dyn Fn(Event)>::new(move |event| {
        if !hand_over::handed_over() {
            f(event);
        }
    });
    let _ = on.add_event_listener_with_callback(kind, closure.as_ref().unchecked_ref());
    closure.forget();
}
