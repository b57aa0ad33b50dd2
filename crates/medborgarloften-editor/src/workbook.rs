//! Workbooks and page text as drafts, and the workbook download: the bridge to `medborgarloften-workbook` (the
//! editors' tool's layout, so a workbook made by `medborgarloften exportera` opens here and one downloaded here
//! imports there) and to the core's reading of a polisen.se page's text.
//!
//! Shell layer: no rules of its own.

use medborgarloften_core::Dataset;
use serde_json::Value;

/// The draft in a workbook (.xlsx or .ods), or every problem it has, one per line, by sheet, row and column.
pub fn draft_from_workbook(name: &str, bytes: &[u8]) -> Result<Value, String> {
    let _ = (name, bytes);
    Err("Arbetsböcker kan inte öppnas här än.".to_owned())
}

/// The workbook of a valid dataset.
pub fn workbook_bytes(data: &Dataset) -> Result<Vec<u8>, String> {
    let _ = data;
    Err("Arbetsboken kan inte skrivas här än.".to_owned())
}

/// A draft from a polisen.se page's text, and the line that says how much to confirm.
pub fn draft_from_page_text(text: &str) -> Result<(Value, String), String> {
    let _ = text;
    Err("Texten kan inte läsas här än.".to_owned())
}
