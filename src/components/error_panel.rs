//! The load error panel with a retry button. Leaf component.

use leptos::prelude::*;

use super::TechnicalDetail;
use crate::api::ErrorText;
use crate::language::use_language;

/// Shows why the promises could not be loaded. When older data is on screen it says that data stays.
#[component]
pub fn ErrorPanel(
    /// The error in plain words with its technical detail, or `None` when there is no error.
    #[prop(into)]
    message: Signal<Option<ErrorText>>,
    /// True when an earlier dataset is still shown below.
    #[prop(into)]
    has_data: Signal<bool>,
    /// Called when the reader asks to try again.
    on_retry: Callback<()>,
) -> impl IntoView {
    let words = &use_language().words.app.errors;
    view! {
        <Show when=move || message.with(Option::is_some)>
            <div class="error-panel" role="alert" data-testid="error-panel">
                <h2>{words.heading}</h2>
                <p>{move || message.with(|m| m.as_ref().map(|m| m.plain.clone()).unwrap_or_default())}</p>
                <Show when=move || has_data.get()>
                    <p>{words.older_shown}</p>
                </Show>
                <button type="button" class="button" on:click=move |_| on_retry.run(())>{words.retry}</button>
                <TechnicalDetail detail=Signal::derive(move || message.with(|m| m.as_ref().map(|m| m.detail.clone()).unwrap_or_default()))/>
            </div>
        </Show>
    }
}
