//! Follow-up on the shipped datasets: status and progress derivation, summaries, the year overview and the
//! plan texts, plus the follow-up validation rules.

mod common;

use common::{edited, eskilstuna, root};
use medborgarloften_core::dataset::model::Dataset;
use medborgarloften_core::dataset::schedule::{next_report_text, schedule, ReportState};
use medborgarloften_core::page::card::promise_card;
use medborgarloften_core::page::filter::filter;
use medborgarloften_core::page::query::Query;
use medborgarloften_core::page::summary::{period_summary, status_counts};
use medborgarloften_core::page::view::year_overview;
use medborgarloften_core::{parse_dataset, Date, Status};
use serde_json::json;

fn example() -> Dataset {
    let text = std::fs::read_to_string(root().join("public/data/exempelkommun.json")).expect("example is readable");
    parse_dataset(&text).expect("the example dataset validates")
}

fn day(y: i32, m: u32, d: u32) -> Date {
    Date::from_ymd(y, m, d).expect("valid date")
}

fn period(data: &Dataset, year: u16) -> &medborgarloften_core::dataset::model::Period {
    data.periods.iter().find(|p| p.id == year.to_string()).expect("period exists")
}

#[test]
fn the_example_is_marked_fictional_and_exercises_every_status() {
    let data = example();
    assert!(data.example);
    assert_eq!(data.title, "Exempelkommun – exempeldata");
    assert_eq!(data.municipality.code, "0000");
    assert!(data.geometry.is_none(), "the example has no map geometry");
    let counts = status_counts(&data.promises);
    // The example was written in version 1, which has no report without a verdict; tests/schema2.rs covers
    // `rapporterad`.
    for status in Status::ALL.into_iter().filter(|s| *s != Status::Reported) {
        assert!(counts.get(status) > 0, "no promise with status {status:?}");
    }
    let cards: Vec<_> = data.promises.iter().map(|p| promise_card(&data, p)).collect();
    assert!(cards.iter().flat_map(|c| &c.progress).any(|p| p.bar.is_some_and(|b| b.exceeded)), "a target is exceeded");
    assert!(
        cards
            .iter()
            .flat_map(|c| &c.progress)
            .any(|p| p.bar.is_some_and(|b| !b.reached) && p.as_of.0 < day(2026, 1, 1).0),
        "a target is missed"
    );
    let tertials: std::collections::BTreeSet<u8> =
        cards.iter().flat_map(|c| &c.history).map(|h| h.tertial.expect("exact dates have a tertial").number).collect();
    assert_eq!(tertials.into_iter().collect::<Vec<_>>(), vec![1, 2, 3]);
    assert!(cards.iter().all(|c| c.source_label == "Källa: example.org"));
}

#[test]
fn card_progress_and_latest_follow_up_come_from_the_entries() {
    let data = example();
    let promise = data.promises.iter().find(|p| p.id == "2026-polisen-trafik").expect("promise");
    let card = promise_card(&data, promise);
    assert_eq!(card.status, Status::InProgress);
    // The label names what is counted, so the amount does not repeat the unit.
    assert_eq!(card.progress[0].text, "143 av 200");
    assert_eq!(card.progress[0].bar.map(|b| b.percent), Some(71));
    assert_eq!(card.latest_text.as_deref(), Some("Senast uppföljt 31 augusti 2026 i en delrapport för tertial 2."));
    assert_eq!(card.history.len(), 2);
    let done = data.promises.iter().find(|p| p.id == "2025-polisen-trafik").expect("promise");
    let card = promise_card(&data, done);
    assert_eq!(card.status, Status::Done);
    assert!(card.progress[0].bar.is_some_and(|b| b.exceeded));
    assert_eq!(card.progress[0].text, "212 av 150");
}

#[test]
fn summaries_count_by_status_per_period_and_party() {
    let data = example();
    let s2025 = period_summary(&data, period(&data, 2025));
    assert_eq!((s2025.total, s2025.followed_up, s2025.finals), (4, 4, 4));
    assert_eq!(s2025.by_status.get(Status::Done), 2);
    assert_eq!(s2025.by_status.get(Status::PartlyDone), 1);
    assert_eq!(s2025.by_status.get(Status::NotDone), 1);
    // The joint promise counts for both parties.
    let polisen = &s2025.by_party.iter().find(|(id, _)| id == "polisen").expect("polisen").1;
    assert_eq!(polisen.total(), 3);
    let s2026 = period_summary(&data, period(&data, 2026));
    assert_eq!((s2026.total, s2026.followed_up, s2026.finals), (4, 3, 0));
    assert_eq!(s2026.latest.map(|d| d.last_day()), Some(day(2026, 8, 31)));
}

