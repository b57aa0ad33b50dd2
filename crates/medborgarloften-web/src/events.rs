//! Reads what a resident did from a DOM event: the one translation from clicks, ticks, keys, typing and the
//! pointer into the core's [`Action`]s, for both modules. Each shell listens at its root (the first module at the
//! document, the full app at its own root) and passes every event here; elements are recognised only by the page
//! contract's names ([`contract`]), which the app's components render.
//!
//! Shell layer: web-sys only. It decides nothing: what an action leads to is `medborgarloften_core::page::interact`.

use medborgarloften_core::contract::{self, attr, by_control, control, dot, hash};
use medborgarloften_core::page::interact::Action;
use medborgarloften_core::page::query::Facet;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlInputElement, KeyboardEvent};

/// The DOM events the page reads actions from.
const KINDS: [&str; 7] = ["click", "change", "input", "keydown", "pointerover", "focusin", "focusout"];

/// Listens at `root`, for the page's life, to every event an action is read from, and calls `on_action` with the
/// action and the named control (`data-action`) the reader used, if any.
pub fn listen(root: &web_sys::EventTarget, on_action: impl Fn(Action, Option<Element>) + 'static) {
    let on_action = std::rc::Rc::new(on_action);
    for kind in KINDS {
        let on_action = on_action.clone();
        let closure = wasm_bindgen::closure::Closure::<dyn Fn(Event)>::new(move |event: Event| {
            if let Some(action) = action_of(&event) {
                let target = event.target().and_then(|t| t.dyn_into::<Element>().ok());
                on_action(action, target.and_then(|t| closest(&t, contract::has_attr::ACTION)));
            }
        });
        let _ = root.add_event_listener_with_callback(kind, closure.as_ref().unchecked_ref());
        closure.forget();
    }
}

/// The action `event` stands for, if any. A key that toggles a map district also stops the page from scrolling
/// (Space) — the one default this reader prevents.
pub fn action_of(event: &Event) -> Option<Action> {
    let target: Element = event.target()?.dyn_into().ok()?;
    match event.type_().as_str() {
        "click" => clicked(&target),
        "change" => changed(&target),
        "input" => closest(&target, hash::SEARCH)
            .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
            .map(|input| Action::Search(input.value())),
        "keydown" => key(&target, event.dyn_ref::<KeyboardEvent>()?),
        // Over the map, the district under the pointer, if any; anywhere else the pointer has left the map.
        "pointerover" => {
            Some(Action::Point(closest(&target, dot::MAP_FIGURE).and_then(|_| district_of(&target, dot::MAP_DISTRICT))))
        }
        "focusin" => {
            let district = closest(&target, dot::MAP_DISTRICT)?;
            // The focus outline is for the keyboard, as :focus-visible is; a click shows the pressed outline.
            let keyboard = district.matches(":focus-visible").unwrap_or(true);
            Some(Action::FocusDistrict { id: district.get_attribute(attr::DISTRICT), keyboard })
        }
        "focusout" => closest(&target, dot::MAP_DISTRICT).map(|_| Action::FocusDistrict { id: None, keyboard: false }),
        _ => None,
    }
}

/// A click on a button: a chip, a district (on the map or in its list), a count in an overview, or a named control.
fn clicked(target: &Element) -> Option<Action> {
    let button = closest(target, "button, [role=button]")?;
    if let Some(key) = button.get_attribute(attr::CHIP) {
        return Some(Action::RemoveChip { at: place_in_row(&button), key });
    }
    if let Some(id) = button.get_attribute(attr::DISTRICT) {
        return Some(Action::Toggle { facet: Facet::District, id });
    }
    if let Some(toggle) = choice(&button) {
        return Some(toggle);
    }
    let name = button.get_attribute(attr::ACTION)?;
    Some(match name.as_str() {
        control::CLEAR => Action::Clear,
        control::SHEET => Action::ToggleSheet,
        control::SHEET_DONE => Action::CloseSheet,
        control::SHARE => {
            Action::Share(button.closest(contract::has_attr::PROMISE).ok()??.get_attribute(attr::PROMISE)?)
        }
        control::FORGET => Action::ForgetVisits,
        control::MORE => Action::More,
        control::WHOLE_MAP => Action::WholeMap,
        control::EMBED => Action::Embed,
        control::LOCATE => Action::Locate,
        _ => return None,
    })
}

/// A ticked checkbox: a filter choice, or "Visa bara nya".
fn changed(target: &Element) -> Option<Action> {
    if target.matches(by_control::ONLY_NEW).unwrap_or(false) {
        return Some(Action::OnlyNew);
    }
    choice(target)
}

/// The filter choice `element` carries (`data-facet` and `data-id`), as a toggle.
fn choice(element: &Element) -> Option<Action> {
    let facet = Facet::from_param(&element.get_attribute(attr::FACET)?)?;
    Some(Action::Toggle { facet, id: element.get_attribute(attr::ID)? })
}

/// Escape closes the phone's filter sheet; Enter or Space on a district of the map toggles it (a district there
/// is a group with the button role, which has no click of its own for keys).
fn key(target: &Element, keyboard: &KeyboardEvent) -> Option<Action> {
    match keyboard.key().as_str() {
        "Escape" => closest(target, hash::FILTER_PANEL).map(|_| Action::CloseSheet),
        "Enter" | " " => {
            let id = district_of(target, dot::MAP_DISTRICT)?;
            // Space would scroll the page, and a held key would toggle on every repeat.
            keyboard.prevent_default();
            (!keyboard.repeat()).then_some(Action::Toggle { facet: Facet::District, id })
        }
        _ => None,
    }
}

/// The place of `button` among its row's shown buttons.
fn place_in_row(button: &Element) -> usize {
    let Some(row) = button.parent_element() else { return 0 };
    let children = row.children();
    (0..children.length())
        .filter_map(|i| children.item(i))
        .filter(|c| c.tag_name().eq_ignore_ascii_case("button") && !c.has_attribute("hidden"))
        .position(|c| c == *button)
        .unwrap_or(0)
}

/// The district id of the nearest `selector` element around `target`.
fn district_of(target: &Element, selector: &str) -> Option<String> {
    closest(target, selector)?.get_attribute(attr::DISTRICT)
}

fn closest(target: &Element, selector: &str) -> Option<Element> {
    target.closest(selector).ok().flatten()
}
