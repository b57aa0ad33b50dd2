//! Translations in a schema 2 dataset: read with the reader's line and column messages, checked by the validator in
//! Swedish, written back unchanged, and read by the page through accessors that fall back to the Swedish text.

mod common;

use common::{edited, eskilstuna, eskilstuna_text, root};
use medborgarloften_core::dataset::model::{Localized, Translated};
use medborgarloften_core::lang::{Language, SWEDISH};
use medborgarloften_core::{parse_dataset, DataError};
use serde_json::json;

fn english() -> &'static Language {
    Language::by_code("en").expect("the app writes English")
}

fn arabic() -> &'static Language {
    Language::by_code("ar").expect("the app writes Arabic")
}

fn refused(text: &str) -> String {
    parse_dataset(text).expect_err("the dataset must be refused").to_string()
}

fn translated(text: &str) -> Localized<'_> {
    Localized { text, translated: true }
}

#[test]
fn translations_on_every_kind_of_record_are_read() {
    let text = edited(|v| {
        v["parties"][0]["translations"] = json!({"en": {"name": "Swedish Police Authority", "short": "Police"}});
        v["themes"][0]["translations"] = json!({"en": {"name": "Drugs"}, "ar": {"name": "المخدرات"}});
        v["districts"][1]["translations"] = json!({"en": {"name": "Skiftinge"}});
        v["periods"][0]["translations"] = json!({"en": {"title": "Citizen promise 2019"}});
        v["periods"][0]["goal"]["translations"] = json!({"en": {"heading": "What we will achieve together"}});
        v["periods"][0]["followup"]["translations"] = json!({"en": {"heading": "Follow how it goes!"}});
        v["promises"][0]["translations"] = json!({"en": {"title": "A title", "text": "A text"}});
    });
    let data = parse_dataset(&text).expect("valid");
    assert_eq!(data.parties[0].short_in(english()), translated("Police"));
    assert_eq!(data.themes[0].name_in(arabic()), translated("المخدرات"));
    assert_eq!(data.districts[1].name_in(english()), translated("Skiftinge"));
    assert_eq!(data.periods[0].title_in(english()), translated("Citizen promise 2019"));
    let goal = data.periods[0].goal.as_ref().expect("the 2019 period has a goal");
    assert_eq!(goal.heading_in(english()), translated("What we will achieve together"));
    assert_eq!(data.periods[0].followup.heading_in(english()), translated("Follow how it goes!"));
    assert_eq!(data.promises[0].text_in(english()), translated("A text"));
}

#[test]
fn an_untranslated_text_falls_back_to_swedish_and_says_so() {
    let text = edited(|v| v["promises"][0]["translations"] = json!({"en": {"title": "Only the title"}}));
    let data = parse_dataset(&text).expect("valid");
    let promise = &data.promises[0];
    assert_eq!(promise.title_in(english()), translated("Only the title"));
    assert_eq!(promise.text_in(english()), Localized { text: &promise.text, translated: false });
    assert_eq!(promise.title_in(arabic()), Localized { text: &promise.title, translated: false });
    assert_eq!(promise.title_in(SWEDISH), Localized { text: &promise.title, translated: false });
    assert_eq!(data.periods[0].intro_in(english()), Localized::swedish(&data.periods[0].intro));
}

/// A list of two supporting promises under the first promise, with `translations` on it.
fn with_list(translations: serde_json::Value) -> String {
    edited(|v| {
        v["promises"][0]["sub_promises"] = json!([{
            "lead": "Kommunen stödjer löftet genom:",
            "items": ["första punkten", "andra punkten"],
            "translations": translations,
        }]);
    })
}

