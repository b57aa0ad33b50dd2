//! Pure core of medborgarlöften: the dataset model, parsing and validation, filters and facets, text folding,
//! the URL query codec, follow-up rules, map geometry, the page's view model (`view`) and the files written for
//! others to read (`export`: CSV, Atom feed, DCAT-AP-SE description, the footer's downloads).
//!
//! JSON is read with the crate's own reader (`json`) and typed decoders (`decode`), which accept and refuse
//! exactly what serde_json did, with the same messages and places; the schema is unchanged. The serde path stays,
//! natively only, as `reference` (the model's serde derives also serve the editors' tool, which writes JSON).
//!
//! This crate is the functional core. It must not depend on leptos, web-sys, gloo or anything that needs a
//! browser: every rule here is tested natively with `cargo test -p medborgarloften-core`.

pub mod active;
pub mod card;
pub mod contract;
pub mod date;
mod decode;
pub mod embed;
pub mod error;
pub mod export;
pub mod filter;
pub mod fingerprint;
#[cfg(test)]
mod fixtures;
pub mod fold;
pub mod followup;
pub mod geo;
pub mod interact;
pub mod json;
#[cfg(not(target_arch = "wasm32"))]
mod json_message;
pub mod links;
pub mod model;
pub mod month;
pub mod notice;
mod order;
pub mod parse;
pub mod progress;
pub mod query;
#[cfg(not(target_arch = "wasm32"))]
pub mod reference;
pub mod saved_copy;
pub mod schedule;
pub mod shared_link;
pub mod site;
pub mod status;
mod suggest;
pub mod summary;
pub mod tertial;
pub mod v1;
pub mod validate;
pub mod view;
pub mod visit;
pub mod warnings;

pub use date::Date;
pub use error::{problem_summary, DataError, Problem, ProblemSummary, SHOWN_PROBLEMS};
pub use filter::{facets, filter, FacetOption, Facets};
pub use model::Dataset;
pub use parse::{parse_dataset, parse_dataset_bytes};
pub use query::Query;
pub use status::Status;
