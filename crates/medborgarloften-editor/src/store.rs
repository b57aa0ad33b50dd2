//! Drafts kept on the device (localStorage, one entry per draft): saved as the editor types, listed on return, and
//! deleted only when the editor says so. Each entry holds the draft, the published dataset it started from (for the
//! review, offline too) and when it was saved.
//!
//! Shell layer: web-sys Storage only.

use medborgarloften_core::edit::{FieldProblem, Path};
use serde_json::{json, Value};

const PREFIX: &str = "medborgarloften-utkast:";

/// One kept draft.
#[derive(Clone, Debug, PartialEq)]
pub struct Record {
    /// Its storage key.
    pub key: String,
    /// When it was last saved, in ms since 1970.
    pub saved_ms: f64,
    /// The draft.
    pub doc: Value,
    /// The published dataset it started from, if any.
    pub base: Option<Value>,
    /// What is left to confirm in a draft made from a page's text.
    pub confirm: Vec<FieldProblem>,
}

impl Record {
    /// The draft's title, for the list: the dataset's title, else its kommun.
    pub fn title(&self) -> String {
        let text = |path: &[&str]| {
            let mut at = &self.doc;
            for step in path {
                at = at.get(step)?;
            }
            at.as_str().filter(|t| !t.trim().is_empty()).map(str::to_owned)
        };
        text(&["title"]).or_else(|| text(&["municipality", "name"])).unwrap_or_else(|| "Utkast utan titel".to_owned())
    }
}

fn storage() -> Option<web_sys::Storage> {
    leptos::prelude::window().local_storage().ok().flatten()
}

/// A new key for a draft started now.
pub fn new_key(now_ms: f64) -> String {
    format!("{PREFIX}{now_ms:.0}")
}

/// Saves the draft under `key`; an error says what to do so nothing is lost.
pub fn save(key: &str, doc: &Value, base: Option<&Value>, confirm: &[FieldProblem], now_ms: f64) -> Result<(), String> {
    let confirm: Vec<Value> = confirm
        .iter()
        .map(|c| json!({"path": c.path.as_ref().map(ToString::to_string), "message": c.message}))
        .collect();
    let entry = json!({"saved": now_ms, "draft": doc, "base": base, "confirm": confirm});
    let storage = storage().ok_or_else(|| NOT_KEPT.to_owned())?;
    storage.set_item(key, &entry.to_string()).map_err(|_| NOT_KEPT.to_owned())
}

const NOT_KEPT: &str = "Utkastet kunde inte sparas på den här enheten (webbläsaren tillåter det inte eller minnet är \
                        fullt). Ladda ner filen under ”Granska och ladda ner” så att inget går förlorat.";

/// Every kept draft, newest first.
pub fn list() -> Vec<Record> {
    let Some(storage) = storage() else { return Vec::new() };
    let count = storage.length().unwrap_or(0);
    let mut records: Vec<Record> = (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with(PREFIX))
        .filter_map(|key| {
            let text = storage.get_item(&key).ok().flatten()?;
            let entry: Value = serde_json::from_str(&text).ok()?;
            Some(Record {
                saved_ms: entry.get("saved")?.as_f64()?,
                doc: entry.get("draft")?.clone(),
                base: entry.get("base").filter(|b| !b.is_null()).cloned(),
                confirm: entry
                    .get("confirm")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(|c| {
                        let path = c.get("path").and_then(Value::as_str).and_then(Path::parse);
                        Some(FieldProblem { path, message: c.get("message")?.as_str()?.to_owned() })
                    })
                    .collect(),
                key,
            })
        })
        .collect();
    records.sort_by(|a, b| b.saved_ms.total_cmp(&a.saved_ms));
    records
}

/// Deletes the draft under `key`.
pub fn remove(key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}
