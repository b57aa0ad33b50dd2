//! Pure core of medborgarlöften: the dataset model, parsing and validation, filters and facets, text folding,
//! the URL query codec, follow-up rules, map geometry, the page's view model and the files written for others to
//! read (CSV, Atom feed, DCAT-AP-SE description, the footer's downloads).
//!
//! The modules are grouped by layer, lowest first; a module may use its own layer and the layers below it, never
//! one above, and no two modules depend on each other (`tests/layers.rs` checks both):
//!
//! - [`text`]: text folding and "did you mean" — plain string helpers.
//! - [`lang`]: the languages the app writes in (Swedish, English, Arabic) and every word it writes in each.
//! - [`json`]: the crate's own JSON reader and writer, which accept and refuse exactly what serde_json did, with
//!   the same messages and places.
//! - [`dataset`]: the published data and the rules about the data itself — the model, dates, reading and
//!   validating a file, follow-up, progress and schedule rules.
//! - [`geo`]: map geometry, from GeoJSON to SVG paths, and the dataset's districts on the map.
//! - [`page`]: what the page shows and how the URL says it — the query codec, filters and facets, cards, the view
//!   model, embed snippets, notices and the returning reader's news.
//! - [`export`]: the files written for others to read.
//! - [`import`]: from the text of a kommun's medborgarlöfte page to a draft dataset, with what to confirm.
//!
//! Nothing here reads JSON with serde: the model's `Serialize` derives serve the editors' tool, which writes JSON. The
//! golden corpus in `tests/golden/` froze what the serde path the reader replaced accepted and said.
//!
//! This crate is the functional core. It must not depend on leptos, web-sys, gloo or anything that needs a
//! browser: every rule here is tested natively with `cargo test -p medborgarloften-core`.

pub mod contract;
pub mod dataset;
pub mod edit;
pub mod export;
pub mod geo;
pub mod import;
pub mod json;
pub mod lang;
pub mod page;
pub mod text;

pub use dataset::date::Date;
pub use dataset::error::{problem_summary, DataError, Problem, ProblemSummary, SHOWN_PROBLEMS};
pub use dataset::model::Dataset;
pub use dataset::parse::{parse_dataset, parse_dataset_bytes};
pub use dataset::status::Status;
pub use page::filter::{facets, filter, FacetOption, Facets};
pub use page::query::Query;
