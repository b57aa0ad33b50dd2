//! Hostile and broken publications (issue 11): every one is refused, or accepted, the same way through bytes and
//! text, with a Swedish message that says where, and no parser or Rust word reaches the editor.

mod common;

use common::{edited, eskilstuna_text};
use medborgarloften_core::geo::{parse_geojson, parse_geojson_bytes, GeoError, MAX_GEOJSON_BYTES};
use medborgarloften_core::{parse_dataset, parse_dataset_bytes, DataError};
use serde_json::json;

/// Words of serde, serde_json and Rust that an editor must never see.
const FORBIDDEN: [&str; 24] = [
    "VersionOnly",
    "Dataset",
    "Promise",
    "struct",
    "elements",
    "u32",
    "u16",
    "u64",
    "sequence",
    "map",
    "invalid",
    "expected",
    "missing field",
    "duplicate field",
    "unknown",
    "number out of range",
    "control character",
    "found while parsing",
    "lone leading surrogate",
    "EOF",
    "unväntade",
    "integer",
    "floating",
    "boolean",
];

fn refusal(text: &str) -> String {
    let message = parse_dataset(text).expect_err("must be refused").to_string();
    let from_bytes = parse_dataset_bytes(text.as_bytes()).expect_err("bytes too").to_string();
    assert_eq!(message, from_bytes, "text and bytes are refused alike");
    let words: Vec<&str> = message.split(|c: char| !c.is_alphanumeric()).collect();
    for word in FORBIDDEN {
        let leaks = if word.contains(' ') { message.contains(word) } else { words.contains(&word) };
        assert!(!leaks, "{word:?} leaks into: {message}");
    }
    message
}

/// An edit of the shipped dataset's JSON.
type Edit = Box<dyn Fn(&mut serde_json::Value)>;

fn has_place(message: &str) -> bool {
    let Some(at) = message.find("rad ") else { return false };
    message[at..].contains(", kolumn ")
}

#[test]
fn shape_errors_are_swedish_with_line_and_column() {
    let cases: Vec<(Edit, &str)> = vec![
        (Box::new(|v| v["schema_version"] = json!("1")), "väntade ett heltal, men här står texten \"1\""),
        (
            Box::new(|v| v["schema_version"] = json!(99_999_999_999u64)),
            "talet 99999999999 går inte: väntade ett heltal från 0 till 4 294 967 295",
        ),
        (Box::new(|v| v["promises"] = json!({})), "väntade en lista (inom [ ]), men här står ett objekt (inom { })"),
        (
            Box::new(|v| v["promises"][0]["title"] = json!([1])),
            "väntade en text (inom citattecken), men här står en lista",
        ),
        (Box::new(|v| v["promises"][0] = json!([1, 2, 3, 4, 5, 6, 7, 8, 9])), "väntade"),
        (Box::new(|v| v["promises"][0] = json!("x")), "väntade ett objekt (inom { }), men här står texten \"x\""),
        (Box::new(|v| v["example"] = json!("ja")), "väntade true eller false"),
        (
            Box::new(|v| v["promises"][0]["followups"] = json!([{"date": "2019-05-01", "status": "klar"}])),
            "okänt värde \"klar\"; tillåtna värden är \"ej-uppfoljt\", \"rapporterad\", \"pagar\"",
        ),
        (
            Box::new(|v| {
                v["promises"][0]["followups"] = json!([{"date": "2019-05-01", "status": "pagar", "achieved": [1]}])
            }),
            "väntade ett objekt (inom { }), men här står en lista",
        ),
        (
            Box::new(|v| {
                v["promises"][0].as_object_mut().map(|p| p.remove("text"));
            }),
            "fältet \"text\" saknas",
        ),
        (Box::new(|v| *v = json!("x")), "väntade ett objekt (inom { }), men här står texten \"x\""),
        (Box::new(|v| *v = json!([1])), "väntade ett objekt (inom { }), men här står en lista"),
    ];
    for (edit, expected) in cases {
        let message = refusal(&edited(edit));
        assert!(message.contains(expected), "expected {expected:?} in: {message}");
        assert!(has_place(&message), "no line and column in: {message}");
    }
    // Version 1's year is a small integer (the version 1 file, which has it).
    for (year, expected) in [
        (json!(2019.5), "väntade ett heltal, men här står decimaltalet 2019.5"),
        (json!(-1), "talet -1 går inte: väntade ett heltal från 0 till 65 535"),
    ] {
        let mut v1: serde_json::Value =
            serde_json::from_str(&common::eskilstuna_v1_text()).expect("v1 fixture is JSON");
        v1["promises"][0]["year"] = year;
        let message = refusal(&serde_json::to_string_pretty(&v1).expect("serialises"));
        assert!(message.contains(expected), "expected {expected:?} in: {message}");
        assert!(has_place(&message), "no line and column in: {message}");
    }
}

