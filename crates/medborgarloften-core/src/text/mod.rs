//! Text layer, the lowest: plain string helpers shared by the JSON reader's messages and the page's search —
//! folding for search ([`fold`]), "did you mean" for field names and ids ([`suggest`]), and a fixed choice read from the words an editor
//! writes ([`choice`]).
//!
//! Must not import any other module of the crate.

pub mod choice;
pub mod fold;
pub mod suggest;
