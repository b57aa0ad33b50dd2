//! "Visa fler (N kvar)": the next page of cards. Leaf component.

use leptos::prelude::*;
use medborgarloften_core::contract::control;
use medborgarloften_core::page::view::MoreCards;

/// The button under the cards when more promises match than are on screen; nothing otherwise.
#[component]
pub fn MoreButton(
    /// The next page, from the view model.
    #[prop(into)]
    more: Signal<Option<MoreCards>>,
) -> impl IntoView {
    view! {
        <Show when=move || more.with(Option::is_some)>
            <p class="more">
                <button type="button" class="button button--secondary" data-testid="show-more" data-action=control::MORE>
                    {move || more.with(|m| m.as_ref().map(|m| m.label.clone()).unwrap_or_default())}
                </button>
            </p>
        </Show>
    }
}
