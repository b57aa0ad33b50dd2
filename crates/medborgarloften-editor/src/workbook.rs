//! Workbooks in the workspace: opening one as a draft and downloading a draft as one, through the workbook module
//! (crates/medborgarloften-workbook-web, the editors' tool's own reading and writing), which public/redigera.js
//! starts on first use.
//!
//! Shell layer: no rules of its own.

use js_sys::{Function, Promise, Reflect, Uint8Array};
use medborgarloften_core::Dataset;
use serde_json::Value;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

const NOT_STARTED: &str =
    "Delen som läser och skriver arbetsböcker kunde inte hämtas. Kontrollera internetanslutningen \
                           och försök igen.";

/// The workbook module's exports, started on first use.
async fn module() -> Result<JsValue, String> {
    let window = leptos::prelude::window();
    let start = Reflect::get(&window, &JsValue::from_str("medborgarloftenArbetsbok"))
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
        .ok_or_else(|| NOT_STARTED.to_owned())?;
    let promise: Promise = start.call0(&window).map_err(|_| NOT_STARTED.to_owned())?.unchecked_into();
    JsFuture::from(promise).await.map_err(|_| NOT_STARTED.to_owned())
}

/// Calls the module's `name` with `args`; its answer, or its error's text.
async fn call(name: &str, args: &[JsValue]) -> Result<JsValue, String> {
    let module = module().await?;
    let function: Function =
        Reflect::get(&module, &JsValue::from_str(name)).map_err(|_| NOT_STARTED.to_owned())?.unchecked_into();
    let list = js_sys::Array::new();
    for arg in args {
        list.push(arg);
    }
    function.apply(&JsValue::NULL, &list).map_err(|err| err.as_string().unwrap_or_else(|| NOT_STARTED.to_owned()))
}

/// The draft in a workbook (.xlsx or .ods), or every problem it has, one per line, by sheet, row and column.
pub async fn draft_from_workbook(name: &str, bytes: &[u8]) -> Result<Value, String> {
    let text = call("read", &[Uint8Array::from(bytes).into(), JsValue::from_str(name)]).await?;
    let text = text.as_string().unwrap_or_default();
    serde_json::from_str(&text).map_err(|err| err.to_string())
}

/// The workbook of a valid dataset.
pub async fn workbook_bytes(data: &Dataset) -> Result<Vec<u8>, String> {
    let json = serde_json::to_string(data).map_err(|err| err.to_string())?;
    let bytes = call("write", &[JsValue::from_str(&json)]).await?;
    Ok(Uint8Array::new(&bytes).to_vec())
}
