//! A period's follow-up at a glance: what more there is to say than its headline and the counts by status and by party, each count a
//! button that filters the list like the filter panel does. Leaf component.
//!
//! The buttons are keyed by choice id and update their count and pressed state in place, so the button just
//! pressed keeps keyboard focus. Each carries its facet and choice (`data-facet`, `data-id`), from which the page
//! reads a press (`crate::events`).

use leptos::prelude::*;
use medborgarloften_core::contract::class;
use medborgarloften_core::lang::{fill, AppWords};
use medborgarloften_core::page::filter::FacetOption;
use medborgarloften_core::page::query::Facet;
use medborgarloften_core::page::view::YearOverview as OverviewData;

use crate::language::use_language;

/// The overview of one period.
#[component]
pub fn YearOverview(
    /// The period's first year (for element ids).
    year: u16,
    /// The period's years as shown, e.g. "2019" or "2024–2027".
    label: String,
    /// Sentence and counts, from the core's view model.
    #[prop(into)]
    overview: Signal<OverviewData>,
) -> impl IntoView {
    let words = &use_language().words.app;
    let heading_id = format!("oversikt-{year}");
    let labelled_by = heading_id.clone();
    let statuses = Signal::derive(move || overview.with(|o| o.statuses.clone()));
    let parties = Signal::derive(move || overview.with(|o| o.parties.clone()));
    view! {
        <section class="overview" data-testid="year-overview" aria-labelledby=labelled_by>
            <h3 id=heading_id class="overview__heading">{fill(words.overview_heading, &[("years", &label)])}</h3>
            // The headline is above the period's cards; here what more there is, e.g. the plan (empty if nothing).
            <p class=class::OVERVIEW_SUMMARY data-testid="overview-summary">{move || overview.with(|o| o.details.clone())}</p>
            {counts(row_name(words, words.status, &label), words.status, Facet::Status, statuses)}
            {counts(row_name(words, words.party, &label), words.party, Facet::Party, parties)}
            <p class="overview__hint">{words.overview_hint}</p>
        </section>
    }
}

/// A row's name for screen readers: its legend and the period's years ("Status 2019").
fn row_name(words: &AppWords, legend: &str, years: &str) -> String {
    fill(words.overview_row, &[("row", legend), ("years", years)])
}

/// One row of count buttons; `aria-pressed` tells whether the choice is selected.
fn counts(name: String, legend: &'static str, facet: Facet, options: Signal<Vec<FacetOption>>) -> impl IntoView {
    let kind = facet.param();
    view! {
        <div class="overview__row" role="group" aria-label=name>
            <span class="overview__legend" aria-hidden="true">{legend}</span>
            <For each=move || options.get() key=|o| o.id.clone() let:o>
                {
                    let current = {
                        let id = o.id.clone();
                        Memo::new(move |_| {
                            options.with(|all| all.iter().find(|x| x.id == id).map_or((0, false), |x| (x.count, x.selected)))
                        })
                    };
                    let dot = format!("overview__dot {kind}-dot--{}", o.id);
                    view! {
                        <button type="button" class=class::OVERVIEW_COUNT data-testid="overview-count" data-facet=kind data-id=o.id.clone()
                            aria-pressed=move || current.get().1.to_string()
                            disabled=move || current.get() == (0, false)>
                            <span class=dot aria-hidden="true"></span>
                            <span>{o.label}</span>
                            <strong class=class::OVERVIEW_NUMBER>{move || current.get().0}</strong>
                        </button>
                    }
                }
            </For>
        </div>
    }
}
