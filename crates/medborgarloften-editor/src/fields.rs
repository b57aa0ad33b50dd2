//! Form fields bound to a place in the draft: each shows the draft's value, writes what the editor types at once,
//! and shows the check's problems for its place under it (tied with `aria-describedby`, marked `aria-invalid`). The
//! element id is the place's anchor (`Path::anchor`), so a problem in the list links to its field.
//!
//! Shell layer: Leptos components; values are written as the editor types them, never reformatted.

use leptos::prelude::*;
use medborgarloften_core::edit::Path;
use serde_json::Value;

use crate::state::Ws;

/// The problems the check finds at exactly `path`.
pub fn problems_at(ws: Ws, path: Path) -> Memo<Vec<String>> {
    Memo::new(move |_| {
        ws.checked.with(|checked| {
            checked
                .as_ref()
                .map(|c| {
                    c.problems.iter().filter(|p| p.path.as_ref() == Some(&path)).map(|p| p.message.clone()).collect()
                })
                .unwrap_or_default()
        })
    })
}

/// The problems of a field, under it.
#[component]
pub fn Problems(
    /// The field's anchor; the list's id is `<anchor>-fel`.
    anchor: String,
    /// The problems.
    problems: Memo<Vec<String>>,
) -> impl IntoView {
    view! {
        <ul class="falt-fel" id=format!("{anchor}-fel") hidden=move || problems.with(Vec::is_empty)>
            {move || problems.get().into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}
        </ul>
    }
}

/// A text field (one line, or several with `long`).
#[component]
pub fn TextField(
    /// The workspace.
    ws: Ws,
    /// Where the value is.
    path: Path,
    /// The label.
    label: &'static str,
    /// Several lines (a textarea).
    #[prop(optional)]
    long: bool,
    /// An empty field removes the value (an optional field).
    #[prop(optional)]
    optional: bool,
    /// A hint under the label.
    #[prop(optional)]
    hint: Option<&'static str>,
) -> impl IntoView {
    let anchor = path.anchor();
    let problems = problems_at(ws, path.clone());
    let read = path.clone();
    let value = move || ws.text(&read);
    let write = path.clone();
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let value = if optional && text.trim().is_empty() { None } else { Some(Value::String(text)) };
        ws.set(&write, value);
    };
    let described = described_by(&anchor, hint.is_some());
    let invalid = move || problems.with(|p| (!p.is_empty()).then_some("true"));
    let input = if long {
        view! {
            <textarea id=anchor.clone() rows="4" prop:value=value on:input=on_input aria-describedby=described
                aria-invalid=invalid></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=anchor.clone() type="text" prop:value=value on:input=on_input aria-describedby=described
                aria-invalid=invalid/>
        }
        .into_any()
    };
    view! {
        <div class="falt">
            <label for=anchor.clone()>{label}</label>
            {hint.map(|h| view! { <p class="falt-hjalp" id=format!("{anchor}-hjalp")>{h}</p> })}
            {input}
            <Problems anchor=anchor.clone() problems/>
        </div>
    }
}

fn described_by(anchor: &str, hint: bool) -> String {
    if hint {
        format!("{anchor}-hjalp {anchor}-fel")
    } else {
        format!("{anchor}-fel")
    }
}

/// A number field: a whole number is written as a number; other text is kept as typed (the check says what is
/// wrong, or, where the format allows words such as "ett 15-tal", keeps them).
#[component]
pub fn NumberField(
    /// The workspace.
    ws: Ws,
    /// Where the value is.
    path: Path,
    /// The label.
    label: String,
    /// An empty field removes the value.
    #[prop(optional)]
    optional: bool,
    /// A hint under the label.
    #[prop(optional)]
    hint: Option<&'static str>,
) -> impl IntoView {
    let anchor = path.anchor();
    let problems = problems_at(ws, path.clone());
    let read = path.clone();
    let write = path.clone();
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let trimmed = text.trim();
        let value = match trimmed.parse::<u64>() {
            Ok(n) => Some(Value::from(n)),
            Err(_) if optional && trimmed.is_empty() => None,
            Err(_) => Some(Value::String(text)),
        };
        ws.set(&write, value);
    };
    let invalid = move || problems.with(|p| (!p.is_empty()).then_some("true"));
    view! {
        <div class="falt falt-tal">
            <label for=anchor.clone()>{label}</label>
            {hint.map(|h| view! { <p class="falt-hjalp" id=format!("{anchor}-hjalp")>{h}</p> })}
            <input id=anchor.clone() type="text" inputmode="numeric" prop:value=move || ws.text(&read)
                on:input=on_input aria-describedby=described_by(&anchor, hint.is_some()) aria-invalid=invalid/>
            <Problems anchor=anchor.clone() problems/>
        </div>
    }
}

/// A choice of one value from `options` (value, words).
#[component]
pub fn Choice(
    /// The workspace.
    ws: Ws,
    /// Where the value is.
    path: Path,
    /// The label.
    label: &'static str,
    /// The values and how each reads.
    options: Signal<Vec<(String, String)>>,
    /// An empty choice ("—") removes the value.
    #[prop(optional)]
    optional: bool,
) -> impl IntoView {
    let anchor = path.anchor();
    let problems = problems_at(ws, path.clone());
    let read = path.clone();
    let write = path.clone();
    let on_change = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        ws.set(&write, if value.is_empty() { None } else { Some(Value::String(value)) });
    };
    let current = move || ws.text(&read);
    let now_value = current.clone();
    view! {
        <div class="falt">
            <label for=anchor.clone()>{label}</label>
            <select id=anchor.clone() on:change=on_change aria-describedby=format!("{anchor}-fel")
                prop:value=current.clone()>
                {optional.then(|| view! { <option value="">"—"</option> })}
                {move || {
                    let now = now_value();
                    options
                        .get()
                        .into_iter()
                        .map(|(value, words)| {
                            let selected = value == now;
                            view! { <option value=value selected=selected>{words}</option> }
                        })
                        .collect_view()
                }}
            </select>
            <Problems anchor=anchor.clone() problems/>
        </div>
    }
}

