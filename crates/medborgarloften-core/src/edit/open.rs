//! What the workspace opens as a draft from a file's text: a version 2 dataset as it is (with its problems, for the
//! editor to fix), a version 1 dataset upgraded as `medborgarloften uppgradera` does, and a clear Swedish message
//! for anything that is not a dataset's JSON.
//!
//! Pure core: no UI dependency.

use serde_json::Value;

use crate::dataset::parse::{decode_text, schema_version_of};
use crate::dataset::v1;

/// The draft in `bytes` (a dataset's JSON file), or why it cannot be opened.
pub fn draft_from_json(bytes: &[u8]) -> Result<Value, String> {
    let text = decode_text(bytes).map_err(|err| err.to_string())?;
    if schema_version_of(text) == Some(v1::SCHEMA_VERSION) {
        // Only a valid version 1 file can be upgraded; its problems say what to fix first.
        let data = crate::parse_dataset(text).map_err(|err| {
            format!("Filen är i det gamla formatet (version 1) och kan inte uppgraderas förrän den är rättad. {err}")
        })?;
        return serde_json::from_str(&v1::upgraded_text(data)).map_err(|err| err.to_string());
    }
    match serde_json::from_str::<Value>(text) {
        Ok(value @ Value::Object(_)) => Ok(value),
        // The app's own reader says where and what, in Swedish.
        _ => Err(match crate::parse_dataset(text) {
            Err(err) => err.to_string(),
            Ok(_) => "Filen är ingen datamängd.".to_owned(),
        }),
    }
}

/// The text of a draft as a file: pretty-printed the way `medborgarloften uppgradera` writes a dataset when the
/// draft is valid (fields in the format's order), else the draft as it is, two-space indented.
pub fn draft_file_text(draft: &Value) -> String {
    let (text, _) = crate::edit::check::lined_text(draft);
    match crate::parse_dataset(&text) {
        Ok(data) => v1::upgraded_text(data),
        Err(_) => {
            let mut text = serde_json::to_string_pretty(draft).unwrap_or_default();
            text.push('\n');
            text
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_version_1_file_is_upgraded_and_a_broken_one_says_where() {
        let old = include_bytes!("../../../../tests/fixtures/schema1/eskilstuna.json");
        let draft = draft_from_json(old);
        assert_eq!(draft.as_ref().ok().and_then(|d| d.get("schema_version")).and_then(Value::as_u64), Some(2));
        let broken = draft_from_json(b"{\"id\": ");
        assert!(broken.as_ref().is_err_and(|m| m.contains("rad 1")), "{broken:?}");
        assert!(draft_from_json(b"[1, 2]").is_err());
    }

    #[test]
    fn a_valid_draft_is_written_as_uppgradera_writes_it() {
        let text = include_str!("../../../../public/data/eskilstuna.json");
        let draft: Value = serde_json::from_str(text).unwrap_or(Value::Null);
        let written = draft_file_text(&draft);
        assert!(written.starts_with("{\n  \"$schema\""), "{}", &written[..40.min(written.len())]);
        assert_eq!(crate::parse_dataset(&written).map(|d| d.promises.len()).ok(), Some(15));
    }
}
