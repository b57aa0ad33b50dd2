//! Property tests (proptest) for rules that hold for every input, not just the examples in the other test files:
//! the URL codec round-trips, and a filter never adds promises — on the shipped Eskilstuna dataset and on a
//! generated one with many promises.

mod common;
#[path = "../examples/support/generated.rs"]
mod generated;

use std::collections::BTreeSet;
use std::sync::OnceLock;

use medborgarloften_core::dataset::district::WHOLE_MUNICIPALITY;
use medborgarloften_core::dataset::followup::current_status;
use medborgarloften_core::page::filter::applies_in;
use medborgarloften_core::page::query::{MAX_LIMIT, MAX_TEXT_CHARS};
use medborgarloften_core::text::fold::{fold, search_terms};
use medborgarloften_core::{facets, filter, Dataset, FacetOption, Query, Status};
use proptest::prelude::*;
use proptest::sample::{select, subsequence};

// ---------------------------------------------------------------------------------------------------------------
// The URL codec

/// An id as the codec accepts it: lower-case letters and digits in words joined by single hyphens.
fn slug() -> impl Strategy<Value = String> {
    "[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}"
}

/// A same-origin dataset path ending in `.json`, with or without a leading `/` and sub-folders.
fn data_path() -> impl Strategy<Value = String> {
    "/?([a-z0-9_-]{1,10}/){0,2}[a-z0-9_.-]{1,12}\\.json"
}

/// Any query the codec can express: every field set or not, free text with any characters (commas, `&`, `=`,
/// `%`, `+`, spaces, Swedish letters, emoji) up to the length the codec keeps.
fn any_query() -> impl Strategy<Value = Query> {
    (
        prop::collection::btree_set(1900u16..=2999, 0..4),
        prop::collection::btree_set(slug(), 0..3),
        prop::collection::btree_set(slug(), 0..4),
        prop::collection::btree_set(slug(), 0..4),
        subsequence(Status::ALL.to_vec(), 0..=Status::ALL.len()),
        prop::string::string_regex(&format!(".{{0,{MAX_TEXT_CHARS}}}")).expect("valid regex"),
        prop::option::of(slug()),
        prop::option::of(data_path()),
        (any::<bool>(), prop::option::of(1usize..=MAX_LIMIT), any::<bool>()),
    )
        .prop_map(
            |(years, parties, districts, themes, statuses, text, promise, data, (embed, limit, new_only))| Query {
                years,
                parties,
                districts,
                themes,
                statuses: statuses.into_iter().collect(),
                text,
                promise,
                data,
                embed,
                limit,
                new_only,
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Writing a query and reading it back gives the same query, with nothing ignored.
    #[test]
    fn a_written_query_reads_back_unchanged(query in any_query()) {
        let written = query.to_query_string();
        let (read, ignored) = Query::parse(&written);
        prop_assert!(ignored.is_empty(), "{written} -> ignored {ignored:?}");
        prop_assert_eq!(&read, &query, "{}", written);
        prop_assert_eq!(read.to_query_string(), written);
    }

    /// Whatever a link says, what the app makes of it is written canonically and reads back the same: parsing
    /// never fails and the canonical string is a fixed point.
    #[test]
    fn any_link_reads_to_a_canonical_query(search in "[?]?([a-z%0-9A-F+,=&.~_-]|å|ö|%C3%A5){0,80}") {
        let (query, _) = Query::parse(&search);
        let written = query.to_query_string();
        let (again, ignored) = Query::parse(&written);
        prop_assert!(ignored.is_empty(), "{search} -> {written} -> ignored {ignored:?}");
        prop_assert_eq!(again, query);
    }
}

// ---------------------------------------------------------------------------------------------------------------
// A filter never adds promises

/// The generated dataset the filter properties also run on: 400 promises over eight years.
fn generated() -> &'static Dataset {
    static DATA: OnceLock<Dataset> = OnceLock::new();
    DATA.get_or_init(|| generated::generated_dataset(400, 7))
}

/// The shipped dataset.
fn eskilstuna() -> &'static Dataset {
    static DATA: OnceLock<Dataset> = OnceLock::new();
    DATA.get_or_init(common::eskilstuna)
}

