//! Schema version 2: the fictional Norrhamn fixture (groups, third-party promisers, a 2024–2027 period, dates
//! known to the month or year, reports without a verdict, text results) parses and reads right in the view model;
//! version 1 keeps loading and upgrades without loss; every invalid fixture is refused with its message.

mod common;

use medborgarloften_core::dataset::model::Dataset;
use medborgarloften_core::dataset::parse::read_version_1;
use medborgarloften_core::dataset::v1;
use medborgarloften_core::dataset::v1::Status1;
use medborgarloften_core::dataset::warnings::warnings;
use medborgarloften_core::page::card::promise_card;
use medborgarloften_core::page::view::{promises_view, Catalog};
use medborgarloften_core::{parse_dataset, DataError, Date, Query};
use serde_json::{json, Value};

fn fixture_path(name: &str) -> std::path::PathBuf {
    common::root().join("tests/fixtures/schema2").join(name)
}

fn norrhamn_text() -> String {
    std::fs::read_to_string(fixture_path("valid/norrhamn.json")).expect("fixture is readable")
}

fn norrhamn() -> Dataset {
    parse_dataset(&norrhamn_text()).expect("the v2 fixture validates")
}

fn card(data: &Dataset, id: &str) -> medborgarloften_core::page::card::PromiseCard {
    promise_card(data, data.promises.iter().find(|p| p.id == id).expect("promise exists"))
}

fn today() -> Date {
    Date::from_ymd(2026, 11, 26).expect("date")
}

#[test]
fn promisers_read_with_their_own_names() {
    let data = norrhamn();
    assert_eq!(card(&data, "hallplatser").party_label, "Polisen, kommunen och Norrtrafik");
    // In the dataset's party order, as the filters list them.
    assert_eq!(card(&data, "brandsakerhet").party_label, "Kommunen och räddningstjänsten");
    let trapphus = card(&data, "trapphus");
    assert_eq!(trapphus.party_label, "Hamnbostäder");
}

#[test]
fn imprecise_dates_reports_without_verdict_and_text_results_read_as_published() {
    let data = norrhamn();
    let hallplatser = card(&data, "hallplatser");
    assert_eq!(hallplatser.status.label(), "Rapporterat utan bedömning");
    assert_eq!(hallplatser.targets, vec!["minst 1 gemensam kontroll vid hållplatserna per vecka".to_string()]);
    let entry = &hallplatser.history[0];
    assert_eq!(entry.when, "september 2024 · avser tertial 2 (maj–augusti)", "the September report is on May–August");
    assert_eq!((entry.kind_text, entry.achieved_label), ("Rapport", "Rapporterat"));
    assert_eq!(entry.achieved, vec!["ett 15-tal kontroller".to_string()]);
    assert!(hallplatser.progress.is_empty(), "words are not a bar");
    let walks = card(&data, "trygghetsvandringar");
    assert_eq!(walks.history[0].when, "2025");
    assert_eq!(walks.history[0].achieved, vec!["37 trygghetsvandringar".to_string()]);
    assert_eq!(walks.latest_text.as_deref(), Some("Senast uppföljt 2025 i en rapport."));
    assert_eq!(walks.targets, vec!["räknas utan mål: genomförda trygghetsvandringar".to_string()]);
    assert_eq!(walks.sub_promises[0].lead, "Kommunen stödjer polisens löfte genom:");
    assert_eq!(walks.sub_promises[0].items.len(), 2);
    let fire = card(&data, "brandsakerhet");
    assert_eq!(fire.targets, vec!["4 informationsträffar om brandsäkerhet".to_string()]);
    assert_eq!(fire.progress[0].text, "4 av 4");
}

#[test]
fn sources_fall_back_from_promise_to_group_to_period() {
    let data = norrhamn();
    assert_eq!(
        card(&data, "brandsakerhet").source_url,
        "https://example.org/norrhamn/raddningstjansten/medborgarlofte"
    );
    assert_eq!(card(&data, "hallplatser").source_url, "https://example.org/norrhamn/medborgarloften/centrum");
    assert_eq!(card(&data, "trapphus").source_url, "https://example.org/norrhamn/medborgarloften/2024-2027");
}

