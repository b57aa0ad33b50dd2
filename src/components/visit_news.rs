//! "Nytt sedan ditt senaste besök" above the cards: how many promises are new, "Visa bara nya", where it is kept
//! and "Glöm mina besök". Leaf component.
//!
//! Returning readers' pages reserve its height before the app starts (the service worker serves them with
//! `data-besok`, public/sw.js; the pre-rendered page has the empty `.visit-slot`), so the take-over moves nothing; a
//! first visit shows nothing.

use leptos::prelude::*;
use medborgarloften_core::contract::{class, control, testid};
use medborgarloften_core::page::view::NewsView;

use crate::language::use_language;

/// The news line, or the reserved slot while there is none. Both are always in the page, the one not in use
/// hidden, so the build's page has them for the page's first module (crates/medborgarloften-first) to show: it
/// knows the reader's visits, which the build does not.
#[component]
pub fn VisitNews(
    /// What is new since the last visit; `None` on a first visit.
    #[prop(into)]
    news: Signal<Option<NewsView>>,
) -> impl IntoView {
    let words = &use_language().words.app;
    let none = move || news.with(Option::is_none);
    let any_new = move || news.with(|n| n.as_ref().is_some_and(|n| n.count > 0));
    let only_new = move || news.with(|n| n.as_ref().is_some_and(|n| n.only_new));
    view! {
        // The section holds the reserved height; the box inside is as tall as what it says.
        <section class="visit" data-testid=testid::VISIT_NEWS aria-label=words.visit_label hidden=none>
            <div class="visit__box">
                <p class="visit__text" data-testid=testid::VISIT_COUNT>
                    {move || news.with(|n| n.as_ref().map(|n| n.text.clone()).unwrap_or_default())}
                </p>
                <label class=class::VISIT_ONLY hidden=move || !any_new()>
                    <input type="checkbox" data-testid=testid::ONLY_NEW data-action=control::ONLY_NEW prop:checked=only_new/>
                    {words.only_new}
                </label>
                <p class="visit__privacy">
                    {words.visits_kept}
                    <button type="button" class="link-button visit__forget" data-action=control::FORGET>{words.forget_visits}</button>
                </p>
            </div>
        </section>
        <div class=class::VISIT_SLOT aria-hidden="true" hidden=move || !none()></div>
    }
}
