//! Entry point of the browser app: mounts [`app::App`] on the page body. Nothing else lives here.

mod api;
mod app;
mod browser;
mod components;
mod dataset;
mod geometry;
mod pages;
mod promises;
mod pwa;
mod share;
mod today;
mod url_state;

fn main() {
    leptos::mount::mount_to_body(app::App);
}
