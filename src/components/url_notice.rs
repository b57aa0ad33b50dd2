//! Tells the reader which parts of the address were not understood. Leaf component.

use leptos::prelude::*;
use medborgarloften_core::query::Ignored;

/// A polite notice listing ignored URL parameters; hidden when there are none.
#[component]
pub fn UrlNotice(
    /// The ignored parameters and values.
    #[prop(into)]
    ignored: Signal<Vec<Ignored>>,
) -> impl IntoView {
    let text = move || {
        ignored
            .get()
            .iter()
            .map(|i| if i.value.is_empty() { i.param.clone() } else { format!("{}={}", i.param, i.value) })
            .collect::<Vec<_>>()
            .join(", ")
    };
    view! {
        <Show when=move || !ignored.with(Vec::is_empty)>
            <p class="notice" data-testid="url-notice" role="status">
                "En del av länken kändes inte igen och används inte: " <code>{text}</code> "."
            </p>
        </Show>
    }
}
