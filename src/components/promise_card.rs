//! One promise as a card: party, year, title, verbatim text, themes, districts, targets, status, progress toward
//! numeric targets, the follow-up history, links. Leaf component.

use leptos::prelude::*;
use medborgarloften_core::contract::{self, class, control, testid};
use medborgarloften_core::dataset::followup::HistoryEntry;
use medborgarloften_core::dataset::progress::TargetProgress;
use medborgarloften_core::lang::{fill, AppWords};
use medborgarloften_core::page::card::PromiseCard as CardData;
use medborgarloften_core::page::shared_link::copied_text_in;
use medborgarloften_core::page::visit::Novelty;

use crate::language::use_language;

/// A promise card. Dataset text is always rendered as text, never as HTML.
#[component]
pub fn PromiseCard(
    /// What to show.
    card: CardData,
    /// Why the promise is new since the reader's last visit ("Ny uppföljning", "Nytt löfte"), if it is.
    novelty: Option<Novelty>,
    /// Absolute link to this promise (`?lofte=<id>`), for "Dela länk".
    link: String,
    /// True when the card was opened by a link.
    #[prop(into)]
    selected: Signal<bool>,
    /// Whether copying this card's link worked; `None` before any copy.
    #[prop(into)]
    copied: Signal<Option<bool>>,
    /// The embedded layout: the card shows title, who, status and progress, and the rest on a tap.
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    let language = use_language();
    let words = &language.words.app;
    // Whether a compact card was opened: view-local.
    let expanded = RwSignal::new(false);
    let status_class = format!("status status--{}", card.status.id());
    view! {
        <article class="card" id=contract::card_id(&card.id) data-testid=testid::PROMISE_CARD data-promise-id=card.id.clone() tabindex="-1"
            class=(class::CARD_SELECTED, move || selected.get())
            class:card--compact=compact class:card--open=move || expanded.get()
            aria-current=move || selected.get().then_some("true")
            aria-labelledby=format!("rubrik-{}", card.id)>
            <div class="card__meta">
                <span class=format!("party party--{}", card.party_key) data-testid="party" title=card.party_names.clone()>
                    {card.party_label.clone()}
                </span>
                <span class="card__year">{card.period.clone()}</span>
                // Seen by eye here; a screen reader hears it with the title, which also names the card.
                // Always there, hidden without a novelty: the page's first module fills it in on the build's page.
                <span class=class::CARD_NEW data-testid="new-badge" aria-hidden="true" hidden=novelty.is_none()>{novelty.map(|n| n.badge_in(language))}</span>
            </div>
            <h3 class="card__title" id=format!("rubrik-{}", card.id)>
                <span lang=card.title_lang dir=language.dir_of(card.title_lang)>{card.title.clone()}</span>
                <span class=format!("visually-hidden {}", class::CARD_NEW_NOTE)>{novelty.map(|n| n.title_note_in(language))}</span>
            </h3>
            <p class="card__text" lang=card.text_lang dir=language.dir_of(card.text_lang)>{card.text.clone()}</p>
            {card.swedish_only.map(|line| view! { <p class="card__swedish-only" data-testid="swedish-only">{line}</p> })}
            {card.sub_promises.iter().map(|s| view! {
                <div class="card__sub" data-testid="sub-promises" lang=s.lang dir=language.dir_of(s.lang)>
                    <p class="card__sub-lead">{s.lead.clone()}</p>
                    <ul>{s.items.iter().map(|item| view! { <li>{item.clone()}</li> }).collect_view()}</ul>
                </div>
            }).collect_view()}
            <dl class="card__facts">
                <div><dt>{words.theme}</dt><dd lang=card.names_lang>{card.themes.join(language.words.list_comma)}</dd></div>
                <div><dt>{words.district}</dt><dd lang=card.names_lang>{card.districts.join(language.words.list_comma)}</dd></div>
                {(!card.targets.is_empty()).then(|| view! {
                    <div><dt>{words.targets}</dt><dd>{card.targets.join(words.targets_separator)}</dd></div>
                })}
            </dl>
            // Without a follow-up the status is the card's one quiet line (style/main.css): the period says it first.
            <p class=status_class data-testid="status">{card.status_label}</p>
            {card.latest_text.clone().map(|text| view! { <p class="card__note" data-testid="latest-followup">{text}</p> })}
            {card.progress.iter().enumerate().map(|(i, p)| progress_view(&card.id, i, p)).collect_view()}
            {history_view(&card.history, words)}
            {compact.then(|| expand_button(card.title.clone(), expanded, words))}
            <div class="card__actions">
                <a href=card.source_url.clone() target="_blank" rel="noopener" class="card__source">
                    {card.source_label.clone()}<span class="visually-hidden">{fill(words.source_about, &[("title", &card.title)])}</span>
                </a>
                <button type="button" class="link-button" data-action=control::SHARE>
                    {words.share}<span class="visually-hidden">{fill(words.share_about, &[("title", &card.title)])}</span>
                </button>
                <span class=class::CARD_COPIED role="status">
                    {move || copied.get().map(|ok| copied_text_in(ok, &link, language)).unwrap_or_default()}
                </span>
            </div>
        </article>
    }
}

