//! From a published file to a validated [`Dataset`]: size limit, text encoding, JSON syntax, shape, version and
//! content rules. The app and the editors' tool both read a file through [`parse_dataset_bytes`], so they accept
//! and refuse the same files with the same messages.
//!
//! Pure core: no UI dependency.

use serde::de::DeserializeOwned;

use crate::error::{from_json_error, DataError, Problem};
use crate::json_message::{shorten, swedish_message};
use crate::model::{Dataset, Promise, SCHEMA_VERSION};
use crate::v1;
use crate::validate::validate;

/// Largest dataset file accepted, in bytes. The real Eskilstuna file is about 15 KB.
pub const MAX_DATASET_BYTES: usize = 2 * 1024 * 1024;

/// The UTF-8 byte order mark some editors (Notepad, Excel) write at the start of a file.
const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Just the version of a dataset file; every other field is skipped.
#[derive(serde::Deserialize)]
struct VersionOnly {
    schema_version: Option<u32>,
}

/// Parses and validates a dataset file as it was published (bytes). A UTF-8 byte order mark is accepted; UTF-16,
/// a byte that is not UTF-8 and a file cut in the middle of a character are refused with line and column.
pub fn parse_dataset_bytes(bytes: &[u8]) -> Result<Dataset, DataError> {
    if bytes.len() > MAX_DATASET_BYTES {
        return Err(DataError::TooLarge { size: bytes.len(), limit: MAX_DATASET_BYTES });
    }
    parse_dataset(decode_text(bytes)?)
}

/// Parses and validates a dataset already decoded as text, in schema version 2 or 1 (upgraded in memory with
/// [`v1::upgrade`]). A leading byte order mark is accepted. Only a dataset that passes every rule comes back `Ok`.
pub fn parse_dataset(text: &str) -> Result<Dataset, DataError> {
    if text.len() > MAX_DATASET_BYTES {
        return Err(DataError::TooLarge { size: text.len(), limit: MAX_DATASET_BYTES });
    }
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if !text.trim_start().starts_with('{') {
        // Not an object at all: say so, rather than reading a list's first item as the version.
        if let Err(err) = serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(text) {
            return Err(from_json_error(&err));
        }
    }
    // Check the version before the shape, so a future format gets a message about the version, not a field.
    let head: VersionOnly = serde_json::from_str(text).map_err(|e| from_json_error(&e))?;
    let data = match head.schema_version {
        Some(v1::SCHEMA_VERSION) => v1::upgrade(shape::<v1::Dataset, v1::Promise>(text)?),
        Some(SCHEMA_VERSION) | None => shape::<Dataset, Promise>(text)?,
        Some(found) => return Err(DataError::SchemaVersion { found, expected: SCHEMA_VERSION }),
    };
    let problems = validate(&data);
    if problems.is_empty() {
        Ok(data)
    } else {
        Err(DataError::Invalid(problems))
    }
}

/// The `schema_version` a dataset text declares, without checking anything else; `None` when it has none or the
/// text is not a JSON object.
pub fn schema_version_of(text: &str) -> Option<u32> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if !text.trim_start().starts_with('{') {
        return None;
    }
    serde_json::from_str::<VersionOnly>(text).ok().and_then(|head| head.schema_version)
}

