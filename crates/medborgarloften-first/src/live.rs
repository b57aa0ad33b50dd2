//! The page at work: the build's page with its dataset, the view on screen and the page's own state
//! ([`Live`]), started from the address ([`attach`]) and shown again for each new query.

use std::cell::RefCell;
use std::rc::Rc;

use medborgarloften_core::contract;
use medborgarloften_core::page::interact::{Action, BuiltPage, Ui};
use medborgarloften_core::page::query::{Ignored, Query};
use medborgarloften_core::page::view::{promises_view_with_news, Catalog, PromisesView};
use medborgarloften_core::page::visit::{News, Seen};
use medborgarloften_core::Date;
use medborgarloften_web::browser;
use medborgarloften_web::{offline, visits};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

use crate::hand_over;
use crate::listen::listen_all;
use crate::page::{Cards, Page};
use crate::show::{show, show_ui};

/// The page with its dataset, the view on screen and the page's own state.
pub(crate) struct Live {
    pub(crate) page: Page,
    cards: Cards,
    pub(crate) catalog: Catalog,
    built: BuiltPage,
    today: Date,
    /// The app's address without query, for shared links.
    pub(crate) link_base: String,
    /// What is new since the reader's last visit; `None` on a first visit and after "Glöm mina besök".
    pub(crate) news: RefCell<Option<News>>,
    /// The view on screen.
    pub(crate) view: RefCell<PromisesView>,
    /// The page's own state.
    pub(crate) ui: RefCell<Ui>,
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
    pub(crate) fn show_address(&self) -> bool {
        let (query, ignored) = Query::parse(&browser::search());
        self.show_query(&query, &ignored)
    }

    /// Shows `query` (with `ignored`, what its address set aside), or hands the page to the full app when the
    /// build's page cannot (then false).
    pub(crate) fn show_query(&self, query: &Query, ignored: &[Ignored]) -> bool {
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
}
