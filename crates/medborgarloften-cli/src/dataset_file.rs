//! Writing a dataset file: the text every writing command produces, and today's date for `updated`.
//!
//! Shell layer: the text is pure; [`write`] and [`today`] touch the file system and the clock.

use medborgarloften_core::{Dataset, Date};

/// Pretty JSON with two-space indent and a final newline, fields in the model's order, so two writes of the same
/// dataset give the same bytes and a diff shows only what changed.
pub fn dataset_text(data: &Dataset) -> String {
    // Strings, numbers and maps with string keys always serialise.
    let mut text = serde_json::to_string_pretty(data).unwrap_or_default();
    text.push('\n');
    text
}

/// Writes `text` to `path`; the error is one Swedish line that names the file.
pub fn write(path: &str, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|err| format!("Kunde inte skriva {path}: {err}."))
}

/// Today's date (UTC) from the system clock; `None` if the clock is before 1970.
pub fn today() -> Option<Date> {
    let seconds = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).ok()?.as_secs();
    Date::from_unix_days(seconds / 86_400)
}
