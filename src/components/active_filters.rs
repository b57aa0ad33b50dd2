//! The active filters as removable chips. Leaf component.
//!
//! The row holds a chip for every choice the filters have (and one for the search text), each hidden unless
//! active and named by its key (`data-chip`): the page the build renders is then the same as the app's, and the
//! page's first module shows a chip without markup of its own.

use leptos::prelude::*;
use medborgarloften_core::contract::{class, control, testid};
use medborgarloften_core::page::active::ActiveFilter;

use crate::language::use_language;

/// Chips for the active filters and a "Rensa filter" button; the row is hidden while no filter is set.
#[component]
pub fn ActiveFilters(
    /// The active filters.
    #[prop(into)]
    chips: Signal<Vec<ActiveFilter>>,
    /// Every chip the choices can give, in the order chips are shown.
    #[prop(into)]
    every: Signal<Vec<ActiveFilter>>,
) -> impl IntoView {
    let words = &use_language().words.app;
    view! {
        <div class=class::CHIPS role="group" aria-label=words.chosen_filters hidden=move || chips.with(Vec::is_empty)>
            <For each=move || every.get() key=ActiveFilter::key let:chip>
                {
                    let key = chip.key();
                    let find = key.clone();
                    let active = Memo::new(move |_| chips.with(|all| all.iter().find(|c| c.key() == find).cloned()));
                    let label = move || active.with(|a| a.as_ref().map(|a| a.label.clone())).unwrap_or_else(|| chip.label.clone());
                    let aria = move || active.with(|a| a.as_ref().map(ActiveFilter::remove_label)).unwrap_or_default();
                    view! {
                        <button type="button" class="chip" data-testid=testid::ACTIVE_FILTER data-chip=key aria-label=aria
                            hidden=move || active.with(Option::is_none)>
                            <span>{label}</span><span aria-hidden="true" class="chip__x">"×"</span>
                        </button>
                    }
                }
            </For>
            <button type="button" class="link-button chips__clear" data-action=control::CLEAR>{words.clear_filters}</button>
        </div>
    }
}