/// Queries over the dataset's own vocabulary plus an unknown id per facet, and search words taken from the
/// promises' text (so searches match something) mixed with made-up ones.
fn query_over(data: &'static Dataset) -> impl Strategy<Value = Query> {
    let with_unknown = |mut ids: Vec<String>| {
        ids.push("finns-inte".to_string());
        ids
    };
    let years: Vec<u16> = data.periods.iter().map(|p| p.year()).chain([1999]).collect();
    let parties = with_unknown(data.parties.iter().map(|p| p.id.clone()).collect());
    let mut districts = with_unknown(data.districts.iter().map(|d| d.id.clone()).collect());
    districts.push(WHOLE_MUNICIPALITY.to_string());
    let themes = with_unknown(data.themes.iter().map(|t| t.id.clone()).collect());
    let words: Vec<String> = data
        .promises
        .iter()
        .flat_map(|p| p.text.split_whitespace().chain(p.title.split_whitespace()))
        .map(str::to_string)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let word = prop_oneof![4 => select(words), 1 => "[a-zåäö]{1,6}"];
    (
        subsequence(years.clone(), 0..=2.min(years.len())),
        subsequence(parties.clone(), 0..=parties.len()),
        subsequence(districts.clone(), 0..=3.min(districts.len())),
        subsequence(themes.clone(), 0..=3.min(themes.len())),
        subsequence(Status::ALL.to_vec(), 0..=2),
        prop::collection::vec(word, 0..3),
    )
        .prop_map(|(years, parties, districts, themes, statuses, words)| Query {
            years: years.into_iter().collect(),
            parties: parties.into_iter().collect(),
            districts: districts.into_iter().collect(),
            themes: themes.into_iter().collect(),
            statuses: statuses.into_iter().collect(),
            text: words.join(" "),
            ..Query::default()
        })
}

/// The ids of the promises a query shows.
fn shown(data: &Dataset, query: &Query) -> Vec<String> {
    filter(data, query).into_iter().map(|p| p.id.clone()).collect()
}

/// The checks every query must pass on `data`.
fn check_filter_never_adds(data: &Dataset, query: &Query) -> Result<(), TestCaseError> {
    let result = shown(data, query);
    let all: BTreeSet<&str> = data.promises.iter().map(|p| p.id.as_str()).collect();
    let unique: BTreeSet<&str> = result.iter().map(String::as_str).collect();
    prop_assert_eq!(unique.len(), result.len(), "a promise is shown twice");
    prop_assert!(unique.is_subset(&all), "a promise that is not in the dataset is shown");

    // Clearing any one filter can only bring promises back, never hide one that was shown.
    let without: [(&str, Query); 6] = [
        ("ar", Query { years: BTreeSet::new(), ..query.clone() }),
        ("part", Query { parties: BTreeSet::new(), ..query.clone() }),
        ("omrade", Query { districts: BTreeSet::new(), ..query.clone() }),
        ("tema", Query { themes: BTreeSet::new(), ..query.clone() }),
        ("status", Query { statuses: BTreeSet::new(), ..query.clone() }),
        ("q", Query { text: String::new(), ..query.clone() }),
    ];
    for (name, wider) in &without {
        let wider: BTreeSet<String> = shown(data, wider).into_iter().collect();
        prop_assert!(
            result.iter().all(|id| wider.contains(id)),
            "clearing {} hid promises that {} showed",
            name,
            query.to_query_string()
        );
    }

    // Another search word narrows the result.
    let narrower = Query { text: format!("{} trygg", query.text), ..query.clone() };
    prop_assert!(shown(data, &narrower).iter().all(|id| unique.contains(id.as_str())));

    // Every shown promise matches every filter that is set.
    let terms = search_terms(&query.text);
    for promise in filter(data, query) {
        let period = data.periods.iter().find(|p| p.id == promise.period).expect("validated");
        prop_assert!(query.years.is_empty() || query.years.iter().any(|&y| period.spans(y)));
        prop_assert!(query.parties.is_empty() || promise.parties.iter().any(|p| query.parties.contains(p)));
        prop_assert!(query.districts.is_empty() || query.districts.iter().any(|d| applies_in(promise, d)));
        prop_assert!(query.themes.is_empty() || promise.themes.iter().any(|t| query.themes.contains(t)));
        prop_assert!(query.statuses.is_empty() || query.statuses.contains(&current_status(promise)));
        if !terms.is_empty() {
            let own_text = fold(&format!("{}\n{}", promise.title, promise.text));
            // Words may also match theme, district or party names, so only check the words found nowhere.
            let names: String = data
                .themes
                .iter()
                .map(|t| t.name.as_str())
                .chain(data.districts.iter().map(|d| d.name.as_str()))
                .chain(data.parties.iter().flat_map(|p| [p.name.as_str(), p.short.as_str()]))
                .map(fold)
                .collect::<Vec<_>>()
                .join("\n");
            for term in &terms {
                prop_assert!(own_text.contains(term.as_str()) || names.contains(term.as_str()), "{}", term);
            }
        }
    }
    Ok(())
}

