//! Typed decoding without serde: from the JSON reader ([`crate::json::Reader`]) straight into the model types,
//! one small function per type over a few shared helpers ("object with known fields", "list", "map", "text",
//! "whole number", "one of these words"). Each follows what serde's derive and serde_json did for the same type,
//! in the same order, so a file gets the same value or the same error at the same place as before: unknown
//! fields refused, missing fields named, `null` read as "none" for optional fields, an object's fields also
//! read from a list by position (as serde reads a struct).
//!
//! Pure core: no serde, no UI dependency. The schema is unchanged (`public/data/schema.json`).
//!
//! Dataset layer: may use `json` and `text`; must not import `geo`, `page` or `export`. The app's other layers read
//! through [`crate::dataset::parse`] (and `page::visit` through the helpers), not here.

mod fields;
mod model;
mod v1;

pub(crate) use fields::{map, missing, object, tuple, unsigned, Fields, Need};
pub(crate) use model::{dataset, date, option_of, promise, schema_version_head, u32_value};
pub(crate) use v1::{dataset as dataset_v1, promise as promise_v1};
