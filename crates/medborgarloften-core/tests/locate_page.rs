//! "Visa vad som gäller där jag är" on the page, one test per rule: what a press and the browser's answer lead
//! to (`interact::update`), and the words the page says for each answer, in Swedish, English and Arabic, on the
//! shipped dataset.

mod common;

use common::eskilstuna;
use medborgarloften_core::geo::Whereabouts;
use medborgarloften_core::lang::{Language, SWEDISH};
use medborgarloften_core::page::interact::{update, Action, BuiltPage, Effect, Focus, Navigation, Ui};
use medborgarloften_core::page::locate::{button_text, locate_note, Located, Locating};
use medborgarloften_core::page::view::{promises_view, Catalog, PromisesView};
use medborgarloften_core::{Date, Query};

fn view(search: &str) -> PromisesView {
    let catalog = Catalog::new(eskilstuna());
    let (query, ignored) = Query::parse(search);
    promises_view(&catalog, &query, &ignored, Date::from_ymd(2026, 12, 1).expect("valid date"))
}

fn looking() -> Ui {
    Ui { locating: Locating::Looking, ..Ui::default() }
}

fn found(whereabouts: Whereabouts) -> Action {
    Action::Located(Located::At(whereabouts))
}

fn note(located: Located, language: &Language) -> String {
    locate_note(&Locating::Done(located), &eskilstuna(), language)
}

fn english() -> &'static Language {
    Language::by_code("en").expect("English is a language of the app")
}

fn arabic() -> &'static Language {
    Language::by_code("ar").expect("Arabic is a language of the app")
}

#[test]
fn a_press_asks_the_browser_once_and_the_button_says_it_is_looking() {
    let out = update(&view(""), &Ui::default(), Action::Locate);
    assert_eq!(out.effect, Some(Effect::Locate));
    assert_eq!(out.ui.locating, Locating::Looking);
    assert_eq!(out.query, None, "a press alone changes no filter");
    assert!(out.needs_full_app, "the full app asks: it reads the map files, the first module does not");
    assert_eq!(button_text(&out.ui.locating, SWEDISH), "Letar efter var du är …");
}

#[test]
fn a_press_while_looking_asks_nothing_more() {
    let out = update(&view(""), &looking(), Action::Locate);
    assert_eq!(out.effect, None);
    assert_eq!(out.ui.locating, Locating::Looking);
}

#[test]
fn a_district_found_is_chosen_as_a_tap_on_the_map_would_and_back_undoes_it() {
    let out = update(&view("tema=narkotika"), &looking(), found(Whereabouts::District("skiftinge".into())));
    assert_eq!(out.query.as_ref().map(Query::to_query_string).as_deref(), Some("omrade=skiftinge&tema=narkotika"));
    assert_eq!(out.navigation, Some(Navigation::Push));
    assert_eq!(out.focus, Focus::Stay);
    assert_eq!(out.ui.locating, Locating::Done(Located::At(Whereabouts::District("skiftinge".into()))));
    assert_eq!(button_text(&out.ui.locating, SWEDISH), "Visa vad som gäller där jag är");
    let shown = view("omrade=skiftinge&tema=narkotika");
    assert!(BuiltPage::of(&Catalog::new(eskilstuna())).shows(&shown), "the build's page can show it in place");
}

#[test]
fn a_district_found_replaces_another_chosen_district() {
    let out = update(&view("omrade=lagersberg"), &looking(), found(Whereabouts::District("skiftinge".into())));
    assert_eq!(out.query.as_ref().map(Query::to_query_string).as_deref(), Some("omrade=skiftinge"));
}

#[test]
fn a_district_already_chosen_writes_no_new_history_entry() {
    let out = update(&view("omrade=skiftinge"), &looking(), found(Whereabouts::District("skiftinge".into())));
    assert_eq!((out.query, out.navigation), (None, None));
}

#[test]
fn every_other_answer_changes_nothing_but_the_sentence() {
    for located in [
        Located::At(Whereabouts::InKommunNoDistrict),
        Located::At(Whereabouts::OutsideKommun),
        Located::Denied,
        Located::Unavailable,
        Located::TimedOut,
        Located::NoMap,
    ] {
        let out = update(&view("tema=narkotika"), &looking(), Action::Located(located.clone()));
        assert_eq!((out.query, out.navigation, out.effect), (None, None, None), "{located:?}");
        assert_eq!(out.focus, Focus::Stay);
        assert_eq!(out.ui, Ui { locating: Locating::Done(located), ..Ui::default() });
    }
}

#[test]
fn the_sentence_names_the_district_found() {
    let skiftinge = || Located::At(Whereabouts::District("skiftinge".into()));
    assert_eq!(note(skiftinge(), SWEDISH), "Du är i Skiftinge – löftena för området visas nu.");
    assert_eq!(note(skiftinge(), english()), "You are in Skiftinge – the promises for the area are shown now.");
    assert!(note(skiftinge(), arabic()).contains("Skiftinge"));
}

#[test]
fn in_the_kommun_but_in_no_district_the_sentence_names_the_districts() {
    assert_eq!(
        note(Located::At(Whereabouts::InKommunNoDistrict), SWEDISH),
        "Du är i kommunen men inte i något av områdena Eskilstunas centrum, Skiftinge, Lagersberg eller Fröslunda."
    );
}

#[test]
fn outside_the_kommun_the_sentence_names_the_kommun() {
    assert_eq!(
        note(Located::At(Whereabouts::OutsideKommun), SWEDISH),
        "Din position ligger utanför Eskilstuna kommun, så inget område har valts."
    );
    assert_eq!(
        note(Located::At(Whereabouts::OutsideKommun), english()),
        "Your position is outside Eskilstuna kommun, so no area has been chosen."
    );
}

#[test]
fn each_failure_has_its_own_sentence_in_each_language() {
    for language in [SWEDISH, english(), arabic()] {
        let said: Vec<String> = [Located::Denied, Located::Unavailable, Located::TimedOut, Located::NoMap]
            .into_iter()
            .map(|located| note(located, language))
            .collect();
        for (i, sentence) in said.iter().enumerate() {
            assert!(!sentence.is_empty(), "{}: {i}", language.code);
            assert!(!said[..i].contains(sentence), "{}: {sentence} twice", language.code);
        }
    }
    assert_eq!(
        note(Located::Denied, SWEDISH),
        "Webbläsaren fick inte använda din position, så inget område har valts."
    );
}

#[test]
fn nothing_is_said_before_an_answer() {
    assert_eq!(locate_note(&Locating::Idle, &eskilstuna(), SWEDISH), "");
    assert_eq!(locate_note(&Locating::Looking, &eskilstuna(), SWEDISH), "");
}
