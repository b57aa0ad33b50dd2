//! The check part: every problem of the draft, as the editors' tool words it, each a link to the field it names.
//!
//! Shell layer.

use leptos::prelude::*;
use medborgarloften_core::edit::FieldProblem;

use crate::state::Ws;

/// A problem or an item to confirm: its place as a link to the field, and what it says.
fn item(ws: Ws, problem: FieldProblem) -> AnyView {
    let place = problem.path.as_ref().map(ToString::to_string).unwrap_or_else(|| "hela filen".to_owned());
    match problem.path {
        Some(path) => {
            let href = format!("#{}", path.anchor());
            view! {
                <li>
                    <a href=href on:click=move |ev| { ev.prevent_default(); ws.reveal(&path); }>{place}</a>
                    ": " {problem.message}
                </li>
            }
            .into_any()
        }
        None => view! { <li>{place} ": " {problem.message}</li> }.into_any(),
    }
}

/// What to confirm in a draft made from a page's text, until the editor says it is done.
#[component]
fn ToConfirm(ws: Ws) -> impl IntoView {
    let done = move |_| {
        ws.confirm.set(Vec::new());
        ws.keep();
        ws.status.set("Förslagen från texten är markerade som kontrollerade.".to_owned());
    };
    view! {
        <Show when=move || ws.confirm.with(|c| !c.is_empty())>
            <h3>{move || format!("Att kontrollera i förslaget från texten ({})", ws.confirm.with(Vec::len))}</h3>
            <p>"Det här kunde inte läsas säkert ur texten. Gå igenom varje punkt och rätta fältet om det behövs."</p>
            <ol class="kontroll-lista">{move || ws.confirm.get().into_iter().map(|p| item(ws, p)).collect_view()}</ol>
            <button type="button" class="knapp-lank" on:click=done>"Jag har kontrollerat alla"</button>
        </Show>
    }
}

/// The problem list.
#[component]
pub fn ProblemList(ws: Ws) -> impl IntoView {
    let problems = Memo::new(move |_| ws.checked.with(|c| c.as_ref().map(|c| c.problems.clone()).unwrap_or_default()));
    view! {
        <h2>"Kontroll"</h2>
        <ToConfirm ws/>
        {move || {
            let list = problems.get();
            if list.is_empty() {
                return view! { <p class="kontroll-ok">"Inga fel: datamängden följer alla regler och kan publiceras."</p> }.into_any();
            }
            let count = if list.len() == 1 { "1 sak".to_owned() } else { format!("{} saker", list.len()) };
            view! {
                <p>{format!("{count} behöver rättas innan datamängden kan publiceras. Välj en för att komma till fältet.")}</p>
                <ol class="kontroll-lista">
                    {list.into_iter().map(|problem| item(ws, problem)).collect_view()}
                </ol>
            }.into_any()
        }}
    }
}
