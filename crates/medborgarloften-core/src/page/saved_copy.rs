//! What the page says when the promises on screen are a saved copy (the offline app's last good dataset), in
//! Swedish: why, and how old the data is.
//!
//! Pure core: no UI dependency.
//!
//! Page layer: imports no other module of the crate; must not import `export`.

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
    let why = match why {
        SavedCopy::Offline => "Du är offline.",
        SavedCopy::Unreachable => "Servern svarar inte.",
        SavedCopy::Failed => "De senast publicerade löftena kunde inte visas.",
    };
    match updated {
        Some(date) => format!("{why} Visar löften uppdaterade {}.", date.long_sv()),
        None => format!("{why} Visar sparade löften."),
    }
}
