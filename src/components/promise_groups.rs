//! A period's cards under its group headings (a theme, a party or a stadsdel), each with its intro and source.
//! Leaf component.
//!
//! Keyed by group id, so a group that stays on screen keeps its cards' DOM when the filters change.

use leptos::prelude::*;
use medborgarloften_core::contract::class;
use medborgarloften_core::lang::fill;
use medborgarloften_core::page::view::GroupView;

use super::CardList;
use crate::language::use_language;

/// The groups of one period with cards on screen.
#[component]
pub fn PromiseGroups(
    /// The period's first year, for element ids.
    year: u16,
    /// The groups with cards on screen, from the view model.
    #[prop(into)]
    groups: Signal<Vec<GroupView>>,
    /// The promise opened by a link, if any.
    #[prop(into)]
    opened: Signal<Option<String>>,
    /// The latest copy to the clipboard: its key (a promise id) and whether it worked.
    #[prop(into)]
    copied: Signal<Option<(String, bool)>>,
    /// The app's address without query; card links add `?lofte=<id>`.
    link_base: String,
    /// The embedded layout: compact cards.
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    let language = use_language();
    let words = &language.words.app;
    view! {
        <For each=move || groups.get() key=|g| g.id.clone() let:group>
            {
                let id = group.id.clone();
                let cards = Signal::derive(move || {
                    groups.with(|gs| gs.iter().find(|g| g.id == id).map(|g| g.cards.clone()).unwrap_or_default())
                });
                let list = view! {
                    <CardList cards=cards opened=opened copied=copied link_base=link_base.clone() compact=compact/>
                };
                match group.heading.clone() {
                    None => list.into_any(),
                    Some(heading) => {
                        let heading_id = format!("grupp-{year}-{}", group.id);
                        let labelled_by = heading_id.clone();
                        let source = group.source_url.clone().zip(group.source_label.clone());
                        view! {
                            <section class=class::PERIOD_GROUP data-testid="promise-group" aria-labelledby=labelled_by>
                                <h3 class="period__group-heading" id=heading_id lang=group.lang dir=language.dir_of(group.lang)>{heading.clone()}</h3>
                                {group.intro.clone().map(|intro| view! { <p class="period__intro" lang=group.lang dir=language.dir_of(group.lang)>{intro}</p> })}
                                {source.map(|(url, label)| view! {
                                    <p><a href=url target="_blank" rel="noopener" class="card__source">
                                        {label}<span class="visually-hidden">{fill(words.group_source_about, &[("heading", &heading)])}</span>
                                    </a></p>
                                })}
                                {list}
                            </section>
                        }
                        .into_any()
                    }
                }
            }
        </For>
    }
}
