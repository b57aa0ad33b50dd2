//! The shipped Eskilstuna dataset: it validates and holds exactly the promises of the polisen.se page, verbatim.

mod common;

use common::{eskilstuna, seed};
use medborgarloften_core::dataset::followup::current_status;
use medborgarloften_core::Status;

#[test]
fn holds_exactly_fifteen_promises() {
    assert_eq!(eskilstuna().promises.len(), 15);
}

#[test]
fn counts_per_party_and_year_match_the_page() {
    let data = eskilstuna();
    let count = |year: u16, parties: &[&str]| {
        data.promises
            .iter()
            .filter(|p| {
                p.period == year.to_string() && p.parties.iter().map(String::as_str).eq(parties.iter().copied())
            })
            .count()
    };
    assert_eq!(count(2019, &["polisen"]), 4);
    assert_eq!(count(2019, &["kommunen"]), 8);
    assert_eq!(count(2018, &["polisen"]), 2);
    assert_eq!(count(2018, &["kommunen", "polisen"]), 1);
}

#[test]
fn every_bullet_of_the_page_is_a_promise_verbatim_and_nothing_else() {
    let data = eskilstuna();
    let bullets: Vec<String> = seed().lines().filter_map(|l| l.strip_prefix(" • ")).map(str::to_string).collect();
    assert_eq!(bullets.len(), 15);
    let texts: Vec<&str> = data.promises.iter().map(|p| p.text.as_str()).collect();
    for bullet in &bullets {
        assert!(texts.contains(&bullet.as_str()), "missing verbatim promise: {bullet}");
    }
    for text in texts {
        assert!(bullets.iter().any(|b| b == text), "promise not on the page: {text}");
    }
}

#[test]
fn keeps_known_sentences_verbatim() {
    let data = eskilstuna();
    let all: String = data.promises.iter().map(|p| p.text.clone()).collect::<Vec<_>>().join("\n");
    assert!(all.contains("Att få med krogarna i nätverket \"krogar mot knark\""));
    assert!(all.contains("genom 200 trafik- och trafikrelaterade kontroller"));
    assert!(all.contains("Eskilstunamodellen SSPF och Social insatsgrupp"));
    let p2019 = data.periods.iter().find(|p| p.id == "2019").expect("2019 period");
    assert_eq!(
        p2019.intro,
        "Polismyndigheten och Eskilstuna kommun lovar att de prioriterade områdena ska bli tryggare stadsdelar att bo och leva i."
    );
    assert_eq!(p2019.goal.as_ref().map(|g| g.heading.as_str()), Some("Det här ska vi åstadkomma tillsammans"));
    assert!(p2019
        .followup
        .text
        .as_deref()
        .unwrap_or("")
        .contains("intern redovisning i maj och september 2019 samt slutredovisas i januari 2020"));
}

#[test]
fn follow_up_plan_and_documents_are_as_published() {
    let data = eskilstuna();
    let p2019 = data.periods.iter().find(|p| p.id == "2019").expect("2019 period");
    let months: Vec<String> = p2019.followup.reports.iter().map(|r| r.date.month_sv()).collect();
    assert_eq!(months, vec!["maj 2019", "september 2019", "januari 2020"]);
    let p2018 = data.periods.iter().find(|p| p.id == "2018").expect("2018 period");
    assert_eq!(p2018.documents[0].title, "Uppföljning Eskilstuna kommun tertial 1-3 2018.pdf");
    assert_eq!(data.source.url, "https://polisen.se/om-polisen/medborgarloften/eskilstuna/");
    assert_eq!(data.municipality.code, "0484");
}

#[test]
fn no_result_is_invented() {
    for promise in eskilstuna().promises {
        assert!(promise.followups.is_empty(), "{} has follow-up entries", promise.id);
        assert_eq!(current_status(&promise), Status::NotFollowedUp);
    }
}

#[test]
fn targets_are_those_the_text_names() {
    let data = eskilstuna();
    let target = |id: &str| {
        let p = data.promises.iter().find(|p| p.id == id).expect("promise exists");
        p.targets.iter().map(|t| (t.id.clone(), t.value.unwrap_or(0))).collect::<Vec<_>>()
    };
    assert_eq!(target("2019-polisen-trafikkontroller"), vec![("kontroller".to_string(), 200)]);
    let walks = vec![("trygghetsvandringar".to_string(), 2), ("medborgarforum".to_string(), 1)];
    assert_eq!(target("2019-polisen-trygghetsvandringar"), walks);
    assert_eq!(target("2019-kommunen-trygghetsvandringar"), walks);
    let with_targets = data.promises.iter().filter(|p| !p.targets.is_empty()).count();
    assert_eq!(with_targets, 3);
}

#[test]
fn districts_map_onto_the_regso_codes_of_the_geo_readme() {
    let data = eskilstuna();
    let codes = |id: &str| data.districts.iter().find(|d| d.id == id).map(|d| d.regso.clone()).expect("district");
    assert_eq!(codes("skiftinge"), vec!["0484R017", "0484R018"]);
    assert_eq!(codes("lagersberg"), vec!["0484R011"]);
    assert_eq!(codes("froslunda"), vec!["0484R005"]);
    assert_eq!(codes("centrum"), vec!["0484R002"]);
}

#[test]
fn the_json_schemas_name_their_versions_and_statuses() {
    let read = |name: &str| -> serde_json::Value {
        let text = std::fs::read_to_string(common::root().join("public/data").join(name)).expect("schema is readable");
        serde_json::from_str(&text).expect("schema is JSON")
    };
    let statuses = |schema: &serde_json::Value| -> Vec<String> {
        schema["properties"]["promises"]["items"]["properties"]["followups"]["items"]["properties"]["status"]["enum"]
            .as_array()
            .expect("status enum")
            .iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect()
    };
    let v2 = read("schema.json");
    assert_eq!(v2["properties"]["schema_version"]["const"], medborgarloften_core::dataset::model::SCHEMA_VERSION);
    let ours: Vec<String> = medborgarloften_core::Status::ALL.iter().map(|s| s.id().to_string()).collect();
    assert_eq!(statuses(&v2), ours);
    let v1 = read("schema-v1.json");
    assert_eq!(v1["properties"]["schema_version"]["const"], medborgarloften_core::dataset::v1::SCHEMA_VERSION);
    let without_reported: Vec<String> = ours.into_iter().filter(|s| s != "rapporterad").collect();
    assert_eq!(statuses(&v1), without_reported);
    // The shipped dataset is version 2 and the version 1 fixture version 1: each has every field its schema requires.
    for (schema, text) in [(&v2, common::eskilstuna_text()), (&v1, common::eskilstuna_v1_text())] {
        let data: serde_json::Value = serde_json::from_str(&text).expect("dataset is JSON");
        assert_eq!(data["schema_version"], schema["properties"]["schema_version"]["const"]);
        for field in schema["required"].as_array().expect("required list") {
            let field = field.as_str().expect("field name");
            assert!(data.get(field).is_some(), "dataset lacks required field {field}");
        }
    }
}