#[test]
fn each_supporting_promise_falls_back_on_its_own() {
    let text = with_list(json!({"en": {"items": ["the first point", "the second point"]}}));
    let mut data = parse_dataset(&text).expect("valid");
    let list = &mut data.promises[0].sub_promises[0];
    assert_eq!(list.items_in(english()), [translated("the first point"), translated("the second point")]);
    assert_eq!(list.lead_in(english()), Localized::swedish("Kommunen stödjer löftet genom:"));
    // A draft may hold an empty point (the validator refuses it in a file): the Swedish point is shown instead.
    list.translations.set("en", "items", Translated::List(vec!["the first point".into(), String::new()]));
    assert_eq!(list.items_in(english()), [translated("the first point"), Localized::swedish("andra punkten")]);
    assert_eq!(list.items_in(arabic()), [Localized::swedish("första punkten"), Localized::swedish("andra punkten")]);
}

#[test]
fn an_empty_point_is_refused_with_its_place() {
    let message = refused(&with_list(json!({"en": {"items": ["the first point", " "]}})));
    assert!(message.contains(".sub_promises[0].translations.en.items[1]: texten är tom"), "{message}");
}

#[test]
fn a_follow_up_note_is_translated() {
    let text = edited(|v| {
        v["promises"][0]["followups"] = json!([{
            "date": "2019-05",
            "note": "Arbetet pågår.",
            "translations": {"en": {"note": "The work is under way."}}
        }]);
    });
    let data = parse_dataset(&text).expect("valid");
    assert_eq!(data.promises[0].followups[0].note_in(english()), Some(translated("The work is under way.")));
    assert_eq!(data.promises[0].followups[0].note_in(arabic()), Some(Localized::swedish("Arbetet pågår.")));
}

#[test]
fn a_party_inside_a_sentence_uses_its_translated_short_name_when_that_is_all_there_is() {
    let text = edited(|v| v["parties"][1]["translations"] = json!({"en": {"short": "The municipality"}}));
    let data = parse_dataset(&text).expect("valid");
    assert_eq!(data.parties[1].in_sentence_in(english()), translated("The municipality"));
    assert_eq!(data.parties[1].in_sentence_in(arabic()), Localized::swedish("kommunen"));
    assert_eq!(data.parties[1].name_in(english()), Localized::swedish("Eskilstuna kommun"));
}

#[test]
fn a_misspelt_translated_field_gets_the_readers_message_with_its_place() {
    let text = edited(|v| v["promises"][0]["translations"] = json!({"en": {"titel": "A title"}}));
    match parse_dataset(&text) {
        Err(DataError::Shape { line, column, message }) => {
            assert!(message.contains("okänt fält \"titel\" — menade du \"title\"?"), "{message}");
            let at = text.lines().nth(line - 1).expect("the line is in the file");
            assert!(at.contains("\"titel\""), "line {line} is {at:?}");
            assert!(column > at.find("\"titel\"").expect("on that line"), "column {column} of {at:?}");
        }
        other => panic!("expected a shape error, got {other:?}"),
    }
}

#[test]
fn a_field_the_record_cannot_translate_is_unknown_there() {
    // A theme has a name only: its id is not a text to translate.
    let text = edited(|v| v["themes"][0]["translations"] = json!({"en": {"id": "drugs"}}));
    assert!(refused(&text).contains("okänt fält \"id\"; tillåtna fält är \"name\""), "{}", refused(&text));
}

#[test]
fn a_translation_that_is_no_text_or_given_twice_is_refused_with_its_place() {
    let wrong_type = edited(|v| v["themes"][0]["translations"] = json!({"en": {"name": 5}}));
    assert!(refused(&wrong_type).contains("fel typ: väntade en text"), "{}", refused(&wrong_type));
    let text = eskilstuna_text().replacen(
        "\"name\": \"Narkotika\"",
        "\"name\": \"Narkotika\", \"translations\": {\"en\": {\"name\": \"Drugs\"}, \"en\": {\"name\": \"Narcotics\"}}",
        1,
    );
    let message = refused(&text);
    assert!(message.contains("fältet \"en\" finns två gånger"), "{message}");
    assert!(message.contains("rad "), "{message}");
}

