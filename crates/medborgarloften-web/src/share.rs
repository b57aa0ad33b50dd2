//! The system share sheet (`navigator.share`), where the browser has one (phones, some desktops); elsewhere the
//! caller copies the link instead.
//!
//! Shell layer: web-sys and js-sys only, called from event handlers. No Leptos signals or components.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// How a share attempt ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shared {
    /// The share sheet took the link.
    Done,
    /// The reader closed the share sheet: nothing else to do.
    Cancelled,
    /// No share sheet here, or it failed: copy the link instead.
    Unavailable,
}

/// "Dela länk": offers `url` (named `title`) to the system share sheet, else copies it. `None` when the share
/// sheet took it (or the reader closed it), else whether the copy worked.
pub async fn share_or_copy(title: &str, url: &str) -> Option<bool> {
    match share_link(title, url).await {
        Shared::Unavailable => Some(crate::browser::copy_text(url).await),
        Shared::Done | Shared::Cancelled => None,
    }
}

/// Offers `url` (named `title`) to the system share sheet.
pub async fn share_link(title: &str, url: &str) -> Shared {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else { return Shared::Unavailable };
    let share = js_sys::Reflect::get(&navigator, &JsValue::from_str("share")).ok();
    let Some(share) = share.and_then(|f| f.dyn_into::<js_sys::Function>().ok()) else { return Shared::Unavailable };
    let data = js_sys::Object::new();
    let set = |key: &str, value: &str| js_sys::Reflect::set(&data, &JsValue::from_str(key), &JsValue::from_str(value));
    if set("title", title).is_err() || set("url", url).is_err() {
        return Shared::Unavailable;
    }
    let Ok(promise) = share.call1(&navigator, &data).and_then(|p| p.dyn_into::<js_sys::Promise>()) else {
        return Shared::Unavailable;
    };
    match JsFuture::from(promise).await {
        Ok(_) => Shared::Done,
        Err(error) => {
            let name = js_sys::Reflect::get(&error, &JsValue::from_str("name")).ok().and_then(|n| n.as_string());
            if name.as_deref() == Some("AbortError") {
                Shared::Cancelled
            } else {
                Shared::Unavailable
            }
        }
    }
}
