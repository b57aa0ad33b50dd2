//! "Bädda in": a button and a modal `<dialog>` with the `<iframe>` code for the current view. Leaf component.

use leptos::prelude::*;
use medborgarloften_core::contract::{control, id};

use crate::language::use_language;

/// Offers the embed code for the view on screen, with a copy button. The button carries the page contract's name
/// (`crate::events` reads it); the page opens the dialog as a modal (`showModal`), so focus stays inside it and
/// Escape closes it, with the code selected. "Stäng" closes it without script (`<form method="dialog">`), and the
/// browser returns focus to the "Bädda in" button that opened it.
#[component]
pub fn EmbedDialog(
    /// The HTML to paste into a host page (see `medborgarloften_core::page::embed::iframe_snippet`).
    #[prop(into)]
    snippet: Signal<String>,
) -> impl IntoView {
    let words = &use_language().words.app;
    // Whether copying the code worked; `None` before any copy. View-local: the dialog's own message.
    let copied = RwSignal::new(None::<bool>);
    let copy = move |_| {
        let code = snippet.get_untracked();
        leptos::task::spawn_local(async move { copied.set(Some(crate::browser::copy_text(&code).await)) });
    };

    view! {
        <div class="embed">
            <button type="button" class="button button--secondary" data-action=control::EMBED data-testid="embed-open">
                {words.embed}
            </button>
            <dialog id=id::EMBED_DIALOG class="embed-dialog" aria-labelledby="badda-in-rubrik">
                <h2 id="badda-in-rubrik">{words.embed_heading}</h2>
                <p>{words.embed_intro}</p>
                <label for=id::EMBED_CODE>{words.embed_code}</label>
                <textarea id=id::EMBED_CODE readonly rows="6" prop:value=move || snippet.get()
                    data-testid="embed-code"></textarea>
                <p class="embed-dialog__status" role="status">
                    {move || match copied.get() {
                        Some(true) => words.embed_copied,
                        Some(false) => words.embed_copy_failed,
                        None => "",
                    }}
                </p>
                <form method="dialog" class="embed-dialog__actions">
                    <button type="button" class="button" on:click=copy>{words.embed_copy}</button>
                    <button class="button button--secondary">{words.close}</button>
                </form>
            </dialog>
        </div>
    }
}
