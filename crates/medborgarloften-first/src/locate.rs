//! "Visa vad som gäller där jag är" on the build's page: the button's text and busy state and the sentence after
//! an answer, from the page's own state ([`Locating`]); and the question itself, asked of the browser for an
//! [`Effect::Locate`](medborgarloften_core::page::interact::Effect::Locate) (`medborgarloften_web::locate`), whose
//! answer comes back as an action. The words are in the page's language (`<html lang>`).

use std::rc::Rc;

use medborgarloften_core::contract::{by_control, dot};
use medborgarloften_core::dataset::model::Dataset;
use medborgarloften_core::page::interact::Action;
use medborgarloften_core::page::locate::{button_text, locate_note, Locating};

use crate::live::Live;
use crate::page::{set_attr, set_text, Page};

/// Shows `state` on the build's button and its status line.
pub fn show_locating(page: &Page, data: &Dataset, state: &Locating) {
    let language = page.language;
    if let Some(button) = page.one(by_control::LOCATE) {
        set_attr(&button, "aria-busy", if state.busy() { "true" } else { "false" });
    }
    if let Some(text) = page.one(dot::LOCATE_TEXT) {
        set_text(&text, button_text(state, language));
    }
    if let Some(note) = page.one(dot::LOCATE_NOTE) {
        set_text(&note, &locate_note(state, data, language));
    }
}

/// Asks where the resident is, and reports the answer to `live` as [`Action::Located`] (unless the full app has
/// taken the page over by then).
pub(crate) fn ask(live: &Rc<Live>) {
    let live = live.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let located = medborgarloften_web::locate::locate(live.catalog.data()).await;
        // The full app may have taken the page over meanwhile; the answer is then not this module's to show.
        if !crate::hand_over::handed_over() {
            live.on_action(Action::Located(located), None);
        }
    });
}
