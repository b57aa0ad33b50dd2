//! The workbook module of the editors' workspace (`redigera/`): two calls, bytes in and text or bytes out, over
//! `medborgarloften-workbook` (the editors' tool's own reading and writing, so the two round-trip). A module of its
//! own, started by public/redigera.js only when an editor opens or downloads a workbook: calamine and
//! rust_xlsxwriter add about 385 KB brotli, more than the rest of the workspace (measured in the workbook crate's
//! report, docs/redaktorer.md), and most visits never touch a workbook.
//!
//! Shell layer: no rules of its own.

use medborgarloften_core::edit::open::draft_file_text;
use wasm_bindgen::prelude::*;

/// The dataset in a workbook (.xlsx or .ods), as the JSON text a draft opens from; or every problem the workbook has,
/// one per line, by sheet, row and column, as `medborgarloften importera` prints them.
#[wasm_bindgen]
pub fn read(bytes: &[u8], file_name: &str) -> Result<String, String> {
    match medborgarloften_workbook::read_workbook(bytes, file_name) {
        Ok(data) => serde_json::to_value(&data).map(|draft| draft_file_text(&draft)).map_err(|err| err.to_string()),
        Err(errors) => Err(errors.problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")),
    }
}

/// The workbook (.xlsx, the editors' tool's layout) of a valid dataset given as its JSON text.
#[wasm_bindgen]
pub fn write(dataset_json: &str) -> Result<Vec<u8>, String> {
    let data = medborgarloften_core::parse_dataset(dataset_json).map_err(|err| err.to_string())?;
    medborgarloften_workbook::write_workbook(&data).map_err(|err| err.message)
}
