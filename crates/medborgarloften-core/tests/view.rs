//! The page's view model: one call gives counts, chips, periods with cards, and pagination that agree with the
//! one-shot filter functions, on the real dataset and on a large generated one.

mod common;

use common::{eskilstuna, many_promises};
use medborgarloften_core::page::filter::{facets, filter};
use medborgarloften_core::page::query::Facet;
use medborgarloften_core::page::view::{promises_view, Catalog, PromisesView, PAGE_SIZE};
use medborgarloften_core::{Date, Query};

fn today() -> Date {
    Date::from_ymd(2026, 12, 1).expect("valid date")
}

fn view_of(catalog: &Catalog, search: &str) -> PromisesView {
    let (query, ignored) = Query::parse(search);
    promises_view(catalog, &query, &ignored, today())
}

fn card_ids(view: &medborgarloften_core::page::view::PromisesView) -> Vec<String> {
    view.periods.iter().flat_map(|p| p.cards.iter().chain(&p.kommun_wide).map(|c| c.card.id.clone())).collect()
}

#[test]
fn the_whole_dataset_shows_every_card_under_its_period_newest_first() {
    let catalog = Catalog::new(eskilstuna());
    let view = view_of(&catalog, "");
    assert_eq!((view.shown, view.total), (15, 15));
    assert_eq!(view.count_text, "Visar 15 av 15 löften");
    assert_eq!(view.page_title, format!("{} – visar 15 av 15 löften", catalog.data().title));
    assert_eq!(view.periods.iter().map(|p| p.period.year()).collect::<Vec<_>>(), vec![2019, 2018]);
    let expected: Vec<String> = filter(catalog.data(), &Query::default()).iter().map(|p| p.id.clone()).collect();
    assert_eq!(card_ids(&view), expected);
    assert!(view.more.is_none());
    assert!(view.chips.is_empty());
}

#[test]
fn counts_chips_and_cards_agree_with_the_one_shot_functions() {
    let catalog = Catalog::new(eskilstuna());
    for search in ["ar=2019&part=polisen", "tema=krogar&q=knark", "omrade=skiftinge,hela-kommunen", "q=froslunda"] {
        let view = view_of(&catalog, search);
        let query = Query::parse(search).0;
        assert_eq!(view.facets, facets(catalog.data(), &query), "{search}");
        let shown: Vec<String> = filter(catalog.data(), &query).iter().map(|p| p.id.clone()).collect();
        assert_eq!(card_ids(&view), shown, "{search}");
        assert_eq!(view.shown, shown.len());
    }
    let chips = view_of(&catalog, "ar=2019&tema=krogar&q=knark").chips;
    assert_eq!(chips.iter().map(|c| c.label.as_str()).collect::<Vec<_>>(), vec!["2019", "Krogar", "Sök: knark"]);
}

#[test]
fn each_facet_count_is_what_choosing_that_option_alone_would_show() {
    let catalog = Catalog::new(eskilstuna());
    let data = catalog.data();
    for search in ["", "ar=2019", "part=kommunen&tema=narkotika", "q=trygg", "omrade=froslunda&ar=2018"] {
        let query = Query::parse(search).0;
        let view = view_of(&catalog, search);
        let groups = [
            (Facet::Year, &view.facets.years),
            (Facet::Party, &view.facets.parties),
            (Facet::District, &view.facets.districts),
            (Facet::Theme, &view.facets.themes),
            (Facet::Status, &view.facets.statuses),
        ];
        for (facet, options) in groups {
            for option in options {
                // The same query with this facet set to exactly this option.
                let mut only = query.clone();
                for other in options.iter().filter(|o| o.selected) {
                    only = only.toggled(facet, &other.id);
                }
                only = only.toggled(facet, &option.id);
                // A named district counts the promises that name it; the kommun-wide ones are "Hela kommunen"'s.
                let names = |p: &&medborgarloften_core::dataset::model::Promise| {
                    facet != Facet::District || option.id == "hela-kommunen" || p.districts.contains(&option.id)
                };
                let shown = filter(data, &only).into_iter().filter(names).count();
                assert_eq!(option.count, shown, "{search}: {facet:?}={}", option.id);
            }
        }
    }
}

