//! "Teknisk information": an error's technical detail (status code, the place and rule a file breaks), folded
//! away so residents read the plain sentence and editors can still find what to fix. Leaf component.

use leptos::prelude::*;

use crate::language::use_language;

/// A closed `<details>` with the detail; nothing when the detail is empty.
#[component]
pub fn TechnicalDetail(
    /// The technical text.
    #[prop(into)]
    detail: Signal<String>,
) -> impl IntoView {
    let words = &use_language().words.app.errors;
    view! {
        <Show when=move || detail.with(|d| !d.is_empty())>
            <details class="technical" data-testid="technical-detail">
                <summary>{words.technical}</summary>
                <p>{move || detail.get()}</p>
            </details>
        </Show>
    }
}
