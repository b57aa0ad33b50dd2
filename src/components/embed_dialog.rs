//! "Bädda in": a button and a modal `<dialog>` with the `<iframe>` code for the current view. Leaf component.

use leptos::html;
use leptos::prelude::*;

/// Offers the embed code for the view on screen, with a copy button. The dialog is modal (`showModal`), so
/// focus stays inside it and Escape closes it; on opening the code is selected, on closing focus returns to
/// the "Bädda in" button.
#[component]
pub fn EmbedDialog(
    /// The HTML to paste into a host page (see `medborgarloften_core::page::embed::iframe_snippet`).
    #[prop(into)]
    snippet: Signal<String>,
    /// Whether copying the code worked; `None` before any copy.
    #[prop(into)]
    copied: Signal<Option<bool>>,
    /// "Kopiera koden" was pressed.
    on_copy: Callback<()>,
) -> impl IntoView {
    let dialog = NodeRef::<html::Dialog>::new();
    let code = NodeRef::<html::Textarea>::new();
    let opener = NodeRef::<html::Button>::new();

    let open = move |_| {
        if let Some(dialog) = dialog.get() {
            if dialog.show_modal().is_ok() {
                if let Some(code) = code.get() {
                    let _ = code.focus();
                    code.select();
                }
            }
        }
    };
    let close = move |_| {
        if let Some(dialog) = dialog.get() {
            dialog.close();
        }
    };
    let restore_focus = move |_| {
        if let Some(opener) = opener.get() {
            let _ = opener.focus();
        }
    };
    let copy = move |_| on_copy.run(());

    view! {
        <div class="embed">
            <button type="button" class="button button--secondary" node_ref=opener on:click=open data-testid="embed-open">
                "Bädda in"
            </button>
            <dialog node_ref=dialog class="embed-dialog" aria-labelledby="badda-in-rubrik" on:close=restore_focus>
                <h2 id="badda-in-rubrik">"Bädda in på en annan webbplats"</h2>
                <p>"Klistra in koden i en sida. Ramen visar den här vyn, med samma filter, och anpassar sin höjd."</p>
                <label for="inbaddningskod">"Kod att klistra in"</label>
                <textarea id="inbaddningskod" node_ref=code readonly rows="6" prop:value=move || snippet.get()
                    data-testid="embed-code"></textarea>
                <p class="embed-dialog__status" role="status">
                    {move || match copied.get() {
                        Some(true) => "Koden är kopierad.",
                        Some(false) => "Kopieringen misslyckades. Markera koden och kopiera den själv.",
                        None => "",
                    }}
                </p>
                <div class="embed-dialog__actions">
                    <button type="button" class="button" on:click=copy>"Kopiera koden"</button>
                    <button type="button" class="button button--secondary" on:click=close>"Stäng"</button>
                </div>
            </dialog>
        </div>
    }
}
