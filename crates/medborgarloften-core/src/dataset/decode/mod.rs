//! Typed decoding without serde: from the JSON reader ([`crate::json::Reader`]) straight into the model types.
//! [`Decode`] reads one value of a type; the model's records and word lists are declared once with [`record!`] and
//! [`words!`], which give the type and its reader together, over a few shared helpers ("object with known fields",
//! "list", "map", "text", "whole number", "one of these words"). They read as serde's derive and serde_json did, so
//! a file gets the same value or the same error at the same place as before (the golden corpus in
//! `tests/golden/` holds them to it): unknown fields refused, missing fields named, `null` read as "none" for
//! optional fields, an object's fields also read from a list by position (as serde reads a struct).
//!
//! Pure core: no serde, no UI dependency. The schema is unchanged (`public/data/schema.json`).
//!
//! Dataset layer: may use `json` and `text`, and of its own layer only `date`, `month` and `status`; must not import
//! `model`, `v1` or `parse` (which use it), nor `geo`, `page` or `export`. The app's other layers read through
//! [`crate::dataset::parse`] (and `page::visit` through the helpers), not here.

mod fields;
mod macros;
mod values;

pub(crate) use fields::{map, missing, object, tuple, unit_enum, unsigned, Fields, Need};
pub(crate) use macros::{record, words};
pub(crate) use values::{date, option_of, schema_version_head, u32_value, Decode};
