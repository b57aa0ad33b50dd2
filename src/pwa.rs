//! Offline app and embedding: the app's side of `crates/medborgarloften-web/js/pwa.js` (service worker registration and updates, the
//! last-good store of datasets and map files, the iframe height report) and the `use_pwa` hook that wires them up
//! once.
//!
//! Shell layer. The browser work is in a small external JS module rather than web-sys: it keeps the wasm small
//! and runs under a CSP without 'unsafe-inline'. No Leptos components here; the hook only creates signals.
//!
//! Last-good data, in short (the full account is at the top of `public/sw.js`): the service worker goes to the
//! network first for `data/*.json` and `geo/*` and answers from the last-good cache, marked
//! `X-Medborgarloften-Cache: fallback`, only when the network fails. The page writes that cache itself, and only
//! after the core accepted the text: `parse_dataset` for a dataset ([`remember_dataset`]), `parse_geojson` for a
//! map file ([`remember_geometry`]). A fresh answer that is invalid makes the page read the saved copy back
//! ([`saved_dataset`], [`saved_geometry`]). So a broken publication never replaces what a resident already had.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use medborgarloften_web::offline::{
    apply_update, is_framed, register_service_worker, remember_dataset as remember_dataset_js,
    remember_geometry as remember_geometry_js, report_height, saved_dataset as saved_dataset_js,
    saved_geometry as saved_geometry_js,
};

/// Calls `reload` each time the editors' workspace that frames this page (its preview) changes the draft; the
/// page reads the draft again through [`handed_dataset`]. Call once, in the browser.
pub fn on_preview_change(reload: impl FnMut() + 'static) {
    let callback = Closure::<dyn FnMut()>::new(reload);
    medborgarloften_web::offline::on_preview_change(&callback);
    // Listens for as long as the page lives.
    callback.forget();
}

/// The text of the dataset at `url` as the page's first module fetched and validated it, once; `None` when it
/// handed none over for that address.
pub fn handed_dataset(url: &str) -> Option<String> {
    medborgarloften_web::offline::handed_dataset(url)
}

/// The response header with which the service worker marks a saved copy served because the network failed.
pub const FALLBACK_HEADER: &str = "x-medborgarloften-cache";

/// True when the browser reports no network connection.
pub fn is_offline() -> bool {
    medborgarloften_web::offline::is_offline()
}

/// Keeps `text` as the last good copy of the dataset at `url`. Call only after `parse_dataset` accepted it.
pub fn remember_dataset(url: &str, text: &str) {
    settle(remember_dataset_js(url, text));
}

/// The last good copy of the dataset at `url`, when a service worker controls the page and one was saved.
pub async fn saved_dataset(url: &str) -> Option<String> {
    saved_text(saved_dataset_js(url)).await
}

/// Keeps `text` as the last good copy of the map file (GeoJSON) at `url`, for offline use. Call only after
/// `parse_geojson` accepted it, and not for an answer marked with [`FALLBACK_HEADER`] (that is the saved copy).
pub fn remember_geometry(url: &str, text: &str) {
    settle(remember_geometry_js(url, text));
}

/// The last good copy of the map file at `url`, when a service worker controls the page and one was saved.
pub async fn saved_geometry(url: &str) -> Option<String> {
    saved_text(saved_geometry_js(url)).await
}

/// Lets a save finish in the background. The JS side never rejects and logs its own failures.
fn settle(promise: js_sys::Promise) {
    leptos::task::spawn_local(async move {
        let _ = JsFuture::from(promise).await;
    });
}

async fn saved_text(promise: js_sys::Promise) -> Option<String> {
    JsFuture::from(promise).await.ok().and_then(|text| text.as_string())
}

/// What the app shell needs from the offline machinery.
#[derive(Clone, Copy)]
pub struct Pwa {
    /// True when a new build has installed and waits for the reader to reload.
    pub update_ready: ReadSignal<bool>,
    /// Activates the waiting build and reloads the page.
    pub on_update: Callback<()>,
}

impl Pwa {
    /// No offline app: the page rendered at build time has nothing to update.
    pub fn inert() -> Self {
        Pwa { update_ready: signal(false).0, on_update: Callback::new(|()| ()) }
    }
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
