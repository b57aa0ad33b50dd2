//! One promise as a form: period, who promises (among the dataset's promisers), title, the verbatim text, themes,
//! districts, source, targets and follow-ups.
//!
//! Shell layer.

use leptos::prelude::*;
use medborgarloften_core::edit::{ops, Path};

use serde_json::{json, Value};

use crate::fields::{named, Choice, LinesField, TextField, Ticks};
use crate::followups::Followups;
use crate::items::Items;
use crate::state::Ws;
use crate::targets::target_fields;

fn add_sub_promise(doc: &mut Value, list: &Path) -> Option<usize> {
    ops::push(doc, list, json!({"lead": "", "items": [""]}))
}

fn sub_promise_fields(ws: Ws, at: Path) -> AnyView {
    view! {
        <TextField ws path=at.field("lead") label="Inledning" hint="Till exempel ”Staden stödjer polisens löfte genom:”."/>
        <LinesField ws path=at.field("items") label="Punkterna, ordagrant" hint="En punkt per rad."/>
        <Ticks ws path=at.field("parties") legend="Vem lovar detta" options=named(ws, "parties")
            hint="Inget valt: samma som löftet."/>
    }
    .into_any()
}

/// The groups of promise `i`'s period, as (id, heading).
fn groups_of(ws: Ws, i: usize) -> Signal<Vec<(String, String)>> {
    let groups = Memo::new(move |_| {
        ws.doc.with(|doc| {
            let Some(doc) = doc.as_ref() else { return Vec::new() };
            let period = doc.pointer(&format!("/promises/{i}/period")).and_then(Value::as_str).unwrap_or_default();
            doc.get("periods")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter(|p| p.get("id").and_then(Value::as_str) == Some(period))
                .flat_map(|p| p.get("groups").and_then(Value::as_array).cloned().unwrap_or_default())
                .filter_map(|g| {
                    let id = g.get("id")?.as_str()?.to_owned();
                    let heading = g.get("heading").and_then(Value::as_str).unwrap_or(&id).to_owned();
                    Some((id, heading))
                })
                .collect()
        })
    });
    groups.into()
}

/// The form of promise `i`.
#[component]
pub fn PromiseForm(ws: Ws, i: usize) -> impl IntoView {
    let at = Path::root().field(ops::PROMISES).index(i);
    view! {
        <Choice ws path=at.field("period") label="Period" options=named(ws, "periods")/>
        <Ticks ws path=at.field("parties") legend="Vem lovar" options=named(ws, "parties")
            hint="Välj bland datamängdens parter; nya parter lägger du till under ”Uppgifter, parter, teman, områden”."/>
        <TextField ws path=at.field("title") label="Rubrik" hint="En kort rubrik för kortet, med dina egna ord."/>
        <Choice ws path=at.field("group") label="Grupp inom perioden" options=groups_of(ws, i) optional=true/>
        <TextField ws path=at.field("text") label="Löftet, ordagrant" long=true
            hint="Exakt som löftet publicerades, utan egna ändringar."/>
        <Items ws list=at.field("sub_promises") heading="Delåtaganden" one="Delåtagande" add=add_sub_promise
            first_field="lead" fields=sub_promise_fields
            hint="När löftet följs av en egen lista, till exempel ”Staden stödjer polisens löfte genom:”."/>
        <Ticks ws path=at.field("themes") legend="Teman (1–3)" options=named(ws, "themes")/>
        <Ticks ws path=at.field("districts") legend="Områden" options=named(ws, "districts")
            hint="Inget valt: löftet gäller hela kommunen."/>
        <TextField ws path=at.field("source_url") label="Källa (adress där löftet publicerades)" optional=true
            hint="Lämna tomt om det är periodens källa."/>
        <Items ws list=at.field("targets") heading="Mål med ett tal" one="Mål" add=ops::new_target first_field="label"
            fields=target_fields hint="När löftet lovar ett antal, till exempel ”200 trafikkontroller” eller ”minst två insatser”."/>
        <Followups ws i/>
    }
}
