//! End-to-end tests of the editors' tool: the built `medborgarloften` binary run on the shipped datasets and on
//! broken copies in a scratch folder, checked by exit code and the text an editor reads.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public");

fn shipped(file: &str) -> String {
    format!("{ROOT}/{file}")
}

fn run(args: &[&str]) -> (i32, String, String) {
    let Output { status, stdout, stderr } =
        Command::new(env!("CARGO_BIN_EXE_medborgarloften")).args(args).output().expect("the binary runs");
    let text = |bytes: Vec<u8>| String::from_utf8(bytes).expect("output is UTF-8");
    (status.code().expect("exited normally"), text(stdout), text(stderr))
}

/// A scratch folder `<name>/data/` holding `text` as `dataset.json`; returns the dataset's path.
fn scratch(name: &str, text: &str) -> PathBuf {
    let folder = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli").join(name).join("data");
    std::fs::create_dir_all(&folder).expect("scratch folder");
    let path = folder.join("dataset.json");
    std::fs::write(&path, text).expect("scratch dataset");
    path
}

/// The Eskilstuna dataset as JSON, changed by `edit`, written to a scratch folder.
fn edited(name: &str, edit: impl FnOnce(&mut serde_json::Value)) -> PathBuf {
    let text = std::fs::read_to_string(shipped("data/eskilstuna.json")).expect("shipped dataset");
    let mut json: serde_json::Value = serde_json::from_str(&text).expect("shipped dataset is JSON");
    edit(&mut json);
    scratch(name, &serde_json::to_string_pretty(&json).expect("serialises"))
}

fn path_str(path: &Path) -> &str {
    path.to_str().expect("scratch paths are UTF-8")
}

#[test]
fn shipped_datasets_validate_with_their_map() {
    let (code, out, _) = run(&["validera", &shipped("data/eskilstuna.json")]);
    assert_eq!(code, 0, "{out}");
    assert!(out.starts_with("OK: 15 löften i 2 perioder (Eskilstuna kommun)\n"), "{out}");
    assert!(out.contains("OK: kartfilen") && out.contains("eskilstuna-districts.geojson"), "the map is checked: {out}");
    let (code, out, _) = run(&["validera", &shipped("data/exempelkommun.json")]);
    assert_eq!(code, 0, "{out}");
    assert!(out.starts_with("OK: 8 löften"), "{out}");
}

#[test]
fn bad_json_names_the_line() {
    let path = scratch("bad-json", "{\n  \"schema_version\": 1,\n  \"id\": ,\n}");
    let (code, out, _) = run(&["validera", path_str(&path)]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("rad 3"), "{out}");
}

#[test]
fn unknown_theme_names_the_promise() {
    let id = "2019-polisen-trafikkontroller";
    let path = edited("unknown-theme", |json| {
        let promises = json["promises"].as_array_mut().expect("promises");
        let promise = promises.iter_mut().find(|p| p["id"] == id).expect("the promise is in the dataset");
        promise["themes"][0] = "finns-inte".into();
    });
    let (code, out, _) = run(&["validera", path_str(&path)]);
    assert_eq!(code, 1, "{out}");
    let line = out.lines().find(|line| line.contains(id)).unwrap_or_else(|| panic!("no line names {id}: {out}"));
    assert!(line.contains("themes[0]"), "the line names the field: {line}");
}

#[test]
fn a_district_code_missing_from_the_map_is_named() {
    let path = edited("missing-code", |json| json["districts"][1]["regso"][1] = "0484R999".into());
    let geo = shipped("geo/eskilstuna-districts.geojson");
    let (code, out, _) = run(&["validera", path_str(&path), "--geo", &geo]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("0484R999") && out.contains("regso[1]"), "{out}");
    assert!(!out.contains("0484R017"), "codes that exist are not reported: {out}");
}

#[test]
fn a_missing_map_file_is_reported_and_skipped() {
    let path = edited("no-map", |_| {});
    let (code, out, _) = run(&["validera", path_str(&path)]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("finns inte") && out.contains("kontrolleras inte"), "{out}");
}

/// A minimal RFC 4180 reader: records of fields, quotes doubled inside quoted fields.
fn read_csv(text: &str) -> Vec<Vec<String>> {
    let (mut records, mut record, mut field) = (Vec::new(), Vec::new(), String::new());
    let (mut quoted, mut chars) = (false, text.chars().peekable());
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, _) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, _) => field.push(c),
        }
    }
    records
}

#[test]
fn csv_reads_back_with_quotes_intact() {
    let (code, out, err) = run(&["csv", &shipped("data/eskilstuna.json")]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), 16, "header and 15 promises");
    assert!(out.contains(",\"Att få med krogarna i nätverket \"\"krogar mot knark\"\" och"), "{out}");
    let records = read_csv(&out);
    assert_eq!(records.len(), 16);
    assert!(records.iter().all(|record| record.len() == 10), "every record has ten fields");
    assert_eq!(records[0][0], "id");
    let krogar = records.iter().find(|r| r[0] == "2019-kommunen-krogar-mot-knark").expect("the krogar promise");
    assert!(krogar[4].contains("nätverket \"krogar mot knark\" och"), "{:?}", krogar[4]);
    assert_eq!(krogar[6], "Hela kommunen");
}

#[test]
fn csv_of_a_broken_dataset_writes_nothing_to_stdout() {
    let path = scratch("csv-broken", "{");
    let (code, out, err) = run(&["csv", path_str(&path)]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(err.contains("rad 1"), "{err}");
}

#[test]
fn usage_errors_exit_with_2() {
    let (code, _, err) = run(&["publicera"]);
    assert_eq!(code, 2);
    assert!(err.contains("Okänt kommando: publicera"), "{err}");
    assert_eq!(run(&["validera"]).0, 2);
    assert_eq!(run(&["csv", "a.json", "b.json"]).0, 2);
    assert_eq!(run(&["validera", "/finns/inte.json"]).0, 2);
}

#[test]
fn help_is_swedish_and_exits_0() {
    for args in [&[][..], &["hjälp"], &["--help"]] {
        let (code, out, _) = run(args);
        assert_eq!(code, 0);
        assert!(out.contains("medborgarloften validera <datamängd.json>"), "{out}");
    }
}
