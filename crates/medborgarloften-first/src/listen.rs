//! The page's controls: each turns into a new query (the core's `Query::toggled`, `cleared`, `without`, the search
//! text), which goes to the address and is shown ([`crate::show`]). Back and Forward show the address they return
//! to. A control this module does not handle — the whole-kommun map, the embed dialog — hands the page to the
//! full app, which then presses it.

use std::cell::RefCell;
use std::rc::Rc;

use medborgarloften_core::page::active::without;
use medborgarloften_core::page::query::Facet;
use medborgarloften_core::page::query::Query;
use medborgarloften_core::page::shared_link::copied_text;
use medborgarloften_core::page::view::{promises_view_with_news, Catalog, PromisesView};
use medborgarloften_core::page::visit::{News, Seen};
use medborgarloften_core::Date;
use medborgarloften_web::browser::{self, focus_element, Nav};
use medborgarloften_web::share::{share_link, Shared};
use medborgarloften_web::{offline, visits};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlInputElement, KeyboardEvent};

use crate::hand_over;
use crate::map::{self, Layer};
use crate::page::{set_text, Cards, Page};
use crate::show::{can_show, show};

/// The result count, where focus goes when the control that had it disappears.
const COUNT: &str = "#resultat-antal";
/// The controls that need the full app: the whole-kommun map and the embed dialog.
const APP_CONTROLS: &str = ".district-map__mode, .embed";
/// A district on the map, or its button in the list beside it.
const DISTRICT: &str = "g.map__district, .district-list__button";

/// The page with its dataset and the query on screen.
struct Live {
    page: Page,
    cards: Cards,
    catalog: Catalog,
    today: Date,
    /// What is new since the reader's last visit; `None` on a first visit and after "Glöm mina besök".
    news: RefCell<Option<News>>,
    /// The view on screen.
    view: RefCell<Option<PromisesView>>,
    /// The map's caption when no district is under the pointer or focus, as the build wrote it.
    resting_caption: String,
}

impl Live {
    /// The view of the address's query `search`, if the build's page can show it.
    fn view(&self, search: &str) -> Option<PromisesView> {
        let (query, ignored) = Query::parse(search);
        let view = promises_view_with_news(&self.catalog, &query, &ignored, self.today, self.news.borrow().as_ref());
        can_show(&self.page, &view).then_some(view)
    }

    /// Shows the address's query `search`, or hands the page to the full app when it cannot (then false).
    fn show_search(&self, search: &str) -> bool {
        let Some(view) = self.view(search) else {
            hand_over::full_app(None);
            return false;
        };
        show(&self.page, &self.cards, self.catalog.data(), &view);
        *self.view.borrow_mut() = Some(view);
        true
    }

    /// Writes `next` to the address and shows it.
    fn go(&self, next: Query, nav: Nav) {
        let search = next.to_query_string();
        browser::write_address(&search, nav);
        self.show_search(&search);
    }

    fn current(&self) -> Query {
        self.view.borrow().as_ref().map(|v| v.query.clone()).unwrap_or_default()
    }
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
    let resting_caption = page.one(".district-map__caption").and_then(|c| c.text_content()).unwrap_or_default();
    let live = Rc::new(Live {
        page,
        cards,
        catalog,
        today,
        news: RefCell::new(news),
        view: RefCell::new(None),
        resting_caption,
    });
    // Words typed into the build's search box before this module started are searched for.
    let typed = live.page.search.as_ref().map(HtmlInputElement::value).unwrap_or_default();
    if !live.show_search(&browser::search()) {
        return;
    }
    listen_all(&live);
    // The promise a link opened: in view, as the full app scrolls to it.
    if let Some(card) = live.current().promise.and_then(|id| live.page.by_id(&format!("lofte-{id}"))) {
        card.scroll_into_view();
    }
    if !typed.is_empty() && typed != live.current().text {
        live.go(Query { text: typed, limit: None, ..live.current() }, Nav::Replace);
    }
    let on_update = Closure::<dyn Fn()>::new(|| hand_over::full_app(None));
    offline::register_service_worker(on_update.as_ref().unchecked_ref());
    on_update.forget();
    // As in the full app, the map starts open on a wide screen (until now style/prerender.css showed it so).
    if let Some(map) = live.page.one("details.district-map").filter(|_| browser::is_wide()) {
        let _ = map.set_attribute("open", "");
    }
    if let Some(html) = live.page.document.document_element() {
        let _ = html.set_attribute("data-app", "forsta");
    }
}

