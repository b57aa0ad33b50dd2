//! A small JSON reader and writer of the core's own, so that nothing the app runs needs serde or serde_json:
//! [`Reader`] reads as serde_json 1 reads (the same texts accepted, the same errors at the same places), the
//! typed decoders in [`crate::decode`] build the model from it, [`Value`] is a tree for hand-walked files
//! (GeoJSON), and [`write`] writes compact JSON.
//!
//! Pure core: no serde, no UI dependency.

mod error;
pub(crate) mod message;
mod number;
mod reader;
mod value;
pub mod write;

pub use error::{Code, JsonError, Kind};
pub use number::Num;
pub use reader::{Reader, Result, MAX_DEPTH};
pub use value::{parse_value, Object, Value};
