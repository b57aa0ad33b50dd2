//! Every validation rule, each with an edit of the real dataset that breaks it and the message that names the place.

mod common;

use common::edited;
use medborgarloften_core::dataset::parse::MAX_DATASET_BYTES;
use medborgarloften_core::{parse_dataset, DataError};
use serde_json::json;

fn message(text: &str) -> String {
    parse_dataset(text).expect_err("dataset must be refused").to_string()
}

fn assert_refused(edit: impl FnOnce(&mut serde_json::Value), expected: &[&str]) {
    let text = message(&edited(edit));
    for part in expected {
        assert!(text.contains(part), "expected {part:?} in: {text}");
    }
}

#[test]
fn syntax_errors_give_line_and_column() {
    match parse_dataset("{\n  \"schema_version\": 1,\n  \"id\": \"x\"\n  \"title\": \"y\"\n}") {
        Err(DataError::Syntax { line, column, .. }) => assert_eq!((line, column), (4, 3)),
        other => panic!("expected a syntax error, got {other:?}"),
    }
    assert!(message("{\"promises\": [").contains("rad 1"));
}

#[test]
fn a_wrong_type_names_line_and_field() {
    let text = edited(|v| v["promises"] = json!(5));
    match parse_dataset(&text) {
        Err(DataError::Shape { line, message, .. }) => {
            assert!(line > 1);
            assert!(message.contains("fel typ"), "{message}");
        }
        other => panic!("expected a shape error, got {other:?}"),
    }
}

#[test]
fn a_missing_field_is_named() {
    let text = edited(|v| {
        v["promises"][0].as_object_mut().expect("object").remove("text");
    });
    assert!(message(&text).contains("text"), "{}", message(&text));
}

#[test]
fn an_unknown_id_suggests_the_nearest_known_one() {
    assert_refused(
        |v| v["promises"][0]["parties"] = json!(["polis"]),
        &["promises[0] (2019-polisen-kriminella-natverk).parties[0]: okänd part \"polis\" — menade du \"polisen\"?"],
    );
    assert_refused(
        |v| v["promises"][1]["themes"] = json!(["Trafik"]),
        &["themes[0]: okänt tema \"Trafik\" — menade du \"trafik\"?"],
    );
    assert_refused(
        |v| v["promises"][2]["districts"] = json!(["fröslunda"]),
        &["districts[0]: okänt område \"fröslunda\" — menade du \"froslunda\"?"],
    );
}

#[test]
fn an_unknown_id_with_nothing_near_says_where_to_add_it_and_is_never_cut() {
    assert_refused(
        |v| v["promises"][0]["parties"] = json!(["brandkaren"]),
        &["okänd part \"brandkaren\"; lägg till den under \"parties\" eller skriv ett av id:na där: \"kommunen\", \"polisen\""],
    );
    assert_refused(
        |v| v["promises"][2]["districts"] = json!(["mars"]),
        &["okänt område \"mars\"; lägg till det under \"districts\" eller skriv ett av id:na där: \"centrum\", \"froslunda\", \"lagersberg\", \"skiftinge\""],
    );
    // More themes than a message lists (twelve) are counted, not cut.
    let text = message(&edited(|v| {
        v["themes"].as_array_mut().expect("themes").push(json!({"id": "brand", "name": "Brand"}));
        v["promises"][1]["themes"] = json!(["cykel"]);
    }));
    assert!(
        text.contains("okänt tema \"cykel\"; lägg till det under \"themes\" eller skriv ett av de 13 id som står där"),
        "{text}"
    );
    assert!(!text.contains('…'), "{text}");
}

