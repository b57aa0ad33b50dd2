//! The notice that the promises on screen are a saved copy, with the date of that data. Leaf component.

use leptos::prelude::*;
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
) -> impl IntoView {
    let text = move || {
        let why = match saved.get()? {
            Saved::Offline => "Du är offline.",
            Saved::Unreachable => "Servern svarar inte.",
            Saved::Failed(_) => "De senast publicerade löftena kunde inte visas.",
        };
        Some(match updated.get() {
            Some(date) => format!("{why} Visar löften uppdaterade {}.", date.long_sv()),
            None => format!("{why} Visar sparade löften."),
        })
    };
    view! {
        {move || text().map(|text| view! {
            <p class="offline-banner" role="status" data-testid="offline-banner">{text}</p>
        })}
    }
}