#[test]
fn the_overview_counts_match_the_filtered_list() {
    let data = example();
    let today = day(2026, 11, 26);
    for query in
        [Query::default(), Query::parse("status=pagar").0, Query::parse("part=kommunen&status=forsenat,pagar").0]
    {
        for p in &data.periods {
            let overview = year_overview(&data, &query, p, today);
            let shown: Vec<_> = filter(&data, &query).into_iter().filter(|x| x.period == p.id).collect();
            for option in overview.statuses.iter().filter(|o| o.selected || query.statuses.is_empty()) {
                let status = Status::from_id(&option.id).expect("status id");
                let cards = shown
                    .iter()
                    .filter(|x| medborgarloften_core::dataset::followup::current_status(x) == status)
                    .count();
                assert_eq!(option.count, cards, "{} in {} under {query:?}", option.id, p.id);
            }
        }
    }
    let overview = year_overview(&data, &Query::parse("status=genomfort").0, period(&data, 2025), today);
    let labels: Vec<(&str, usize, bool)> =
        overview.statuses.iter().map(|o| (o.id.as_str(), o.count, o.selected)).collect();
    assert_eq!(labels, vec![("genomfort", 2, true), ("delvis-genomfort", 1, false), ("ej-genomfort", 1, false)]);
    assert_eq!(overview.headline, "Uppföljning publicerad för 4 av 4 löften, senast 31 december 2025.");
    assert_eq!(overview.details, "Slutligt resultat finns för 4 av 4.");
}

#[test]
fn the_real_data_reads_honestly_without_results() {
    let data = eskilstuna();
    let today = day(2026, 11, 26);
    let o2019 = year_overview(&data, &Query::default(), period(&data, 2019), today);
    assert_eq!(o2019.headline, "Ingen uppföljning publicerad för något av 2019 års 12 löften.");
    assert_eq!(
        o2019.details,
        "Enligt planen skulle löftena redovisas i maj och september 2019 och slutredovisas i januari 2020."
    );
    assert_eq!(o2019.statuses.len(), 1);
    assert_eq!((o2019.statuses[0].id.as_str(), o2019.statuses[0].count), ("ej-uppfoljt", 12));
    assert_eq!(o2019.parties.iter().map(|o| o.count).collect::<Vec<_>>(), vec![4, 8]);
    let o2018 = year_overview(&data, &Query::default(), period(&data, 2018), today);
    assert_eq!(
        o2018.headline,
        "Ingen uppföljning per löfte publicerad för något av 2018 års 3 löften, men en uppföljning av hela perioden \
         finns som dokument."
    );
    assert!(o2018.details.contains("inte inlagda här löfte för löfte"), "{}", o2018.details);

    let plan = schedule(&period(&data, 2019).followup, today);
    assert!(plan.iter().all(|r| r.state == ReportState::Passed));
    assert_eq!(
        plan.iter().map(|r| r.when.as_str()).collect::<Vec<_>>(),
        ["maj 2019", "september 2019", "januari 2020"]
    );
    assert_eq!(next_report_text(&plan).as_deref(), Some("Alla planerade redovisningsdatum har passerat."));
    let in_2019 = schedule(&period(&data, 2019).followup, day(2019, 6, 10));
    assert_eq!(next_report_text(&in_2019).as_deref(), Some("Nästa redovisning: september 2019."));
}

#[test]
fn the_example_plan_counts_days_to_the_final_report() {
    let data = example();
    let plan = schedule(&period(&data, 2026).followup, day(2026, 11, 26));
    assert_eq!(
        plan.iter().map(|r| r.state).collect::<Vec<_>>(),
        vec![ReportState::Passed, ReportState::Passed, ReportState::Next]
    );
    assert_eq!(next_report_text(&plan).as_deref(), Some("Nästa redovisning: senast 31 januari 2027, om 66 dagar."));
}

