//! A promise's follow-ups: date (day, month or year), verdict or "rapporterad", a value per target, note and
//! source. Never filled in by the workspace: only what the editor writes from a published report.
//!
//! Shell layer.

use leptos::prelude::*;
use medborgarloften_core::edit::{ops, Path};
use medborgarloften_core::Status;
use serde_json::Value;

use crate::browser;
use crate::fields::{Choice, NumberField, TextField};
use crate::state::Ws;

fn statuses() -> Signal<Vec<(String, String)>> {
    Signal::derive(|| Status::ALL.iter().map(|s| (s.id().to_owned(), s.label().to_owned())).collect())
}

/// The follow-ups of promise `i`.
#[component]
pub fn Followups(ws: Ws, i: usize) -> impl IntoView {
    let list = Path::root().field(ops::PROMISES).index(i).field("followups");
    let count = {
        let list = list.clone();
        Memo::new(move |_| ws.count(&list))
    };
    let date = RwSignal::new(String::new());
    let add_list = list.clone();
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let when = date.get_untracked().trim().to_owned();
        if when.is_empty() {
            ws.status.set("Skriv uppföljningens datum först, till exempel 2019-05-31, 2019-05 eller 2019.".to_owned());
            browser::focus_after_paint(format!("ny-uppfoljning-{i}"));
            return;
        }
        let mut added = None;
        ws.edit(|doc| {
            added = ops::new_followup(doc, i, &when);
            added.is_some()
        });
        if let Some(j) = added {
            date.set(String::new());
            ws.status.set(format!("En uppföljning daterad {when} är tillagd."));
            browser::focus_after_paint(add_list.index(j).field("status").anchor());
        }
    };
    view! {
        <section class="del" aria-labelledby=format!("uppf-{i}")>
            <h3 id=format!("uppf-{i}")>"Uppföljningar"</h3>
            <Show when=move || count.get() == 0>
                <p>"Ingen uppföljning är publicerad. Sidan säger det till invånarna; fyll bara i det som en publicerad rapport säger."</p>
            </Show>
            {move || (0..count.get()).map(|j| view! { <Followup ws i list=list.clone() j/> }).collect_view()}
            <form class="ny-uppfoljning" on:submit=add>
                <label for=format!("ny-uppfoljning-{i}")>"Datum för en ny uppföljning (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ)"</label>
                <input id=format!("ny-uppfoljning-{i}") type="text" inputmode="numeric" prop:value=move || date.get()
                    on:input=move |ev| date.set(event_target_value(&ev))/>
                <button type="submit" class="knapp">"Lägg till uppföljning"</button>
            </form>
        </section>
    }
}

#[component]
fn Followup(ws: Ws, i: usize, list: Path, j: usize) -> impl IntoView {
    let at = list.index(j);
    let targets = Memo::new(move |_| {
        ws.doc.with(|doc| {
            doc.as_ref()
                .and_then(|d| d.pointer(&format!("/promises/{i}/targets")))
                .and_then(Value::as_array)
                .map(|targets| {
                    targets
                        .iter()
                        .filter_map(|t| {
                            let id = t.get("id")?.as_str()?.to_owned();
                            let label = t.get("label").and_then(Value::as_str).unwrap_or(&id).to_owned();
                            Some((id, label))
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let values_at = at.field("achieved");
    let remove_list = list.clone();
    let remove = move |_| {
        ws.remove(&remove_list, j, |item| {
            format!("Uppföljningen {}", item.get("date").and_then(Value::as_str).unwrap_or(""))
        });
    };
    let legend_at = at.field("date");
    view! {
        <fieldset class="grupp" id=at.anchor() tabindex="-1">
            <legend>{move || format!("Uppföljning {}", ws.text(&legend_at))}</legend>
            <TextField ws path=at.field("date") label="Datum" hint="ÅÅÅÅ-MM-DD, eller ÅÅÅÅ-MM och ÅÅÅÅ när rapporten bara anger månad eller år."/>
            <Choice ws path=at.field("status") label="Bedömning" options=statuses()/>
            {move || targets.get().into_iter().map(|(id, label)| {
                view! {
                    <NumberField ws path=values_at.field(&id) label=format!("Resultat: {label}") optional=true
                        hint="Sammanlagt hittills, som rapporten anger det."/>
                }
            }).collect_view()}
            <TextField ws path=at.field("note") label="Vad rapporten säger" long=true optional=true/>
            <TextField ws path=at.field("source").field("title") label="Källans rubrik" optional=true/>
            <TextField ws path=at.field("source").field("url") label="Källans adress" optional=true/>
            <button type="button" class="knapp-fara" on:click=remove>"Ta bort uppföljningen"</button>
        </fieldset>
    }
}
