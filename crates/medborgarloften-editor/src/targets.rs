//! A promise's targets: what is promised as a number ("minst 200 trafikkontroller", "2 per vecka").
//!
//! Shell layer.

use leptos::prelude::*;
use medborgarloften_core::edit::{ops, Path};

use crate::browser;
use crate::fields::{Choice, NumberField, Problems, TextField};
use crate::state::Ws;

fn kinds() -> Signal<Vec<(String, String)>> {
    Signal::derive(|| {
        vec![("minst".to_owned(), "minst (eller fler)".to_owned()), ("exakt".to_owned(), "exakt".to_owned())]
    })
}

/// The targets of promise `i`.
#[component]
pub fn Targets(ws: Ws, i: usize) -> impl IntoView {
    let list = Path::root().field(ops::PROMISES).index(i).field("targets");
    let count = {
        let list = list.clone();
        Memo::new(move |_| ws.count(&list))
    };
    let add_list = list.clone();
    let add = move |_| {
        let mut added = None;
        ws.edit(|doc| {
            added = ops::new_target(doc, i);
            added.is_some()
        });
        if let Some(j) = added {
            browser::focus_after_paint(add_list.index(j).field("label").anchor());
        }
    };
    view! {
        <section class="del" aria-labelledby=format!("mal-{i}")>
            <h3 id=format!("mal-{i}")>"Mål med ett tal"</h3>
            <p class="falt-hjalp">"När löftet lovar ett antal, till exempel ”200 trafikkontroller” eller ”minst två insatser”."</p>
            {move || (0..count.get()).map(|j| view! { <Target ws list=list.clone() j/> }).collect_view()}
            <button type="button" class="knapp-lank" on:click=add>"Lägg till ett mål"</button>
        </section>
    }
}

#[component]
fn Target(ws: Ws, list: Path, j: usize) -> impl IntoView {
    let at = list.index(j);
    let anchor = at.anchor();
    let own = at.clone();
    let problems = Memo::new(move |_| {
        ws.checked.with(|c| {
            c.as_ref()
                .map(|c| {
                    c.problems.iter().filter(|p| p.path.as_ref() == Some(&own)).map(|p| p.message.clone()).collect()
                })
                .unwrap_or_default()
        })
    });
    let remove_list = list.clone();
    let remove = move |_| {
        ws.remove(&remove_list, j, |_| format!("Målet {}", j + 1));
    };
    view! {
        <fieldset class="grupp" id=anchor.clone() tabindex="-1">
            <legend>{format!("Mål {}", j + 1)}</legend>
            <Problems anchor=anchor.clone() problems/>
            <TextField ws path=at.field("label") label="Vad som räknas" hint="Till exempel ”trafikkontroller i Norrby”."/>
            <NumberField ws path=at.field("value") label="Antal".to_owned() optional=true
                hint="Lämna tomt om resultaten räknas utan mål."/>
            <Choice ws path=at.field("kind") label="Minst eller exakt" options=kinds() optional=true/>
            <TextField ws path=at.field("unit") label="Enhet" hint="Till exempel ”kontroller”."/>
            <TextField ws path=at.field("rate") label="Takt" optional=true hint="Till exempel ”per vecka”; tomt om antalet gäller hela perioden."/>
            <TextField ws path=at.field("id") label="Id (för uppföljningarnas värden)"/>
            <button type="button" class="knapp-fara" on:click=remove>"Ta bort målet"</button>
        </fieldset>
    }
}
