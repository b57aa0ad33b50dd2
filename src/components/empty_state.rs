//! Shown when the filters match no promise. Leaf component.

use leptos::prelude::*;
use medborgarloften_core::contract::{control, testid};

/// The empty result, with a way out; always in the page, hidden while promises are shown.
#[component]
pub fn EmptyState(
    /// Hidden while promises are shown.
    #[prop(into)]
    hidden: Signal<bool>,
) -> impl IntoView {
    view! {
        <div class="empty-state" data-testid=testid::EMPTY_STATE hidden=move || hidden.get()>
            <p>"Inga löften passar de filter du har valt."</p>
            <button type="button" class="button" data-action=control::CLEAR>"Rensa filter"</button>
        </div>
    }
}
