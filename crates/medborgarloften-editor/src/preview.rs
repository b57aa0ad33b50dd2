//! The preview: the site's own page, in a frame, showing the draft exactly as residents would see it — at a phone's
//! width, a desktop's, or as the embed on the kommun's site. The page reads the draft from this workspace (its
//! address `?data=redigera/forhandsvisning.json`, crates/medborgarloften-web/js/pwa.js), so nothing is uploaded.
//!
//! Shell layer.

use leptos::prelude::*;
use medborgarloften_core::edit::open::draft_file_text;
use wasm_bindgen::JsValue;

use crate::browser;
use crate::state::Ws;

/// The name under which this page leaves the draft's text for the preview's frame (read by pwa.js).
const DRAFT_GLOBAL: &str = "medborgarloftenForhandsvisning";
/// The address, relative to the kommun's page, that the page reads the draft at.
const DRAFT_ADDRESS: &str = "redigera/forhandsvisning.json";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Width {
    Phone,
    Desktop,
    Embed,
}

/// The preview part.
#[component]
pub fn Preview(ws: Ws) -> impl IntoView {
    let width = RwSignal::new(Width::Phone);
    let page = browser::published().first().map(|p| p.page.clone()).unwrap_or_else(|| "../".to_owned());
    // The draft as the frame's page reads it, left on this window before the frame loads.
    let text = ws.doc.with_untracked(|doc| doc.as_ref().map(draft_file_text).unwrap_or_default());
    let _ =
        js_sys::Reflect::set(&leptos::prelude::window(), &JsValue::from_str(DRAFT_GLOBAL), &JsValue::from_str(&text));
    let valid = move || ws.checked.with(|c| c.as_ref().is_some_and(|c| c.dataset.is_some()));
    let src = move || match width.get() {
        Width::Embed => format!("{page}inbaddad.html?data={DRAFT_ADDRESS}"),
        _ => format!("{page}?data={DRAFT_ADDRESS}"),
    };
    let choice = move |which: Width, words: &'static str| {
        view! {
            <button type="button" class="knapp-lank" aria-pressed=move || if width.get() == which { "true" } else { "false" }
                on:click=move |_| width.set(which)>{words}</button>
        }
    };
    view! {
        <h2>"Förhandsvisning"</h2>
        <p>"Så här ser sidan ut för invånarna med utkastet. Inget publiceras och inget skickas någonstans."</p>
        <Show when=move || !valid()>
            <p class="redigera-varning">"Utkastet har fel: sidan visar då samma felmeddelande som invånarna skulle se. Rätta felen under ”Kontroll”."</p>
        </Show>
        <div class="forhands-val" role="group" aria-label="Bredd">
            {choice(Width::Phone, "Mobil")}
            {choice(Width::Desktop, "Dator")}
            {choice(Width::Embed, "Inbäddad")}
        </div>
        <div class="forhands-ram" class:forhands-mobil=move || width.get() != Width::Desktop>
            <iframe title="Förhandsvisning av sidan med utkastet" src=src></iframe>
        </div>
    }
}
