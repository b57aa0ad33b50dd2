//! The dataset's facts (title, kommun, source) and its named lists: promisers (parties), themes and districts —
//! add, rename (ids follow into every promise) and remove with undo.
//!
//! Shell layer.

use leptos::prelude::*;
use medborgarloften_core::edit::{ops, Path};
use serde_json::Value;

use crate::browser;
use crate::fields::TextField;
use crate::state::Ws;

/// The facts and lists part.
#[component]
pub fn Names(ws: Ws) -> impl IntoView {
    let root = Path::root();
    view! {
        <h2>"Uppgifter om datamängden"</h2>
        <TextField ws path=root.field("title") label="Titel"/>
        <TextField ws path=root.field("municipality").field("name") label="Kommunens namn"/>
        <TextField ws path=root.field("municipality").field("code") label="Kommunkod (SCB, fyra siffror)"/>
        <TextField ws path=root.field("source").field("title") label="Källans rubrik"/>
        <TextField ws path=root.field("source").field("url") label="Källans adress"/>
        <TextField ws path=root.field("updated") label="Senast uppdaterad (ÅÅÅÅ-MM-DD)"/>
        <NamedList ws list="parties" heading="Parter (vem lovar)" one="part"/>
        <NamedList ws list="themes" heading="Teman" one="tema"/>
        <NamedList ws list="districts" heading="Områden" one="område"/>
    }
}

#[component]
fn NamedList(ws: Ws, list: &'static str, heading: &'static str, one: &'static str) -> impl IntoView {
    let path = Path::root().field(list);
    let count = {
        let path = path.clone();
        Memo::new(move |_| ws.count(&path))
    };
    let name = RwSignal::new(String::new());
    let add_path = path.clone();
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let new = name.get_untracked();
        if new.trim().is_empty() {
            browser::focus_after_paint(format!("ny-{list}"));
            return;
        }
        let mut added = None;
        ws.edit(|doc| {
            added = ops::new_named(doc, list, new.trim());
            added.is_some()
        });
        if let Some(j) = added {
            name.set(String::new());
            ws.status.set(format!("”{}” är tillagd.", new.trim()));
            browser::focus_after_paint(add_path.index(j).field("name").anchor());
        }
    };
    view! {
        <section class="del" aria-labelledby=format!("lista-{list}")>
            <h2 id=format!("lista-{list}")>{heading}</h2>
            {move || (0..count.get()).map(|j| view! { <Named ws list path=path.clone() j one/> }).collect_view()}
            <form class="ny-namn" on:submit=add>
                <label for=format!("ny-{list}")>{format!("Namn på en ny {one}")}</label>
                <input id=format!("ny-{list}") type="text" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
                <button type="submit" class="knapp">{format!("Lägg till {one}")}</button>
            </form>
        </section>
    }
}

#[component]
fn Named(ws: Ws, list: &'static str, path: Path, j: usize, one: &'static str) -> impl IntoView {
    let at = path.index(j);
    let id_at = at.field("id");
    let id_anchor = id_at.anchor();
    let current_id = {
        let id_at = id_at.clone();
        move || ws.text(&id_at)
    };
    let rename = {
        let current_id = current_id.clone();
        move |ev: leptos::ev::Event| {
            let new = event_target_value(&ev);
            let old = current_id();
            let mut done = false;
            ws.edit(|doc| {
                done = ops::rename_id(doc, list, &old, new.trim());
                done
            });
            if !done && new.trim() != old {
                ws.status
                    .set(format!("Id:t ”{}” används redan eller är tomt; det gamla id:t ”{old}” är kvar.", new.trim()));
            }
        }
    };
    let remove_path = path.clone();
    let remove = move |_| {
        ws.remove(&remove_path, j, |item| format!("”{}”", item.get("name").and_then(Value::as_str).unwrap_or("")));
    };
    let legend_at = at.field("name");
    view! {
        <fieldset class="grupp" id=at.anchor() tabindex="-1">
            <legend>{move || ws.text(&legend_at)}</legend>
            <TextField ws path=at.field("name") label="Namn"/>
            {(list == "parties").then(|| view! {
                <TextField ws path=at.field("short") label="Kort namn" hint="Till exempel ”Polisen”."/>
                <TextField ws path=at.field("in_sentence") label="I en mening" optional=true hint="Till exempel ”polisen”."/>
            })}
            <div class="falt">
                <label for=id_anchor.clone()>"Id"</label>
                <p class="falt-hjalp" id=format!("{id_anchor}-hjalp")>"Ändras det här ändras det i alla löften som pekar på det."</p>
                <input id=id_anchor.clone() type="text" prop:value=current_id on:change=rename aria-describedby=format!("{id_anchor}-hjalp")/>
            </div>
            <button type="button" class="knapp-fara" on:click=remove>{format!("Ta bort {one}en")}</button>
        </fieldset>
    }
}
