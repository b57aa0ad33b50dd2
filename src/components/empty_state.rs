//! Shown when the filters match no promise. Leaf component.

use leptos::prelude::*;

/// The empty result, with a way out.
#[component]
pub fn EmptyState(
    /// Clears every filter.
    on_clear: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="empty-state" data-testid="empty-state">
            <p>"Inga löften passar de filter du har valt."</p>
            <button type="button" class="button" on:click=move |_| on_clear.run(())>"Rensa filter"</button>
        </div>
    }
}
