//! An editor's change of a promise's follow-ups (`dataset::followup_edit::edit_followups`), on the example
//! dataset: one rule a test, each asserting the entries and the Swedish message an editor sees.

use medborgarloften_core::dataset::followup_edit::{
    edit_followups, EntryInput, FollowupEdit, FollowupEditError, FollowupEdited,
};
use medborgarloften_core::dataset::model::Amount;
use medborgarloften_core::dataset::month::ReportDate;
use medborgarloften_core::{parse_dataset, Dataset, Date, Status};

const TRAFFIC: &str = "2026-polisen-trafik";

fn example() -> Dataset {
    parse_dataset(include_str!("../../../public/data/exempelkommun.json")).expect("the example is valid")
}

fn today() -> Date {
    Date::from_ymd(2026, 12, 2).expect("a date")
}

fn input(status: &str, values: &[&str]) -> EntryInput {
    EntryInput {
        status: status.into(),
        values: values.iter().map(|v| v.to_string()).collect(),
        ..EntryInput::default()
    }
}

fn dates(data: &Dataset) -> Vec<String> {
    let promise = data.promises.iter().find(|p| p.id == TRAFFIC).expect("the traffic promise");
    promise.followups.iter().map(|f| f.date.to_string()).collect()
}

fn entry_of(data: &Dataset, date: &str) -> medborgarloften_core::dataset::model::FollowupEntry {
    let promise = data.promises.iter().find(|p| p.id == TRAFFIC).expect("the traffic promise");
    promise.followups.iter().find(|f| f.date.to_string() == date).cloned().expect("the entry")
}

#[test]
fn an_entry_is_added_in_date_order_and_updated_is_today() {
    let mut data = example();
    let before = dates(&data);
    let added = edit_followups(
        &mut data,
        TRAFFIC,
        "2026-06",
        &FollowupEdit::Add(input("pågår", &["kontroller=100 st"])),
        today(),
    );
    assert_eq!(added, Ok(FollowupEdited::Added));
    let after = dates(&data);
    assert_eq!(after.len(), before.len() + 1);
    assert_eq!(after.iter().position(|d| d == "2026-06"), Some(1), "between April and August: {after:?}");
    let entry = entry_of(&data, "2026-06");
    assert_eq!(entry.status, Status::InProgress);
    assert_eq!(entry.achieved.get("kontroller"), Some(&Amount::Number(100)));
    assert_eq!(data.updated, today());
}

#[test]
fn the_same_date_twice_is_refused_and_nothing_changes() {
    let mut data = example();
    let err = edit_followups(&mut data, TRAFFIC, "2026-08-31", &FollowupEdit::Add(input("pagar", &[])), today())
        .expect_err("a second entry of the same date");
    assert_eq!(
        err,
        FollowupEditError::Exists {
            promise: TRAFFIC.into(),
            date: ReportDate::parse("2026-08-31").expect("date"),
            status: Status::InProgress
        }
    );
    assert_eq!(
        err.to_string(),
        "Löftet \"2026-polisen-trafik\" har redan en uppföljning daterad 2026-08-31 (status \"pågår\"); en till med \
         samma datum läggs inte till."
    );
    assert_eq!(data, example(), "nothing changed");
}

#[test]
fn replacing_puts_the_new_entry_in_the_place_of_the_old() {
    let mut data = example();
    let before = dates(&data);
    let mut new = input("försenat", &["kontroller=150"]);
    new.note = Some("Rättad siffra.".into());
    let replaced = edit_followups(&mut data, TRAFFIC, "2026-08-31", &FollowupEdit::Replace(new), today());
    assert_eq!(replaced, Ok(FollowupEdited::Replaced(1)));
    assert_eq!(dates(&data), before, "the same dates in the same order");
    let entry = entry_of(&data, "2026-08-31");
    assert_eq!((entry.status, entry.note.as_deref()), (Status::Delayed, Some("Rättad siffra.")));
    assert_eq!(entry.achieved.get("kontroller"), Some(&Amount::Number(150)));
}

#[test]
fn replacing_mends_a_file_that_has_the_same_date_twice() {
    let mut data = example();
    let promise = data.promises.iter_mut().find(|p| p.id == TRAFFIC).expect("promise");
    let twice = promise.followups[1].clone();
    promise.followups.insert(2, twice);
    let replaced =
        edit_followups(&mut data, TRAFFIC, "2026-08-31", &FollowupEdit::Replace(input("pagar", &[])), today());
    assert_eq!(replaced, Ok(FollowupEdited::Replaced(2)));
    assert_eq!(dates(&data).iter().filter(|d| *d == "2026-08-31").count(), 1);
}

