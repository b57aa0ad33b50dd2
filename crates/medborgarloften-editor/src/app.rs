//! The workspace's page: the start (kept drafts and the ways to begin) or the open draft with its parts.
//!
//! Shell layer: layout and navigation between the parts only.

use leptos::prelude::*;

use crate::state::{Tab, Ws};
use crate::{names, periods, preview, problems, promise_list, publish, start};

/// The workspace.
#[component]
pub fn App() -> impl IntoView {
    let ws = Ws::new();
    let open = Memo::new(move |_| ws.doc.with(Option::is_some));
    view! {
        <p class="redigera-integritet">
            "Allt du gör här stannar i din webbläsare: utkastet sparas bara på den här enheten och skickas aldrig till "
            "någon server. Det finns kvar tills du själv tar bort det."
        </p>
        <p class="redigera-status" role="status" aria-live="polite">{move || ws.status.get()}</p>
        {move || if open.get() { view! { <Editor ws/> }.into_any() } else { view! { <start::Start ws/> }.into_any() }}
    }
}

#[component]
fn Editor(ws: Ws) -> impl IntoView {
    let problem_count = Memo::new(move |_| ws.checked.with(|c| c.as_ref().map_or(0, |c| c.problems.len())));
    let tab_button = move |tab: Tab, words: &'static str| {
        let label = move || {
            let to_confirm = ws.confirm.with(Vec::len);
            let confirm = if to_confirm > 0 { format!(", {to_confirm} att kontrollera") } else { String::new() };
            match (tab, problem_count.get()) {
                (Tab::Problems, 0) => format!("Kontroll: inga fel{confirm}"),
                (Tab::Problems, 1) => format!("Kontroll: 1 fel{confirm}"),
                (Tab::Problems, n) => format!("Kontroll: {n} fel{confirm}"),
                _ => words.to_owned(),
            }
        };
        view! {
            <li>
                <button type="button" class="flik" aria-current=move || (ws.tab.get() == tab).then_some("true")
                    on:click=move |_| ws.tab.set(tab)>{label}</button>
            </li>
        }
    };
    let saved = move || match (ws.store_error.get(), ws.saved.get()) {
        (Some(error), _) => error,
        (None, Some(at)) => medborgarloften_core::edit::saved::saved_line(at),
        (None, None) => String::new(),
    };
    view! {
        <div class="redigera-rad">
            <h1 id="redigera-rubrik" tabindex="-1">
                {move || ws.text(&medborgarloften_core::edit::Path::root().field("title"))}
            </h1>
            <p class="redigera-sparat" class:redigera-varning=move || ws.store_error.get().is_some()>{saved}</p>
            <button type="button" class="knapp-lank" on:click=move |_| ws.close()>"Stäng utkastet"</button>
        </div>
        <nav aria-label="Utkastets delar">
            <ul class="flikar">
                {tab_button(Tab::Promises, "Löften")}
                {tab_button(Tab::Periods, "Perioder")}
                {tab_button(Tab::Names, "Uppgifter, parter, teman, områden")}
                {tab_button(Tab::Problems, "Kontroll")}
                {tab_button(Tab::Preview, "Förhandsvisning")}
                {tab_button(Tab::Publish, "Granska och ladda ner")}
            </ul>
        </nav>
        <Undo ws/>
        {move || match ws.tab.get() {
            Tab::Promises => view! { <promise_list::Promises ws/> }.into_any(),
            Tab::Periods => view! { <periods::Periods ws/> }.into_any(),
            Tab::Names => view! { <names::Names ws/> }.into_any(),
            Tab::Problems => view! { <problems::ProblemList ws/> }.into_any(),
            Tab::Preview => ().into_any(),
            Tab::Publish => view! { <publish::Publish ws/> }.into_any(),
        }}
        <preview::Preview ws/>
    }
}

/// "Löftet … är borttaget. Ångra": puts the last removed item back.
#[component]
fn Undo(ws: Ws) -> impl IntoView {
    let undo = move |_| {
        if let Some(removed) = ws.removed.get_untracked() {
            let what = removed.what.clone();
            let anchor = removed.list.index(removed.index).anchor();
            ws.edit(|doc| medborgarloften_core::edit::ops::put_back(doc, &removed.list, removed.index, removed.item));
            ws.removed.set(None);
            ws.status.set(format!("{what} är tillbaka."));
            if removed.list.to_string() == "promises" {
                ws.selected.set(removed.index);
            }
            crate::browser::focus_after_paint(anchor);
        }
    };
    view! {
        {move || ws.removed.get().map(|removed| view! {
            <p class="redigera-angra">
                {format!("{} är borttaget. ", removed.what)}
                <button type="button" id="redigera-angra" on:click=undo>"Ångra"</button>
            </p>
        })}
    }
}
