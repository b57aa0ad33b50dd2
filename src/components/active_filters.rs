//! The active filters as removable chips. Leaf component.

use leptos::prelude::*;
use medborgarloften_core::active::ActiveFilter;

/// Chips for the active filters and a "Rensa filter" button; nothing when no filter is set.
#[component]
pub fn ActiveFilters(
    /// The active filters.
    #[prop(into)]
    chips: Signal<Vec<ActiveFilter>>,
    /// Removes one filter; called with its position among the chips, so focus can go to the one after it.
    on_remove: Callback<(usize, ActiveFilter)>,
    /// Removes every filter.
    on_clear: Callback<()>,
) -> impl IntoView {
    view! {
        <Show when=move || !chips.with(Vec::is_empty)>
            <div class="chips" role="group" aria-label="Valda filter">
                <For each=move || chips.get() key=|chip| (chip.facet.map(|f| f as u8), chip.id.clone()) let:chip>
                    {
                        let label = chip.label.clone();
                        let aria = format!("Ta bort filter: {label}");
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
}
