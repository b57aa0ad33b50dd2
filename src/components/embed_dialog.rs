//! "Bädda in": a button and a modal `<dialog>` with the `<iframe>` code for the current view. Leaf component.

use leptos::prelude::*;
use medborgarloften_core::contract::{control, id};

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
    // Whether copying the code worked; `None` before any copy. View-local: the dialog's own message.
    let copied = RwSignal::new(None::<bool>);
    let copy = move |_| {
        let code = snippet.get_untracked();
        leptos::task::spawn_local(async move { copied.set(Some(crate::browser::copy_text(&code).await)) });
    };

    view! {
        <div class="embed">
            <button type="button" class="button button--secondary" data-action=control::EMBED data-testid="embed-open">
                "Bädda in"
            </button>
            <dialog id=id::EMBED_DIALOG class="embed-dialog" aria-labelledby="badda-in-rubrik">
                <h2 id="badda-in-rubrik">"Bädda in på en annan webbplats"</h2>
                <p>"Klistra in koden i en sida. Ramen visar den här vyn, med samma filter, och anpassar sin höjd."</p>
                <label for=id::EMBED_CODE>"Kod att klistra in"</label>
                <textarea id=id::EMBED_CODE readonly rows="6" prop:value=move || snippet.get()
                    data-testid="embed-code"></textarea>
                <p class="embed-dialog__status" role="status">
                    {move || match copied.get() {
                        Some(true) => "Koden är kopierad.",
                        Some(false) => "Kopieringen misslyckades. Markera koden och kopiera den själv.",
                        None => "",
                    }}
                </p>
                <form method="dialog" class="embed-dialog__actions">
                    <button type="button" class="button" on:click=copy>"Kopiera koden"</button>
                    <button class="button button--secondary">"Stäng"</button>
                </form>
            </dialog>
        </div>
    }
}
