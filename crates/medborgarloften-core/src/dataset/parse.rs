//! From a published file to a validated [`Dataset`]: size limit, text encoding, JSON syntax, shape, version and content
//! rules. The app and the editors' tool both read a file through [`parse_dataset_bytes`], so they accept and refuse the
//! same files with the same messages. The JSON is read by the core's own reader and decoders ([`crate::json`],
//! [`crate::dataset::decode`]), not serde; the golden corpus (`tests/golden/`) holds them to what the serde path they
//! replaced accepted and said.
//!
//! Pure core: no UI dependency.
//!
//! Dataset layer: may use `json` and `text`; must not import `geo`, `page` or `export`.

use crate::dataset::decode::{self, Decode};
use crate::dataset::error::{DataError, Problem};
use crate::dataset::model::{Dataset, Promise, SCHEMA_VERSION};
use crate::dataset::v1;
use crate::dataset::validate::validate;
use crate::json::message::id_in_path;
use crate::json::{self, Reader};

/// Largest dataset file accepted, in bytes. The real Eskilstuna file is about 15 KB.
pub const MAX_DATASET_BYTES: usize = 2 * 1024 * 1024;

/// The UTF-8 byte order mark some editors (Notepad, Excel) write at the start of a file.
const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Parses and validates a dataset file as it was published (bytes). A UTF-8 byte order mark is accepted; UTF-16,
/// a byte that is not UTF-8 and a file cut in the middle of a character are refused with line and column.
pub fn parse_dataset_bytes(bytes: &[u8]) -> Result<Dataset, DataError> {
    if bytes.len() > MAX_DATASET_BYTES {
        return Err(DataError::TooLarge { size: bytes.len(), limit: MAX_DATASET_BYTES });
    }
    parse_dataset(decode_text(bytes)?)
}

/// Reads the whole of `text` with `read`; only whitespace may follow.
pub(crate) fn read_whole<T>(text: &str, read: fn(&mut Reader<'_>) -> json::Result<T>) -> json::Result<T> {
    let mut reader = Reader::new(text);
    let value = read(&mut reader)?;
    reader.end()?;
    Ok(value)
}

/// Any JSON object (its values of any kind), for the message about a file that is no object.
fn any_object(r: &mut Reader<'_>) -> json::Result<()> {
    decode::map(r, &mut |r, _| r.value().map(drop))
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
        read_whole(text, any_object).map_err(DataError::from)?;
    }
    // Check the version before the shape, so a future format gets a message about the version, not a field.
    let head = read_whole(text, decode::schema_version_head).map_err(DataError::from)?;
    let data = match head {
        Some(v1::SCHEMA_VERSION) => {
            let old = shape(text, v1::Dataset::decode, |r| v1::Promise::decode(r).map(drop))?;
            // Version 1 shares version 2's head in the reader, but its schema has no `look`.
            if old.look.is_some() {
                return Err(DataError::Invalid(vec![Problem {
                    path: "look".to_string(),
                    message: "\"look\" finns bara i schema_version 2; uppgradera filen med medborgarloften uppgradera"
                        .to_string(),
                }]));
            }
            v1::upgrade(old)
        }
        Some(SCHEMA_VERSION) | None => shape(text, Dataset::decode, |r| Promise::decode(r).map(drop))?,
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
    read_whole(text, decode::schema_version_head).ok().flatten()
}

/// A version 1 dataset's text read as written: its shape only, neither validated nor upgraded (to compare an
/// upgrade with). A leading byte order mark is accepted.
pub fn read_version_1(text: &str) -> Result<v1::Dataset, DataError> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    read_whole(text, v1::Dataset::decode).map_err(DataError::from)
}

/// Reads the shape of a dataset (`whole`, whose promises are checked by `one`). When it is wrong, every promise
/// is read on its own too (see [`shape_error`]).
fn shape<D>(
    text: &str,
    whole: fn(&mut Reader<'_>) -> json::Result<D>,
    one: fn(&mut Reader<'_>) -> json::Result<()>,
) -> Result<D, DataError> {
    match read_whole(text, whole) {
        Ok(data) => Ok(data),
        Err(err) => Err(shape_error(text, DataError::from(err), one)),
    }
}

/// The error for a dataset of the wrong shape, whose first error is `first_error`: every promise is read on its
/// own too (by `one`), so the editor gets each broken promise by its id in one go. One problem stays a
/// [`DataError::Shape`] with line and column (and the promise named), several become a list of
/// [`DataError::Invalid`] problems.
fn shape_error(text: &str, first_error: DataError, one: fn(&mut Reader<'_>) -> json::Result<()>) -> DataError {
    let DataError::Shape { line, column, message } = &first_error else {
        return first_error;
    };
    let Ok(value) = json::parse_value(text) else {
        return first_error;
    };
    let mut problems = Vec::new();
    if let Some(promises) = value.get("promises").and_then(json::Value::as_array) {
        for (i, promise) in promises.iter().enumerate() {
            // Read from its own compact text, as the serde path did (so field order and messages stay as they were).
            let own = json::write::to_json(promise);
            if let Err(err) = read_whole(&own, one) {
                let id = promise.get("id").and_then(json::Value::as_str).unwrap_or("utan id");
                problems.push(Problem { path: format!("promises[{i}]{}", id_in_path(id)), message: err.message() });
            }
        }
    }
    // The whole file's first error, when it is not the first promise's, lies outside the promises.
    if problems.first().is_none_or(|p| p.message != *message) {
        problems.insert(0, Problem { path: format!("rad {line}, kolumn {column}"), message: message.clone() });
    }
    match problems.as_slice() {
        [only] if only.path.starts_with("promises[") => {
            DataError::Shape { line: *line, column: *column, message: format!("{}: {message}", only.path) }
        }
        [_] => first_error,
        _ => DataError::Invalid(problems),
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
