//! The real kommuner's datasets in `datasets/` (for the many-kommuner build, `MEDB_DATASETS=datasets`): each is
//! read and validated by the core's own reader, exactly as the app and `medborgarloften validera` do, and has no
//! warning either. The same files are checked against the JSON Schema in `tests/schema/schema.test.mjs`.

use std::path::PathBuf;

use medborgarloften_core::dataset::warnings::warnings;
use medborgarloften_core::parse_dataset;

fn folder() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../datasets"))
}

/// Every `datasets/*.json`, sorted, with its file stem.
fn dataset_files() -> Vec<(String, PathBuf)> {
    let mut files: Vec<(String, PathBuf)> = std::fs::read_dir(folder())
        .expect("datasets/ is readable")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .map(|path| (path.file_stem().expect("a file name").to_string_lossy().into_owned(), path))
        .collect();
    files.sort();
    files
}

#[test]
fn every_real_dataset_parses_validates_and_has_promises() {
    let files = dataset_files();
    assert!(files.len() >= 3, "datasets/ holds at least three real datasets, found {}: {files:?}", files.len());
    for (stem, path) in files {
        let text = std::fs::read_to_string(&path).expect("dataset is readable");
        let data = match parse_dataset(&text) {
            Ok(data) => data,
            Err(error) => panic!("datasets/{stem}.json does not validate: {error:?}"),
        };
        assert_eq!(data.schema_version, 2, "datasets/{stem}.json is schema version 2");
        assert!(!data.example, "datasets/{stem}.json is real data, not an example");
        assert_eq!(data.id, stem, "datasets/{stem}.json has the id of its file name");
        assert!(!data.promises.is_empty(), "datasets/{stem}.json has at least one promise");
        let warned = warnings(&data);
        assert!(warned.is_empty(), "datasets/{stem}.json has warnings: {warned:?}");
    }
}