#[test]
fn syntax_errors_are_swedish_with_line_and_column() {
    for (text, expected) in [
        ("{\"schema_version\": 1, \"schema_version\": 1}", "fältet \"schema_version\" finns två gånger"),
        ("{\"id\": \"a\u{1}b\"}", "en text innehåller ett styrtecken"),
        ("{\"id\": \"\\ud800\\u0041\"}", "ensamt halvt tecken"),
        ("{\"id\": \"\\ud800\"}", "ensamt halvt tecken"),
        ("{\"id\": 1e999}", "talet är för stort"),
        ("{\"schema_version\": 1,}", "ett kommatecken för mycket"),
        ("{\"id\": [1,]}", "här väntades ett värde"),
        ("{\"id\" 1}", "ett kolon (:) saknas"),
        ("{\"id\": \"x\"} x", "tecken efter datamängdens slut"),
        ("{\"promises\": [", "filen tar slut"),
        ("", "filen tar slut där ett värde väntades"),
    ] {
        let message = refusal(text);
        assert!(message.contains(expected), "{text:?}: expected {expected:?} in: {message}");
        assert!(has_place(&message), "{text:?}: no line and column in: {message}");
    }
}

#[test]
fn a_byte_order_mark_is_accepted_as_text_and_as_bytes() {
    let text = eskilstuna_text();
    assert!(parse_dataset(&format!("\u{FEFF}{text}")).is_ok());
    assert!(parse_dataset_bytes(&[b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat()).is_ok());
}

#[test]
fn invalid_utf8_inside_a_string_is_refused_with_its_place() {
    let text = eskilstuna_text();
    let at = text.find("\"title\": \"").expect("a title") + "\"title\": \"".len();
    let mut bytes = text.into_bytes();
    bytes[at] = 0xFF;
    match parse_dataset_bytes(&bytes) {
        Err(DataError::Encoding { line, column, message }) => {
            assert!(line > 1 && column > 1, "{line}:{column}");
            assert!(message.contains("inte UTF-8"), "{message}");
        }
        other => panic!("expected an encoding error, got {other:?}"),
    }
}

#[test]
fn a_dataset_without_promises_is_refused() {
    let message = refusal(&edited(|v| v["promises"] = json!([])));
    assert!(message.contains("promises: datamängden har inga löften"), "{message}");
}

#[test]
fn invisible_and_control_only_text_counts_as_empty() {
    for title in ["\u{200B}\u{200C}\u{200D}", "\u{2060}\u{FEFF}", "\u{7}\u{1B}", " \u{00AD}\u{200E} ", "\u{E0041}"] {
        let message = refusal(&edited(|v| v["promises"][0]["title"] = json!(title)));
        assert!(message.contains("promises[0] (2019-polisen-kriminella-natverk).title: texten är tom"), "{message}");
    }
}

#[test]
fn map_paths_must_stay_inside_the_app() {
    for path in [
        "../../../etc/passwd",
        "/etc/passwd",
        "geo/../../x.geojson",
        "https://evil.example/x.geojson",
        "file:///etc/passwd",
        "geo/%2e%2e/x",
    ] {
        let message = refusal(&edited(|v| v["geometry"]["districts"] = json!(path)));
        assert!(
            message.contains("geometry.districts: ") && message.contains("inne i appens mapp"),
            "{path}: {message}"
        );
    }
    let message = refusal(&edited(|v| v["geometry"]["outline"] = json!("../x.geojson")));
    assert!(message.contains("geometry.outline"), "{message}");
}

#[test]
fn echoed_values_are_never_cut_and_a_huge_one_is_described() {
    let long = "x".repeat(100_000);
    let message = refusal(&edited(|v| v["promises"][0]["parties"] = json!([long])));
    assert!(
        message.contains("okänd part (en text på 100000 tecken); lägg till den under \"parties\""),
        "{}",
        &message[..300.min(message.len())]
    );
    assert!(message.len() < 1_000, "{} characters", message.len());
    // An id longer than the 40 characters messages used to cut at is shown whole.
    let id = "polisen-och-kommunen-tillsammans-i-centrum-och-hamnen";
    let message = refusal(&edited(|v| v["promises"][0]["parties"] = json!([id])));
    assert!(message.contains(&format!("okänd part \"{id}\"")), "{message}");
    assert!(!message.contains('…'), "{message}");
}

fn feature(coordinates: serde_json::Value) -> String {
    json!({"type": "FeatureCollection", "features": [{"type": "Feature",
        "properties": {"regsokod": "0484R001", "name": "Flisan"},
        "geometry": {"type": "Polygon", "coordinates": [coordinates]}}]})
    .to_string()
}

#[test]
fn a_sliver_triangle_map_is_refused_in_swedish() {
    let err = parse_geojson(&feature(json!([[16.0, 59.0], [17.0, 59.0], [16.5, 59.000_000_001], [16.0, 59.0]])))
        .expect_err("a sliver");
    assert!(matches!(err, GeoError::DegenerateRing { sliver: true, .. }), "{err:?}");
    assert_eq!(
        err.to_string(),
        "område features[0] (0484R001), ring 0 (ytterring): ringen omsluter nästan ingen yta (den är en smal flisa, inte ett område)"
    );
}

#[test]
fn a_polygon_near_the_pole_is_refused_in_swedish() {
    let err = parse_geojson(&feature(json!([[16.0, 89.0], [17.0, 89.0], [16.5, 89.9], [16.0, 89.0]])))
        .expect_err("beyond the web map");
    assert!(err.to_string().contains("punkt 0: latituden 89 ligger utanför kartans gräns ±85.05°"), "{err}");
}

#[test]
fn a_huge_map_file_is_refused_unread() {
    let text = " ".repeat(MAX_GEOJSON_BYTES + 1);
    let err = parse_geojson(&text).expect_err("too large");
    assert!(err.to_string().starts_with("kartfilen är för stor:"), "{err}");
}

#[test]
fn map_syntax_errors_are_swedish() {
    let err = parse_geojson("{\"type\": \"FeatureCollection\", \"features\": [1,]}").expect_err("bad json");
    assert!(err.to_string().contains("ett kommatecken för mycket före ] eller } på rad 1, kolumn 46"), "{err}");
    let bom = format!("\u{FEFF}{}", feature(json!([[16.0, 59.0], [16.1, 59.0], [16.1, 59.1], [16.0, 59.0]])));
    assert!(parse_geojson(&bom).is_ok());
}

#[test]
fn map_bytes_are_decoded_like_a_dataset() {
    let text = feature(json!([[16.0, 59.0], [16.1, 59.0], [16.1, 59.1], [16.0, 59.0]]));
    assert!(parse_geojson_bytes(&[b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat()).is_ok());
    let mut broken = text.into_bytes();
    let at = broken.iter().position(|&b| b == b'F').expect("FeatureCollection");
    broken[at] = 0xFF;
    let err = parse_geojson_bytes(&broken).expect_err("broken byte");
    assert!(err.to_string().starts_with("kartfilen är inte UTF-8-text: en byte här är inte UTF-8"), "{err}");
    assert!(err.to_string().ends_with(&format!("på rad 1, kolumn {}", at + 1)), "{err}");
}
