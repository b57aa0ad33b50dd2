//! Shown when the filters match no promise. Leaf component.

use leptos::prelude::*;

/// The empty result, with a way out.
#[component]
pub fn EmptyState(
    /// Clears every filter.
    on_clear: Callback<()>,
    /// Hidden while promises are shown (the build's page has it, for the page's first module to show).
    #[prop(optional, into)]
    hidden: Signal<bool>,
) -> impl IntoView {
    view! {
        <div class="empty-state" data-testid="empty-state" hidden=move || hidden.get()>
            <p>"Inga löften passar de filter du har valt."</p>
            <button type="button" class="button" on:click=move |_| on_clear.run(())>"Rensa filter"</button>
        </div>
    }
}
