//! What the page says when the promises on screen are a saved copy (the offline app's last good dataset), in
//! the page's language: why, and how old the data is.
//!
//! Pure core: no UI dependency.
//!
//! Page layer: of the crate uses only a date and `lang`; must not import `export`.

use crate::lang::{fill, Language, SWEDISH};
use crate::Date;

/// Why a saved copy is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SavedCopy {
    /// The browser has no network.
    Offline,
    /// The browser is online but the server did not answer in time.
    Unreachable,
    /// The server answered, but with an error or a dataset that is not valid.
    Failed,
}

/// The notice, e.g. "Du är offline. Visar löften uppdaterade 1 juni 2019."
pub fn saved_copy_text(why: SavedCopy, updated: Option<Date>) -> String {
    saved_copy_text_in(why, updated, SWEDISH)
}

/// [`saved_copy_text`] in `lang`.
pub fn saved_copy_text_in(why: SavedCopy, updated: Option<Date>, lang: &Language) -> String {
    let words = &lang.words.notice;
    let why = match why {
        SavedCopy::Offline => words.offline,
        SavedCopy::Unreachable => words.unreachable,
        SavedCopy::Failed => words.failed,
    };
    match updated {
        Some(date) => fill(words.saved_on, &[("why", why), ("date", &date.long(lang))]),
        None => fill(words.saved, &[("why", why)]),
    }
}