#[test]
fn unknown_party_theme_and_district_are_named_with_the_promise_id() {
    assert_refused(
        |v| v["promises"][0]["parties"] = json!(["brandkaren"]),
        &["promises[0] (2019-polisen-kriminella-natverk).parties[0]", "okänd part \"brandkaren\""],
    );
    assert_refused(
        |v| v["promises"][1]["themes"] = json!(["cykel"]),
        &["promises[1] (2019-polisen-synlighet).themes[0]", "okänt tema"],
    );
    assert_refused(|v| v["promises"][2]["districts"] = json!(["mars"]), &["promises[2]", "okänt område \"mars\""]);
}

#[test]
fn duplicate_ids_are_refused() {
    assert_refused(
        |v| v["promises"][1]["id"] = json!("2019-polisen-kriminella-natverk"),
        &["promises[1]", "finns redan"],
    );
    assert_refused(|v| v["themes"][1]["id"] = json!("narkotika"), &["themes[1].id", "finns redan"]);
}

#[test]
fn bad_dates_are_refused() {
    assert_refused(|v| v["updated"] = json!("2019-02-30"), &["ogiltigt datum \"2019-02-30\"", "rad"]);
    assert_refused(|v| v["periods"][0]["followup"]["reports"][0]["date"] = json!("maj 2019"), &["ogiltigt datum"]);
}

#[test]
fn links_other_than_http_or_relative_are_refused() {
    assert_refused(
        |v| v["source"]["url"] = json!("javascript:alert(1)"),
        &["source.url", "varken http(s) eller relativ"],
    );
    assert_refused(|v| v["periods"][1]["documents"][0]["url"] = json!("data:text/html,x"), &["documents[0].url"]);
    assert_refused(
        |v| v["geometry"]["districts"] = json!("https://evil.example/x.geojson"),
        &["geometry.districts", "relativ"],
    );
}

#[test]
fn empty_text_is_refused() {
    assert_refused(
        |v| v["promises"][3]["text"] = json!("   "),
        &["promises[3] (2019-polisen-trafikkontroller).text", "texten är tom"],
    );
}

#[test]
fn themes_must_be_one_to_three() {
    assert_refused(|v| v["promises"][0]["themes"] = json!([]), &["themes", "1–3 teman"]);
    assert_refused(
        |v| v["promises"][0]["themes"] = json!(["narkotika", "vald", "trafik", "krogar"]),
        &["1–3 teman, inte 4"],
    );
}

#[test]
fn a_promise_needs_a_period() {
    assert_refused(|v| v["promises"][0]["period"] = json!("2030"), &["ingen period för året 2030"]);
    assert_refused(|v| v["promises"][0]["period"] = json!("hosten"), &["ingen period \"hosten\""]);
    // The same rule for a version 1 file's year.
    let mut v1: serde_json::Value = serde_json::from_str(&common::eskilstuna_v1_text()).expect("v1 fixture is JSON");
    v1["promises"][0]["year"] = json!(2030);
    let text = message(&serde_json::to_string(&v1).expect("serialises"));
    assert!(text.contains("ingen period för året 2030"), "{text}");
}

#[test]
fn unknown_status_is_refused_with_its_line() {
    assert_refused(
        |v| v["promises"][0]["followups"] = json!([{"date": "2019-05-31", "status": "klart"}]),
        &["okänt värde", "klart", "rad"],
    );
}

#[test]
fn follow_ups_must_be_in_date_order_inside_or_after_their_period() {
    assert_refused(
        |v| {
            v["promises"][0]["followups"] =
                json!([{"date": "2019-09-30", "status": "pagar"}, {"date": "2019-05-31", "status": "pagar"}])
        },
        &["followups[1]", "datum"],
    );
    assert_refused(
        |v| v["promises"][0]["followups"] = json!([{"date": "2018-12-31", "status": "pagar"}]),
        &["ligger före löftets period 2019"],
    );
}

#[test]
fn achieved_values_must_name_a_target_and_not_be_negative() {
    assert_refused(
        |v| {
            v["promises"][3]["followups"] =
                json!([{"date": "2019-05-31", "status": "pagar", "achieved": {"cyklar": 3}}])
        },
        &["inget mål \"cyklar\""],
    );
    assert_refused(
        |v| {
            v["promises"][3]["followups"] =
                json!([{"date": "2019-05-31", "status": "pagar", "achieved": {"kontroller": -3}}])
        },
        &["rad"],
    );
}

