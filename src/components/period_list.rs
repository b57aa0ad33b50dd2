//! The periods on screen, newest first, each with its cards. Leaf component.
//!
//! Keyed by year (and the dataset's stamp): a period that stays on screen keeps its DOM when the filters change,
//! and reads its overview and cards from the view model by year.

use leptos::prelude::*;
use medborgarloften_core::page::query::Facet;
use medborgarloften_core::page::view::PeriodView;

use super::PeriodSection;

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
    /// True for the page rendered at build time: it gets links to each period, the year filter without
    /// JavaScript (public/noscript.css); the app has its filters instead.
    year_links: bool,
    /// A count in a period's overview was pressed.
    on_toggle: Callback<(Facet, String)>,
    /// "Dela länk" on a card: `(promise id, link)`.
    on_copy: Callback<(String, String)>,
    /// The embedded layout: compact cards and the period's follow-up plan folded.
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    let keys = move || {
        let stamp = stamp.get();
        periods.with(|ps| ps.iter().map(|p| (p.period.year(), stamp)).collect::<Vec<_>>())
    };
    // Without JavaScript these links are the year filter (public/noscript.css); the app's filters replace them.
    let links = year_links.then(|| {
        let items = periods.with_untracked(|ps| {
            ps.iter()
                .map(|p| {
                    let year = p.period.year();
                    view! { <li><a href=format!("?ar={year}#ar-{year}")>{p.period.title.clone()}</a></li> }
                })
                .collect_view()
        });
        view! { <ul class="period-links" aria-label="Perioder">{items}</ul> }
    });
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
                        on_toggle=on_toggle
                        on_copy=on_copy
                        compact=compact
                        every_place=year_links
                    />
                })
            }
        </For>
    }
}
