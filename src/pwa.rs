//! Offline app and embedding: Rust bindings to `src/pwa.js` (service worker registration and updates, the
//! last-good dataset store, the iframe height report) and the `use_pwa` hook that wires them up once.
//!
//! Shell layer. The browser work is in a small external JS module rather than web-sys: it keeps the wasm small
//! and runs under a CSP without 'unsafe-inline'. No Leptos components here; the hook only creates signals.
//!
//! Last-good data, in short (the full account is at the top of `public/sw.js`): the service worker goes to the
//! network first for `data/*.json` and answers from the last-good cache, marked `X-Medborgarloften-Cache:
//! fallback`, only when the network fails. The page writes that cache itself, and only after `parse_dataset`
//! accepted the text ([`remember_dataset`]); a fresh answer that is invalid makes the page read it back
//! ([`saved_dataset`]). So a broken publication never replaces what a resident already had.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(module = "/src/pwa.js")]
extern "C" {
    #[wasm_bindgen(js_name = isFramed)]
    fn is_framed() -> bool;
    #[wasm_bindgen(js_name = isOffline)]
    fn is_offline_js() -> bool;
    #[wasm_bindgen(js_name = registerServiceWorker)]
    fn register_service_worker(on_update: &js_sys::Function);
    #[wasm_bindgen(js_name = applyUpdate)]
    fn apply_update();
    #[wasm_bindgen(js_name = rememberDataset)]
    fn remember_dataset_js(url: &str, text: &str) -> js_sys::Promise;
    #[wasm_bindgen(js_name = savedDataset)]
    fn saved_dataset_js(url: &str) -> js_sys::Promise;
    #[wasm_bindgen(js_name = reportHeight)]
    fn report_height();
}

/// The response header with which the service worker marks a saved copy served because the network failed.
pub const FALLBACK_HEADER: &str = "x-medborgarloften-cache";

/// True when the browser reports no network connection.
pub fn is_offline() -> bool {
    is_offline_js()
}

/// Keeps `text` as the last good copy of the dataset at `url`. Call only after it validated.
pub fn remember_dataset(url: &str, text: &str) {
    let promise = remember_dataset_js(url, text);
    leptos::task::spawn_local(async move {
        // The JS side never rejects and logs its own failures.
        let _ = JsFuture::from(promise).await;
    });
}

/// The last good copy of the dataset at `url`, when a service worker controls the page and one was saved.
pub async fn saved_dataset(url: &str) -> Option<String> {
    JsFuture::from(saved_dataset_js(url)).await.ok().and_then(|text| text.as_string())
}

/// What the app shell needs from the offline machinery.
#[derive(Clone, Copy)]
pub struct Pwa {
    /// True when a new build has installed and waits for the reader to reload.
    pub update_ready: ReadSignal<bool>,
    /// Activates the waiting build and reloads the page.
    pub on_update: Callback<()>,
}

/// Starts what fits the context, once: in a frame (or with `?inbaddad=1`) only the height report to the
/// host page; otherwise the service worker, whose waiting updates are offered through [`Pwa::update_ready`].
/// A frame never registers a service worker: the host page's visitor did not ask to install anything.
pub fn use_pwa(embed: bool) -> Pwa {
    let (update_ready, set_update_ready) = signal(false);
    let framed = is_framed();
    if framed {
        report_height();
    }
    if !framed && !embed {
        let on_update = Closure::<dyn Fn()>::new(move || set_update_ready.set(true));
        register_service_worker(on_update.as_ref().unchecked_ref());
        // Lives as long as the page: the service worker may report an update at any time.
        on_update.forget();
    }
    Pwa { update_ready, on_update: Callback::new(|()| apply_update()) }
}
