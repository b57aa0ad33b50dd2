//! The full app's listeners: every event inside the app's root goes through the reader both modules share
//! (`medborgarloften_web::events`) to the page's one action callback. Components render the page contract's names
//! and hold no handlers for what the page's first module does too, so a click means the same in both modules.
//!
//! Shell layer: web-sys listeners, added once for the page's life.

use leptos::prelude::{Callable, Callback};
use medborgarloften_core::page::interact::Action;

/// Passes every action read from an event inside the app's root to `on_action`.
pub fn listen_to_page(on_action: Callback<Action>) {
    if let Some(root) = crate::browser::app_root() {
        medborgarloften_web::events::listen(&root, move |action, _| on_action.run(action));
    }
}