fn refused(edit: impl FnOnce(&mut serde_json::Value), expected: &[&str]) {
    let text = parse_dataset(&edited(edit)).expect_err("dataset must be refused").to_string();
    for part in expected {
        assert!(text.contains(part), "expected {part:?} in: {text}");
    }
}

/// Index of the promise with two targets (trygghetsvandringar, medborgarforum) in the real dataset.
const WITH_TARGETS: usize = 2;

#[test]
fn follow_up_validation_rules() {
    refused(
        |v| v["promises"][WITH_TARGETS]["followups"] = json!([{ "date": "2018-12-31", "status": "pagar" }]),
        &["followups[0].date", "ligger före löftets period 2019"],
    );
    refused(
        |v| v["promises"][WITH_TARGETS]["followups"] = json!([{ "date": "2022-01-10", "status": "genomfort" }]),
        &["followups[0].date", "mer än 2 år efter löftets period 2019"],
    );
    refused(
        |v| {
            v["promises"][WITH_TARGETS]["followups"] =
                json!([{ "date": "2019-05-01", "status": "pagar", "achieved": { "kontroller": 3 } }])
        },
        &["achieved.kontroller", "inget mål \"kontroller\""],
    );
    refused(
        |v| {
            v["promises"][WITH_TARGETS]["followups"] = json!([
                { "date": "2019-04-30", "status": "pagar", "achieved": { "trygghetsvandringar": 2 } },
                { "date": "2019-08-31", "status": "pagar", "achieved": { "trygghetsvandringar": 1 } }
            ])
        },
        &["followups[1].achieved.trygghetsvandringar", "minskar från 2 till 1"],
    );
    refused(
        |v| {
            v["promises"][WITH_TARGETS]["followups"] = json!([
                { "date": "2019-08-31", "status": "pagar" },
                { "date": "2019-04-30", "status": "pagar" }
            ])
        },
        &["followups[1]", "ordna dem efter datum"],
    );
    refused(
        |v| v["promises"][WITH_TARGETS]["followups"] = json!([{ "date": "2019-05-01", "status": "klart" }]),
        &["okänt värde", "klart"],
    );
    refused(
        |v| v["promises"][WITH_TARGETS]["followups"] = json!([{ "date": "2019-05-01", "status": "pagar", "source": { "title": "x", "url": "javascript:alert(1)" } }]),
        &["followups[0].source.url", "varken http(s) eller relativ"],
    );
    refused(
        |v| v["periods"][0]["followup"]["reports"][0]["date"] = json!("2019-05-15"),
        &["reports[0].date", "månadens sista dag"],
    );
    refused(
        |v| v["periods"][0]["followup"]["reports"][0]["date"] = json!("2018-05-31"),
        &["reports[0].date", "före periodens år 2019"],
    );
}

#[test]
fn a_planned_report_with_published_follow_ups_reads_redovisad() {
    use medborgarloften_core::page::view::{promises_view, Catalog};
    let catalog = Catalog::new(example());
    let today = Date::from_ymd(2027, 6, 1).expect("date");
    let view = promises_view(&catalog, &Query::default(), &[], today);
    for period in &view.periods {
        let texts: Vec<(&str, &str)> = period.plan.iter().map(|r| (r.when.as_str(), r.state_text())).collect();
        let years_entries: Vec<Date> = catalog
            .data()
            .promises
            .iter()
            .filter(|p| p.period == period.period.id)
            .flat_map(|p| p.followups.iter().map(|e| e.date.last_day()))
            .collect();
        for (report, (when, text)) in period.plan.iter().zip(&texts) {
            let has_entry = years_entries.iter().any(|d| *d <= report.date);
            if !has_entry {
                assert_ne!(*text, "redovisad", "{when}: nothing published before it");
            }
        }
        assert!(texts.iter().any(|(_, t)| *t == "redovisad"), "{}: {texts:?}", period.period.id);
    }
    // The real Eskilstuna data has no follow-up per promise: no report reads "redovisad".
    let real = Catalog::new(common::eskilstuna());
    let view = promises_view(&real, &Query::default(), &[], today);
    assert!(view.periods.iter().flat_map(|p| &p.plan).all(|r| r.state_text() == "datum passerat"));
}
