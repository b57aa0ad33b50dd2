//! From published text to a validated [`Dataset`]: size limit, JSON syntax, shape, version and content rules.
//!
//! Pure core: no UI dependency.

use crate::error::{from_json_error, DataError};
use crate::model::{Dataset, SCHEMA_VERSION};
use crate::validate::validate;

/// Largest dataset file accepted, in bytes. The real Eskilstuna file is about 15 KB.
pub const MAX_DATASET_BYTES: usize = 2 * 1024 * 1024;

/// Just the version of a dataset file; every other field is skipped.
#[derive(serde::Deserialize)]
struct VersionOnly {
    schema_version: Option<u32>,
}

/// Parses and validates a dataset. Only a dataset that passes every rule comes back `Ok`.
pub fn parse_dataset(text: &str) -> Result<Dataset, DataError> {
    if text.len() > MAX_DATASET_BYTES {
        return Err(DataError::TooLarge { size: text.len(), limit: MAX_DATASET_BYTES });
    }
    // Check the version before the shape, so a future format gets a message about the version, not a field.
    let head: VersionOnly = serde_json::from_str(text).map_err(|e| from_json_error(&e))?;
    if let Some(found) = head.schema_version {
        if found != SCHEMA_VERSION {
            return Err(DataError::SchemaVersion { found, expected: SCHEMA_VERSION });
        }
    }
    let data: Dataset = serde_json::from_str(text).map_err(|e| from_json_error(&e))?;
    let problems = validate(&data);
    if problems.is_empty() {
        Ok(data)
    } else {
        Err(DataError::Invalid(problems))
    }
}
