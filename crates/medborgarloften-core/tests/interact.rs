//! The page's interactions, one test per rule: what each action leads to (query, history, focus, the page's own
//! state, effects, and whether the build's page can do it in place), on the shipped dataset.

mod common;

use common::eskilstuna;
use medborgarloften_core::page::interact::{update, Action, BuiltPage, Effect, Focus, Navigation, Outcome, Target, Ui};
use medborgarloften_core::page::query::Facet;
use medborgarloften_core::page::view::{promises_view, Catalog, PromisesView};
use medborgarloften_core::page::visit::{News, Seen};
use medborgarloften_core::{Date, Query};

fn today() -> Date {
    Date::from_ymd(2026, 12, 1).expect("valid date")
}

fn view(search: &str) -> PromisesView {
    let catalog = Catalog::new(eskilstuna());
    let (query, ignored) = Query::parse(search);
    promises_view(&catalog, &query, &ignored, today())
}

fn act(search: &str, action: Action) -> Outcome {
    update(&view(search), &Ui::default(), action)
}

/// The address the outcome writes, as a query string.
fn address(outcome: &Outcome) -> Option<String> {
    outcome.query.as_ref().map(Query::to_query_string)
}

#[test]
fn a_toggled_choice_is_a_new_history_entry_and_focus_stays_on_the_control() {
    let on = act("", Action::Toggle { facet: Facet::Year, id: "2019".into() });
    assert_eq!(address(&on).as_deref(), Some("ar=2019"));
    assert_eq!(on.navigation, Some(Navigation::Push));
    assert_eq!(on.focus, Focus::Stay);
    let off = act("ar=2019", Action::Toggle { facet: Facet::Year, id: "2019".into() });
    assert_eq!(address(&off).as_deref(), Some(""));
}

#[test]
fn a_district_on_the_map_toggles_like_its_checkbox() {
    let tapped = act("tema=narkotika", Action::Toggle { facet: Facet::District, id: "skiftinge".into() });
    assert_eq!(address(&tapped).as_deref(), Some("omrade=skiftinge&tema=narkotika"));
}

#[test]
fn inside_an_embed_frame_every_change_replaces_the_history_entry() {
    let tick = act("inbaddad=1", Action::Toggle { facet: Facet::Year, id: "2019".into() });
    assert_eq!(tick.navigation, Some(Navigation::Replace));
    assert_eq!(address(&tick).as_deref(), Some("ar=2019&inbaddad=1"));
}

#[test]
fn removing_a_chip_drops_its_filter_and_rescues_focus_to_the_chip_in_its_place_then_the_count() {
    let shown = view("ar=2019&part=polisen");
    let key = shown.chips[0].key();
    let out = update(&shown, &Ui::default(), Action::RemoveChip { key, at: 0 });
    assert_eq!(address(&out).as_deref(), Some("part=polisen"));
    assert_eq!(out.navigation, Some(Navigation::Push));
    assert_eq!(out.focus, Focus::Rescue(vec![Target::ChipAt(0), Target::Count]));
}

#[test]
fn the_search_chip_clears_only_the_text() {
    let shown = view("ar=2019&q=krogar");
    let chip = shown.chips.iter().find(|c| c.facet.is_none()).expect("a search chip");
    let out = update(&shown, &Ui::default(), Action::RemoveChip { key: chip.key(), at: 1 });
    assert_eq!(address(&out).as_deref(), Some("ar=2019"));
}

#[test]
fn a_chip_that_is_no_longer_on_screen_does_nothing() {
    let out = act("ar=2019", Action::RemoveChip { key: "tema:trafik".into(), at: 0 });
    assert_eq!(out, Outcome::default());
}

#[test]
fn clearing_keeps_the_dataset_and_layout_and_rescues_focus_to_the_count() {
    let out = act("ar=2019&q=knark&inbaddad=1&data=data/x.json", Action::Clear);
    let next = out.query.as_ref().expect("a query");
    assert_eq!(next.to_query_string(), Query::parse("inbaddad=1&data=data/x.json").0.to_query_string());
    assert_eq!(out.focus, Focus::Rescue(vec![Target::Count]));
}

