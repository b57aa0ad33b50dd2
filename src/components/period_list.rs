//! The periods on screen, newest first, each with its cards. Leaf component.
//!
//! Keyed by year (and the dataset's stamp): a period that stays on screen keeps its DOM when the filters change,
//! and reads its overview and cards from the view model by year.

use leptos::prelude::*;
use medborgarloften_core::contract;
use medborgarloften_core::page::view::PeriodView;

use super::PeriodSection;
use crate::language::use_language;

/// Every period with cards on screen.
#[component]
pub fn PeriodList(
    /// The periods with cards on screen, newest first.
    #[prop(into)]
    periods: Signal<Vec<PeriodView>>,
    /// Identifies the loaded dataset: a new dataset gets new rows.
    #[prop(into)]
    stamp: Signal<usize>,
    /// The promise a link opened.
    #[prop(into)]
    opened: Signal<Option<String>>,
    /// The latest copy to the clipboard: its key (a promise id) and whether it worked.
    #[prop(into)]
    copied: Signal<Option<(String, bool)>>,
    /// The app's address without query; card links add `?lofte=<id>`.
    link_base: String,
    /// The embedded layout: compact cards and the period's follow-up plan folded.
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    let words = &use_language().words.app;
    let keys = move || {
        let stamp = stamp.get();
        periods.with(|ps| ps.iter().map(|p| (p.period.year(), stamp)).collect::<Vec<_>>())
    };
    // Without JavaScript these links are the year filter (public/noscript.css hides the other periods and shows
    // them; style/prerender.css hides them where the filters work). Not in an embed frame, whose links all leave it.
    let links = move || {
        periods.with(|ps| {
            ps.iter()
                .map(|p| {
                    let year = p.period.year();
                    let href = format!("?ar={year}#{}", contract::period_id(year));
                    view! { <li><a href=href>{p.period.title.clone()}</a></li> }
                })
                .collect_view()
        })
    };
    let links = (!compact).then(|| view! { <ul class="period-links" aria-label=words.period_links>{links}</ul> });
    view! {
        {links}
        <For each=keys key=|key| *key let:key>
            {
                let year = key.0;
                let period = Memo::new(move |_| periods.with(|ps| ps.iter().find(|p| p.period.year() == year).cloned()));
                let first = period.get_untracked();
                first.map(|first| view! {
                    <PeriodSection
                        period=first.period
                        plan=first.plan
                        next_report=first.next_report
                        overview=Signal::derive(move || period.with(|p| p.as_ref().map(|p| p.overview.clone()).unwrap_or_default()))
                        cards=Signal::derive(move || period.with(|p| p.as_ref().map(|p| p.cards.clone()).unwrap_or_default()))
                        kommun_wide=Signal::derive(move || period.with(|p| p.as_ref().map(|p| p.kommun_wide.clone()).unwrap_or_default()))
                        groups=Signal::derive(move || period.with(|p| p.as_ref().map(|p| p.groups.clone()).unwrap_or_default()))
                        opened=opened
                        copied=copied
                        link_base=link_base.clone()
                        compact=compact
                    />
                })
            }
        </For>
    }
}
