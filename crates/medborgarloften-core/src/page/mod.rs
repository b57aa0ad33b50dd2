//! Page layer: what the page shows and how the URL says it — the query codec ([`query`]), filters and facets
//! ([`filter`]), the active-filter chips, cards, status counts, the view model ([`view`]), the map's shading, and
//! the page's small texts (embed snippet, notices, saved copy, shared link, the returning reader's news), what
//! each thing a resident does leads to ([`interact`]), "Visa vad som gäller där jag är" ([`locate`]), and the
//! site's accessibility statement and privacy note ([`statement`]).
//!
//! May use [`crate::contract`], [`crate::text`], [`crate::json`], [`crate::dataset`] and [`crate::geo`]; must not import `export`.

pub mod active;
pub mod card;
pub mod embed;
pub mod filter;
pub mod finder;
pub mod interact;
pub mod locate;
pub mod map_shades;
pub mod notice;
mod order;
pub mod promise_search;
pub mod query;
pub mod saved_copy;
pub mod shared_link;
pub mod site;
pub mod statement;
pub mod summary;
pub mod view;
pub mod visit;
