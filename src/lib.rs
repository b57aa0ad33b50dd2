//! The medborgarlöften app: the shell around `medborgarloften-core`. Built two ways from the same components:
//! for the browser (`csr`, the default; `src/main.rs` calls [`start`]) and natively at build time (`ssr`; the build
//! tool, crates/medborgarloften-build, writes the default view into the page, see [`prerender`]).

mod api;
pub mod app;
pub mod boot;
mod browser;
mod components;
mod dataset;
#[cfg(feature = "csr")]
mod events;
mod geometry;
pub mod language;
mod pages;
#[cfg(feature = "ssr")]
pub mod prerender;
mod promises;
#[cfg(feature = "ssr")]
pub mod published;
mod pwa;
mod stagger;
mod take_over;
mod url_state;
mod visit;

/// Starts the app in the browser: mounts it in the page's app root (hidden under the pre-rendered copy until it
/// shows the same content, see [`take_over`]), or on the body of a page without one.
#[cfg(feature = "csr")]
pub fn start() {
    use leptos::prelude::*;

    // Starting the wasm and mounting the app are separate tasks: each is shorter than both.
    // (wasm-bindgen's executor: Leptos's is set up by the mount.)
    wasm_bindgen_futures::spawn_local(async {
        browser::next_task().await;
        let boot = boot::Boot::from_browser();
        if let Some(root) = browser::app_root() {
            // Lives as long as the page.
            leptos::mount::mount_to(root, move || view! { <app::App boot=boot/> }).forget();
        }
    });
}
