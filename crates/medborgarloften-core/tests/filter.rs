//! Filtering, facets, stable order and text search on the real dataset.

mod common;

use common::eskilstuna;
use medborgarloften_core::page::active::{active_filters, without};
use medborgarloften_core::page::filter::{facets, filter, group_by_period};
use medborgarloften_core::page::query::Facet;
use medborgarloften_core::{Query, Status};

fn ids(query: &str) -> Vec<String> {
    let data = eskilstuna();
    filter(&data, &Query::parse(query).0).into_iter().map(|p| p.id.clone()).collect()
}

#[test]
fn no_filter_shows_everything_newest_period_first_in_publication_order() {
    let data = eskilstuna();
    let shown = ids("");
    assert_eq!(shown.len(), 15);
    let mut expected: Vec<String> = data.promises.iter().filter(|p| p.period == "2019").map(|p| p.id.clone()).collect();
    expected.extend(data.promises.iter().filter(|p| p.period == "2018").map(|p| p.id.clone()));
    assert_eq!(shown, expected);
}

#[test]
fn polisen_2019_gives_four() {
    assert_eq!(ids("ar=2019&part=polisen").len(), 4);
}

#[test]
fn a_joint_promise_matches_either_party() {
    assert!(ids("part=kommunen").contains(&"2018-gemensamt-unga".to_string()));
    assert!(ids("part=polisen").contains(&"2018-gemensamt-unga".to_string()));
    assert_eq!(ids("part=kommunen").len(), 9);
    assert_eq!(ids("part=polisen").len(), 7);
}

#[test]
fn values_of_one_parameter_are_alternatives_and_parameters_combine() {
    assert_eq!(ids("ar=2018,2019").len(), 15);
    assert_eq!(ids("ar=2018&ar=2019").len(), 15);
    assert_eq!(ids("ar=2018&part=kommunen"), vec!["2018-gemensamt-unga"]);
}

#[test]
fn text_search_ignores_case_and_diacritics() {
    assert_eq!(ids("q=krogar"), vec!["2019-kommunen-krogar-mot-knark"]);
    assert_eq!(ids("q=KROGAR"), vec!["2019-kommunen-krogar-mot-knark"]);
    let froslunda = ids("q=froslunda");
    assert_eq!(froslunda, ids("q=Fr%C3%B6slunda"));
    assert!(froslunda.contains(&"2019-polisen-trygghetsvandringar".to_string()));
    assert_eq!(ids("q=krogar+mot+knark"), vec!["2019-kommunen-krogar-mot-knark"]);
    assert!(ids("q=zzzzzz").is_empty());
}

#[test]
fn a_district_shows_its_own_promises_then_the_kommun_wide_ones() {
    let data = eskilstuna();
    let skiftinge = ids("omrade=skiftinge");
    // 5 name Skiftinge; the 10 for the whole kommun apply there too.
    assert_eq!(skiftinge.len(), 15, "{skiftinge:?}");
    let named = |id: &String| data.promises.iter().any(|p| &p.id == id && !p.districts.is_empty());
    for year in [2019, 2018] {
        let of_year: Vec<&String> = skiftinge
            .iter()
            .filter(|id| data.promises.iter().any(|p| &p.id == *id && p.period == year.to_string()))
            .collect();
        let first_wide = of_year.iter().position(|id| !named(id)).unwrap_or(of_year.len());
        assert!(of_year[first_wide..].iter().all(|id| !named(id)), "{year}: named ones come first: {of_year:?}");
    }
    let whole = ids("omrade=hela-kommunen");
    assert_eq!(whole.len(), 10, "{whole:?}");
    assert!(whole.iter().all(|id| !named(id)));
    assert_eq!(ids("omrade=skiftinge,hela-kommunen").len(), 15);
    // Drug dealing: both parties promised it for the whole kommun, so Skiftinge + Narkotika is not empty.
    let drugs = ids("omrade=skiftinge&tema=narkotika");
    assert!(drugs.len() >= 2, "{drugs:?}");
}

#[test]
fn status_filter_uses_the_derived_status() {
    assert_eq!(ids("status=ej-uppfoljt").len(), 15);
    assert!(ids("status=genomfort").is_empty());
}

#[test]
fn facet_counts_apply_every_other_filter() {
    let data = eskilstuna();
    let f = facets(&data, &Query::parse("ar=2019&part=polisen").0);
    let count = |options: &[medborgarloften_core::FacetOption], id: &str| {
        options.iter().find(|o| o.id == id).map(|o| (o.count, o.selected)).expect("option exists")
    };
    // Years count with the party filter only; parties with the year filter only.
    assert_eq!(count(&f.years, "2019"), (4, true));
    assert_eq!(count(&f.years, "2018"), (3, false));
    assert_eq!(count(&f.parties, "polisen"), (4, true));
    assert_eq!(count(&f.parties, "kommunen"), (8, false));
    assert_eq!(count(&f.statuses, Status::NotFollowedUp.id()), (4, false));
    assert_eq!(f.districts.last().map(|o| o.id.as_str()), Some("hela-kommunen"));
}