/// Ticks for the ids of a list (a promise's promisers, themes or districts): `options` are (id, name).
#[component]
pub fn Ticks(
    /// The workspace.
    ws: Ws,
    /// Where the list of ids is.
    path: Path,
    /// The group's legend.
    legend: &'static str,
    /// The ids to choose from and their names.
    options: Signal<Vec<(String, String)>>,
    /// A hint under the legend.
    #[prop(optional)]
    hint: Option<&'static str>,
) -> impl IntoView {
    let anchor = path.anchor();
    let problems = problems_at(ws, path.clone());
    let chosen = {
        let path = path.clone();
        Memo::new(move |_| {
            ws.doc.with(|doc| {
                doc.as_ref()
                    .and_then(|d| path.get(d))
                    .and_then(Value::as_array)
                    .map(|ids| ids.iter().filter_map(|id| id.as_str().map(str::to_owned)).collect::<Vec<_>>())
                    .unwrap_or_default()
            })
        })
    };
    let toggle = move |id: String, on: bool| {
        let path = path.clone();
        ws.edit(move |doc| {
            let mut ids: Vec<Value> = path.get(doc).and_then(Value::as_array).cloned().unwrap_or_default();
            let has = ids.iter().any(|v| v.as_str() == Some(id.as_str()));
            match (on, has) {
                (true, false) => ids.push(Value::String(id)),
                (false, true) => ids.retain(|v| v.as_str() != Some(id.as_str())),
                _ => return false,
            }
            path.set(doc, Some(Value::Array(ids)))
        });
    };
    let group = anchor.clone();
    view! {
        <fieldset class="falt kryss" id=anchor.clone() tabindex="-1" aria-describedby=format!("{anchor}-fel")>
            <legend>{legend}</legend>
            {hint.map(|h| view! { <p class="falt-hjalp">{h}</p> })}
            {move || {
                let group = group.clone();
                options
                    .get()
                    .into_iter()
                    .map(|(id, name)| {
                        let box_id = format!("{group}-{id}");
                        let is = id.clone();
                        let checked = move || chosen.with(|c| c.contains(&is));
                        let toggle = toggle.clone();
                        let for_id = box_id.clone();
                        view! {
                            <label class="kryss-val" for=for_id>
                                <input type="checkbox" id=box_id prop:checked=checked
                                    on:change=move |ev| toggle(id.clone(), event_target_checked(&ev))/>
                                {name}
                            </label>
                        }
                    })
                    .collect_view()
            }}
            <Problems anchor=anchor.clone() problems/>
        </fieldset>
    }
}

/// The (id, name) pairs of the draft's list `list` (`parties`, `themes`, `districts`, `periods`).
pub fn named(ws: Ws, list: &'static str) -> Signal<Vec<(String, String)>> {
    let names = Memo::new(move |_| {
        ws.doc.with(|doc| {
            doc.as_ref()
                .and_then(|d| d.get(list))
                .and_then(Value::as_array)
                .map(|items| {
                    items
                        .iter()
                        .filter_map(|item| {
                            let id = item.get("id")?.as_str()?.to_owned();
                            let name = item
                                .get("name")
                                .or_else(|| item.get("title"))
                                .and_then(Value::as_str)
                                .filter(|n| !n.trim().is_empty())
                                .unwrap_or(&id)
                                .to_owned();
                            Some((id, name))
                        })
                        .collect()
                })
                .unwrap_or_default()
        })
    });
    names.into()
}

/// A list of texts edited as lines (a sub-promise's items, verbatim): each line is one text.
#[component]
pub fn LinesField(
    /// The workspace.
    ws: Ws,
    /// Where the list of texts is.
    path: Path,
    /// The label.
    label: &'static str,
    /// A hint under the label.
    #[prop(optional)]
    hint: Option<&'static str>,
) -> impl IntoView {
    let anchor = path.anchor();
    let read = path.clone();
    let value = move || {
        ws.doc.with(|doc| {
            doc.as_ref()
                .and_then(|d| read.get(d))
                .and_then(Value::as_array)
                .map(|lines| lines.iter().map(|l| l.as_str().unwrap_or_default()).collect::<Vec<_>>().join("\n"))
                .unwrap_or_default()
        })
    };
    // Problems of the list or of any of its lines.
    let own = path.clone();
    let problems: Memo<Vec<String>> = Memo::new(move |_| {
        ws.checked.with(|checked| {
            checked.as_ref().map(|c| c.about(&own).map(|p| p.message.clone()).collect()).unwrap_or_default()
        })
    });
    let write = path.clone();
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        // Blank lines stay while the editor types (the check says a line is empty): nothing typed is dropped.
        let lines = text.split('\n').map(|line| Value::String(line.trim_end_matches('\r').to_owned())).collect();
        ws.set(&write, Some(Value::Array(lines)));
    };
    let invalid = move || problems.with(|p| (!p.is_empty()).then_some("true"));
    view! {
        <div class="falt">
            <label for=anchor.clone()>{label}</label>
            {hint.map(|h| view! { <p class="falt-hjalp" id=format!("{anchor}-hjalp")>{h}</p> })}
            <textarea id=anchor.clone() rows="4" prop:value=value on:input=on_input
                aria-describedby=described_by(&anchor, hint.is_some()) aria-invalid=invalid></textarea>
            <Problems anchor=anchor.clone() problems/>
        </div>
    }
}