#[test]
fn unknown_ids_are_dropped_and_reported_with_what_the_parser_ignored() {
    let catalog = Catalog::new(eskilstuna());
    let view = view_of(&catalog, "tema=finns-inte&okand=1&ar=2019");
    assert_eq!(view.query.themes.len(), 0);
    let ignored: Vec<(&str, &str)> = view.ignored.iter().map(|i| (i.param.as_str(), i.value.as_str())).collect();
    assert!(ignored.contains(&("tema", "finns-inte")), "{ignored:?}");
    assert!(ignored.contains(&("okand", "1")), "{ignored:?}");
    assert_eq!(view.shown, 12);
}

#[test]
fn overview_counts_follow_the_other_filters() {
    let catalog = Catalog::new(eskilstuna());
    let view = view_of(&catalog, "part=polisen");
    let p2019 = view.periods.iter().find(|p| p.period.year() == 2019).expect("2019 is shown");
    let party = |id: &str| p2019.overview.parties.iter().find(|o| o.id == id).map(|o| (o.count, o.selected));
    // The party counts ignore the party filter; the status counts apply it.
    assert_eq!(party("polisen"), Some((4, true)));
    assert_eq!(party("kommunen"), Some((8, false)));
    assert_eq!(p2019.overview.statuses.iter().map(|o| o.count).sum::<usize>(), 4);
}

#[test]
fn a_large_dataset_puts_one_page_on_screen_and_offers_the_rest() {
    let catalog = Catalog::new(many_promises(120));
    let view = view_of(&catalog, "");
    assert_eq!(view.shown, 120);
    assert_eq!(card_ids(&view).len(), PAGE_SIZE);
    let more = view.more.clone().expect("more cards to show");
    assert_eq!(more.remaining, 70);
    assert_eq!(more.label, "Visa fler (70 kvar)");
    let all: Vec<String> = filter(catalog.data(), &Query::default()).iter().map(|p| p.id.clone()).collect();
    assert_eq!(more.first_new, all[PAGE_SIZE]);

    let second = promises_view(&catalog, &more.next, &[], today());
    assert_eq!(card_ids(&second).len(), 2 * PAGE_SIZE);
    assert_eq!(card_ids(&second)[..PAGE_SIZE], card_ids(&view)[..], "the first page stays as it was");
    assert_eq!(second.more.as_ref().map(|m| m.remaining), Some(20));
    let third = promises_view(&catalog, &second.more.expect("a third page").next, &[], today());
    assert_eq!(card_ids(&third), all);
    assert!(third.more.is_none());
}

#[test]
fn a_link_to_a_promise_far_down_the_list_puts_it_on_screen() {
    let catalog = Catalog::new(many_promises(120));
    let all: Vec<String> = filter(catalog.data(), &Query::default()).iter().map(|p| p.id.clone()).collect();
    let view = view_of(&catalog, &format!("lofte={}", all[110]));
    assert!(card_ids(&view).contains(&all[110]));
    assert_eq!(card_ids(&view).len(), 120);
}

#[test]
fn a_new_filter_starts_again_from_the_first_page() {
    let query = Query::parse("visa=150&ar=2019").0;
    assert_eq!(query.limit, Some(150));
    assert_eq!(query.to_query_string(), "ar=2019&visa=150");
    assert_eq!(query.toggled(Facet::Year, "2018").limit, None);
    assert_eq!(query.cleared().limit, None);
    let (bad, ignored) = Query::parse("visa=0&visa=x");
    assert_eq!(bad.limit, None);
    assert_eq!(ignored.len(), 2);
}

#[test]
fn card_links_name_the_promise_and_keep_another_dataset() {
    let catalog = Catalog::new(eskilstuna());
    let view = view_of(&catalog, "data=data/annan.json&ar=2019");
    let card = &view.periods[0].cards[0];
    assert_eq!(card.link_query, format!("lofte={}&data=data/annan.json", card.card.id));
}