/// The compact card's "Visa hela löftet" / "Visa mindre" toggle, named with the promise for screen readers.
fn expand_button(title: String, expanded: RwSignal<bool>, words: &'static AppWords) -> impl IntoView {
    view! {
        <button type="button" class="link-button card__expand" data-testid="card-expand"
            aria-expanded=move || expanded.get().to_string() on:click=move |_| expanded.update(|e| *e = !*e)>
            {move || if expanded.get() { words.show_less } else { words.show_whole }}
            <span class="visually-hidden">": " {title}</span>
        </button>
    }
}

/// A numeric target's progress: the amount in words, then a `<progress>` bar labelled by those words — only toward
/// a total; a rate target's number stands beside its target without a bar (the core decides:
/// `dataset::progress::total_target`). "överträffat" is said in text, never shown by colour alone.
fn progress_view(card_id: &str, index: usize, p: &TargetProgress) -> impl IntoView {
    let label_id = format!("mal-{card_id}-{index}");
    let remark = p.remark.map(|r| format!(" – {r}"));
    view! {
        <div class="progress" data-testid="progress">
            <p class="progress__text" id=label_id.clone()>
                <span class="progress__label">{p.label.clone()} ": "</span>
                <strong>{p.text.clone()}</strong>
                {remark}
            </p>
            {p.bar.map(|bar| view! {
                <progress class="progress__bar" class:progress__bar--done=bar.reached max=bar.target value=bar.value aria-labelledby=label_id></progress>
            })}
        </div>
    }
}

/// The follow-up history as an expandable timeline; nothing when no follow-up is published.
fn history_view(entries: &[HistoryEntry], words: &'static AppWords) -> Option<impl IntoView> {
    if entries.is_empty() {
        return None;
    }
    let count = entries.len();
    let items = entries
        .iter()
        .map(|e| {
            let status_class = format!("status status--{}", e.status.id());
            view! {
                <li class="history__entry" data-testid="history-entry">
                    <p class="history__when">{e.when.clone()}</p>
                    <p class="history__kind">{e.kind_text} ": " <span class=status_class>{e.status_label}</span></p>
                    {e.note.clone().map(|note| view! { <p>{note}</p> })}
                    {(!e.achieved.is_empty()).then(|| view! { <p>{e.achieved_label} ": " {e.achieved.join(words.targets_separator)}</p> })}
                    {e.source.clone().map(|link| view! {
                        <p><a href=link.url target="_blank" rel="noopener">{link.title}</a></p>
                    })}
                </li>
            }
        })
        .collect_view();
    Some(view! {
        // "Visa" while folded, "Dölj" while open: the stylesheet shows the one that applies, so the page needs no
        // script for it (style/followup.css).
        <details class="history" data-testid="history">
            <summary>
                <span class="history__show">{words.history_show}</span><span class="history__hide">{words.history_hide}</span>
                {fill(words.history_count, &[("n", &count.to_string())])}
            </summary>
            <ol class="history__list">{items}</ol>
        </details>
    })
}
