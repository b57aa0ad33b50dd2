//! "Nytt sedan ditt senaste besök": which promises are new given what was seen at the last visit, the
//! "Visa bara nya" filter in the view model, and the `nytt` parameter.

mod common;

use common::root;
use medborgarloften_core::page::view::{promises_view, promises_view_with_news, Catalog, PromisesView};
use medborgarloften_core::page::visit::{News, Novelty, Seen};
use medborgarloften_core::{parse_dataset, Dataset, Date, Query};

fn date(text: &str) -> Date {
    Date::parse(text).expect("a date")
}

fn example_value() -> serde_json::Value {
    let text = std::fs::read_to_string(root().join("public/data/exempelkommun.json")).expect("readable");
    serde_json::from_str(&text).expect("JSON")
}

fn parsed(value: &serde_json::Value) -> Dataset {
    parse_dataset(&value.to_string()).expect("the edited example validates")
}

fn promise_mut<'a>(value: &'a mut serde_json::Value, id: &str) -> &'a mut serde_json::Value {
    let promises = value["promises"].as_array_mut().expect("promises");
    promises.iter_mut().find(|p| p["id"] == id).expect("the promise")
}

/// The example dataset after publication of a report dated `report_date` for the promise that had none, and of
/// one more promise.
fn published(report_date: &str, add_promise: bool) -> Dataset {
    let mut value = example_value();
    let entry = serde_json::json!({ "date": report_date, "status": "pagar", "note": "Första dialogen är hållen." });
    promise_mut(&mut value, "2026-gemensamt-medborgardialog")["followups"] = serde_json::json!([entry]);
    if add_promise {
        let mut extra = promise_mut(&mut value, "2026-kommunen-fritid").clone();
        extra["id"] = "2026-kommunen-fritid-helger".into();
        value["promises"].as_array_mut().expect("promises").push(extra);
    }
    parsed(&value)
}

fn ids(view: &PromisesView) -> Vec<String> {
    view.periods.iter().flat_map(|p| p.cards.iter().chain(&p.kommun_wide).map(|c| c.card.id.clone())).collect()
}

fn marked(view: &PromisesView) -> Vec<(String, Novelty)> {
    view.periods
        .iter()
        .flat_map(|p| p.cards.iter().chain(&p.kommun_wide))
        .filter_map(|c| c.novelty.map(|n| (c.card.id.clone(), n)))
        .collect()
}

#[test]
fn nothing_is_new_when_nothing_changed() {
    let data = parsed(&example_value());
    let seen = Seen::of(&data, date("2026-11-12"));
    let news = News::since(&seen, &data);
    assert!(news.promises.is_empty());
    assert_eq!(news.text(), "Inget nytt sedan ditt senaste besök (12 november 2026).");
}

#[test]
fn a_new_follow_up_is_new_even_when_dated_before_the_last_visit() {
    let before = parsed(&example_value());
    let seen = Seen::of(&before, date("2026-11-12"));
    // The report is dated May but was published after the November visit: dates alone would miss it.
    let after = published("2026-05-20", false);
    let news = News::since(&seen, &after);
    assert_eq!(news.promises.len(), 1);
    assert_eq!(news.of("2026-gemensamt-medborgardialog"), Some(Novelty::Followup));
    assert_eq!(news.of("2026-polisen-trafik"), None);
    assert_eq!(news.text(), "1 löfte har ny uppföljning sedan ditt senaste besök (12 november 2026).");
}

#[test]
fn a_promise_added_since_the_last_visit_is_new_too() {
    let seen = Seen::of(&parsed(&example_value()), date("2026-11-12"));
    let news = News::since(&seen, &published("2026-11-30", true));
    assert_eq!(news.of("2026-kommunen-fritid-helger"), Some(Novelty::Promise));
    assert_eq!(news.of("2026-gemensamt-medborgardialog"), Some(Novelty::Followup));
    assert_eq!(
        news.text(),
        "1 löfte har ny uppföljning och 1 löfte är nytt sedan ditt senaste besök (12 november 2026)."
    );
}