#[test]
fn multi_year_periods_show_their_years_and_groups() {
    let catalog = Catalog::new(norrhamn());
    let view = promises_view(&catalog, &Query::default(), &[], today());
    let labels: Vec<&str> = view.facets.years.iter().map(|o| o.label.as_str()).collect();
    assert_eq!(labels, vec!["2024–2027", "2022–2023"]);
    let first = &view.periods[0];
    assert_eq!(first.period.years_label(), "2024–2027");
    assert_eq!(first.overview.label, "2024–2027");
    assert_eq!(first.period.lead_text().as_deref(), Some("Polisen, kommunen och parterna lovar att:"));
    assert_eq!(view.periods[1].period.lead_text().as_deref(), Some("Polisen och kommunen lovar att:"));
    let headings: Vec<Option<&str>> = first.groups.iter().map(|g| g.heading.as_deref()).collect();
    assert_eq!(headings, vec![Some("Norrhamns centrum"), Some("Hamnen")]);
    assert_eq!(first.groups[0].cards.len(), 2);
    assert_eq!(first.groups[0].source_label.as_deref(), Some("Källa: example.org"));
    assert!(view.periods[1].groups.is_empty(), "a period without groups is one list");
    assert_eq!(view.periods[0].cards[0].card.period, "2024–2027");
}

#[test]
fn the_year_filter_matches_every_year_a_period_spans() {
    let catalog = Catalog::new(norrhamn());
    for (query, expected) in [("ar=2025", 4), ("ar=2027", 4), ("ar=2024", 4), ("ar=2022", 1), ("ar=2023", 1)] {
        let (query, ignored) = Query::parse(query);
        let view = promises_view(&catalog, &query, &ignored, today());
        assert_eq!(view.shown, expected, "{query:?}");
        assert!(view.ignored.is_empty(), "{:?}", view.ignored);
    }
    let (query, ignored) = Query::parse("ar=2028");
    let view = promises_view(&catalog, &query, &ignored, today());
    assert_eq!(view.ignored.len(), 1, "no period spans 2028");
    let (query, _) = Query::parse("ar=2026");
    let view = promises_view(&catalog, &query, &[], today());
    let option = &view.facets.years[0];
    assert!(option.selected, "2026 lies within 2024–2027");
    assert_eq!((option.id.as_str(), view.chips[0].label.as_str()), ("2024-2027", "2024–2027"));
    let cleared = medborgarloften_core::page::active::without(&view.query, &view.chips[0]);
    assert!(cleared.years.is_empty(), "removing the chip clears 2026: {:?}", cleared.years);
    let chosen = view.query.cleared().toggled(medborgarloften_core::page::query::Facet::Year, "2024-2027");
    assert_eq!(chosen.to_query_string(), "ar=2024", "choosing the period selects its first year");
}

const V1_TEXT: &str = r#"{
  "schema_version": 1,
  "id": "liten",
  "title": "Medborgarlöften i Lillby",
  "updated": "2020-02-01",
  "municipality": { "name": "Lillby kommun", "code": "0000" },
  "source": { "title": "Lillby", "url": "https://example.org/lillby" },
  "parties": [
    { "id": "polisen", "name": "Polismyndigheten", "short": "Polisen" },
    { "id": "kommunen", "name": "Lillby kommun", "short": "Kommunen" }
  ],
  "themes": [{ "id": "trafik", "name": "Trafik" }],
  "districts": [],
  "periods": [{
    "year": 2019, "title": "Medborgarlöfte 2019", "intro": "Vi lovar.", "lead": "Vi lovar att",
    "followup": { "heading": "Uppföljning", "reports": [{ "date": "2019-05-31", "precision": "month", "kind": "intern", "title": "T1" }] },
    "source_url": "https://example.org/lillby/2019"
  }],
  "promises": [{
    "id": "kontroller", "year": 2019, "parties": ["polisen", "kommunen"], "title": "Kontroller", "text": "Att göra 200 kontroller.",
    "themes": ["trafik"],
    "targets": [{ "id": "k", "value": 200, "unit": "kontroller", "label": "trafikkontroller" }],
    "followups": [{ "date": "2019-08-31", "status": "pagar", "achieved": { "k": 143 }, "note": "Halvvägs." }]
  }]
}"#;

#[test]
fn a_version_1_file_loads_and_reads_as_before() {
    let data = parse_dataset(V1_TEXT).expect("v1 still loads");
    assert_eq!(data.schema_version, 2, "upgraded in memory");
    let card = card(&data, "kontroller");
    assert_eq!(card.party_label, "Polisen och kommunen");
    assert_eq!(card.period, "2019");
    assert_eq!(card.targets, vec!["200 trafikkontroller".to_string()]);
    assert_eq!(card.history[0].achieved, vec!["143 av 200 kontroller".to_string()]);
    assert_eq!(card.history[0].when, "31 augusti 2019 · avser tertial 2 (maj–augusti)");
}

