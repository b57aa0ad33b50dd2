//! The browser glue that the full app (`src/`, Leptos) and the page's first module (`crates/medborgarloften-first`)
//! share, so each browser call is written once: the page's language, its address, focus and scrolling, the
//! clipboard and the system share sheet, today's date, the resident's position for "Visa vad som gäller där
//! jag är" (looked up on the device, kept nowhere), and the Rust side of the app's two JS modules — `js/pwa.js`
//! (the offline app: service worker, last-good copies, the hand-over of the dataset, the iframe's height) and
//! `js/visit.js` (the resident's visits). Both wasm modules import the same JS files, so a page that loads both
//! shares one copy
//! of each.
//!
//! Shell layer: web-sys, js-sys and wasm-bindgen only. No Leptos, no state of its own.

pub mod browser;
pub mod events;
pub mod focus;
pub mod language;
pub mod locate;
pub mod offline;
pub mod share;
pub mod today;
pub mod visits;

pub use language::page_language;
