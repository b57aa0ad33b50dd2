//! The finder's module (a site built for many kommuner, `MEDB_DATASETS`). The build writes the finder as a plain
//! list of links (crates/medborgarloften-build/src/finder.rs); this module makes its search box find a kommun by
//! name as the resident types, and its second search finds promises across every kommun ([`promises`]). What is shown, what the status line says and what Enter opens are the core's
//! ([`medborgarloften_core::page::finder::find`]); here the page's elements are only shown, hidden and given text.
//! Words typed before the module ran are searched for at once.
//!
//! Shell layer: DOM glue around `medborgarloften-core`, without Leptos (a few kilobytes, fetched after the
//! finder's first paint). Text is only ever set as text content.

pub mod promises;

use std::rc::Rc;

use medborgarloften_core::page::finder::Names;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement, HtmlInputElement};

/// The search box's id (crates/medborgarloften-build/src/finder.rs writes it).
pub const SEARCH_ID: &str = "kommun-sok";
/// The status line's id.
pub const STATUS_ID: &str = "kommun-sok-status";
/// Each kommun's list item.
pub const KOMMUN: &str = "[data-testid=finder-kommun]";
/// Each län's section.
pub const LAN: &str = ".finder__lan";

/// The finder's page, read once: the kommuner (and their names, folded by the core), each län with its kommuner,
/// and the status line.
struct Finder {
    kommuner: Vec<Element>,
    names: Names,
    lans: Vec<(Element, Vec<usize>)>,
    status: Option<Element>,
}

impl Finder {
    fn read(document: &Document) -> Self {
        let kommuner = elements(document.query_selector_all(KOMMUN));
        let names: Vec<String> = kommuner
            .iter()
            .map(|k| k.query_selector("a").ok().flatten().and_then(|a| a.text_content()).unwrap_or_default())
            .collect();
        let lans = elements(document.query_selector_all(LAN))
            .into_iter()
            .map(|lan| {
                let own: Vec<usize> =
                    (0..kommuner.len()).filter(|i| lan.contains(Some(kommuner[*i].as_ref()))).collect();
                (lan, own)
            })
            .collect();
        Finder { names: Names::new(&names), kommuner, lans, status: document.get_element_by_id(STATUS_ID) }
    }

    /// Shows the kommuner the core finds for `query`, hides the län with none, and writes the status line.
    fn show(&self, query: &str) {
        let found = self.names.find(query);
        for (kommun, shown) in self.kommuner.iter().zip(&found.shown) {
            set_hidden(kommun, !shown);
        }
        for (lan, own) in &self.lans {
            set_hidden(lan, !own.iter().any(|i| found.shown[*i]));
        }
        if let Some(status) = &self.status {
            if status.text_content().unwrap_or_default() != found.status {
                status.set_text_content(Some(&found.status));
            }
        }
    }

    /// Opens the only kommun found for `query`; whether there was one.
    fn open_only(&self, query: &str) -> bool {
        let link = self
            .names
            .find(query)
            .only
            .and_then(|i| self.kommuner.get(i))
            .and_then(|k| k.query_selector("a").ok().flatten());
        match link.and_then(|link| link.dyn_into::<HtmlElement>().ok()) {
            Some(link) => {
                link.click();
                true
            }
            None => false,
        }
    }
}

/// Runs when the module is instantiated.
#[wasm_bindgen(start)]
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(input) = document.get_element_by_id(SEARCH_ID).and_then(|e| e.dyn_into::<HtmlInputElement>().ok()) else {
        return;
    };
    promises::attach(&document);
    let finder = Rc::new(Finder::read(&document));
    // Words typed before the module ran.
    finder.show(&input.value());
    let on_input = Closure::<dyn Fn(web_sys::Event)>::new({
        let finder = finder.clone();
        move |event: web_sys::Event| {
            if let Some(input) = event.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) {
                finder.show(&input.value());
            }
        }
    });
    let on_key = Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(move |event: web_sys::KeyboardEvent| {
        if event.key() != "Enter" {
            return;
        }
        let Some(input) = event.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else { return };
        if finder.open_only(&input.value()) {
            event.prevent_default();
        }
    });
    let _ = input.add_event_listener_with_callback("input", on_input.as_ref().unchecked_ref());
    let _ = input.add_event_listener_with_callback("keydown", on_key.as_ref().unchecked_ref());
    // The page lives as long as the listeners.
    on_input.forget();
    on_key.forget();
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("data-finder", "");
    }
}

fn set_hidden(element: &Element, hidden: bool) {
    if hidden != element.has_attribute("hidden") {
        let _ = if hidden { element.set_attribute("hidden", "") } else { element.remove_attribute("hidden") };
    }
}

fn elements(list: Result<web_sys::NodeList, JsValue>) -> Vec<Element> {
    let Ok(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.dyn_into::<Element>().ok()).collect()
}