/// Version 1 rebuilt from the upgraded data: equal to the original when nothing was lost.
fn downgrade(data: &Dataset) -> v1::Dataset {
    v1::Dataset {
        schema: data.schema.clone(),
        schema_version: 1,
        id: data.id.clone(),
        title: data.title.clone(),
        example: data.example,
        updated: data.updated,
        municipality: data.municipality.clone(),
        source: data.source.clone(),
        geometry: data.geometry.clone(),
        look: data.look.clone(),
        parties: data
            .parties
            .iter()
            .map(|p| v1::Party { id: p.id.clone(), name: p.name.clone(), short: p.short.clone() })
            .collect(),
        themes: data.themes.clone(),
        districts: data.districts.clone(),
        periods: data
            .periods
            .iter()
            .map(|p| v1::Period {
                year: p.id.parse().expect("a v1 period id is its year"),
                title: p.title.clone(),
                intro: p.intro.clone(),
                lead: p.lead.clone(),
                goal: p.goal.clone(),
                followup: p.followup.clone(),
                documents: p.documents.clone(),
                source_url: p.source_url.clone(),
            })
            .collect(),
        promises: data
            .promises
            .iter()
            .map(|p| v1::Promise {
                id: p.id.clone(),
                year: p.period.parse().expect("year"),
                parties: p.parties.clone(),
                title: p.title.clone(),
                text: p.text.clone(),
                themes: p.themes.clone(),
                districts: p.districts.clone(),
                targets: p
                    .targets
                    .iter()
                    .map(|t| v1::Target {
                        id: t.id.clone(),
                        value: t.value.expect("v1 targets have values"),
                        unit: t.unit.clone(),
                        label: t.label.clone(),
                    })
                    .collect(),
                followups: p
                    .followups
                    .iter()
                    .map(|e| v1::FollowupEntry {
                        date: e.date.last_day(),
                        status: Status1::ALL_V1
                            .into_iter()
                            .find(|s| medborgarloften_core::Status::from(*s) == e.status)
                            .expect("a v1 status"),
                        achieved: e.achieved.iter().map(|(k, v)| (k.clone(), v.number().expect("number"))).collect(),
                        note: e.note.clone(),
                        source: e.source.clone(),
                    })
                    .collect(),
            })
            .collect(),
    }
}

#[test]
fn upgrading_version_1_loses_nothing_and_round_trips() {
    for text in [V1_TEXT.to_string(), common::eskilstuna_v1_text()] {
        let original = read_version_1(&text).expect("v1 shape");
        let upgraded = v1::upgrade(original.clone());
        assert_eq!(downgrade(&upgraded), original, "every v1 value is in the v2 data");
        let written = serde_json::to_string_pretty(&upgraded).expect("serialises");
        let reread = parse_dataset(&written).expect("the upgrade validates as v2");
        assert_eq!(reread, upgraded, "v2 text reads back to the same data");
        assert_eq!(parse_dataset(&text).expect("v1 loads"), upgraded, "loading v1 is the same upgrade");
        let cards_v1: Vec<_> = upgraded.promises.iter().map(|p| promise_card(&upgraded, p)).collect();
        let cards_v2: Vec<_> = reread.promises.iter().map(|p| promise_card(&reread, p)).collect();
        assert_eq!(cards_v1, cards_v2, "the app shows the same cards");
    }
}

#[test]
fn the_shipped_dataset_is_the_upgrade_of_its_version_1_file() {
    let v1_text = common::eskilstuna_v1_text();
    assert_eq!(serde_json::from_str::<Value>(&v1_text).expect("JSON")["schema_version"], 1);
    let shipped_text = common::eskilstuna_text();
    assert_eq!(serde_json::from_str::<Value>(&shipped_text).expect("JSON")["schema_version"], 2);
    let mut upgraded = v1::upgrade(read_version_1(&v1_text).expect("v1 shape"));
    let shipped = parse_dataset(&shipped_text).expect("the shipped v2 dataset validates");
    upgraded.schema = shipped.schema.clone();
    assert_eq!(shipped, upgraded, "the shipped file holds exactly what the version 1 file held");
}

/// Applies a fixture's patch (JSON Pointer paths; `add`, `replace`, `remove`) to its base.
fn patched(fixture: &Value) -> String {
    let base = fixture["base"].as_str().expect("base");
    let text = std::fs::read_to_string(fixture_path("invalid").join(base)).expect("base is readable");
    let mut value: Value = serde_json::from_str(&text).expect("base is JSON");
    for op in fixture["patch"].as_array().expect("patch list") {
        let path = op["path"].as_str().expect("path");
        let (parent, key) = path.rsplit_once('/').expect("pointer");
        let target = value.pointer_mut(parent).expect("parent exists");
        match (op["op"].as_str(), target) {
            (Some("remove"), Value::Object(map)) => {
                map.remove(key);
            }
            (Some("add" | "replace"), Value::Object(map)) => {
                map.insert(key.to_string(), op["value"].clone());
            }
            (Some("replace"), Value::Array(list)) => list[key.parse::<usize>().expect("index")] = op["value"].clone(),
            other => panic!("unsupported patch {other:?}"),
        }
    }
    serde_json::to_string_pretty(&value).expect("serialises")
}