#[test]
fn a_filter_never_adds_promises() {
    let data = eskilstuna();
    let choices: Vec<(Facet, String)> = {
        let f = facets(&data, &Query::default());
        let tag = |facet: Facet, opts: &[medborgarloften_core::FacetOption]| {
            opts.iter().map(move |o| (facet, o.id.clone())).collect::<Vec<_>>()
        };
        [
            tag(Facet::Year, &f.years),
            tag(Facet::Party, &f.parties),
            tag(Facet::District, &f.districts),
            tag(Facet::Theme, &f.themes),
            tag(Facet::Status, &f.statuses),
        ]
        .concat()
    };
    // Every pair of choices: adding the second never shows a promise the first alone hid... unless same facet (OR).
    for (fa, a) in &choices {
        let base = Query::default().toggled(*fa, a);
        let base_ids: Vec<_> = filter(&data, &base).into_iter().map(|p| p.id.clone()).collect();
        for (fb, b) in &choices {
            if fa == fb {
                continue;
            }
            let narrowed = base.toggled(*fb, b);
            for p in filter(&data, &narrowed) {
                assert!(base_ids.contains(&p.id), "{fa:?}={a} + {fb:?}={b} added {}", p.id);
            }
        }
    }
}

#[test]
fn groups_follow_period_order_and_skip_empty_periods() {
    let data = eskilstuna();
    let shown = filter(&data, &Query::parse("ar=2018").0);
    let groups = group_by_period(&data, &shown);
    assert_eq!(groups.len(), 1);
    assert_eq!(groups[0].0.year(), 2018);
    let all = filter(&data, &Query::default());
    let years: Vec<u16> = group_by_period(&data, &all).iter().map(|(p, _)| p.year()).collect();
    assert_eq!(years, vec![2019, 2018]);
}

#[test]
fn chips_list_active_filters_and_remove_one_at_a_time() {
    let data = eskilstuna();
    let query = Query::parse("ar=2019&tema=krogar&q=knark").0;
    let chips = active_filters(&data, &query);
    let labels: Vec<&str> = chips.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(labels, vec!["2019", "Krogar", "Sök: knark"]);
    let fewer = without(&query, &chips[1]);
    assert_eq!(fewer.to_query_string(), "ar=2019&q=knark");
    assert_eq!(without(&fewer, &active_filters(&data, &fewer)[1]).to_query_string(), "ar=2019");
}

#[test]
fn every_chip_covers_each_choice_and_the_search_and_names_the_active_ones() {
    use medborgarloften_core::page::active::every_chip;
    let data = eskilstuna();
    let all = facets(&data, &Query::default());
    let every = every_chip(&all);
    let choices: usize = Facet::ALL.into_iter().map(|f| all.of(f).len()).sum();
    assert_eq!(every.len(), choices + 1, "a chip per choice, and the search text's");
    let keys: Vec<String> = every.iter().map(|c| c.key()).collect();
    assert!(keys.contains(&"ar:2019".to_string()) && keys.contains(&"part:polisen".to_string()), "{keys:?}");
    assert_eq!(keys.last().map(String::as_str), Some("q"));
    // The chips a query shows are among them, by key, whatever their labels.
    let query = Query::parse("ar=2019&omrade=froslunda&q=krog").0;
    for chip in active_filters(&data, &query) {
        assert!(keys.contains(&chip.key()), "{} has a place on the page", chip.key());
    }
    assert_eq!(
        active_filters(&data, &query).last().map(|c| c.remove_label()),
        Some("Ta bort filter: Sök: krog".into())
    );
}

#[test]
fn facet_params_round_trip_and_dead_ends_say_why() {
    use medborgarloften_core::page::filter::{FacetOption, DEAD_END_NOTE};
    for facet in Facet::ALL {
        assert_eq!(Facet::from_param(facet.param()), Some(facet));
    }
    assert_eq!(Facet::from_param("okänd"), None);
    let dead = FacetOption { count: 0, selected: false, ..FacetOption::default() };
    let chosen = FacetOption { count: 0, selected: true, ..FacetOption::default() };
    assert!(dead.dead_end() && !chosen.dead_end());
    assert_eq!((dead.note(), chosen.note()), (DEAD_END_NOTE, ""));
}