/// Reads the shape of a dataset (`D`, whose promises are `P`). When it is wrong, every promise is read on its own
/// too, so the editor gets each broken promise by its id in one go: one problem stays a [`DataError::Shape`] with
/// line and column (and the promise named), several become a list of [`DataError::Invalid`] problems.
fn shape<D: DeserializeOwned, P: DeserializeOwned>(text: &str) -> Result<D, DataError> {
    let first = match serde_json::from_str::<D>(text) {
        Ok(data) => return Ok(data),
        Err(err) => err,
    };
    let first_error = from_json_error(&first);
    let DataError::Shape { line, column, message } = &first_error else {
        return Err(first_error);
    };
    let Ok(value) = serde_json::from_str::<serde_json::Value>(text) else {
        return Err(first_error);
    };
    let mut problems = Vec::new();
    if let Some(promises) = value.get("promises").and_then(serde_json::Value::as_array) {
        for (i, promise) in promises.iter().enumerate() {
            // Read from its own text with the same string reader as the whole file: one deserialiser in the app.
            let Ok(own) = serde_json::to_string(promise) else { continue };
            if let Err(err) = serde_json::from_str::<P>(&own) {
                let id = promise.get("id").and_then(serde_json::Value::as_str).unwrap_or("utan id");
                problems.push(Problem {
                    path: format!("promises[{i}] ({})", shorten(id, 40)),
                    message: swedish_message(&err),
                });
            }
        }
    }
    // The whole file's first error, when it is not the first promise's, lies outside the promises.
    if problems.first().is_none_or(|p| p.message != *message) {
        problems.insert(0, Problem { path: format!("rad {line}, kolumn {column}"), message: message.clone() });
    }
    match problems.as_slice() {
        [only] if only.path.starts_with("promises[") => {
            Err(DataError::Shape { line: *line, column: *column, message: format!("{}: {message}", only.path) })
        }
        [_] => Err(first_error),
        _ => Err(DataError::Invalid(problems)),
    }
}

/// The file's bytes as UTF-8 text without a byte order mark, or an encoding error that says where.
pub fn decode_text(bytes: &[u8]) -> Result<&str, DataError> {
    let bytes = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
    let utf16 = bytes.starts_with(b"\xFF\xFE")
        || bytes.starts_with(b"\xFE\xFF")
        || (bytes.len() >= 2 && (bytes[0] == 0) != (bytes[1] == 0));
    if utf16 {
        return Err(DataError::Encoding {
            line: 1,
            column: 1,
            message: "filen är sparad som UTF-16; spara den som UTF-8".to_owned(),
        });
    }
    std::str::from_utf8(bytes).map_err(|err| {
        // Everything before the bad byte is valid UTF-8, so the place can be counted in characters.
        let before = std::str::from_utf8(&bytes[..err.valid_up_to()]).unwrap_or_default();
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |last| last.chars().count()) + 1;
        let message = match err.error_len() {
            None => "filen tar slut mitt i ett tecken (den verkar avkortad)",
            Some(_) => "en byte här är inte UTF-8; spara filen som UTF-8",
        }
        .to_owned();
        DataError::Encoding { line, column, message }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(err: DataError) -> (usize, usize, String) {
        match err {
            DataError::Encoding { line, column, message } => (line, column, message),
            other => panic!("expected an encoding error, got {other:?}"),
        }
    }

    #[test]
    fn a_byte_order_mark_is_dropped() {
        assert_eq!(decode_text(b"\xEF\xBB\xBF{}").ok(), Some("{}"));
        assert_eq!(decode_text(b"{}").ok(), Some("{}"));
    }

    #[test]
    fn a_broken_byte_is_placed_by_line_and_character() {
        let (line, column, message) = place(decode_text(b"{\n  \"title\": \"\xC3\xA5\xFF\"\n}").expect_err("bad byte"));
        assert_eq!((line, column), (2, 14));
        assert!(message.contains("inte UTF-8"), "{message}");
    }

    #[test]
    fn a_file_cut_mid_character_says_so() {
        let (line, column, message) = place(decode_text(b"{\"a\": \"\xC3").expect_err("cut"));
        assert_eq!((line, column), (1, 8));
        assert!(message.contains("tar slut mitt i ett tecken"), "{message}");
    }

    #[test]
    fn utf16_is_named() {
        for bytes in [&b"\xFF\xFE{\0}\0"[..], b"\xFE\xFF\0{\0}", b"{\0\"\0"] {
            let (line, column, message) = place(decode_text(bytes).expect_err("utf-16"));
            assert_eq!((line, column), (1, 1));
            assert!(message.contains("UTF-16"), "{message}");
        }
    }
}
