//! One promise period: its title, intro, joint goal and follow-up plan, then its promise cards. Leaf component.

use leptos::prelude::*;
use medborgarloften_core::card::PromiseCard as CardData;
use medborgarloften_core::model::Period;

use super::PromiseCard;

/// A period and the shown promises of it.
#[component]
pub fn PeriodSection(
    /// The period.
    period: Period,
    /// Cards of the shown promises, each with its absolute link.
    cards: Vec<(CardData, String)>,
    /// The promise opened by a link, if any.
    #[prop(into)]
    opened: Signal<Option<String>>,
) -> impl IntoView {
    let heading_id = format!("period-{}", period.year);
    let labelled_by = heading_id.clone();
    let goal = period.goal.clone();
    let followup = period.followup.clone();
    let documents = period.documents.clone();
    let source_url = period.source_url.clone();
    view! {
        <section class="period" aria-labelledby=labelled_by>
            <header class="period__header">
                <h2 id=heading_id>{period.title.clone()}</h2>
                <p class="period__intro">{period.intro.clone()}</p>
                {goal.map(|goal| view! {
                    <div class="period__goal">
                        <h3 class="period__goal-heading">{goal.heading}</h3>
                        <p>{goal.text}</p>
                    </div>
                })}
                {period.lead.clone().map(|lead| view! { <p class="period__lead">{lead} ":"</p> })}
            </header>
            <ul class="cards" role="list">
                {cards.into_iter().map(|(card, link)| {
                    let id = card.id.clone();
                    let selected = Signal::derive(move || opened.get().as_deref() == Some(id.as_str()));
                    view! { <li><PromiseCard card=card link=link selected=selected/></li> }
                }).collect_view()}
            </ul>
            <footer class="period__followup">
                <h3>{followup.heading.clone()}</h3>
                {followup.text.clone().map(|text| view! { <p>{text}</p> })}
                {(!documents.is_empty()).then(|| view! {
                    <ul class="documents">
                        {documents.into_iter().map(|doc| {
                            let href = doc.url.clone().unwrap_or_else(|| source_url.clone());
                            view! {
                                <li>
                                    <a href=href target="_blank" rel="noopener">{doc.title.clone()}</a>
                                    {doc.note.clone().map(|note| view! { <span class="documents__note">" – " {note}</span> })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                })}
            </footer>
        </section>
    }
}
