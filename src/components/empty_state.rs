//! Shown when the filters match no promise. Leaf component.

use leptos::prelude::*;
use medborgarloften_core::contract::{control, testid};

use crate::language::use_language;

/// The empty result, with a way out; always in the page, hidden while promises are shown.
#[component]
pub fn EmptyState(
    /// Hidden while promises are shown.
    #[prop(into)]
    hidden: Signal<bool>,
) -> impl IntoView {
    let words = &use_language().words.app;
    view! {
        <div class="empty-state" data-testid=testid::EMPTY_STATE hidden=move || hidden.get()>
            <p>{words.empty}</p>
            <button type="button" class="button" data-action=control::CLEAR>{words.clear_filters}</button>
        </div>
    }
}
