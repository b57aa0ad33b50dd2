//! The editors' workspace at `/redigera/`: a kommun communicator or the police's local staff opens the site's
//! dataset, a file (JSON, a workbook) or the text of their polisen.se page, edits it as forms, sees the core's
//! checks as they type, previews the page residents see, reviews the changes and downloads the file. The draft is
//! kept on the device as they type; nothing is sent anywhere.
//!
//! Shell layer (Leptos, in the browser only): every rule is the core's (`medborgarloften_core::edit` and the
//! dataset's parser and validator); this crate renders forms, reads events and talks to the browser (storage,
//! files, the preview's frame). Loaded only by `redigera/index.html` (public/redigera.js); residents never
//! download it.

mod app;
mod browser;
mod fields;
mod followups;
mod items;
mod names;
mod periods;
mod preview;
mod problems;
mod promise_form;
mod promise_list;
mod publish;
mod start;
mod state;
mod store;
mod targets;
mod workbook;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Mounts the workspace in the page's `#redigera` element (written by the build), replacing its loading text.
#[wasm_bindgen(start)]
pub fn start() {
    let Some(root) = leptos::prelude::document().get_element_by_id("redigera") else { return };
    root.set_inner_html("");
    leptos::mount::mount_to(root.unchecked_into(), app::App).forget();
}
