//! The editors' workspace (`/redigera/`) as data: a draft is a JSON document that may be half-finished, edited field by
//! field by its path ([`path`]), checked with the app's own parser and validator with each problem tied to the field it
//! names ([`check`]), changed by list operations ([`ops`]), compared with the published dataset in words ([`review`]),
//! and listed on return ([`saved`]).
//!
//! Pure core: no UI dependency. The workspace's shell (`crates/medborgarloften-editor`) renders forms over these
//! functions and keeps the draft on the device.
//!
//! Edit layer: may use `dataset`, `json` and `text`; must not import `page`, `geo` or `export`.

pub mod check;
pub mod open;
pub mod ops;
pub mod path;
pub mod review;
pub mod saved;
pub mod template;

pub use check::{check, Checked, FieldProblem};
pub use path::{Path, Step};
