//! The finder's module (a site built for many kommuner, `MEDB_DATASETS`). The build writes the finder as a plain
//! list of links (crates/medborgarloften-build/src/finder.rs); this module makes its search box find a kommun by
//! name as the resident types. What is shown, what the status line says and what Enter opens are the core's
//! ([`medborgarloften_core::page::finder::find`]); here the page's elements are only shown, hidden and given text.
//! Words typed before the module ran are searched for at once.
//!
//! Shell layer: DOM glue around `medborgarloften-core`, without Leptos (a few kilobytes, fetched after the
//! finder's first paint). Text is only ever set as text content.

use medborgarloften_core::page::finder::find;
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

/// Runs when the module is instantiated.
#[wasm_bindgen(start)]
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(input) = document.get_element_by_id(SEARCH_ID).and_then(|e| e.dyn_into::<HtmlInputElement>().ok()) else {
        return;
    };
    show(&document, &input.value());
    let on_input = Closure::<dyn Fn(web_sys::Event)>::new({
        let document = document.clone();
        move |event: web_sys::Event| {
            if let Some(input) = event.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) {
                show(&document, &input.value());
            }
        }
    });
    let on_key = Closure::<dyn Fn(web_sys::KeyboardEvent)>::new({
        let document = document.clone();
        move |event: web_sys::KeyboardEvent| {
            if event.key() != "Enter" {
                return;
            }
            let Some(input) = event.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else { return };
            let kommuner = elements(&document, KOMMUN);
            let names = names(&kommuner);
            let found = find(&input.value(), &names.iter().map(String::as_str).collect::<Vec<_>>());
            if let Some(link) =
                found.only.and_then(|i| kommuner.get(i)).and_then(|k| k.query_selector("a").ok().flatten())
            {
                event.prevent_default();
                if let Ok(link) = link.dyn_into::<HtmlElement>() {
                    link.click();
                }
            }
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

/// Shows the kommuner the core finds for `query`, hides the län with none, and writes the status line.
fn show(document: &Document, query: &str) {
    let kommuner = elements(document, KOMMUN);
    let names = names(&kommuner);
    let found = find(query, &names.iter().map(String::as_str).collect::<Vec<_>>());
    for (kommun, shown) in kommuner.iter().zip(&found.shown) {
        set_hidden(kommun, !shown);
    }
    for lan in elements(document, LAN) {
        let any = elements_in(&lan, KOMMUN).iter().any(|k| !k.has_attribute("hidden"));
        set_hidden(&lan, !any);
    }
    if let Some(status) = document.get_element_by_id(STATUS_ID) {
        if status.text_content().unwrap_or_default() != found.status {
            status.set_text_content(Some(&found.status));
        }
    }
}

/// Each kommun's name: its link's text.
fn names(kommuner: &[Element]) -> Vec<String> {
    kommuner
        .iter()
        .map(|k| k.query_selector("a").ok().flatten().and_then(|a| a.text_content()).unwrap_or_default())
        .collect::<Vec<_>>()
}

fn set_hidden(element: &Element, hidden: bool) {
    if hidden != element.has_attribute("hidden") {
        let _ = if hidden { element.set_attribute("hidden", "") } else { element.remove_attribute("hidden") };
    }
}

fn elements(document: &Document, selector: &str) -> Vec<Element> {
    document.query_selector_all(selector).map(|list| collect(&list)).unwrap_or_default()
}

fn elements_in(parent: &Element, selector: &str) -> Vec<Element> {
    parent.query_selector_all(selector).map(|list| collect(&list)).unwrap_or_default()
}

fn collect(list: &web_sys::NodeList) -> Vec<Element> {
    (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.dyn_into::<Element>().ok()).collect()
}
