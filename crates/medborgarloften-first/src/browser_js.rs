//! The app's own JS modules, shared with the full app (wasm-bindgen copies them next to this module's glue):
//! `src/visit.js` for the resident's visits, `src/pwa.js` for the service worker.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/../../src/visit.js")]
extern "C" {
    /// This tab's baseline for the dataset at `url`: what the last visit saw.
    #[wasm_bindgen(js_name = visitBaseline)]
    pub fn visit_baseline(url: &str) -> Option<String>;
    /// Stores what this visit shows, for the next one.
    #[wasm_bindgen(js_name = rememberVisit)]
    pub fn remember_visit(url: &str, text: &str);
}

#[wasm_bindgen(module = "/../../src/pwa.js")]
extern "C" {
    /// Registers the service worker after load and idle; `on_update` runs when a new build is waiting.
    #[wasm_bindgen(js_name = registerServiceWorker)]
    pub fn register_service_worker(on_update: &js_sys::Function);
    /// Keeps `text` as the last good copy of the dataset at `url` (call only after it validated).
    #[wasm_bindgen(js_name = rememberDataset)]
    pub fn remember_dataset(url: &str, text: &str) -> js_sys::Promise;
    /// Leaves the fresh, validated text of the dataset at `url` for the full app, should it take over.
    #[wasm_bindgen(js_name = handDataset)]
    pub fn hand_dataset(url: &str, text: &str);
}
