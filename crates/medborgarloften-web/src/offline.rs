//! Bindings to `js/pwa.js`: the service worker (registration, waiting updates), the last-good copies of datasets
//! and map files, the dataset the first module hands to the full app, and in a frame the height report and the
//! filter sheet's place. The JS side never rejects: a browser without caches or a service worker just keeps
//! nothing.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/js/pwa.js")]
extern "C" {
    /// True inside a frame.
    #[wasm_bindgen(js_name = isFramed)]
    pub fn is_framed() -> bool;
    /// True when the browser says it has no network.
    #[wasm_bindgen(js_name = isOffline)]
    pub fn is_offline() -> bool;
    /// Registers the service worker after load and idle; `on_update` runs when a new build is waiting.
    #[wasm_bindgen(js_name = registerServiceWorker)]
    pub fn register_service_worker(on_update: &js_sys::Function);
    /// Activates the waiting build; the page reloads when it has taken over.
    #[wasm_bindgen(js_name = applyUpdate)]
    pub fn apply_update();
    /// Keeps `text` as the last good copy of the dataset at `url` (call only after it validated).
    #[wasm_bindgen(js_name = rememberDataset)]
    pub fn remember_dataset(url: &str, text: &str) -> js_sys::Promise;
    /// The last good copy of the dataset at `url`: a promise of its text, or of `undefined`.
    #[wasm_bindgen(js_name = savedDataset)]
    pub fn saved_dataset(url: &str) -> js_sys::Promise;
    /// Keeps `text` as the last good copy of the map file at `url` (call only after it validated).
    #[wasm_bindgen(js_name = rememberGeometry)]
    pub fn remember_geometry(url: &str, text: &str) -> js_sys::Promise;
    /// The last good copy of the map file at `url`: a promise of its text, or of `undefined`.
    #[wasm_bindgen(js_name = savedGeometry)]
    pub fn saved_geometry(url: &str) -> js_sys::Promise;
    /// Reports the page's height to the host page once a module works the page, and again whenever it changes
    /// (the embedded layout).
    #[wasm_bindgen(js_name = reportHeight)]
    pub fn report_height();
    /// In a frame, places the opened filter sheet `element` over the part of the frame the host page shows.
    #[wasm_bindgen(js_name = placeInView)]
    pub fn place_in_view(element: &web_sys::Element);
    /// Leaves the fresh, validated text of the dataset at `url` for the full app, should it take the page over.
    #[wasm_bindgen(js_name = handDataset)]
    pub fn hand_dataset(url: &str, text: &str);
    /// The text [`hand_dataset`] left for the dataset at `url`, once; `None` if none.
    #[wasm_bindgen(js_name = handedDataset)]
    pub fn handed_dataset(url: &str) -> Option<String>;
    /// Calls `callback` each time the editors' workspace framing this page changes the draft it previews.
    #[wasm_bindgen(js_name = onPreviewChange)]
    pub fn on_preview_change(callback: &wasm_bindgen::closure::Closure<dyn FnMut()>);
}
