//! The start page: the drafts kept on this device (continue or delete), and the ways to begin one — the site's
//! published dataset, a file opened or dropped (JSON or a workbook), the text of the kommun's polisen.se page, or the
//! template for a new kommun.
//!
//! Shell layer: reads files and fields, hands them to the core and opens the draft.

use leptos::prelude::*;
use medborgarloften_core::edit::open::draft_from_json;
use medborgarloften_core::edit::saved::continue_label;
use serde_json::Value;

use crate::state::Ws;
use crate::{browser, store};

/// The start page.
#[component]
pub fn Start(ws: Ws) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    view! {
        <h1 id="redigera-rubrik" tabindex="-1">"Redigera medborgarlöften"</h1>
        <p>
            "Här gör du i ordning löftena och uppföljningarna innan de publiceras: du fyller i formulär, ser direkt om "
            "något behöver rättas, förhandsvisar sidan som invånarna ser den och laddar ner filen."
        </p>
        <p class="redigera-fel" role="alert">{move || error.get()}</p>
        <Kept ws/>
        <h2>"Börja ett nytt utkast"</h2>
        <Published ws error/>
        <OpenFile ws error/>
        <FromText ws error/>
        <NewDataset ws error/>
    }
}

/// The drafts kept on this device.
#[component]
fn Kept(ws: Ws) -> impl IntoView {
    let drafts = RwSignal::new(store::list());
    let asked = RwSignal::new(None::<String>);
    let this_year = browser::saved_at(browser::now_ms()).year;
    view! {
        <Show when=move || drafts.with(|d| !d.is_empty())>
            <h2>"Fortsätt där du slutade"</h2>
            <ul class="utkast-lista">
                {move || drafts.get().into_iter().map(|record| {
                    let key = record.key.clone();
                    let remove_key = record.key.clone();
                    let ask_key = record.key.clone();
                    let label = continue_label(browser::saved_at(record.saved_ms), this_year);
                    let title = record.title();
                    let asking = move || asked.get().as_deref() == Some(ask_key.as_str());
                    let resume = record.clone();
                    view! {
                        <li>
                            <button type="button" class="knapp" on:click=move |_| ws.resume(resume.clone())>{label}</button>
                            <span class="utkast-titel">{title}</span>
                            <Show when=asking.clone() fallback=move || {
                                let key = key.clone();
                                view! {
                                    <button type="button" class="knapp-lank" on:click=move |_| asked.set(Some(key.clone()))>
                                        "Ta bort utkastet"
                                    </button>
                                }
                            }>
                                <span class="utkast-fraga">"Ta bort utkastet för gott? Det går inte att ångra."</span>
                                {
                                    let key = remove_key.clone();
                                    view! {
                                        <button type="button" class="knapp-fara" on:click=move |_| {
                                            store::remove(&key);
                                            drafts.set(store::list());
                                            asked.set(None);
                                            ws.status.set("Utkastet är borttaget.".to_owned());
                                        }>"Ja, ta bort"</button>
                                    }
                                }
                                <button type="button" class="knapp-lank" on:click=move |_| asked.set(None)>"Behåll"</button>
                            </Show>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </Show>
    }
}

/// Opens the site's published datasets.
#[component]
fn Published(ws: Ws, error: RwSignal<Option<String>>) -> impl IntoView {
    let published = browser::published();
    (!published.is_empty()).then(|| {
        view! {
            <section class="borja" aria-labelledby="borja-publicerad">
                <h3 id="borja-publicerad">"Från det som är publicerat"</h3>
                <ul>
                    {published.into_iter().map(|p| {
                        let url = p.url.clone();
                        let open = move |_| {
                            let url = url.clone();
                            leptos::task::spawn_local(async move {
                                let opened = browser::fetch_bytes(&url).await.and_then(|bytes| draft_from_json(&bytes));
                                match opened {
                                    Ok(doc) => {
                                        error.set(None);
                                        ws.open(doc.clone(), Some(doc), "Den publicerade datamängden är öppnad som ett nytt utkast.".to_owned());
                                    }
                                    Err(message) => error.set(Some(message)),
                                }
                            });
                        };
                        view! { <li><button type="button" class="knapp" on:click=open>{format!("Öppna {}", p.name)}</button></li> }
                    }).collect_view()}
                </ul>
            </section>
        }
    })
}

/// Opens a file chosen or dropped: a dataset's JSON (version 1 or 2) or a workbook (.xlsx, .ods).
#[component]
fn OpenFile(ws: Ws, error: RwSignal<Option<String>>) -> impl IntoView {
    let open = move |file: web_sys::File| {
        leptos::task::spawn_local(async move {
            let name = file.name();
            let opened = match browser::read_file(&file).await {
                Ok(bytes) => crate::publish::draft_from_file(&name, &bytes).await,
                Err(message) => Err(message),
            };
            match opened {
                Ok(doc) => {
                    error.set(None);
                    ws.open(doc, None, format!("{name} är öppnad som ett nytt utkast."));
                }
                Err(message) => error.set(Some(format!("{name} kunde inte öppnas. {message}"))),
            }
        });
    };
    let on_change = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            open(file);
        }
        input.set_value("");
    };
    let dragging = RwSignal::new(false);
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = ev.data_transfer().and_then(|d| d.files()).and_then(|files| files.get(0)) {
            open(file);
        }
    };
    view! {
        <section class="borja" aria-labelledby="borja-fil">
            <h3 id="borja-fil">"Från en fil"</h3>
            <div class="slapp" class:slapp-over=move || dragging.get()
                on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop>
                <label for="redigera-fil">"Välj en fil: datamängdens JSON-fil eller en arbetsbok (.xlsx, .ods)"</label>
                <input id="redigera-fil" type="file" accept=".json,.xlsx,.ods,application/json" on:change=on_change/>
                <p class="falt-hjalp">"Du kan också släppa filen här."</p>
            </div>
        </section>
    }
}

/// A new draft from the text of the kommun's page on polisen.se.
#[component]
fn FromText(ws: Ws, error: RwSignal<Option<String>>) -> impl IntoView {
    let text = RwSignal::new(String::new());
    let make = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match crate::publish::draft_from_page_text(&text.get_untracked()) {
            Ok((doc, confirm, note)) => {
                error.set(None);
                ws.open(doc, None, note);
                ws.confirm.set(confirm);
                ws.keep();
            }
            Err(message) => {
                error.set(Some(message));
                browser::focus_after_paint("redigera-text".to_owned());
            }
        }
    };
    view! {
        <section class="borja" aria-labelledby="borja-text">
            <h3 id="borja-text">"Från texten på polisen.se"</h3>
            <form on:submit=make>
                <label for="redigera-text">"Klistra in hela texten från kommunens sida om medborgarlöften på polisen.se"</label>
                <p class="falt-hjalp" id="redigera-text-hjalp">
                    "Markera allt på sidan (Ctrl+A), kopiera och klistra in här. Varje löfte blir ett förslag som du "
                    "kontrollerar; det som är osäkert markeras."
                </p>
                <textarea id="redigera-text" rows="6" aria-describedby="redigera-text-hjalp"
                    on:input=move |ev| text.set(event_target_value(&ev)) prop:value=move || text.get()></textarea>
                <button type="submit" class="knapp">"Gör ett utkast av texten"</button>
            </form>
        </section>
    }
}

