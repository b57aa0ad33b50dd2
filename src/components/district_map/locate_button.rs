//! "Visa vad som gäller där jag är": the button above the map (outside its fold, so a phone has it without opening
//! the map), the note that the position stays on the device, and the status line that says what came of it. The
//! press is read by the page (`data-action`, `medborgarloften_web::events`) like every other control; the state
//! (looking, or the answer) is the page's own ([`Locating`]) and the sentence is the core's. Leaf component.

use leptos::prelude::*;
use medborgarloften_core::contract::{class, control};
use medborgarloften_core::lang::Language;
use medborgarloften_core::page::locate::{button_text, Locating};

/// The button, its privacy note and its `role=status` line.
#[component]
pub fn LocateButton(
    /// The language the page is written in.
    language: &'static Language,
    /// Looking, or what the last question found.
    #[prop(into)]
    locating: Signal<Locating>,
    /// The sentence after an answer; empty before one.
    #[prop(into)]
    note: Signal<String>,
) -> impl IntoView {
    let busy = move || locating.with(Locating::busy);
    view! {
        <div class=class::LOCATE>
            <button type="button" class="button button--secondary locate__button" data-action=control::LOCATE
                aria-busy=move || if busy() { "true" } else { "false" } aria-describedby="var-ar-jag-integritet">
                <span class=class::LOCATE_TEXT>{move || locating.with(|state| button_text(state, language))}</span>
            </button>
            <p class="locate__privacy" id="var-ar-jag-integritet">{language.words.locate.privacy}</p>
            <p class=class::LOCATE_NOTE role="status">{move || note.get()}</p>
        </div>
    }
}
