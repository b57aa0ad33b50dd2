//! The dataset as a spreadsheet workbook and back: one sheet per table (Kommun, Perioder, Rapporter, Dokument,
//! Grupper, Löften, Stödlöften, Mål, Uppföljningar, Områden, Teman, Parter) under a header row of Swedish column
//! names. Bytes in, bytes out: no file system and no clock, so the editors' tool (`exportera`, `importera`) and the
//! editors' page in the browser (wasm32) read and write the same workbooks.
//!
//! [`layout`] names the sheets, columns and drop-down lists (the fixed choices' Swedish words are the core's one
//! list, `medborgarloften_core::dataset::choices`, which the CLI reads too), [`choices`] says what a cell that is
//! none of them gets told; [`to_rows`] turns a dataset into rows of [`cells`] and
//! [`from_rows`] rows back into a dataset, one sheet at a time through [`sheet_reader`] ([`kommun_sheet`] and
//! [`followup_rows`] read the two sheets laid out their own way, [`ids`] says what an unknown id most likely
//! meant and [`amounts`] reads a number typed with its unit, [`translation_cells`] a record's translations in the columns
//! after a sheet's Swedish ones, `rubrik (en)`; all pure, so the round trip is tested without
//! files); [`xlsx_write`] lays the rows out as .xlsx with `rust_xlsxwriter` and [`open`] reads
//! .xlsx or .ods with `calamine`. [`problem`] says what went wrong, where.
//!
//! Above the core: uses `medborgarloften-core`'s model and validator; nothing here knows about files, the terminal
//! or the browser.

pub mod amounts;
pub mod cells;
pub mod choices;
pub mod followup_rows;
pub mod from_rows;
pub mod ids;
pub mod kommun_sheet;
pub mod layout;
pub mod open;
pub mod problem;
#[cfg(test)]
mod round_trip_tests;
pub mod sheet_reader;
pub mod to_rows;
pub mod translation_cells;
pub mod xlsx_write;

use medborgarloften_core::Dataset;

pub use problem::{WorkbookError, WorkbookErrors, WorkbookProblem};

/// Reads an .xlsx or .ods workbook into a dataset checked by the core's validator. `file_name` names the file in
/// messages, and its extension says the format (without a known one the bytes are sniffed). The error holds every
/// problem at once, each with its sheet, row and column.
pub fn read_workbook(bytes: &[u8], file_name: &str) -> Result<Dataset, WorkbookErrors> {
    let tables = open::read_tables(bytes, file_name)
        .map_err(|message| WorkbookErrors { problems: vec![WorkbookProblem::whole(message)], unreadable: true })?;
    from_rows::from_tables(&tables).map_err(|problems| WorkbookErrors { problems, unreadable: false })
}

/// Writes the dataset as an .xlsx workbook in the layout [`read_workbook`] reads back, with drop-down lists for
/// ids and choices. The same dataset always gives the same bytes (the document's date is the dataset's `updated`).
pub fn write_workbook(data: &Dataset) -> Result<Vec<u8>, WorkbookError> {
    xlsx_write::write_xlsx(data)
}