/// The listeners, for the page's life.
fn listen_all(live: &Rc<Live>) {
    let document: web_sys::EventTarget = live.page.document.clone().into();
    let on = |kind: &str, f: fn(&Live, &Event)| {
        let live = live.clone();
        listen(&document, kind, move |event| f(&live, &event));
    };
    on("change", changed);
    on("input", typed);
    on("click", clicked);
    on("keydown", key);
    on("pointerover", |live, event| {
        if closest(event, ".district-map__figure").is_some() {
            map::caption(&live.page, closest(event, "g.map__district").as_ref(), &live.resting_caption);
        }
    });
    on("focusin", |live, event| {
        let Some(district) = closest(event, "g.map__district") else { return };
        map::caption(&live.page, Some(&district), &live.resting_caption);
        // The focus outline is for the keyboard, as :focus-visible is; a click shows the pressed outline.
        if district.matches(":focus-visible").unwrap_or(true) {
            let id = district.get_attribute("data-district-id").unwrap_or_default();
            map::outline(&live.page, Layer::Focus, &[id.as_str()]);
        }
    });
    on("focusout", |live, event| {
        if closest(event, "g.map__district").is_some() {
            map::caption(&live.page, None, &live.resting_caption);
            map::outline(&live.page, Layer::Focus, &[]);
        }
    });
    if let Some(window) = web_sys::window() {
        let live = live.clone();
        listen(&window, "popstate", move |_| {
            live.show_search(&browser::search());
        });
    }
}

/// A filter checkbox toggled.
fn changed(live: &Live, event: &Event) {
    if closest(event, "[data-testid=only-new]").is_some() {
        // "Visa bara nya": the view model says where it goes.
        let toggle = live.view.borrow().as_ref().and_then(|v| v.news.as_ref().map(|n| n.toggle.clone()));
        if let Some(toggle) = toggle {
            live.go(toggle, Nav::Push);
        }
        return;
    }
    let Some(input) = closest(event, "input[data-facet][data-id]") else { return };
    let facet = input.get_attribute("data-facet").and_then(|p| Facet::from_param(&p));
    if let (Some(facet), Some(id)) = (facet, input.get_attribute("data-id")) {
        live.go(live.current().toggled(facet, &id), Nav::Push);
    }
}

/// The search text changed.
fn typed(live: &Live, event: &Event) {
    let Some(input) = closest(event, "#sok").and_then(|e| e.dyn_into::<HtmlInputElement>().ok()) else { return };
    live.go(Query { text: input.value(), limit: None, ..live.current() }, Nav::Replace);
}

/// A click on one of the page's buttons.
fn clicked(live: &Live, event: &Event) {
    let Some(button) = closest(event, "button, [role=button]") else { return };
    let classes = button.class_list();
    if let Some(district) =
        button.matches(DISTRICT).unwrap_or(false).then(|| button.get_attribute("data-district-id")).flatten()
    {
        live.go(live.current().toggled(Facet::District, &district), Nav::Push);
    } else if let Some(card) = closest(event, ".card__actions").and_then(|_| closest(event, "article.card")) {
        share_card(live, &card.id());
    } else if closest(event, APP_CONTROLS).is_some() {
        hand_over::full_app(Some(&replay_selector(&button)));
    } else if classes.contains("overview__count") {
        let facet = match button.get_attribute("data-facet").as_deref() {
            Some("status") => Facet::Status,
            Some("part") => Facet::Party,
            _ => return,
        };
        if let Some(id) = button.get_attribute("data-id") {
            live.go(live.current().toggled(facet, &id), Nav::Push);
        }
    } else if classes.contains("visit__forget") {
        // "Glöm mina besök": every stored visit goes, this one is not kept, and the marks go with them.
        visits::forget_visits();
        *live.news.borrow_mut() = None;
        let query = live.current();
        live.go(Query { new_only: false, ..query }, Nav::Replace);
        rescue_focus(&live.page, None);
    } else if let Some(key) = button.get_attribute("data-chip") {
        remove_chip(live, &button, &key);
    } else if classes.contains("filters__clear")
        || classes.contains("chips__clear")
        || closest(event, ".empty-state").is_some()
    {
        live.go(live.current().cleared(), Nav::Push);
        rescue_focus(&live.page, None);
    } else if button.get_attribute("data-testid").as_deref() == Some("filter-toggle") {
        let open = !sheet_open(&live.page);
        set_sheet(&live.page, open);
        if open {
            focus(live.page.one(".filters__heading"));
        }
    } else if button.get_attribute("data-testid").as_deref() == Some("filter-done") {
        sheet_done(&live.page);
    } else {
        hand_over::full_app(Some(&replay_selector(&button)));
    }
}

/// "Dela länk" on the card with element id `card` (`lofte-<id>`): the system share sheet where there is one, else
/// the link is copied and the card says so (`src/promises.rs` in the app does the same).
fn share_card(live: &Live, card: &str) {
    let id = card.strip_prefix("lofte-").unwrap_or(card);
    let found = live.view.borrow().as_ref().and_then(|v| {
        let cards = v.periods.iter().flat_map(|p| p.cards.iter().chain(&p.kommun_wide));
        let row = cards.into_iter().find(|c| c.card.id == id)?;
        Some((v.heading.clone(), format!("{}?{}", browser::link_base(), row.link_query)))
    });
    let Some((title, link)) = found else { return };
    let messages = live.page.all(".card__copied");
    let mine = live.page.one(&format!("#{card} .card__copied"));
    wasm_bindgen_futures::spawn_local(async move {
        if share_link(&title, &link).await != Shared::Unavailable {
            return;
        }
        let copied = browser::copy_text(&link).await;
        // The latest copy's message only, as in the app.
        for message in &messages {
            set_text(message, "");
        }
        if let Some(mine) = mine {
            set_text(&mine, &copied_text(copied, &link));
        }
    });
}

