//! Where keyboard focus goes after a change, as the core's outcome says ([`Focus`]): found by the page contract's
//! names, so both modules move it to the same element.
//!
//! Shell layer: web-sys only; call it once the change is on screen.

use medborgarloften_core::contract::{self, dot, hash};
use medborgarloften_core::page::interact::{Focus, Target};
use web_sys::Element;

use crate::browser::{document, focus_element, focus_lost};

/// Moves focus as `focus` says, in the next animation frame: after the change is rendered (the full app renders
/// in a microtask) and before it is painted.
pub fn after_render(focus: Focus) {
    if focus == Focus::Stay {
        return;
    }
    let Some(window) = web_sys::window() else { return };
    let callback = wasm_bindgen::closure::Closure::once_into_js(move || apply(&focus));
    let _ = window.request_animation_frame(wasm_bindgen::JsCast::unchecked_ref(&callback));
}

/// Moves focus as `focus` says, now.
pub fn apply(focus: &Focus) {
    match focus {
        Focus::Stay => {}
        Focus::Rescue(targets) => {
            if focus_lost() {
                if let Some(element) = targets.iter().find_map(element) {
                    focus_element(&element);
                }
            }
        }
        Focus::Move(target) => {
            if let Some(element) = element(target) {
                element.scroll_into_view();
                focus_element(&element);
            }
        }
    }
}

/// The element `target` names, if it is on the page and shown.
fn element(target: &Target) -> Option<Element> {
    let document = document()?;
    let found = match target {
        Target::Count => document.query_selector(hash::RESULT_COUNT).ok()?,
        Target::SheetHeading => document.query_selector(dot::FILTERS_HEADING).ok()?,
        Target::Card(id) => document.get_element_by_id(&contract::card_id(id)),
        Target::ChipAt(at) => {
            let shown = document.query_selector_all(&contract::shown_chip_controls()).ok()?;
            shown.item(*at as u32).and_then(|n| wasm_bindgen::JsCast::dyn_into(n).ok())
        }
    };
    found.filter(|e| e.closest("[hidden]").ok().flatten().is_none())
}