/// Picks one id-valued filter of a query.
type IdField = fn(&mut Query) -> &mut BTreeSet<String>;

/// Each facet count is the number of promises shown when that one choice replaces the facet's selection.
fn check_facet_counts(data: &Dataset, query: &Query) -> Result<(), TestCaseError> {
    let f = facets(data, query);
    let total = data.promises.len();
    for option in &f.years {
        let year = option.id.parse().expect("years are numbers");
        let only = Query { years: [year].into(), ..query.clone() };
        prop_assert_eq!(option.count, filter(data, &only).len(), "ar={}", option.id);
    }
    let sets: [(&str, &Vec<FacetOption>, IdField); 3] = [
        ("part", &f.parties, |q| &mut q.parties),
        ("omrade", &f.districts, |q| &mut q.districts),
        ("tema", &f.themes, |q| &mut q.themes),
    ];
    for (name, options, field) in sets {
        for option in options {
            let mut only = query.clone();
            *field(&mut only) = [option.id.clone()].into();
            // A named district counts the promises that name it; the kommun-wide ones it lists too are counted
            // under "Hela kommunen".
            let named = |p: &&medborgarloften_core::dataset::model::Promise| {
                name != "omrade" || option.id == WHOLE_MUNICIPALITY || p.districts.contains(&option.id)
            };
            let shown = filter(data, &only).into_iter().filter(named).count();
            prop_assert_eq!(option.count, shown, "{}={}", name, option.id);
            prop_assert!(option.count <= total);
        }
    }
    for option in &f.statuses {
        let status = Status::from_id(&option.id).expect("status ids come from the vocabulary");
        let only = Query { statuses: [status].into(), ..query.clone() };
        prop_assert_eq!(option.count, filter(data, &only).len(), "status={}", option.id);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// On the shipped dataset, no filter adds a promise.
    #[test]
    fn a_filter_never_adds_promises_eskilstuna(query in query_over(eskilstuna())) {
        check_filter_never_adds(eskilstuna(), &query)?;
    }

    /// On a generated dataset of 400 promises, no filter adds a promise.
    #[test]
    fn a_filter_never_adds_promises_generated(query in query_over(generated())) {
        check_filter_never_adds(generated(), &query)?;
    }

    /// Facet counts say what ticking that choice alone would show, a district by the promises that name it (shipped
    /// dataset).
    #[test]
    fn facet_counts_match_the_filter_eskilstuna(query in query_over(eskilstuna())) {
        check_facet_counts(eskilstuna(), &query)?;
    }

    /// Facet counts say what ticking that choice alone would show, a district by the promises that name it
    /// (generated dataset).
    #[test]
    fn facet_counts_match_the_filter_generated(query in query_over(generated())) {
        check_facet_counts(generated(), &query)?;
    }
}

/// The generated dataset is valid: it passes the app's own parser after a round trip through JSON.
#[test]
fn the_generated_dataset_is_valid() {
    let data = generated::generated_dataset(400, 7);
    let text = serde_json::to_string(&data).expect("serialises");
    let parsed = medborgarloften_core::parse_dataset(&text).expect("the generated dataset validates");
    assert_eq!(parsed, data);
    assert_eq!(generated::generated_dataset(400, 7), data, "the same seed gives the same dataset");
}
