//! The preview: the site's own page, in a frame, showing the draft exactly as residents would see it — at a phone's
//! width, a desktop's, or as the embed on the kommun's site. The page reads the draft from this workspace (its
//! address `?data=redigera/forhandsvisning.json`, crates/medborgarloften-web/js/pwa.js), so nothing is uploaded.
//! Once opened, the frame stays (hidden in the other parts) and follows every change: the workspace leaves the new
//! text on its window and tells the frame's page, which reads it again.
//!
//! Shell layer.

use leptos::prelude::*;
use medborgarloften_core::dataset::v1::upgraded_text;
use medborgarloften_core::edit::open::draft_file_text;
use wasm_bindgen::JsValue;

use crate::browser;
use crate::state::{Tab, Ws};

/// The name under which this page leaves the draft's text for the preview's frame (read by pwa.js).
const DRAFT_GLOBAL: &str = "medborgarloftenForhandsvisning";
/// The message that tells the frame's page the draft changed (pwa.js's `onPreviewChange`).
const DRAFT_CHANGED: &str = "medborgarloften-forhandsvisning";
/// The address, relative to the kommun's page, that the page reads the draft at.
const DRAFT_ADDRESS: &str = "redigera/forhandsvisning.json";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Width {
    Phone,
    Desktop,
    Embed,
}

/// Leaves the draft's text where the frame's page reads it: the valid dataset as a file is written, else the draft.
fn leave_draft(ws: Ws) {
    let text = ws.checked.with_untracked(|checked| match checked.as_ref().and_then(|c| c.dataset.clone()) {
        Some(data) => upgraded_text(data),
        None => ws.doc.with_untracked(|doc| doc.as_ref().map(draft_file_text).unwrap_or_default()),
    });
    let _ =
        js_sys::Reflect::set(&leptos::prelude::window(), &JsValue::from_str(DRAFT_GLOBAL), &JsValue::from_str(&text));
}

/// The preview part, mounted once it is first opened and then kept, hidden while another part is shown.
#[component]
pub fn Preview(ws: Ws) -> impl IntoView {
    let opened =
        Memo::new(move |previous: Option<&bool>| previous.copied().unwrap_or(false) || ws.tab.get() == Tab::Preview);
    view! {
        <Show when=move || opened.get()>
            <PreviewFrame ws/>
        </Show>
    }
}

#[component]
fn PreviewFrame(ws: Ws) -> impl IntoView {
    let width = RwSignal::new(Width::Phone);
    let page = browser::page_for(&ws.text(&medborgarloften_core::edit::Path::root().field("id")));
    leave_draft(ws);
    let frame = NodeRef::<leptos::html::Iframe>::new();
    // Talks to the frame only: every change of the draft is left for it and announced to it.
    Effect::new(move |first: Option<()>| {
        ws.checked.track();
        if first.is_some() {
            leave_draft(ws);
            if let Some(window) = frame.get_untracked().and_then(|f| f.content_window()) {
                let _ = window.post_message(&JsValue::from_str(DRAFT_CHANGED), &browser::origin());
            }
        }
    });
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
        <section class="forhands" hidden=move || ws.tab.get() != Tab::Preview aria-labelledby="forhands-rubrik">
            <h2 id="forhands-rubrik">"Förhandsvisning"</h2>
            <p>"Så här ser sidan ut för invånarna med utkastet. Den följer dina ändringar. Inget publiceras och inget skickas någonstans."</p>
            <Show when=move || !valid()>
                <p class="redigera-varning">"Utkastet har fel: sidan visar då samma felmeddelande som invånarna skulle se, med det senaste utkastet utan fel. Rätta felen under ”Kontroll”."</p>
            </Show>
            <div class="forhands-val" role="group" aria-label="Bredd">
                {choice(Width::Phone, "Mobil")}
                {choice(Width::Desktop, "Dator")}
                {choice(Width::Embed, "Inbäddad")}
            </div>
            <div class="forhands-ram" class:forhands-mobil=move || width.get() != Width::Desktop>
                <iframe node_ref=frame title="Förhandsvisning av sidan med utkastet" src=src></iframe>
            </div>
        </section>
    }
}
