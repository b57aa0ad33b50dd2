//! Tells the reader which parts of the address were not understood. Leaf component.

use leptos::prelude::*;
use medborgarloften_core::page::notice::notice_lines_in;
use medborgarloften_core::page::query::Ignored;

/// A polite notice about ignored URL parameters (a dataset from another website gets its own sentence);
/// hidden when there are none.
#[component]
pub fn UrlNotice(
    /// The ignored parameters and values.
    #[prop(into)]
    ignored: Signal<Vec<Ignored>>,
) -> impl IntoView {
    let language = crate::language::use_language();
    view! {
        <Show when=move || !ignored.with(Vec::is_empty)>
            <div class="notice" data-testid="url-notice" role="status">
                {move || ignored.with(|i| notice_lines_in(i, language)).into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
            </div>
        </Show>
    }
}