#[test]
fn removing_takes_the_entry_away() {
    let mut data = example();
    let before = dates(&data);
    assert_eq!(
        edit_followups(&mut data, TRAFFIC, "2026-04-30", &FollowupEdit::Remove, today()),
        Ok(FollowupEdited::Removed(1))
    );
    let after = dates(&data);
    assert_eq!(after.len(), before.len() - 1);
    assert!(!after.contains(&"2026-04-30".to_string()));
    assert_eq!(data.updated, today());
}

#[test]
fn replacing_or_removing_a_date_without_an_entry_names_the_dates_there_are() {
    let mut data = example();
    let err = edit_followups(&mut data, TRAFFIC, "2026-05", &FollowupEdit::Remove, today()).expect_err("no such entry");
    let there = dates(&data);
    assert!(matches!(&err, FollowupEditError::Missing { dates, .. } if dates.len() == there.len()), "{err:?}");
    assert_eq!(
        err.to_string(),
        format!(
            "Löftet \"2026-polisen-trafik\" har ingen uppföljning daterad 2026-05; dess uppföljningar är daterade {} \
             och {}.",
            there[..there.len() - 1].join(", "),
            there[there.len() - 1]
        )
    );
    let err = edit_followups(&mut data, TRAFFIC, "2026-05", &FollowupEdit::Replace(input("pagar", &[])), today())
        .expect_err("nothing to replace");
    assert!(matches!(err, FollowupEditError::Missing { .. }), "{err:?}");
    assert_eq!(data, example(), "nothing changed");
}

#[test]
fn every_problem_of_the_input_is_named_with_what_to_write() {
    let mut data = example();
    let err = edit_followups(
        &mut data,
        "finns-inte",
        "maj",
        &FollowupEdit::Add(input("klarish", &["utan-likhetstecken"])),
        today(),
    )
    .expect_err("refused");
    let FollowupEditError::Input(lines) = &err else { panic!("{err:?}") };
    assert_eq!(lines.len(), 4, "{lines:?}");
    assert!(
        lines[0].starts_with("Det finns inget löfte med id \"finns-inte\"; löftenas id står i fältet \"id\""),
        "{}",
        lines[0]
    );
    assert_eq!(lines[1], "Datumet \"maj\" går inte att läsa; skriv 2026-05-14, 2026-05 eller 2026.");
    assert_eq!(
        lines[2],
        "Okänd status \"klarish\"; skriv en av \"rapporterad\", \"pågår\", \"försenat\", \"genomfört\", \"delvis \
         genomfört\" eller \"ej genomfört\" (utan å, ä och ö går också: pagar, delvis-genomfort)."
    );
    assert_eq!(lines[3], "\"utan-likhetstecken\" ska skrivas MÅL=VÄRDE, till exempel kontroller=120.");
    assert_eq!(data, example(), "nothing changed");
}

#[test]
fn a_misspelt_promise_or_target_gets_a_suggestion() {
    let mut data = example();
    let err =
        edit_followups(&mut data, "2026-polisen-trafk", "2026-06", &FollowupEdit::Add(input("pagar", &[])), today())
            .expect_err("a typo");
    assert_eq!(
        err.to_string(),
        "Det finns inget löfte med id \"2026-polisen-trafk\" — menade du \"2026-polisen-trafik\"?"
    );
    let err =
        edit_followups(&mut data, TRAFFIC, "2026-06", &FollowupEdit::Add(input("pagar", &["kontrol=3"])), today())
            .expect_err("a typo");
    assert_eq!(err.to_string(), "Löftet \"2026-polisen-trafik\" har inget mål \"kontrol\" — menade du \"kontroller\"?");
}

#[test]
fn a_value_with_a_unit_is_a_number_and_one_with_other_words_is_refused() {
    let mut data = example();
    let err = edit_followups(
        &mut data,
        TRAFFIC,
        "2026-06",
        &FollowupEdit::Add(input("pagar", &["kontroller=12 per vecka"])),
        today(),
    )
    .expect_err("not a count");
    assert!(
        err.to_string().starts_with(
            "\"kontroller=12 per vecka\": målet \"kontroller\": \"12 per vecka\" går inte att läsa som ett antal"
        ),
        "{err}"
    );
    assert_eq!(data, example(), "nothing stored as text");
    edit_followups(
        &mut data,
        TRAFFIC,
        "2026-06",
        &FollowupEdit::Add(input("pagar", &["kontroller=ett 15-tal"])),
        today(),
    )
    .expect("words are words");
    assert_eq!(entry_of(&data, "2026-06").achieved.get("kontroller"), Some(&Amount::Text("ett 15-tal".into())));
}
