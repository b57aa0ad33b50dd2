//! Browser access the page needs beyond the offline app: the address, the link base, the desktop layout, the
//! clipboard, the document title, scrolling and focus. Everything here tolerates a missing window or element.
//!
//! Shell layer: web-sys only. In the app, leaf components never call this, pages and hooks do.

use medborgarloften_core::page::interact::Navigation;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The app's own address without query, e.g. `https://lofte.example.se/medborgarloften/`, for shared links: the
/// page's, also inside the embed's frame (`inbaddad.html`, see `medborgarloften_core::page::embed::own_page`).
pub fn link_base() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else { return String::new() };
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_else(|_| "/".to_string());
    format!("{origin}{}", medborgarloften_core::page::embed::own_page(&path))
}

/// The address's query (`location.search`), "" when there is none.
pub fn search() -> String {
    web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// The non-empty `content` of the page's `<meta name="{name}">`.
pub fn meta(name: &str) -> Option<String> {
    let element = document()?.query_selector(&format!("meta[name=\"{name}\"]")).ok()??;
    element.get_attribute("content").filter(|content| !content.is_empty())
}

/// Writes `text` to the clipboard; false when the browser refuses (no permission, insecure context, a frame
/// without `clipboard-write`).
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let promise = window.navigator().clipboard().write_text(text);
    JsFuture::from(promise).await.is_ok()
}

/// Resolves in a later task of the browser's event loop (a zero timeout), so what follows runs apart from what came
/// before: on a slow phone two shorter tasks leave room for a tap where one long one would not.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let waited = web_sys::window().map(|w| w.set_timeout_with_callback(&resolve));
        if !matches!(waited, Some(Ok(_))) {
            let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Sets the document's title.
pub fn set_title(title: &str) {
    if let Some(document) = document() {
        document.set_title(title);
    }
}

/// Scrolls the element with `id` into view, if it exists.
pub fn scroll_to(id: &str) {
    if let Some(element) = document().and_then(|d| d.get_element_by_id(id)) {
        element.scroll_into_view();
    }
}

/// Moves keyboard focus to the element with `id` (it needs `tabindex` unless it is a control).
pub fn focus(id: &str) {
    if let Some(element) = document().and_then(|d| d.get_element_by_id(id)) {
        focus_element(&element);
    }
}

/// When focus was lost (the focused control left the page), moves it to the first element that matches one of
/// `selectors`, in order. Focus that is still on a control stays where it is.
pub fn rescue_focus(selectors: &[&str]) {
    let Some(document) = document().filter(|_| focus_lost()) else { return };
    if let Some(element) = selectors.iter().find_map(|s| document.query_selector(s).ok().flatten()) {
        focus_element(&element);
    }
}

/// Whether keyboard focus is lost: on nothing, on the body, or on an element that is no longer shown (in a
/// `hidden` one, or out of the page).
pub fn focus_lost() -> bool {
    let Some(document) = document() else { return false };
    match document.active_element() {
        None => true,
        Some(active) => {
            document.body().is_some_and(|body| body.is_same_node(Some(&active)))
                || !active.is_connected()
                || active.closest("[hidden]").ok().flatten().is_some()
        }
    }
}

/// The media query of the desktop layout (the filter column; the map starts open): style/main.css's and
/// style/prerender.css's. In `em`, so it follows the browser's text size: 900 CSS pixels at the usual 16 px text,
/// 1,800 at 200 %.
pub const WIDE_FROM: &str = "(min-width: 56.25em)";

/// True for a window wide enough for the desktop layout at the browser's text size.
pub fn is_wide() -> bool {
    let query = web_sys::window().and_then(|window| window.match_media(WIDE_FROM).ok().flatten());
    query.is_some_and(|query| query.matches())
}

/// Writes the query string `search` (without `?`) to the address, unless the address has it already; false when
/// the browser refused.
pub fn write_address(search: &str, navigation: Navigation) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let location = window.location();
    if location.search().unwrap_or_default().trim_start_matches('?') == search {
        return true;
    }
    let url =
        if search.is_empty() { location.pathname().unwrap_or_else(|_| "./".to_string()) } else { format!("?{search}") };
    let Ok(history) = window.history() else { return false };
    let written = match navigation {
        Navigation::Push => history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)),
        Navigation::Replace => history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)),
    };
    written.is_ok()
}

/// Moves keyboard focus to `element`, if it can take it.
pub fn focus_element(element: &web_sys::Element) {
    if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
        // Focus is a courtesy: a failure leaves it where it was.
        let _ = element.focus();
    }
}

/// The page's document.
pub fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Opens the `<dialog>` with id `dialog` as a modal (focus stays inside, Escape closes it) and selects the text of
/// the field with id `select` in it.
pub fn open_dialog(dialog: &str, select: &str) {
    let Some(document) = document() else { return };
    let Some(dialog) = document.get_element_by_id(dialog).and_then(|d| d.dyn_into::<web_sys::HtmlDialogElement>().ok())
    else {
        return;
    };
    if dialog.show_modal().is_ok() {
        if let Some(field) =
            document.get_element_by_id(select).and_then(|f| f.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
        {
            let _ = field.focus();
            field.select();
        }
    }
}