#[test]
fn an_empty_or_invisible_translation_is_refused_like_the_swedish_text() {
    let text = edited(|v| {
        v["promises"][0]["translations"] = json!({"en": {"title": "\u{200b} "}});
        v["themes"][0]["translations"] = json!({"en": {"name": ""}});
    });
    let message = refused(&text);
    assert!(message.contains(").translations.en.title: texten är tom (eller har bara osynliga tecken)"), "{message}");
    assert!(message.contains("themes[0] (narkotika).translations.en.name: texten är tom"), "{message}");
}

#[test]
fn a_language_the_app_does_not_write_is_refused_naming_the_allowed_ones() {
    let text = edited(|v| v["themes"][0]["translations"] = json!({"de": {"name": "Drogen"}}));
    assert!(
        refused(&text).contains(
            "themes[0] (narkotika).translations.de: språket \"de\" skriver appen inte; en översättning kan vara på \"en\" eller \"ar\""
        ),
        "{}",
        refused(&text)
    );
    let swedish = edited(|v| v["themes"][0]["translations"] = json!({"sv": {"name": "Narkotika"}}));
    assert!(
        refused(&swedish).contains(
            "translations.sv: svenska är datamängdens eget språk och står i fälten själva; en översättning kan vara på \"en\" eller \"ar\""
        ),
        "{}",
        refused(&swedish)
    );
}

#[test]
fn a_translation_of_a_text_that_is_not_there_is_refused() {
    let text = edited(|v| {
        v["periods"][0]["groups"] =
            json!([{"id": "alla", "heading": "Alla", "translations": {"en": {"intro": "All"}}}]);
    });
    assert!(
        refused(&text).contains(
            "periods[0] (2019).groups[0].translations.en.intro: \"intro\" översätter en text som inte finns på svenska"
        ),
        "{}",
        refused(&text)
    );
}

#[test]
fn a_translated_list_must_have_as_many_points_as_the_swedish() {
    let message = refused(&with_list(json!({"en": {"items": ["one", "two", "three"]}})));
    let expected = ".translations.en.items: översättningen har 3 punkter men den svenska listan har 2 punkter";
    assert!(message.contains(expected), "{message}");
}

#[test]
fn translations_are_written_back_as_read_and_none_are_written_when_there_are_none() {
    let original = eskilstuna_text();
    let data = parse_dataset(&original).expect("valid");
    let written = serde_json::to_string_pretty(&data).expect("serialisable");
    assert!(!written.contains("translations"));
    let given = r#""translations":{"en":{"text":"T","title":"A"},"ar":{"title":"ع"}}"#;
    let text = original.replacen(
        "\"id\": \"2019-polisen-kriminella-natverk\",",
        &format!("\"id\": \"2019-polisen-kriminella-natverk\", {given},"),
        1,
    );
    let data = parse_dataset(&text).expect("valid");
    let written = serde_json::to_string(&data).expect("serialisable");
    assert!(written.contains(given), "languages and fields keep the file's order: {written}");
    assert_eq!(parse_dataset(&serde_json::to_string(&data).expect("serialisable")).expect("valid"), data);
}

#[test]
fn the_translated_fixture_validates_and_is_eskilstuna_with_translations() {
    let text = std::fs::read_to_string(root().join("tests/fixtures/translated.json")).expect("the fixture is readable");
    let data = parse_dataset(&text).expect("the translated fixture validates");
    let plain = eskilstuna();
    let period = data.periods.iter().find(|p| p.id == "2019").expect("the 2019 period");
    assert!(period.title_in(english()).translated);
    assert!(period.groups.iter().all(|g| g.heading_in(english()).translated));
    let both = data.promises.iter().filter(|p| p.title_in(english()).translated && p.text_in(english()).translated);
    assert!(both.count() >= 3);
    assert!(data.promises.iter().any(|p| p.title_in(arabic()).translated));
    assert!(data.themes.iter().all(|t| t.name_in(english()).translated));
    assert!(data.districts.iter().all(|d| d.name_in(english()).translated));
    // The Swedish texts are Eskilstuna's, unchanged.
    for (a, b) in data.promises.iter().zip(&plain.promises) {
        assert_eq!((&a.title, &a.text, &a.sub_promises.len()), (&b.title, &b.text, &b.sub_promises.len()));
    }
}
