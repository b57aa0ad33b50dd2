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

/// A scratch folder `<name>/data/` holding `bytes` as `dataset.json`; returns the dataset's path.
fn scratch_bytes(name: &str, bytes: &[u8]) -> PathBuf {
    let path = scratch(name, "");
    std::fs::write(&path, bytes).expect("scratch dataset");
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

/// A minimal reader of the tool's CSV: a byte order mark, then RFC 4180 records with `;` between fields and
/// quotes doubled inside quoted fields.
fn read_csv(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_prefix('\u{FEFF}').expect("the CSV starts with a byte order mark");
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
            (false, ';') => record.push(std::mem::take(&mut field)),
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
    assert!(out.contains(";\"Att få med krogarna i nätverket \"\"krogar mot knark\"\" och"), "{out}");
    let records = read_csv(&out);
    assert_eq!(records.len(), 16);
    assert!(records.iter().all(|record| record.len() == 13), "every record has thirteen fields");
    assert_eq!(records[0][12], "noteringar");
    assert_eq!(records[1][8], "Ingen uppföljning publicerad", "the status in the page's words");
    assert_eq!(records[0][0], "id");
    let krogar = records.iter().find(|r| r[0] == "2019-kommunen-krogar-mot-knark").expect("the krogar promise");
    assert!(krogar[4].contains("nätverket \"krogar mot knark\" och"), "{:?}", krogar[4]);
    assert_eq!(krogar[6], "Hela kommunen");
}

#[test]
fn csv_is_for_swedish_excel_with_a_bom_and_semicolons() {
    let (code, out, err) = run(&["csv", &shipped("data/eskilstuna.json")]);
    assert_eq!(code, 0, "{err}");
    assert!(out.as_bytes().starts_with(b"\xEF\xBB\xBFid;\xC3\xA5r;parter;"), "BOM, then `;`: {:?}", &out[..30]);
    assert!(out.contains("\r\n"), "records end in CRLF");
    assert!(!out.lines().next().unwrap_or_default().contains(','), "the header has no comma");
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

#[test]
fn a_byte_order_mark_is_accepted_like_in_the_app() {
    let text = std::fs::read(shipped("data/eskilstuna.json")).expect("shipped dataset");
    let path = scratch_bytes("bom", &[b"\xEF\xBB\xBF".as_slice(), &text].concat());
    let (code, out, _) = run(&["validera", path_str(&path), "--geo", &shipped("geo/eskilstuna-districts.geojson")]);
    assert_eq!(code, 0, "{out}");
    assert!(out.starts_with("OK: 15 löften"), "{out}");
}

#[test]
fn broken_encodings_are_data_errors_with_line_and_column() {
    let mut bytes = std::fs::read(shipped("data/eskilstuna.json")).expect("shipped dataset");
    let at = bytes.windows(5).position(|w| w == b"title").expect("a title");
    bytes[at + 9] = 0xFF;
    let path = scratch_bytes("bad-utf8", &bytes);
    let (code, out, _) = run(&["validera", path_str(&path)]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("Filen är inte UTF-8-text: rad ") && out.contains(", kolumn "), "{out}");

    let cut = scratch_bytes("cut-utf8", "{\"title\": \"Medborgarlö".as_bytes().split_last().expect("bytes").1);
    let (code, out, _) = run(&["validera", path_str(&cut)]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("rad 1, kolumn 22: filen tar slut mitt i ett tecken"), "{out}");

    let utf16: Vec<u8> = [0xFF, 0xFE].into_iter().chain("{}".encode_utf16().flat_map(u16::to_le_bytes)).collect();
    let (code, out, _) = run(&["validera", path_str(&scratch_bytes("utf16", &utf16))]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("rad 1, kolumn 1: filen är sparad som UTF-16"), "{out}");
}

#[test]
fn a_map_path_outside_the_app_is_refused_and_never_opened() {
    let path = edited("passwd", |json| json["geometry"]["districts"] = "../../../etc/passwd".into());
    let (code, out, _) = run(&["validera", path_str(&path)]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("geometry.districts: \"../../../etc/passwd\" ska vara en relativ sökväg inne i appens mapp"),
        "{out}"
    );
    assert!(!out.contains("finns inte"), "the path is not looked up on disk: {out}");
}

#[test]
fn a_sliver_map_is_refused_by_validera() {
    let sliver = r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"regsokod":"0484R001",
        "name":"Flisan"},"geometry":{"type":"Polygon","coordinates":[[[16.0,59.0],[17.0,59.0],[16.5,59.000000001],
        [16.0,59.0]]]}}]}"#;
    let geo = scratch("sliver", sliver).with_file_name("sliver.geojson");
    std::fs::write(&geo, sliver).expect("scratch map");
    let (code, out, _) = run(&["validera", &shipped("data/eskilstuna.json"), "--geo", path_str(&geo)]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("features[0] (0484R001), ring 0 (ytterring): ringen omsluter nästan ingen yta"), "{out}");
}

#[test]
fn zero_promises_are_refused() {
    let path = edited("zero", |json| json["promises"] = serde_json::json!([]));
    let (code, out, _) = run(&["validera", path_str(&path)]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("promises: datamängden har inga löften"), "{out}");
}

