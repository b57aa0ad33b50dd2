//! The check part: every problem of the draft, as the editors' tool words it, each a link to the field it names.
//!
//! Shell layer.

use leptos::prelude::*;

use crate::state::Ws;

/// The problem list.
#[component]
pub fn ProblemList(ws: Ws) -> impl IntoView {
    let problems = Memo::new(move |_| ws.checked.with(|c| c.as_ref().map(|c| c.problems.clone()).unwrap_or_default()));
    view! {
        <h2>"Kontroll"</h2>
        {move || {
            let list = problems.get();
            if list.is_empty() {
                return view! { <p class="kontroll-ok">"Inga fel: datamängden följer alla regler och kan publiceras."</p> }.into_any();
            }
            let count = if list.len() == 1 { "1 sak".to_owned() } else { format!("{} saker", list.len()) };
            view! {
                <p>{format!("{count} behöver rättas innan datamängden kan publiceras. Välj en för att komma till fältet.")}</p>
                <ol class="kontroll-lista">
                    {list.into_iter().map(|problem| {
                        let place = problem.path.as_ref().map(ToString::to_string).unwrap_or_else(|| "hela filen".to_owned());
                        match problem.path {
                            Some(path) => {
                                let href = format!("#{}", path.anchor());
                                view! {
                                    <li>
                                        <a href=href on:click=move |ev| { ev.prevent_default(); ws.reveal(&path); }>{place}</a>
                                        ": " {problem.message}
                                    </li>
                                }.into_any()
                            }
                            None => view! { <li>{place} ": " {problem.message}</li> }.into_any(),
                        }
                    }).collect_view()}
                </ol>
            }.into_any()
        }}
    }
}