/// A new dataset from the template.
#[component]
fn NewDataset(ws: Ws, error: RwSignal<Option<String>>) -> impl IntoView {
    let name = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let make = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (name, code) = (name.get_untracked(), code.get_untracked());
        if name.trim().is_empty() {
            error.set(Some("Skriv kommunens namn, till exempel ”Grästorps kommun”.".to_owned()));
            browser::focus_after_paint("redigera-ny-namn".to_owned());
            return;
        }
        let Some(today) = browser::today() else { return };
        let data = medborgarloften_core::edit::template::template(&name, &code, today);
        let doc: Value = serde_json::to_value(&data).unwrap_or_default();
        error.set(None);
        ws.open(doc, None, "En ny datamängd är skapad från mallen. Skriv över exemplen.".to_owned());
    };
    view! {
        <section class="borja" aria-labelledby="borja-ny">
            <h3 id="borja-ny">"En ny kommun"</h3>
            <form on:submit=make>
                <div class="falt">
                    <label for="redigera-ny-namn">"Kommunens namn"</label>
                    <input id="redigera-ny-namn" type="text" autocomplete="organization"
                        on:input=move |ev| name.set(event_target_value(&ev))/>
                </div>
                <div class="falt">
                    <label for="redigera-ny-kod">"Kommunkod (fyra siffror, SCB)"</label>
                    <input id="redigera-ny-kod" type="text" inputmode="numeric"
                        on:input=move |ev| code.set(event_target_value(&ev))/>
                </div>
                <button type="submit" class="knapp">"Skapa från mallen"</button>
            </form>
        </section>
    }
}