#[test]
fn csv_cells_that_look_like_formulas_become_text() {
    let path = edited("formula", |json| {
        json["promises"][0]["title"] = "=HYPERLINK(\"https://evil.example\",\"Klicka\")".into()
    });
    let (code, out, err) = run(&["csv", path_str(&path)]);
    assert_eq!(code, 0, "{err}");
    let records = read_csv(&out);
    assert_eq!(records[1][3], "'=HYPERLINK(\"https://evil.example\",\"Klicka\")");
    assert!(records.iter().flatten().all(|cell| !cell.starts_with(['=', '+', '-', '@'])), "{out}");
}

#[test]
fn uppgradera_writes_version_2_that_reads_as_the_old_file() {
    let out_path = scratch("upgrade-eskilstuna", "").with_file_name("eskilstuna-v2.json");
    let out_file = path_str(&out_path).to_string();
    let v1_file = format!("{ROOT}/../tests/fixtures/schema1/eskilstuna.json");
    let (code, out, err) = run(&["uppgradera", &v1_file, &out_file]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.starts_with("OK: ") && out.contains("version 2"), "{out}");
    let written = std::fs::read_to_string(&out_path).expect("written");
    let json: serde_json::Value = serde_json::from_str(&written).expect("JSON");
    assert_eq!(json["schema_version"], 2);
    assert_eq!(
        json["$schema"], "../../../public/data/schema.json",
        "points at the version 2 schema beside the old one"
    );
    assert_eq!(json["periods"][0]["id"], "2019");
    assert_eq!(json["periods"][0]["start"], "2019-01");
    assert_eq!(json["promises"][0]["period"], "2019");
    let old = medborgarloften_core::parse_dataset(&std::fs::read_to_string(&v1_file).expect("v1 fixture"))
        .expect("old validates");
    let mut new = medborgarloften_core::parse_dataset(&written).expect("new validates");
    new.schema = old.schema.clone();
    assert_eq!(new, old, "nothing lost");
    let (code, out, _) = run(&["validera", &out_file]);
    assert_eq!(code, 0, "{out}");
    assert!(out.starts_with("OK: 15 löften i 2 perioder"), "{out}");
    // Upgrading a version 2 file changes nothing.
    let again = out_path.with_file_name("again.json");
    let (code, out, _) = run(&["uppgradera", &out_file, path_str(&again)]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("redan version 2"), "{out}");
    assert!(!again.exists());
}

#[test]
fn uppgradera_refuses_a_broken_file_and_wrong_use() {
    let broken = edited("upgrade-broken", |v| v["promises"][0]["uppfoljning"] = serde_json::json!([]));
    let target = broken.with_file_name("ut.json");
    let (code, out, _) = run(&["uppgradera", path_str(&broken), path_str(&target)]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("okänt fält \"uppfoljning\" — menade du \"followups\"?"), "{out}");
    assert!(out.contains("uppgraderas inte"), "{out}");
    assert!(!target.exists());
    let (code, _, err) = run(&["uppgradera", path_str(&broken)]);
    assert_eq!(code, 2);
    assert!(err.contains("Det saknas: <ny.json>") && err.contains("medborgarloften hjälp"), "{err}");
}

#[test]
fn warnings_are_printed_and_the_exit_code_stays_0() {
    let path = edited("warning", |v| {
        // The traffic checks promise: 200 promised; a final "genomfort" with 12 done.
        let promise = v["promises"]
            .as_array_mut()
            .expect("promises")
            .iter_mut()
            .find(|p| p["id"] == "2019-polisen-trafikkontroller")
            .expect("promise");
        promise["followups"] =
            serde_json::json!([{ "date": "2019-12-31", "status": "genomfort", "achieved": { "kontroller": 12 } }]);
    });
    let (code, out, _) = run(&["validera", path_str(&path)]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Varning: ") && out.contains("status \"genomfort\" men 12 av 200 kontroller"), "{out}");
    assert!(out.contains("1 varning (datamängden går ändå att publicera)."), "{out}");
}

#[test]
fn a_version_2_dataset_validates() {
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/schema2/valid/norrhamn.json");
    let (code, out, _) = run(&["validera", fixture]);
    assert_eq!(code, 0, "{out}");
    assert!(out.starts_with("OK: 5 löften i 2 perioder (Norrhamns kommun)"), "{out}");
    assert!(!out.contains("Varning"), "{out}");
}

#[test]
fn the_translated_fixture_validates() {
    let (code, out, _) = run(&["validera", &format!("{ROOT}/../tests/fixtures/translated.json")]);
    assert_eq!(code, 0, "{out}");
    assert!(out.starts_with("OK: 15 löften i 2 perioder (Eskilstuna kommun)\n"), "{out}");
}

#[test]
fn a_translation_in_a_language_the_app_does_not_write_is_refused_with_its_place() {
    let path = edited("translation-de", |v| {
        v["promises"][0]["translations"] = serde_json::json!({"de": {"title": "Gegen kriminelle Netzwerke"}});
    });
    let (code, out, err) = run(&["validera", path_str(&path)]);
    assert_ne!(code, 0);
    let text = format!("{out}{err}");
    assert!(
        text.contains(
            "promises[0] (2019-polisen-kriminella-natverk).translations.de: språket \"de\" skriver appen inte"
        ),
        "{text}"
    );
}
