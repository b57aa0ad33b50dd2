//! One filter dimension as a group of checkboxes with counts. Leaf component.
//!
//! The checkboxes are keyed by choice id alone and update their count and checked state in place, so the box
//! just toggled keeps keyboard focus. A choice that would show no promise is disabled and says why. Each box
//! carries its facet and choice (`data-facet`, `data-id`); the page reads a tick from them (`crate::events`).

use leptos::prelude::*;
use medborgarloften_core::contract::class;
use medborgarloften_core::page::filter::FacetOption;
use medborgarloften_core::page::query::Facet;

/// A `<fieldset>` of checkboxes, each labelled with its choice and how many promises it would show.
#[component]
pub fn FacetGroup(
    /// The group's name, e.g. "År" (in the page's language).
    legend: &'static str,
    /// Which facet the checkboxes toggle.
    facet: Facet,
    /// The choices with counts and selection.
    #[prop(into)]
    options: Signal<Vec<FacetOption>>,
) -> impl IntoView {
    let language = crate::language::use_language();
    view! {
        <fieldset class="facet">
            <legend>{legend}</legend>
            <For each=move || options.get() key=|o| o.id.clone() let:option>
                {
                    let find = option.id.clone();
                    let current = Memo::new(move |_| {
                        options.with(|all| all.iter().find(|o| o.id == find).map_or((0, false), |o| (o.count, o.selected)))
                    });
                    let checked = move || current.get().1;
                    let count = move || current.get().0;
                    // A choice that would show nothing is a dead end: off, and it says why.
                    let state = move || FacetOption { count: count(), selected: checked(), ..FacetOption::default() };
                    let dead_end = move || state().dead_end();
                    view! {
                        <label class="facet__option" class=(class::FACET_EMPTY, dead_end)>
                            <input type="checkbox" prop:checked=checked disabled=dead_end data-facet=facet.param() data-id=option.id.clone()/>
                            <span class="facet__label">{option.label.clone()}</span>
                            " "
                            <span class=class::FACET_COUNT>"(" {count} ")"</span>
                            // Always in the page, empty unless it applies.
                            <span class=format!("visually-hidden {}", class::FACET_WHY)>{move || state().note_in(language)}</span>
                        </label>
                    }
                }
            </For>
        </fieldset>
    }
}
