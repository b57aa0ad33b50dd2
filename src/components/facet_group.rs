//! One filter dimension as a group of checkboxes with counts. Leaf component.

use leptos::prelude::*;
use medborgarloften_core::filter::{Facet, FacetOption};

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
            <For each=move || options.get() key=|o| (o.id.clone(), o.count, o.selected) let:option>
                {
                    let id = option.id.clone();
                    let empty = option.count == 0 && !option.selected;
                    view! {
                        <label class="facet__option" class:facet__option--empty=empty>
                            <input type="checkbox" prop:checked=option.selected
                                on:change=move |_| on_toggle.run((facet, id.clone()))/>
                            <span class="facet__label">{option.label.clone()}</span>
                            " "
                            <span class="facet__count">"(" {option.count} ")"</span>
                        </label>
                    }
                }
            </For>
        </fieldset>
    }
}