#[test]
fn typing_replaces_the_entry_and_starts_again_from_the_first_page() {
    let out = act("visa=100", Action::Search("trafik".into()));
    assert_eq!(address(&out).as_deref(), Some("q=trafik"));
    assert_eq!(out.navigation, Some(Navigation::Replace));
    assert_eq!(act("q=trafik", Action::Search("trafik".into())).query, None, "the same text changes nothing");
}

#[test]
fn only_new_follows_the_news_and_does_nothing_without_any() {
    assert_eq!(act("", Action::OnlyNew).query, None, "a first visit has no news");
    let data = eskilstuna();
    let mut seen = Seen::of(&data, today());
    seen.promises.retain(|id, _| id != &data.promises[0].id);
    let news = News::since(&seen, &data);
    let catalog = Catalog::new(data);
    let shown = medborgarloften_core::page::view::promises_view_with_news(
        &catalog,
        &Query::default(),
        &[],
        today(),
        Some(&news),
    );
    let out = update(&shown, &Ui::default(), Action::OnlyNew);
    assert_eq!(address(&out).as_deref(), Some("nytt=1"));
    assert_eq!(out.navigation, Some(Navigation::Push));
}

#[test]
fn forgetting_visits_drops_only_new_from_the_address_and_rescues_focus() {
    let out = act("ar=2019", Action::ForgetVisits);
    assert_eq!(out.effect, Some(Effect::ForgetVisits));
    assert_eq!(address(&out).as_deref(), Some("ar=2019"));
    assert_eq!(out.navigation, Some(Navigation::Replace));
    assert_eq!(out.focus, Focus::Rescue(vec![Target::Count]));
}

#[test]
fn the_sheet_opens_onto_its_heading_and_closes_onto_the_count() {
    let open = act("", Action::ToggleSheet);
    assert!(open.ui.sheet_open);
    assert_eq!(open.focus, Focus::Move(Target::SheetHeading));
    assert_eq!(open.query, None);
    let closed = update(&view(""), &open.ui, Action::CloseSheet);
    assert!(!closed.ui.sheet_open);
    assert_eq!(closed.focus, Focus::Move(Target::Count));
    assert_eq!(act("", Action::CloseSheet).focus, Focus::Stay, "Escape with the sheet closed does nothing");
    let toggled_shut = update(&view(""), &open.ui, Action::ToggleSheet);
    assert_eq!((toggled_shut.ui.sheet_open, toggled_shut.focus), (false, Focus::Stay));
}

#[test]
fn sharing_a_card_offers_its_link_under_the_page_heading() {
    let shown = view("");
    let card = shown.periods[0].cards[0].clone();
    let out = update(&shown, &Ui::default(), Action::Share(card.card.id.clone()));
    assert_eq!(
        out.effect,
        Some(Effect::Share {
            promise: card.card.id.clone(),
            title: shown.heading.clone(),
            link_query: format!("lofte={}", card.card.id)
        })
    );
    assert_eq!(act("", Action::Share("no-such-promise".into())).effect, None);
}

#[test]
fn the_latest_copy_is_the_one_the_cards_report() {
    let first = act("", Action::Shared { promise: "a".into(), copied: Some(true) });
    assert_eq!(first.ui.copied, Some(("a".into(), true)));
    let second = update(&view(""), &first.ui, Action::Shared { promise: "b".into(), copied: Some(false) });
    assert_eq!(second.ui.copied, Some(("b".into(), false)));
    let shared = update(&view(""), &second.ui, Action::Shared { promise: "c".into(), copied: None });
    assert_eq!(shared.ui.copied, Some(("b".into(), false)), "the system's share sheet writes nothing on the card");
}

#[test]
fn the_pointer_names_a_district_and_only_keyboard_focus_outlines_it() {
    let pointed = act("", Action::Point(Some("lagersberg".into())));
    assert_eq!((pointed.ui.pointed.as_deref(), pointed.ui.outlined.as_deref()), (Some("lagersberg"), None));
    let key = act("", Action::FocusDistrict { id: Some("skiftinge".into()), keyboard: true });
    assert_eq!((key.ui.pointed.as_deref(), key.ui.outlined.as_deref()), (Some("skiftinge"), Some("skiftinge")));
    let click = act("", Action::FocusDistrict { id: Some("skiftinge".into()), keyboard: false });
    assert_eq!(click.ui.outlined, None);
    let left = update(&view(""), &key.ui, Action::FocusDistrict { id: None, keyboard: false });
    assert_eq!((left.ui.pointed, left.ui.outlined), (None, None));
}

