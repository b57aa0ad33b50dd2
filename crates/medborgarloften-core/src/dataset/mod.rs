//! Dataset layer: the published data and the rules about the data itself — the model (schema 2, and schema 1
//! upgraded to it), dates, reading a file into a validated [`Dataset`](crate::Dataset) (`decode`, [`parse`],
//! [`validate`], [`warnings`], [`error`]), the kommun's own look ([`look`]), and the follow-up, progress, tertial and schedule rules,
//! the Swedish words of the fixed choices an editor writes ([`choices`], the statuses' in [`status`]),
//! and an editor's change of a promise's follow-ups ([`followup_edit`], with results as typed read by [`amount_input`]).
//!
//! May use [`crate::text`] and [`crate::json`]; must not import `geo`, `page` or `export`.

pub mod amount_input;
pub mod choices;
pub mod date;
pub(crate) mod decode;
pub mod district;
pub mod error;
pub mod fingerprint;
#[cfg(test)]
mod fixtures;
pub mod followup;
pub mod followup_edit;
pub mod forms;
pub mod links;
pub mod look;
pub mod model;
pub mod month;
pub mod parse;
pub mod progress;
pub mod schedule;
pub mod status;
pub mod tertial;
pub mod v1;
pub mod validate;
pub mod warnings;
