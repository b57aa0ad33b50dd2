//! One filter dimension as a group of checkboxes with counts. Leaf component.
//!
//! The checkboxes are keyed by choice id alone and update their count and checked state in place, so the box
//! just toggled keeps keyboard focus. A choice that would show no promise is disabled and says why.

use leptos::prelude::*;
use medborgarloften_core::page::filter::FacetOption;
use medborgarloften_core::page::query::Facet;

/// A `<fieldset>` of checkboxes, each labelled with its choice and how many promises it would show.
#[component]
pub fn FacetGroup(
    /// The group's name, e.g. "År".
    legend: &'static str,
    /// Which facet the checkboxes toggle.
    facet: Facet,
    /// The choices with counts and selection.
    #[prop(into)]
    options: Signal<Vec<FacetOption>>,
    /// Called with the facet and the choice's id when a box is toggled.
    on_toggle: Callback<(Facet, String)>,
) -> impl IntoView {
    view! {
        <fieldset class="facet">
            <legend>{legend}</legend>
            <For each=move || options.get() key=|o| o.id.clone() let:option>
                {
                    let id = option.id.clone();
                    let find = id.clone();
                    let current = Memo::new(move |_| {
                        options.with(|all| all.iter().find(|o| o.id == find).map_or((0, false), |o| (o.count, o.selected)))
                    });
                    let checked = move || current.get().1;
                    let count = move || current.get().0;
                    // A choice that would show nothing is a dead end: off, and it says why.
                    let state = move || FacetOption { count: count(), selected: checked(), ..FacetOption::default() };
                    let dead_end = move || state().dead_end();
                    view! {
                        <label class="facet__option" class:facet__option--empty=dead_end>
                            <input type="checkbox" prop:checked=checked disabled=dead_end data-facet=facet.param() data-id=id.clone()
                                on:change=move |_| on_toggle.run((facet, id.clone()))/>
                            <span class="facet__label">{option.label.clone()}</span>
                            " "
                            <span class="facet__count">"(" {count} ")"</span>
                            // Always in the page, empty unless it applies: the page's first module writes it there.
                            <span class="visually-hidden facet__why">{move || state().note()}</span>
                        </label>
                    }
                }
            </For>
        </fieldset>
    }
}
