//! The promises part: the list of promises (by period, each with its number of problems) and the form of the one
//! chosen; add, move, duplicate into the next period and remove (with undo).
//!
//! Shell layer.

use leptos::prelude::*;
use medborgarloften_core::edit::{ops, Path};
use serde_json::Value;

use crate::browser;
use crate::promise_form::PromiseForm;
use crate::state::Ws;

fn promises() -> Path {
    Path::root().field(ops::PROMISES)
}

/// What a promise is called in the list: its title, else the start of its text.
pub fn promise_name(ws: Ws, i: usize) -> String {
    let title = ws.text(&promises().index(i).field("title"));
    if !title.trim().is_empty() {
        return title;
    }
    let text = ws.text(&promises().index(i).field("text"));
    let start: String = text.chars().take(60).collect();
    if start.trim().is_empty() {
        format!("Löfte {} (utan rubrik)", i + 1)
    } else if start.len() < text.len() {
        format!("{start}…")
    } else {
        start
    }
}

/// The promises part.
#[component]
pub fn Promises(ws: Ws) -> impl IntoView {
    let count = Memo::new(move |_| ws.count(&promises()));
    let add = move |_| {
        let period = ws.doc.with_untracked(|d| {
            d.as_ref().and_then(|d| d.pointer("/periods/0/id")).and_then(Value::as_str).map(str::to_owned)
        });
        let Some(period) = period else {
            ws.status.set("Lägg först till en period under ”Perioder”.".to_owned());
            return;
        };
        let mut added = None;
        ws.edit(|doc| {
            added = ops::new_promise(doc, &period);
            added.is_some()
        });
        if let Some(i) = added {
            ws.selected.set(i);
            ws.status.set("Ett nytt löfte är tillagt.".to_owned());
            browser::focus_after_paint(promises().index(i).field("title").anchor());
        }
    };
    view! {
        <div class="loften">
            <nav class="loften-lista" aria-labelledby="loften-rubrik">
                <h2 id="loften-rubrik">{move || format!("Löften ({})", count.get())}</h2>
                <ol>
                    {move || (0..count.get()).map(|i| view! { <PromiseItem ws i/> }).collect_view()}
                </ol>
                <button type="button" class="knapp" on:click=add>"Lägg till ett löfte"</button>
            </nav>
            {move || {
                let n = count.get();
                let i = ws.selected.get();
                if n == 0 {
                    view! { <p>"Utkastet har inga löften än."</p> }.into_any()
                } else {
                    view! { <PromiseSection ws i=i.min(n - 1)/> }.into_any()
                }
            }}
        </div>
    }
}

#[component]
fn PromiseItem(ws: Ws, i: usize) -> impl IntoView {
    let place = promises().index(i);
    let problems = Memo::new(move |_| ws.checked.with(|c| c.as_ref().map_or(0, |c| c.about(&place).count())));
    let period = move || ws.text(&promises().index(i).field("period"));
    view! {
        <li>
            <button type="button" class="lofte-val" id=format!("lofte-val-{i}")
                aria-current=move || (ws.selected.get() == i).then_some("true")
                on:click=move |_| {
                    ws.selected.set(i);
                    browser::focus_after_paint("lofte-rubrik".to_owned());
                }>
                <span class="lofte-val-period">{period}</span>
                " "
                <span>{move || promise_name(ws, i)}</span>
                {move || {
                    let n = problems.get();
                    (n > 0).then(|| view! { <span class="fel-antal">{format!(" ({n} fel)")}</span> })
                }}
            </button>
        </li>
    }
}

/// The chosen promise: its actions and its form.
#[component]
fn PromiseSection(ws: Ws, i: usize) -> impl IntoView {
    let count = move || ws.count(&promises());
    let move_to = move |to: usize| {
        ws.edit(|doc| ops::move_item(doc, &promises(), i, to));
        ws.selected.set(to);
        ws.status.set(format!("Löftet är nu nummer {} i listan.", to + 1));
        browser::focus_after_paint(format!("lofte-val-{to}"));
    };
    let duplicate = move |_| {
        let mut copy = None;
        ws.edit(|doc| {
            copy = ops::duplicate_into_next_period(doc, i);
            copy.is_some()
        });
        match copy {
            Some(j) => {
                ws.selected.set(j);
                ws.status.set("Löftet är kopierat till nästa period, utan uppföljningar.".to_owned());
                browser::focus_after_paint("lofte-rubrik".to_owned());
            }
            None => ws.status.set("Det finns ingen period efter löftets. Lägg till en under ”Perioder”.".to_owned()),
        }
    };
    let remove = move |_| {
        let what = format!("Löftet ”{}”", promise_name(ws, i));
        if ws.remove(&promises(), i, |_| what) {
            ws.selected.set(i.saturating_sub(1));
        }
    };
    view! {
        <section class="lofte" aria-labelledby="lofte-rubrik" id=promises().index(i).anchor() tabindex="-1">
            <h2 id="lofte-rubrik" tabindex="-1">{move || promise_name(ws, i)}</h2>
            <div class="lofte-knappar">
                <button type="button" class="knapp-lank" disabled=move || i == 0 on:click=move |_| move_to(i - 1)>"Flytta upp"</button>
                <button type="button" class="knapp-lank" disabled=move || { i + 1 >= count() } on:click=move |_| move_to(i + 1)>"Flytta ner"</button>
                <button type="button" class="knapp-lank" on:click=duplicate>"Kopiera till nästa period"</button>
                <button type="button" class="knapp-fara" on:click=remove>"Ta bort löftet"</button>
            </div>
            <PromiseForm ws i/>
        </section>
    }
}
