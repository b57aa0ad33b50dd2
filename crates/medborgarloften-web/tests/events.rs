//! The one translation from DOM events to the core's actions, in a real browser (wasm-bindgen-test, headless
//! Chromium): elements built from the page contract's names, real events dispatched on them, the action read back.
//! What each action then does is the core's (`crates/medborgarloften-core/tests/interact.rs`); that both modules
//! behave alike on the built page is the e2e parity specs'.
#![cfg(target_arch = "wasm32")]

use medborgarloften_core::contract::{attr, class, control, id};
use medborgarloften_core::page::interact::Action;
use medborgarloften_core::page::query::Facet;
use medborgarloften_web::events::action_of;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, Event, EventInit, HtmlInputElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh fixture in the test page's body, from `html`.
fn page(html: &str) -> Element {
    let document = web_sys::window().expect("window").document().expect("document");
    let root = document.create_element("div").expect("div");
    root.set_inner_html(html);
    document.body().expect("body").append_child(&root).expect("append");
    root
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).expect("selector").unwrap_or_else(|| panic!("no {selector}"))
}

/// Dispatches a bubbling `kind` event on `target` and returns the action it stands for.
fn dispatch(target: &Element, kind: &str) -> Option<Action> {
    let init = EventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = Event::new_with_event_init_dict(kind, &init).expect("event");
    target.dispatch_event(&event).expect("dispatch");
    action_of(&event)
}

fn key(target: &Element, key: &str, repeat: bool) -> (Option<Action>, bool) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_repeat(repeat);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("keydown");
    target.dispatch_event(&event).expect("dispatch");
    (action_of(&event), event.default_prevented())
}

#[wasm_bindgen_test]
fn a_removed_chip_is_counted_among_the_shown_chips_only() {
    let root = page(&format!(
        r#"<div class="{chips}"><button {chip}="tema:trafik" hidden>a</button><button {chip}="omrade:x">b</button><button {chip}="tema:ungdom"><span>c</span></button></div>"#,
        chips = class::CHIPS,
        chip = attr::CHIP
    ));
    let inner = find(&root, "span");
    assert_eq!(dispatch(&inner, "click"), Some(Action::RemoveChip { key: "tema:ungdom".into(), at: 1 }));
}

#[wasm_bindgen_test]
fn a_ticked_choice_toggles_its_facet_and_an_unknown_facet_does_nothing() {
    let root = page(&format!(
        r#"<input type="checkbox" {facet}="tema" {id}="trafik"><input type="checkbox" {facet}="okand" {id}="x">"#,
        facet = attr::FACET,
        id = attr::ID
    ));
    let boxes = root.query_selector_all("input").expect("inputs");
    let first: Element = boxes.item(0).expect("first").dyn_into().expect("element");
    let second: Element = boxes.item(1).expect("second").dyn_into().expect("element");
    assert_eq!(dispatch(&first, "change"), Some(Action::Toggle { facet: Facet::Theme, id: "trafik".into() }));
    assert_eq!(dispatch(&second, "change"), None);
}

#[wasm_bindgen_test]
fn named_controls_and_share_read_their_promise() {
    let root = page(&format!(
        r#"<button {action}="{clear}">Rensa</button><article {promise}="lofte-1"><button {action}="{share}"><span>Dela</span></button></article><button {action}="okand">?</button>"#,
        action = attr::ACTION,
        clear = control::CLEAR,
        share = control::SHARE,
        promise = attr::PROMISE
    ));
    assert_eq!(dispatch(&find(&root, &format!("[{}={}]", attr::ACTION, control::CLEAR)), "click"), Some(Action::Clear));
    assert_eq!(dispatch(&find(&root, "article span"), "click"), Some(Action::Share("lofte-1".into())));
    assert_eq!(dispatch(&find(&root, "[data-action=okand]"), "click"), None);
}

#[wasm_bindgen_test]
fn typing_in_the_search_field_is_a_search() {
    let root = page(&format!(r#"<input id="{search}" type="search">"#, search = id::SEARCH));
    let input: HtmlInputElement = find(&root, "input").dyn_into().expect("input");
    input.set_value("buss");
    assert_eq!(dispatch(&input, "input"), Some(Action::Search("buss".into())));
    root.remove();
}

#[wasm_bindgen_test]
fn space_on_a_map_district_toggles_it_once_and_does_not_scroll() {
    let root = page(&format!(
        r#"<svg><g class="{district}" role="button" tabindex="0" {id}="fröslunda"><path d="M0 0h1v1z"/></g></svg><p>text</p>"#,
        district = class::MAP_DISTRICT,
        id = attr::DISTRICT
    ));
    let district = find(&root, "g");
    let toggle = Some(Action::Toggle { facet: Facet::District, id: "fröslunda".into() });
    assert_eq!(key(&district, " ", false), (toggle, true));
    assert_eq!(key(&district, "Enter", true), (None, true), "a held key toggles once");
    assert_eq!(key(&find(&root, "p"), " ", false), (None, false), "Space elsewhere keeps its default");
}

#[wasm_bindgen_test]
fn escape_closes_the_filter_sheet_only_from_inside_it() {
    let root =
        page(&format!(r#"<div id="{panel}"><button>x</button></div><button>y</button>"#, panel = id::FILTER_PANEL));
    assert_eq!(key(&find(&root, "div button"), "Escape", false).0, Some(Action::CloseSheet));
    assert_eq!(key(&find(&root, "div + button"), "Escape", false).0, None);
    root.remove();
}
