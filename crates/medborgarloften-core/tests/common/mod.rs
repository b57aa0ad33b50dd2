//! Shared helpers for the core's integration tests: the shipped dataset (schema version 2), the same dataset as it
//! was published in version 1 (a fixture for the v1 reader), and the polisen.se seed text.

#![allow(dead_code)]

use medborgarloften_core::{parse_dataset, Dataset};

/// The repository root.
pub fn root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The text of the shipped Eskilstuna dataset.
pub fn eskilstuna_text() -> String {
    std::fs::read_to_string(root().join("public/data/eskilstuna.json"))
        .expect("public/data/eskilstuna.json is readable")
}

/// The Eskilstuna dataset as it was published in schema version 1, kept as a fixture for the version 1 reader
/// (`public/data/eskilstuna.json` is its upgrade to version 2).
pub fn eskilstuna_v1_text() -> String {
    std::fs::read_to_string(root().join("tests/fixtures/schema1/eskilstuna.json"))
        .expect("tests/fixtures/schema1/eskilstuna.json is readable")
}

/// The shipped Eskilstuna dataset, parsed and validated.
pub fn eskilstuna() -> Dataset {
    parse_dataset(&eskilstuna_text()).expect("the shipped dataset validates")
}

/// The polisen.se page the dataset was made from.
pub fn seed() -> String {
    std::fs::read_to_string(root().join("tests/fixtures/polisen-eskilstuna-seed.txt"))
        .expect("seed fixture is readable")
}

/// The dataset text with one JSON edit applied, for validation tests.
pub fn edited(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut value: serde_json::Value = serde_json::from_str(&eskilstuna_text()).expect("dataset is JSON");
    edit(&mut value);
    serde_json::to_string_pretty(&value).expect("serialises")
}

/// The shipped dataset with its promises repeated (new ids, the years of the shipped periods) up to `count`
/// promises: a valid large dataset for pagination and speed checks.
pub fn many_promises(count: usize) -> Dataset {
    let mut data = eskilstuna();
    let originals = data.promises.clone();
    data.promises = (0..count)
        .map(|i| {
            let mut p = originals[i % originals.len()].clone();
            p.id = format!("{}-{i}", p.id);
            p
        })
        .collect();
    data
}
