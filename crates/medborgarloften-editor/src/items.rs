//! A list of small records in the draft, each a fieldset of fields with the check's problems about the record
//! itself, with "Lägg till" and "Ta bort" (undo): a period's planned reports and groups, a promise's sub-promises
//! and targets.
//!
//! Shell layer.

use leptos::prelude::*;
use medborgarloften_core::edit::Path;
use serde_json::Value;

use crate::browser;
use crate::fields::{problems_at, Problems};
use crate::state::Ws;

/// The fields of one record, given its place.
pub type Fields = fn(Ws, Path) -> AnyView;

/// The records of the list at `list`.
#[component]
pub fn Items(
    /// The workspace.
    ws: Ws,
    /// Where the list is.
    list: Path,
    /// The section's heading.
    heading: &'static str,
    /// What one record is called, with its number: "Delrapport" → "Delrapport 1".
    one: &'static str,
    /// Adds a new record to the list; its index.
    add: fn(&mut Value, &Path) -> Option<usize>,
    /// The field that gets focus in a new record.
    first_field: &'static str,
    /// The fields of a record.
    fields: Fields,
    /// A hint under the heading.
    #[prop(optional)]
    hint: Option<&'static str>,
) -> impl IntoView {
    let count = {
        let list = list.clone();
        Memo::new(move |_| ws.count(&list))
    };
    let add_list = list.clone();
    let add = move |_| {
        let mut added = None;
        ws.edit(|doc| {
            added = add(doc, &add_list);
            added.is_some()
        });
        if let Some(j) = added {
            browser::focus_after_paint(add_list.index(j).field(first_field).anchor());
        }
    };
    let heading_id = format!("{}-rubrik", list.anchor());
    let labelled_by = heading_id.clone();
    view! {
        <section class="del" aria-labelledby=labelled_by>
            <h3 id=heading_id>{heading}</h3>
            {hint.map(|h| view! { <p class="falt-hjalp">{h}</p> })}
            {move || (0..count.get()).map(|j| {
                let at = list.index(j);
                let remove_list = list.clone();
                let remove = move |_| {
                    ws.remove(&remove_list, j, |_| format!("{one} {}", j + 1));
                };
                let anchor = at.anchor();
                let problems = problems_at(ws, at.clone());
                view! {
                    <fieldset class="grupp" id=anchor.clone() tabindex="-1">
                        <legend>{format!("{one} {}", j + 1)}</legend>
                        <Problems anchor=anchor.clone() problems/>
                        {fields(ws, at.clone())}
                        <button type="button" class="knapp-fara" on:click=remove>{format!("Ta bort {} {}", one.to_lowercase(), j + 1)}</button>
                    </fieldset>
                }
            }).collect_view()}
            <button type="button" class="knapp-lank" on:click=add>{format!("Lägg till: {}", one.to_lowercase())}</button>
        </section>
    }
}