#[test]
fn every_invalid_fixture_is_refused_with_its_message() {
    let mut seen = 0;
    for entry in std::fs::read_dir(fixture_path("invalid")).expect("invalid fixtures") {
        let path = entry.expect("entry").path();
        let fixture: Value = serde_json::from_str(&std::fs::read_to_string(&path).expect("read")).expect("JSON");
        let expected = fixture["message"].as_str().expect("message");
        let message = parse_dataset(&patched(&fixture)).expect_err("must be refused").to_string();
        assert!(message.contains(expected), "{}: expected {expected:?} in: {message}", path.display());
        seen += 1;
    }
    assert!(seen >= 10, "{seen} fixtures");
}

fn edited(edit: impl FnOnce(&mut Value)) -> String {
    let mut value: Value = serde_json::from_str(&norrhamn_text()).expect("JSON");
    edit(&mut value);
    serde_json::to_string_pretty(&value).expect("serialises")
}

#[test]
fn every_broken_promise_is_named_by_its_id_at_once() {
    let text = edited(|v| {
        v["promises"][0]["uppfoljning"] = json!([]);
        v["promises"][2]["followups"][0]["status"] = json!("klart");
    });
    match parse_dataset(&text) {
        Err(DataError::Invalid(problems)) => {
            assert_eq!(problems.len(), 2, "{problems:?}");
            assert_eq!(problems[0].path, "promises[0] (hallplatser)");
            assert!(problems[0].message.contains("menade du \"followups\""), "{}", problems[0].message);
            assert_eq!(problems[1].path, "promises[2] (brandsakerhet)");
            assert!(problems[1].message.contains("okänt värde \"klart\""), "{}", problems[1].message);
        }
        other => panic!("expected both problems, got {other:?}"),
    }
    // A single shape error keeps its line and column, and names the promise.
    let one = edited(|v| v["promises"][3]["uppfoljning"] = json!([]));
    match parse_dataset(&one) {
        Err(DataError::Shape { line, message, .. }) => {
            assert!(line > 1);
            assert!(message.starts_with("promises[3] (trapphus): okänt fält \"uppfoljning\""), "{message}");
        }
        other => panic!("expected a shape error, got {other:?}"),
    }
}

#[test]
fn content_rules_of_version_2() {
    let refused = |edit: fn(&mut Value), part: &str| {
        let message = parse_dataset(&edited(edit)).expect_err("refused").to_string();
        assert!(message.contains(part), "expected {part:?} in: {message}");
    };
    refused(|v| v["promises"][0]["group"] = json!("torget"), "perioden \"2024-2027\" har ingen grupp \"torget\"");
    refused(|v| v["promises"][0]["period"] = json!("2030-2033"), "det finns ingen period \"2030-2033\"");
    refused(|v| v["periods"][1]["end"] = json!("2021-12"), "perioden slutar (2021-12) före sin start (2022-06)");
    refused(|v| v["periods"][1]["id"] = json!("2024-2027"), "perioden \"2024-2027\" finns redan");
    refused(|v| v["promises"][1]["sub_promises"][0]["parties"] = json!(["staden"]), "okänd part \"staden\"");
    refused(|v| v["promises"][1]["sub_promises"][0]["items"] = json!([]), "listan har inga punkter");
    refused(|v| v["promises"][4]["followups"][0]["date"] = json!("2022-05"), "ligger före löftets period 2022–2023");
    refused(|v| v["promises"][0]["followups"][0]["achieved"]["kontroller"] = json!(" "), "texten är tom");
    refused(|v| v["source"]["url"] = json!("www.example.org/norrhamn"), "skriv \"https://www.example.org/norrhamn\"");
}

#[test]
fn a_status_that_the_numbers_contradict_is_a_warning_not_an_error() {
    let text = edited(|v| {
        v["promises"][2]["followups"][0]["achieved"]["traffar"] = json!(1);
        v["promises"][2]["followups"][1]["achieved"]["traffar"] = json!(1);
    });
    let data = parse_dataset(&text).expect("still valid");
    let found = warnings(&data);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].path, "promises[2] (brandsakerhet).followups[1]");
    assert!(found[0].message.contains("status \"genomfort\" men 1 av 4 träffar"), "{}", found[0].message);
    // A rate's total so far is no share of the rate: "ej-genomfort" beside 12 controls is no contradiction.
    let rate = edited(|v| {
        v["promises"][0]["followups"] =
            json!([{ "date": "2024-05", "status": "ej-genomfort", "achieved": { "kontroller": 12 } }]);
    });
    assert!(warnings(&parse_dataset(&rate).expect("still valid")).is_empty());
    assert!(warnings(&norrhamn()).is_empty());
    assert!(warnings(&common::eskilstuna()).is_empty(), "{:?}", warnings(&common::eskilstuna()));
}
