//! Text layer, the lowest: plain string helpers shared by the JSON reader's messages and the page's search —
//! folding for search ([`fold`]) and "did you mean" (`suggest`).
//!
//! Must not import any other module of the crate.

pub mod fold;
pub(crate) mod suggest;
