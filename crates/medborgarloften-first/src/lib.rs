//! The page's first module. The build renders the default view of the site's own dataset into the page
//! (`src/prerender.rs` in the app); this module makes that page work in place: it reads the dataset the page
//! preloads, computes the core's view model for the address, and shows, hides and updates the elements the
//! build rendered — by id, never by rendering markup of its own. It needs no Leptos, so it is a fraction of the
//! full app's size; the full app loads only where the page needs it ([`hand_over`]).
//!
//! Shell layer, like the app: DOM glue around `medborgarloften-core`. Text from the dataset is only ever set as
//! text content.

pub mod hand_over;
pub mod listen;
pub mod live;
pub mod map;
pub mod page;
pub mod show;

use medborgarloften_core::page::view::Catalog;
use medborgarloften_web::offline;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Runs when the module is instantiated.
#[wasm_bindgen(start)]
pub fn start() {
    wasm_bindgen_futures::spawn_local(async {
        let Some(page) = page::Page::find() else { return hand_over::full_app(None) };
        match load(&page.dataset_address, &page.fingerprint).await {
            Some((catalog, saved)) => {
                if saved {
                    saved_copy_notice(&page, &catalog);
                }
                live::attach(page, catalog);
            }
            // The full app says what went wrong, and keeps the last good copy.
            None => hand_over::full_app(None),
        }
    });
}

/// The header with which the service worker marks its saved copy (`public/sw.js`).
const FALLBACK_HEADER: &str = "x-medborgarloften-cache";

/// The dataset at `address` (the page preloads it), read and validated by the core, and whether it is the
/// service worker's saved copy; `None` when it cannot be read, and also when it is not the dataset the page was
/// rendered from (`fingerprint`): one published since the build is the full app's to show. A fresh copy becomes
/// the last good one, as in the full app (`src/api.rs`).
async fn load(address: &str, fingerprint: &str) -> Option<(Catalog, bool)> {
    let window = web_sys::window()?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(address)).await.ok()?.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    let saved = response.headers().get(FALLBACK_HEADER).ok().flatten().is_some();
    let text = JsFuture::from(response.text().ok()?).await.ok()?.as_string()?;
    if medborgarloften_core::dataset::fingerprint::fingerprint(text.as_bytes()) != fingerprint {
        return None;
    }
    let data = medborgarloften_core::parse_dataset(&text).ok()?;
    if !saved {
        let _ = offline::remember_dataset(address, &text);
        offline::hand_dataset(address, &text);
    }
    Some((Catalog::in_language(data, medborgarloften_web::page_language()), saved))
}

/// "Du är offline. Visar löften uppdaterade …" in the build's place for it.
fn saved_copy_notice(page: &page::Page, catalog: &Catalog) {
    use medborgarloften_core::page::saved_copy::{saved_copy_text_in, SavedCopy};
    let Some(notice) = page.one(medborgarloften_core::contract::by_testid::OFFLINE_BANNER) else { return };
    let online = web_sys::window().is_some_and(|w| w.navigator().on_line());
    let why = if online { SavedCopy::Unreachable } else { SavedCopy::Offline };
    page::set_text(&notice, &saved_copy_text_in(why, Some(catalog.data().updated), catalog.language()));
    page::set_hidden(&notice, false);
}
