//! The notice that the promises on screen are a saved copy, with the date of that data. Leaf component.

use leptos::prelude::*;
use medborgarloften_core::contract::testid;
use medborgarloften_core::page::saved_copy::{saved_copy_text_in, SavedCopy};
use medborgarloften_core::Date;

use crate::api::Saved;

/// Says why a saved copy is shown and how old its data is; always in the page, hidden while the data is fresh.
#[component]
pub fn OfflineBanner(
    /// Why the shown dataset is a saved copy, or `None` when it is fresh.
    #[prop(into)]
    saved: Signal<Option<Saved>>,
    /// When the shown dataset was last updated.
    #[prop(into)]
    updated: Signal<Option<Date>>,
) -> impl IntoView {
    let language = crate::language::use_language();
    let text = Memo::new(move |_| {
        let why = match saved.get()? {
            Saved::Offline => SavedCopy::Offline,
            Saved::Unreachable => SavedCopy::Unreachable,
            Saved::Failed(_) => SavedCopy::Failed,
        };
        Some(saved_copy_text_in(why, updated.get(), language))
    });
    view! {
        <p class="offline-banner" role="status" data-testid=testid::OFFLINE_BANNER hidden=move || text.with(Option::is_none)>
            {move || text.get().unwrap_or_default()}
        </p>
    }
}
