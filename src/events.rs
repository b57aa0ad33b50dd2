//! The full app's listeners: every event inside the app's root goes through the reader both modules share
//! (`medborgarloften_web::events`) to the page's one action callback. Components render the page contract's names
//! and hold no handlers for what the page's first module does too, so a click means the same in both modules.
//!
//! Shell layer: web-sys listeners, added once for the page's life.

use leptos::prelude::Callable;
use leptos::prelude::Callback;
use medborgarloften_core::page::interact::Action;
use medborgarloften_web::events::{action_of, KINDS};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Passes every action read from an event inside the app's root to `on_action`.
pub fn listen_to_page(on_action: Callback<Action>) {
    let Some(root) = crate::browser::app_root() else { return };
    for kind in KINDS {
        let closure = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
            if let Some(action) = action_of(&event) {
                on_action.run(action);
            }
        });
        let _ = root.add_event_listener_with_callback(kind, closure.as_ref().unchecked_ref());
        // The app lives as long as the page.
        closure.forget();
    }
}