/// Escape closes the phone's filter sheet; Enter or Space on a map district toggles it.
fn key(live: &Live, event: &Event) {
    let Some(keyboard) = event.dyn_ref::<KeyboardEvent>() else { return };
    let key = keyboard.key();
    if key == "Escape" && sheet_open(&live.page) && closest(event, "#filterpanel").is_some() {
        sheet_done(&live.page);
    } else if key == "Enter" || key == " " {
        let Some(district) = closest(event, "g.map__district").and_then(|d| d.get_attribute("data-district-id")) else {
            return;
        };
        // Space would scroll the page, and a held key would toggle on every repeat.
        event.prevent_default();
        if !keyboard.repeat() {
            live.go(live.current().toggled(Facet::District, &district), Nav::Push);
        }
    }
}

/// A chip pressed: its filter goes, and focus to the chip that takes its place, else the next control, else the
/// count.
fn remove_chip(live: &Live, button: &Element, key: &str) {
    let at = visible_chip_controls(&live.page).iter().position(|b| b == button).unwrap_or(0);
    let chip = live.view.borrow().as_ref().and_then(|v| v.chips.iter().find(|c| c.key() == key).cloned());
    let Some(chip) = chip else { return };
    live.go(without(&live.current(), &chip), Nav::Push);
    rescue_focus(&live.page, visible_chip_controls(&live.page).get(at).cloned());
}

/// The chips and the "Rensa filter" after them, as shown.
fn visible_chip_controls(page: &Page) -> Vec<Element> {
    page.all(".chips:not([hidden]) > button:not([hidden])")
}

/// Moves focus to `to`, else the count, when the focused element is no longer shown.
fn rescue_focus(page: &Page, to: Option<Element>) {
    if browser::focus_lost() {
        focus(to.or_else(|| page.one(COUNT)));
    }
}

fn sheet_open(page: &Page) -> bool {
    page.by_id("filterpanel").is_some_and(|p| p.class_list().contains("open"))
}

/// Opens or closes the phone's filter sheet (`src/components/filter_panel.rs` in the app).
fn set_sheet(page: &Page, open: bool) {
    if let Some(panel) = page.by_id("filterpanel") {
        let _ = panel.class_list().toggle_with_force("open", open);
    }
    if let Some(toggle) = page.one("[data-testid=filter-toggle]") {
        let _ = toggle.set_attribute("aria-expanded", if open { "true" } else { "false" });
    }
}

/// "Visa N löften": the sheet closes and the reader lands on the count of what it shows.
fn sheet_done(page: &Page) {
    set_sheet(page, false);
    if let Some(count) = page.one(COUNT) {
        count.scroll_into_view();
        focus(Some(count));
    }
}

fn focus(element: Option<Element>) {
    if let Some(element) = element {
        focus_element(&element);
    }
}

/// A selector that finds `element` again in the full app's rendering of the same page: its id, else the nearest
/// ancestor's id with its own test id or classes.
fn replay_selector(element: &Element) -> String {
    if !element.id().is_empty() {
        return format!("#{}", element.id());
    }
    let own = match element.get_attribute("data-testid") {
        Some(testid) => format!("[data-testid=\"{testid}\"]"),
        None => element.class_name().split_whitespace().map(|c| format!(".{c}")).collect(),
    };
    let district =
        element.get_attribute("data-district-id").map(|d| format!("[data-district-id=\"{d}\"]")).unwrap_or_default();
    let own = format!("{}{own}{district}", element.tag_name().to_lowercase());
    match element.parent_element().and_then(|p| p.closest("[id]").ok().flatten()) {
        Some(holder) => format!("#{} {own}", holder.id()),
        None => own,
    }
}

fn closest(event: &Event, selector: &str) -> Option<Element> {
    event.target()?.dyn_into::<Element>().ok()?.closest(selector).ok().flatten()
}

/// Calls `f` on every `kind` event at `on`, for the page's life.
/// Not after the hand-over to the full app.
fn listen(on: &web_sys::EventTarget, kind: &str, f: impl Fn(Event) + 'static) {
    let closure = Closure::<dyn Fn(Event)>::new(move |event| {
        if !hand_over::handed_over() {
            f(event);
        }
    });
    let _ = on.add_event_listener_with_callback(kind, closure.as_ref().unchecked_ref());
    closure.forget();
}