#[test]
fn the_whole_kommun_map_and_the_embed_dialog_need_the_full_app() {
    let whole = act("", Action::WholeMap);
    assert!(whole.ui.whole_map && whole.needs_full_app);
    let embed = act("ar=2019", Action::Embed);
    assert_eq!(embed.effect, Some(Effect::OpenEmbed));
    assert!(embed.needs_full_app);
    assert!(!act("", Action::Toggle { facet: Facet::Year, id: "2019".into() }).needs_full_app);
}

#[test]
fn more_moves_focus_to_the_first_new_card() {
    let catalog = Catalog::new(common::many_promises(120));
    let shown = promises_view(&catalog, &Query::default(), &[], today());
    let more = shown.more.clone().expect("more than one page");
    let out = update(&shown, &Ui::default(), Action::More);
    assert_eq!(out.focus, Focus::Move(Target::Card(more.first_new)));
    assert_eq!(out.query, Some(more.next));
    assert_eq!(act("", Action::More), Outcome::default(), "nothing more on 15 promises");
}

#[test]
fn the_build_page_shows_its_own_dataset_but_not_what_it_has_no_element_for() {
    let catalog = Catalog::new(eskilstuna());
    let built = BuiltPage::of(&catalog);
    let view_of = |search: &str| {
        let (query, ignored) = Query::parse(search);
        promises_view(&catalog, &query, &ignored, today())
    };
    for shown in ["", "ar=2019&omrade=skiftinge", "q=krogar", "status=ej-uppfoljt&tema=trafik"] {
        assert!(built.shows(&view_of(shown)), "{shown}");
    }
    for needs_app in ["inbaddad=1", "data=data/exempelkommun.json", "okand=1", "ar=1999", "status=genomfort"] {
        assert!(!built.shows(&view_of(needs_app)), "{needs_app}");
    }
    let many = Catalog::new(common::many_promises(120));
    assert!(!BuiltPage::of(&many).shows(&promises_view(&many, &Query::default(), &[], today())), "Visa fler");
}

#[test]
fn the_map_caption_names_the_pointed_district_else_says_what_the_map_is_for() {
    use medborgarloften_core::page::interact::{map_caption, MAP_HINT};
    use medborgarloften_core::page::map_shades::district_shades;
    let shown = view("");
    let shades = district_shades(&eskilstuna(), &shown.facets.districts);
    assert_eq!(map_caption(&shades, &Ui::default()), (MAP_HINT.to_owned(), false));
    let ui = Ui { pointed: Some("lagersberg".into()), ..Ui::default() };
    assert_eq!(map_caption(&shades, &ui), ("Lagersberg: 5 löften nämner området".to_owned(), true));
    let unknown = Ui { pointed: Some("no-such-district".into()), ..Ui::default() };
    assert_eq!(map_caption(&shades, &unknown), (MAP_HINT.to_owned(), false));
}

#[test]
fn the_map_caption_names_the_chosen_district_with_the_filters_count_until_another_is_pointed() {
    use medborgarloften_core::page::interact::map_caption;
    use medborgarloften_core::page::map_shades::district_shades;
    let chosen = view("omrade=skiftinge");
    let shades = district_shades(&eskilstuna(), &chosen.facets.districts);
    assert_eq!(map_caption(&shades, &Ui::default()), ("Valt område: Skiftinge – 5 löften nämner det".to_owned(), true));
    let pointed = Ui { pointed: Some("centrum".into()), ..Ui::default() };
    assert_eq!(map_caption(&shades, &pointed).0, "Eskilstunas centrum: 1 löfte nämner området");
    let two = view("omrade=skiftinge,centrum");
    let shades = district_shades(&eskilstuna(), &two.facets.districts);
    assert_eq!(
        map_caption(&shades, &Ui::default()),
        ("Valda områden: Eskilstunas centrum (1), Skiftinge (5)".to_owned(), true)
    );
}