#[test]
fn a_district_lists_kommun_wide_promises_apart_and_says_how_many_of_each() {
    let catalog = Catalog::new(eskilstuna());
    let view = view_of(&catalog, "omrade=skiftinge&tema=narkotika");
    assert!(view.shown > 0, "kommun-wide drug promises apply in Skiftinge");
    let named: usize = view.periods.iter().map(|p| p.cards.len()).sum();
    let wide: usize = view.periods.iter().map(|p| p.kommun_wide.len()).sum();
    assert_eq!(named + wide, view.shown);
    assert!(wide > 0);
    assert!(view.periods.iter().flat_map(|p| &p.kommun_wide).all(|c| c.card.kommun_wide));
    assert!(view.periods.iter().flat_map(|p| &p.cards).all(|c| !c.card.kommun_wide));
    assert_eq!(
        view.count_text,
        format!("Visar {named} löften som nämner Skiftinge + {wide} för hela kommunen (av 15)")
    );
    let all = view_of(&catalog, "omrade=skiftinge");
    assert_eq!(all.count_text, "Visar 5 löften som nämner Skiftinge + 10 för hela kommunen (av 15)");
    // Without a district, nothing is set apart.
    assert!(view_of(&catalog, "").periods.iter().all(|p| p.kommun_wide.is_empty()));
    assert_eq!(view_of(&catalog, "omrade=hela-kommunen").count_text, "Visar 10 av 15 löften");
}

#[test]
fn a_district_has_one_count_in_the_filter_on_the_map_in_the_result_line_and_in_a_search_for_its_name() {
    use medborgarloften_core::page::map_shades::district_shades;
    let catalog = Catalog::new(eskilstuna());
    let before = view_of(&catalog, "");
    let option = |view: &PromisesView, id: &str| {
        view.facets.districts.iter().find(|o| o.id == id).map(|o| o.count).expect("the district is a choice")
    };
    let counts: Vec<(&str, usize)> = before.facets.districts.iter().map(|o| (o.id.as_str(), o.count)).collect();
    assert_eq!(counts, [("centrum", 1), ("skiftinge", 5), ("lagersberg", 5), ("froslunda", 5), ("hela-kommunen", 10)]);
    let map = district_shades(catalog.data(), &before.facets.districts);
    assert!(map.iter().all(|s| s.count == option(&before, &s.id)), "the map shades by the filter's counts");
    let chosen = view_of(&catalog, "omrade=skiftinge");
    assert_eq!(option(&chosen, "skiftinge"), 5);
    assert!(chosen.count_text.starts_with("Visar 5 löften som nämner Skiftinge"), "{}", chosen.count_text);
    assert_eq!(view_of(&catalog, "q=skiftinge").shown, 5);
    // Under another filter the three still agree.
    let drugs = view_of(&catalog, "tema=trafik");
    let with = view_of(&catalog, "tema=trafik&omrade=skiftinge");
    let named: usize = with.periods.iter().map(|p| p.cards.len()).sum();
    assert_eq!(option(&drugs, "skiftinge"), named);
    assert_eq!(option(&with, "skiftinge"), named);
}

#[test]
fn ticking_a_district_changes_the_sheet_button() {
    let catalog = Catalog::new(eskilstuna());
    assert_eq!(view_of(&catalog, "").show_text, "Visa 15 löften");
    assert_eq!(view_of(&catalog, "omrade=skiftinge").show_text, "Visa 5 löften + 10 för hela kommunen");
    assert_eq!(view_of(&catalog, "omrade=hela-kommunen").show_text, "Visa 10 löften");
}

#[test]
fn the_page_title_keeps_a_districts_name_as_written() {
    let catalog = Catalog::new(eskilstuna());
    assert_eq!(
        view_of(&catalog, "omrade=skiftinge").page_title,
        "Medborgarlöften i Eskilstuna – visar 5 löften som nämner Skiftinge + 10 för hela kommunen (av 15)"
    );
}

#[test]
fn a_district_no_promise_names_is_a_dead_end_even_with_kommun_wide_promises() {
    let catalog = Catalog::new(eskilstuna());
    let view = view_of(&catalog, "ar=2018");
    let centrum = view.facets.districts.iter().find(|o| o.id == "centrum").expect("centrum");
    assert_eq!((centrum.count, centrum.dead_end()), (0, true));
    let whole = view.facets.districts.iter().find(|o| o.id == "hela-kommunen").expect("the whole kommun");
    assert_eq!(whole.count, 2);
}
