//! The notice that the promises on screen are a saved copy, with the date of that data. Leaf component.

use leptos::prelude::*;
use medborgarloften_core::page::saved_copy::{saved_copy_text, SavedCopy};
use medborgarloften_core::Date;

use crate::api::Saved;

/// Says why a saved copy is shown and how old its data is; nothing when the data is fresh.
#[component]
pub fn OfflineBanner(
    /// Why the shown dataset is a saved copy, or `None` when it is fresh.
    #[prop(into)]
    saved: Signal<Option<Saved>>,
    /// When the shown dataset was last updated.
    #[prop(into)]
    updated: Signal<Option<Date>>,
    /// The build's page: the notice is there, empty and hidden, for the page's first module to fill in.
    #[prop(optional)]
    placeholder: bool,
) -> impl IntoView {
    let text = move || {
        let why = match saved.get()? {
            Saved::Offline => SavedCopy::Offline,
            Saved::Unreachable => SavedCopy::Unreachable,
            Saved::Failed(_) => SavedCopy::Failed,
        };
        Some(saved_copy_text(why, updated.get()))
    };
    if placeholder {
        return view! { <p class="offline-banner" role="status" data-testid="offline-banner" hidden></p> }.into_any();
    }
    view! {
        {move || text().map(|text| view! {
            <p class="offline-banner" role="status" data-testid="offline-banner">{text}</p>
        })}
    }
    .into_any()
}