#[test]
fn schema_version_is_checked_first() {
    let text = edited(|v| v["schema_version"] = json!(3));
    assert_eq!(parse_dataset(&text), Err(DataError::SchemaVersion { found: 3, expected: 2 }));
    // A version 1 file marked as version 2 is read as version 2: its v1 fields are named.
    let mut v1: serde_json::Value = serde_json::from_str(&common::eskilstuna_v1_text()).expect("v1 fixture is JSON");
    v1["schema_version"] = json!(2);
    let marked = serde_json::to_string(&v1).expect("serialises");
    let message = parse_dataset(&marked).expect_err("v1 fields in a v2 file").to_string();
    assert!(message.contains("okänt fält \"year\""), "{message}");
}

#[test]
fn oversized_files_are_refused_before_parsing() {
    let big = " ".repeat(MAX_DATASET_BYTES + 1);
    assert!(matches!(parse_dataset(&big), Err(DataError::TooLarge { .. })));
}

#[test]
fn all_problems_are_reported_together() {
    let text = edited(|v| {
        v["promises"][0]["parties"] = json!(["x"]);
        v["promises"][5]["title"] = json!("");
    });
    match parse_dataset(&text) {
        Err(DataError::Invalid(problems)) => assert_eq!(problems.len(), 2, "{problems:?}"),
        other => panic!("expected content problems, got {other:?}"),
    }
}

#[test]
fn a_look_with_a_readable_colour_and_a_logo_is_accepted() {
    let text = edited(|v| {
        v["look"] = json!({"color": "#005a9c", "logo": "bilder/logga.svg", "logo_alt": "Eskilstuna kommuns logotyp"})
    });
    let data = parse_dataset(&text).expect("accepted");
    let look = data.look.expect("a look");
    assert_eq!(look.color.as_deref(), Some("#005a9c"));
    assert_eq!(look.logo_alt.as_deref(), Some("Eskilstuna kommuns logotyp"));
}

#[test]
fn a_colour_without_contrast_is_refused_naming_the_contrast() {
    assert_refused(
        |v| v["look"] = json!({"color": "#88aaff"}),
        &["look.color", "färgen #88aaff har kontrasten 2,2:1 mot vit text i sidhuvudet", "WCAG AA kräver minst 4,5:1"],
    );
    assert_refused(|v| v["look"] = json!({"color": "blå"}), &["look.color", "#rrggbb"]);
}

#[test]
fn a_logo_must_be_an_image_inside_the_site_with_its_text() {
    assert_refused(
        |v| v["look"] = json!({"logo": "../logga.svg", "logo_alt": "Logga"}),
        &["look.logo", "relativ sökväg"],
    );
    assert_refused(|v| v["look"] = json!({"logo": "logga.gif", "logo_alt": "Logga"}), &["look.logo", ".svg-, .png-"]);
    assert_refused(|v| v["look"] = json!({"logo": "logga.svg"}), &["look.logo_alt", "alternativtext"]);
    assert_refused(|v| v["look"] = json!({"logo": "logga.svg", "logo_alt": " "}), &["look.logo_alt", "texten är tom"]);
    assert_refused(|v| v["look"] = json!({"lgoo": "logga.svg"}), &["lgoo"]);
}

#[test]
fn a_version_1_file_has_no_look() {
    let text = include_str!("../../../tests/fixtures/schema1/eskilstuna.json");
    let mut json: serde_json::Value = serde_json::from_str(text).expect("json");
    json["look"] = json!({"color": "#005a9c"});
    let message = message(&json.to_string());
    assert!(message.contains("look: \"look\" finns bara i schema_version 2"), "{message}");
}
