//! A list of promise cards, keyed by promise id and its mark (a card that becomes or stops being new is drawn
//! again). Leaf component.
//!
//! A card that stays on screen is the same DOM node, so its open history, its copy message and focus inside it
//! survive a filter change.

use leptos::prelude::*;
use medborgarloften_core::contract::class;
use medborgarloften_core::page::view::CardView;

use super::PromiseCard;

/// The cards, in order.
#[component]
pub fn CardList(
    /// The cards on screen.
    #[prop(into)]
    cards: Signal<Vec<CardView>>,
    /// The promise opened by a link, if any.
    #[prop(into)]
    opened: Signal<Option<String>>,
    /// The latest copy to the clipboard: its key (a promise id) and whether it worked.
    #[prop(into)]
    copied: Signal<Option<(String, bool)>>,
    /// The app's address without query; card links add `?lofte=<id>`.
    link_base: String,
    /// The embedded layout's compact cards.
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    view! {
        <ul class=class::CARDS role="list">
            <For each=move || cards.get() key=|row| (row.card.id.clone(), row.novelty) let:row>
                {
                    let id = row.card.id.clone();
                    let link = format!("{link_base}?{}", row.link_query);
                    let selected = {
                        let id = id.clone();
                        Signal::derive(move || opened.with(|o| o.as_deref() == Some(id.as_str())))
                    };
                    let card_copied = {
                        let id = id.clone();
                        Signal::derive(move || copied.with(|c| c.as_ref().filter(|(k, _)| *k == id).map(|(_, ok)| *ok)))
                    };
                    view! { <li><PromiseCard card=row.card novelty=row.novelty link=link selected=selected copied=card_copied compact=compact/></li> }
                }
            </For>
        </ul>
    }
}
