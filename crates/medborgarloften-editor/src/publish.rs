//! Review and download: what the draft changes against the published dataset (in words, then side by side), the
//! downloads (the dataset's JSON as `medborgarloften uppgradera` writes it; the workbook in the editors' tool's
//! layout), the embed snippet, and where the file goes. Also the ways files and page text become drafts.
//!
//! Shell layer: the words and files are the core's and the workbook crate's.

use leptos::prelude::*;
use medborgarloften_core::edit::open::{draft_file_text, draft_from_json};
use medborgarloften_core::edit::review::review;
use medborgarloften_core::edit::{FieldProblem, Path};
use medborgarloften_core::page::embed::iframe_snippet;
use medborgarloften_core::Query;
use serde_json::Value;

use crate::browser;
use crate::state::Ws;

/// A draft from a file the editor opened: a workbook by its extension, else a dataset's JSON.
pub async fn draft_from_file(name: &str, bytes: &[u8]) -> Result<Value, String> {
    let lower = name.to_lowercase();
    if lower.ends_with(".xlsx") || lower.ends_with(".ods") {
        return crate::workbook::draft_from_workbook(name, bytes).await;
    }
    draft_from_json(bytes)
}

/// A draft from the text of a polisen.se page (the core's reading, as `medborgarloften importera-text`), what to
/// confirm in it, and the line that says how much was found.
pub fn draft_from_page_text(text: &str) -> Result<(Value, Vec<FieldProblem>, String), String> {
    let draft = match browser::today() {
        Some(today) => medborgarloften_core::import::draft_from_page_text_on(text, today),
        None => medborgarloften_core::import::draft_from_page_text(text),
    };
    let (periods, promises) = draft.counts();
    if promises == 0 {
        return Err(
            "Ingen löftestext hittades. Kopiera hela sidan om medborgarlöften på polisen.se (markera allt med \
                    Ctrl+A) och klistra in den igen."
                .to_owned(),
        );
    }
    let doc: Value = serde_json::from_str(&draft.json).map_err(|err| err.to_string())?;
    let confirm: Vec<FieldProblem> =
        draft.confirm.into_iter().map(|c| FieldProblem { path: Path::parse(&c.path), message: c.message }).collect();
    let line = format!(
        "Ett utkast med {} och {} är gjort av texten. {} att kontrollera står under ”Kontroll”.",
        count(periods, "period", "perioder"),
        count(promises, "löfte", "löften"),
        count(confirm.len(), "sak", "saker"),
    );
    Ok((doc, confirm, line))
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The review and download part.
#[component]
pub fn Publish(ws: Ws) -> impl IntoView {
    let changes = Memo::new(move |_| {
        let base = ws.base.get();
        ws.doc.with(|doc| match (base, doc) {
            (Some(base), Some(doc)) => Some(review(&base, doc)),
            _ => None,
        })
    });
    let valid = move || ws.checked.with(|c| c.as_ref().is_some_and(|c| c.dataset.is_some()));
    let file_name = move || {
        let id = ws.text(&medborgarloften_core::edit::Path::root().field("id"));
        if id.trim().is_empty() {
            "datamangd".to_owned()
        } else {
            id
        }
    };
    let download_json = move |_| {
        let text = ws.doc.with_untracked(|doc| doc.as_ref().map(draft_file_text).unwrap_or_default());
        let name = format!("{}.json", file_name());
        match browser::download(&name, "application/json", text.as_bytes()) {
            Ok(()) => ws.status.set(format!("{name} är nedladdad.")),
            Err(message) => ws.status.set(message),
        }
    };
    let download_workbook = move |_| {
        let data = ws.checked.with_untracked(|c| c.as_ref().and_then(|c| c.dataset.clone()));
        let Some(data) = data else {
            ws.status
                .set("Rätta felen under ”Kontroll” först: arbetsboken skrivs från en datamängd utan fel.".to_owned());
            return;
        };
        let name = format!("{}.xlsx", file_name());
        ws.status.set("Arbetsboken skrivs …".to_owned());
        leptos::task::spawn_local(async move {
            let result = crate::workbook::workbook_bytes(&data).await.and_then(|bytes| {
                browser::download(&name, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", &bytes)
            });
            match result {
                Ok(()) => ws.status.set(format!("{name} är nedladdad.")),
                Err(message) => ws.status.set(message),
            }
        });
    };
    let snippet = move || {
        let page = browser::page_for(&ws.text(&medborgarloften_core::edit::Path::root().field("id")));
        let base = web_sys::Url::new_with_base(
            &page,
            &leptos::prelude::document().base_uri().ok().flatten().unwrap_or_default(),
        )
        .map(|u| u.href())
        .unwrap_or(page);
        let title = ws.text(&medborgarloften_core::edit::Path::root().field("title"));
        iframe_snippet(&base, &Query::default(), &title)
    };
    view! {
        <h2>"Granska och ladda ner"</h2>
        <section class="del" aria-labelledby="granska">
            <h3 id="granska">"Ändringar mot det publicerade"</h3>
            {move || match changes.get() {
                None => view! { <p>"Utkastet började inte från den publicerade datamängden, så det finns inget att jämföra med."</p> }.into_any(),
                Some(review) => {
                    let summary = review.summary();
                    view! {
                        <p class="granska-summa">{summary}</p>
                        <Show when={let none = review.changes.is_empty(); move || !none}>
                            <table class="granska-tabell">
                                <caption>"Ändrade fält, före och efter"</caption>
                                <thead><tr><th scope="col">"Var"</th><th scope="col">"Fält"</th><th scope="col">"Publicerat"</th><th scope="col">"Utkastet"</th></tr></thead>
                                <tbody>
                                    {review.changes.clone().into_iter().map(|c| view! {
                                        <tr>
                                            <td>{c.place}</td>
                                            <td>{c.field}</td>
                                            <td>{c.before.unwrap_or_else(|| "—".to_owned())}</td>
                                            <td>{c.after.unwrap_or_else(|| "—".to_owned())}</td>
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </Show>
                    }.into_any()
                }
            }}
        </section>
        <section class="del" aria-labelledby="ladda-ner">
            <h3 id="ladda-ner">"Ladda ner"</h3>
            <Show when=move || !valid()>
                <p class="redigera-varning">"Utkastet har fel. Du kan ladda ner det för att arbeta vidare, men det kan inte publiceras förrän felen under ”Kontroll” är rättade."</p>
            </Show>
            <p class="knapp-rad">
                <button type="button" class="knapp" on:click=download_json>"Ladda ner datamängden (JSON)"</button>
                <button type="button" class="knapp" on:click=download_workbook>"Ladda ner som arbetsbok (.xlsx)"</button>
            </p>
            <h4>"Så publicerar du"</h4>
            <ol class="guide">
                <li>"Kontrollera att ”Kontroll” säger att det inte finns några fel."</li>
                <li>"Ladda ner datamängden (JSON). Filen heter som datamängdens id, till exempel eskilstuna.json."</li>
                <li>"Lägg filen i webbplatsens mapp data/ och ersätt den gamla, eller skicka den till den som bygger webbplatsen (på en webbplats för flera kommuner: den som bygger den nationella webbplatsen)."</li>
                <li>"Arbetsboken är till för att arbeta vidare i Excel eller LibreOffice; öppna den här igen när du är klar."</li>
            </ol>
            <h4>"Bädda in på kommunens webbplats"</h4>
            <label for="redigera-inbaddning">"Kod att klistra in i kommunens publiceringsverktyg"</label>
            <textarea id="redigera-inbaddning" readonly rows="5" prop:value=snippet></textarea>
        </section>
    }
}
