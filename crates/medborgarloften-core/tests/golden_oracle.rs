//! The golden corpus checked once against the serde path (`reference`), before that path is deleted: every case
//! reads the same with both, so the expected files freeze the behaviour the differential test guarded.
//!
//! Known difference (as in `tests/decoder_differential.rs`): a name holding ", expected" was worded garbled by
//! serde; for those the kind and place of every error must agree, not the words.

use std::fs;
use std::path::Path;

use medborgarloften_core::dataset::parse::{decode_text, schema_version_of};
use medborgarloften_core::json::parse_value;
use medborgarloften_core::page::visit::Seen;
use medborgarloften_core::{parse_dataset_bytes, reference, DataError, Dataset};

fn placed(outcome: &Result<Dataset, DataError>) -> String {
    match outcome {
        Ok(_) => "ok".to_owned(),
        Err(DataError::Shape { line, column, .. }) => format!("shape {line}:{column}"),
        Err(DataError::Syntax { line, column, .. }) => format!("syntax {line}:{column}"),
        Err(DataError::Invalid(problems)) => {
            format!("invalid {:?}", problems.iter().map(|p| p.path.as_str()).collect::<Vec<_>>())
        }
        Err(other) => format!("{other:?}"),
    }
}

#[test]
fn the_serde_path_reads_every_golden_case_the_same() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut checked = 0;
    for entry in fs::read_dir(dir.join("cases")).expect("cases") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let bytes = fs::read(&path).expect("read");
        let new = parse_dataset_bytes(&bytes);
        let Ok(text) = decode_text(&bytes) else {
            assert!(matches!(new, Err(DataError::Encoding { .. })), "{}", path.display());
            continue;
        };
        let old = reference::parse_dataset(text);
        if text.contains(", expected") && new != old {
            assert_eq!(placed(&new), placed(&old), "{}", path.display());
        } else {
            assert_eq!(new, old, "{}", path.display());
        }
        let raw = std::str::from_utf8(&bytes).expect("UTF-8");
        assert_eq!(schema_version_of(raw), reference::schema_version_of(raw), "{}", path.display());
        checked += 1;
    }
    let texts = |name: &str| -> Vec<String> {
        serde_json::from_str(&fs::read_to_string(dir.join(name)).expect("list")).expect("texts")
    };
    for text in texts("values.json") {
        match (parse_value(&text), reference::parse_value(&text)) {
            (Ok(new), Ok(old)) => assert!(new == old, "{text:?}"),
            (Err(new), Err((line, column, message, technical))) => assert_eq!(
                (new.line, new.column, new.message(), new.technical()),
                (line, column, message, technical),
                "{text:?}"
            ),
            (new, old) => panic!("{text:?}: {new:?} / {old:?}"),
        }
        checked += 1;
    }
    for text in texts("visits.json") {
        assert_eq!(Seen::from_json(&text), reference::seen_from_json(&text), "{text:?}");
        checked += 1;
    }
    assert!(checked > 400, "{checked}");
}
