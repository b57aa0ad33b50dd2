//! The active filters as removable chips. Leaf component.

use leptos::prelude::*;
use medborgarloften_core::page::active::ActiveFilter;

/// Chips for the active filters and a "Rensa filter" button; nothing when no filter is set.
///
/// At build time (`every` given) the page gets a chip for every choice and one for the search text, each hidden
/// unless active, with `data-chip` naming it: the page's first module (crates/medborgarloften-first) then shows
/// the active ones without rendering markup of its own.
#[component]
pub fn ActiveFilters(
    /// The active filters.
    #[prop(into)]
    chips: Signal<Vec<ActiveFilter>>,
    /// Every chip the page can show, at build time; empty in the browser.
    #[prop(optional)]
    every: Vec<ActiveFilter>,
    /// Removes one filter; called with its position among the chips, so focus can go to the one after it.
    on_remove: Callback<(usize, ActiveFilter)>,
    /// Removes every filter.
    on_clear: Callback<()>,
) -> impl IntoView {
    if !every.is_empty() {
        return every_chip(every, chips).into_any();
    }
    view! {
        <Show when=move || !chips.with(Vec::is_empty)>
            <div class="chips" role="group" aria-label="Valda filter">
                <For each=move || chips.get() key=|chip| (chip.facet.map(|f| f as u8), chip.id.clone()) let:chip>
                    {
                        let label = chip.label.clone();
                        let aria = chip.remove_label();
                        view! {
                            <button type="button" class="chip" data-testid="active-filter" aria-label=aria
                                on:click=move |_| {
                                    let at = chips.with_untracked(|all| all.iter().position(|c| *c == chip)).unwrap_or(0);
                                    on_remove.run((at, chip.clone()));
                                }>
                                <span>{label}</span><span aria-hidden="true" class="chip__x">"×"</span>
                            </button>
                        }
                    }
                </For>
                <button type="button" class="link-button" on:click=move |_| on_clear.run(())>"Rensa filter"</button>
            </div>
        </Show>
    }
    .into_any()
}

/// The build's chips: all of them, the inactive ones hidden.
fn every_chip(every: Vec<ActiveFilter>, chips: Signal<Vec<ActiveFilter>>) -> impl IntoView {
    let active = chips.get_untracked();
    let none = active.is_empty();
    view! {
        <div class="chips" role="group" aria-label="Valda filter" hidden=none>
            {every.into_iter().map(|chip| {
                let hidden = !active.iter().any(|a| a.facet == chip.facet && (a.facet.is_none() || a.id == chip.id));
                let key = chip.key();
                let aria = chip.remove_label();
                view! {
                    <button type="button" class="chip" data-testid="active-filter" data-chip=key aria-label=aria hidden=hidden>
                        <span>{chip.label}</span><span aria-hidden="true" class="chip__x">"×"</span>
                    </button>
                }
            }).collect_view()}
            <button type="button" class="link-button chips__clear">"Rensa filter"</button>
        </div>
    }
}
