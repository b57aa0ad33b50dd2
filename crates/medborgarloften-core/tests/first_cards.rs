//! `page::view::first_cards`: the page built in steps keeps its cards' order and, with room for every card, is the
//! page.

mod common;

use medborgarloften_core::page::query::Query;
use medborgarloften_core::page::view::{card_count, first_cards, promises_view, Catalog, PeriodView};
use medborgarloften_core::Date;

fn periods(query: &str) -> Vec<PeriodView> {
    let catalog = Catalog::new(common::eskilstuna());
    let (query, ignored) = Query::parse(query);
    promises_view(&catalog, &query, &ignored, Date::from_ymd(2019, 6, 1).expect("date")).periods
}

fn ids(periods: &[PeriodView]) -> Vec<String> {
    periods.iter().flat_map(|p| p.cards.iter().chain(&p.kommun_wide)).map(|c| c.card.id.clone()).collect()
}

#[test]
fn keeps_the_first_cards_in_display_order() {
    let whole = periods("");
    let all = ids(&whole);
    assert!(all.len() > 5);
    for budget in [1, 4, all.len() - 1] {
        let cut = first_cards(&whole, budget);
        assert_eq!(ids(&cut), all[..budget], "budget {budget}");
        assert_eq!(card_count(&cut), budget);
    }
    assert_eq!(first_cards(&whole, 0), Vec::new());
}

#[test]
fn a_budget_as_large_as_the_page_changes_nothing() {
    let whole = periods("");
    assert_eq!(first_cards(&whole, card_count(&whole)), whole);
    assert_eq!(first_cards(&whole, usize::MAX), whole);
}

#[test]
fn kommun_wide_cards_come_after_the_district_cards_of_their_period() {
    let whole = periods("omrade=skiftinge");
    let named = whole.first().map_or(0, |p| p.cards.len());
    assert!(named > 0 && whole.first().is_some_and(|p| !p.kommun_wide.is_empty()));
    let cut = first_cards(&whole, named + 1);
    assert_eq!(cut[0].cards.len(), named);
    assert_eq!(cut[0].kommun_wide.len(), 1);
}

#[test]
fn groups_keep_only_the_cards_kept_and_drop_empty_groups() {
    let text = std::fs::read_to_string(common::root().join("tests/fixtures/schema2/valid/norrhamn.json"))
        .expect("fixture is readable");
    let catalog = Catalog::new(medborgarloften_core::parse_dataset(&text).expect("fixture validates"));
    let (query, ignored) = Query::parse("");
    let whole = promises_view(&catalog, &query, &ignored, Date::from_ymd(2025, 1, 1).expect("date")).periods;
    let grouped = whole.iter().position(|p| p.groups.len() > 1).expect("a period with groups");
    let before: usize = card_count(&whole[..grouped]);
    let first_group = whole[grouped].groups[0].cards.len();
    let cut = first_cards(&whole, before + first_group);
    let period = cut.last().expect("the grouped period is kept");
    assert_eq!(period.groups.len(), 1, "only the group with cards kept");
    let in_groups: Vec<_> = period.groups.iter().flat_map(|g| &g.cards).map(|c| &c.card.id).collect();
    let in_list: Vec<_> = period.cards.iter().map(|c| &c.card.id).collect();
    assert_eq!(in_groups, in_list, "the groups hold exactly the cards kept, in order");
}
