//! Browser access only the full app needs: the element it mounts in and the take-over from the page the build
//! rendered. The rest — the address, focus, the clipboard, the title — is `medborgarloften_web::browser`, shared
//! with the page's first module, and re-exported here.
//!
//! Shell layer: web-sys only. No Leptos signals or components; leaf components never call this, pages and hooks do.

use medborgarloften_core::contract;
use wasm_bindgen::JsCast;

pub use medborgarloften_web::browser::*;

/// The element the app is mounted in (see [`take_over`]); the body when the page has none.
#[cfg(feature = "csr")]
pub fn app_root() -> Option<web_sys::HtmlElement> {
    let document = document()?;
    match document.get_element_by_id(contract::id::APP_ROOT) {
        Some(root) => root.dyn_into().ok(),
        None => document.body(),
    }
}

/// What a reader did on the pre-rendered copy before the app took over, carried over to the app.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Carried {
    /// Text typed into the copy's search box.
    pub search: String,
    /// The id of the element that had keyboard focus in the copy.
    pub focused: Option<String>,
}

/// Shows the app in place of the page the build rendered: removes the pre-rendered copy and unhides the app's
/// root, in one go, and marks the document (`data-app="klar"`) so tests and styles know the app has taken over.
/// Called once the app shows the same content, so the swap is invisible. Returns what the reader had typed or
/// focused in the copy.
pub fn take_over() -> Carried {
    let mut carried = Carried::default();
    let Some(document) = document() else { return carried };
    if let Some(copy) = document.get_element_by_id(contract::id::PRERENDERED) {
        let search = copy.query_selector("input[type=search]").ok().flatten();
        if let Some(input) = search.and_then(|s| s.dyn_into::<web_sys::HtmlInputElement>().ok()) {
            carried.search = input.value();
        }
        let active = document.active_element().filter(|a| copy.contains(Some(a)));
        carried.focused = active.map(|a| a.id()).filter(|id| !id.is_empty());
        // A map the reader opened on the build's page (the first module's page) stays open.
        let open = format!("{}[open]", contract::dot::DISTRICT_MAP);
        let map_open = copy.query_selector(&open).ok().flatten().is_some();
        copy.remove();
        if map_open {
            let closed = format!("{} {}:not([open])", contract::hash::APP_ROOT, contract::dot::DISTRICT_MAP);
            if let Ok(Some(map)) = document.query_selector(&closed) {
                // The app's own toggle handler then loads the map.
                let _ = map.set_attribute("open", "");
            }
        }
    }
    if let Some(root) = document.get_element_by_id(contract::id::APP_ROOT) {
        let _ = root.remove_attribute("hidden");
    }
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute(contract::app::ATTR, contract::app::FULL);
    }
    carried
}