#[test]
fn a_removed_entry_is_not_news_and_the_next_visit_sees_nothing_new() {
    let mut value = example_value();
    let seen = Seen::of(&parsed(&value), date("2026-11-12"));
    let followups = promise_mut(&mut value, "2025-polisen-trafik")["followups"].as_array_mut().expect("entries");
    followups.remove(0);
    let corrected = parsed(&value);
    assert!(News::since(&seen, &corrected).promises.is_empty());
    // What this visit stores is the next visit's baseline.
    let after = published("2026-11-30", true);
    let stored = Seen::of(&after, date("2026-12-02")).to_json();
    let next = Seen::from_json(&stored).expect("reads back");
    assert!(News::since(&next, &after).promises.is_empty());
    assert_eq!(next.visited, date("2026-12-02"));
}

#[test]
fn the_view_marks_new_cards_and_visa_bara_nya_shows_only_them() {
    let seen = Seen::of(&parsed(&example_value()), date("2026-11-12"));
    let catalog = Catalog::new(published("2026-05-20", false));
    let news = News::since(&seen, catalog.data());
    let today = date("2026-12-02");

    let all = promises_view_with_news(&catalog, &Query::default(), &[], today, Some(&news));
    assert_eq!(all.shown, 8);
    assert_eq!(marked(&all), vec![("2026-gemensamt-medborgardialog".to_string(), Novelty::Followup)]);
    let summary = all.news.clone().expect("the news line");
    assert_eq!(summary.count, 1);
    assert!(!summary.only_new);
    assert!(summary.toggle.new_only);

    let (query, ignored) = Query::parse("nytt=1");
    assert!(ignored.is_empty());
    let only = promises_view_with_news(&catalog, &query, &ignored, today, Some(&news));
    assert_eq!(ids(&only), vec!["2026-gemensamt-medborgardialog"]);
    assert_eq!(only.count_text, "Visar 1 av 8 löften");
    assert!(only.ignored.is_empty());
    let summary = only.news.expect("the news line");
    assert!(summary.only_new);
    assert!(!summary.toggle.new_only, "the same control turns it off");
    // Facet counts agree with what is shown: every count is of new promises only.
    assert_eq!(only.facets.years.iter().map(|o| o.count).sum::<usize>(), 1);

    // Filters combine with it: nothing new among the 2025 promises.
    let (query, _) = Query::parse("nytt=1&ar=2025");
    assert_eq!(promises_view_with_news(&catalog, &query, &[], today, Some(&news)).shown, 0);
}

#[test]
fn nytt_without_anything_new_is_set_aside_like_an_unknown_id() {
    let data = parsed(&example_value());
    let seen = Seen::of(&data, date("2026-11-12"));
    let catalog = Catalog::new(data);
    let nothing = News::since(&seen, catalog.data());
    let (query, ignored) = Query::parse("nytt=1");
    for news in [None, Some(&nothing)] {
        let view = promises_view_with_news(&catalog, &query, &ignored, date("2026-12-02"), news);
        assert_eq!(view.shown, 8, "every promise is shown");
        assert!(!view.query.new_only);
        assert_eq!(view.ignored.len(), 1);
        assert_eq!((view.ignored[0].param.as_str(), view.ignored[0].value.as_str()), ("nytt", "1"));
    }
    // The plain view (the build's page, a first visit) marks nothing and has no news line.
    let plain = promises_view(&catalog, &Query::default(), &[], date("2026-12-02"));
    assert!(plain.news.is_none());
    assert!(marked(&plain).is_empty());
}

#[test]
fn the_nytt_parameter_round_trips_and_odd_values_are_ignored() {
    let (query, ignored) = Query::parse("ar=2026&nytt=1");
    assert!(ignored.is_empty());
    assert!(query.new_only);
    assert_eq!(query.to_query_string(), "ar=2026&nytt=1");
    assert_eq!(Query::parse(&query.to_query_string()).0, query);
    assert!(query.has_filters());
    assert!(!query.cleared().has_filters(), "Rensa filter turns it off");
    for off in ["nytt=0", "nytt=nej", ""] {
        let (query, ignored) = Query::parse(off);
        assert!(!query.new_only && ignored.is_empty(), "{off}");
        assert_eq!(query.to_query_string(), "");
    }
    let (query, ignored) = Query::parse("nytt=kanske");
    assert!(!query.new_only);
    assert_eq!((ignored[0].param.as_str(), ignored[0].value.as_str()), ("nytt", "kanske"));
    // An embed snippet never carries it: the frame's readers have their own visits.
    let snippet =
        medborgarloften_core::page::embed::iframe_snippet("https://x.se/", &Query::parse("nytt=1").0, "Löften");
    assert!(!snippet.contains("nytt"), "{snippet}");
}
