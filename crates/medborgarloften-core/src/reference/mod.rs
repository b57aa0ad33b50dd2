//! The serde path the core used to read JSON with, kept natively (never in the wasm app) as the reference the
//! new reader ([`crate::json`], [`crate::dataset::decode`]) is tested against: the differential test in
//! `tests/decoder_differential.rs` runs both over the shipped datasets and many mutations of them and asserts
//! the same dataset or the same error, line, column and message.
//!
//! Outside the layers (see the crate root): a native-only test oracle that may use any layer and that no layer
//! may use. Pure core: serde_json, no UI dependency. Not for the app: it is not compiled for wasm.

mod message;

use serde::de::DeserializeOwned;

use self::message::swedish_message;
use crate::dataset::error::{DataError, Problem};
use crate::dataset::model::{Dataset, Promise, SCHEMA_VERSION};
use crate::dataset::v1;
use crate::dataset::validate::validate;
use crate::json::message::shorten;
use crate::json::{Num, Object, Value};
use crate::page::visit::Seen;

/// Turns a serde_json error into a [`DataError`] with line and column and a Swedish message (see
/// `message`: built from serde's error category and parts, never a Rust type name).
pub fn from_json_error(err: &serde_json::Error) -> DataError {
    let message = swedish_message(err);
    let (line, column) = (err.line(), err.column().max(1));
    match err.classify() {
        serde_json::error::Category::Data => DataError::Shape { line, column, message },
        _ => DataError::Syntax { line, column, message },
    }
}

/// Just the version of a dataset file; every other field is skipped.
#[derive(serde::Deserialize)]
struct VersionOnly {
    schema_version: Option<u32>,
}

/// [`crate::parse_dataset`] as it was, with serde_json (the size limit and byte order mark as there).
pub fn parse_dataset(text: &str) -> Result<Dataset, DataError> {
    if text.len() > crate::dataset::parse::MAX_DATASET_BYTES {
        return Err(DataError::TooLarge { size: text.len(), limit: crate::dataset::parse::MAX_DATASET_BYTES });
    }
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if !text.trim_start().starts_with('{') {
        if let Err(err) = serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(text) {
            return Err(from_json_error(&err));
        }
    }
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

/// [`crate::dataset::parse::schema_version_of`] as it was, with serde_json.
pub fn schema_version_of(text: &str) -> Option<u32> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if !text.trim_start().starts_with('{') {
        return None;
    }
    serde_json::from_str::<VersionOnly>(text).ok().and_then(|head| head.schema_version)
}

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

/// A JSON text read with serde_json into the core's [`Value`], or its error as (line, column, Swedish message,
/// serde's own text): what [`crate::json::parse_value`] must give.
pub fn parse_value(text: &str) -> Result<Value, (usize, usize, String, String)> {
    serde_json::from_str::<serde_json::Value>(text)
        .map(|value| from_serde(&value))
        .map_err(|e| (e.line(), e.column(), swedish_message(&e), e.to_string()))
}

fn from_serde(value: &serde_json::Value) -> Value {
    match value {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Bool(b) => Value::Bool(*b),
        serde_json::Value::Number(n) => Value::Number(match (n.as_u64(), n.as_i64(), n.as_f64()) {
            (Some(u), _, _) => Num::Unsigned(u),
            (None, Some(i), _) => Num::Signed(i),
            (None, None, x) => Num::Float(x.unwrap_or(f64::NAN)),
        }),
        serde_json::Value::String(s) => Value::String(s.clone()),
        serde_json::Value::Array(items) => Value::Array(items.iter().map(from_serde).collect()),
        serde_json::Value::Object(fields) => {
            Value::Object(fields.iter().map(|(k, v)| (k.clone(), from_serde(v))).collect::<Object>())
        }
    }
}

/// [`Seen::from_json`] as it was, with serde_json.
pub fn seen_from_json(text: &str) -> Option<Seen> {
    if text.len() > crate::page::visit::MAX_SEEN_BYTES {
        return None;
    }
    serde_json::from_str::<Seen>(text).ok().filter(|seen| seen.version() == 1)
}

/// [`Seen::to_json`] as it was, with serde_json.
pub fn seen_to_json(seen: &Seen) -> String {
    serde_json::to_string(seen).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_errors_keep_line_and_column() {
        let err = serde_json::from_str::<serde_json::Value>("{\n  \"a\": ,\n}").expect_err("bad json");
        match from_json_error(&err) {
            DataError::Syntax { line, column, .. } => assert_eq!((line, column), (2, 8)),
            other => panic!("expected a syntax error, got {other:?}"),
        }
    }

    #[test]
    fn messages_are_swedish() {
        let err = serde_json::from_str::<Vec<u8>>("5").expect_err("wrong type");
        let text = from_json_error(&err).to_string();
        assert!(text.contains("fel typ"), "{text}");
        assert!(text.contains("rad 1"), "{text}");
    }
}
