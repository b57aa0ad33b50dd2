//! A dataset as the bytes of an .xlsx workbook, with `rust_xlsxwriter`: bold frozen header row, column widths,
//! text-formatted cells (so "2024-01" stays text), and drop-down lists for ids and statuses. The document's
//! creation date is the dataset's `updated`, so the same dataset always gives the same bytes.
//!
//! Adapter layer: the rows come from [`crate::to_rows::to_tables`]; this file only lays them out. No file system.

use chrono::Datelike;
use medborgarloften_core::Dataset;
use rust_xlsxwriter::{DataValidation, DocProperties, ExcelDateTime, Format, Formula, Workbook, Worksheet, XlsxError};

use crate::cells::cell_text;
use crate::cells::Cell;
use crate::layout::{translation_columns, List, Sheet, LISTS, LIST_ROWS, RESULT_WIDTH};
use crate::problem::{Place, WorkbookError};
use crate::to_rows::to_tables;

/// The .xlsx bytes of `data`.
pub fn write_xlsx(data: &Dataset) -> Result<Vec<u8>, WorkbookError> {
    let mut book = Workbook::new();
    let updated = data.updated.0;
    let created = ExcelDateTime::from_ymd(
        u16::try_from(updated.year()).unwrap_or(2000),
        updated.month() as u8,
        updated.day() as u8,
    )
    .map_err(|err| failed(None, &err))?;
    book.set_properties(&DocProperties::new().set_creation_datetime(&created));
    let header_format = Format::new().set_bold().set_background_color("#DDEBF7");
    let text_format = Format::new().set_num_format("@").set_text_wrap();
    for (sheet, rows) in to_tables(data) {
        let ws = book.add_worksheet();
        ws.set_name(sheet.name).map_err(|err| failed(None, &err))?;
        lay_out(ws, &sheet, &rows, &header_format, &text_format)?;
        for (_, header, list) in LISTS.iter().filter(|(name, _, _)| *name == sheet.name) {
            let Some(col) = sheet.index(header) else { continue };
            let validation = match list {
                List::Fixed(words) => DataValidation::new().allow_list_strings(words),
                List::Column(other, letter) => Ok(DataValidation::new()
                    .allow_list_formula(Formula::new(format!("='{other}'!${letter}$2:${letter}${LIST_ROWS}")))),
            }
            .map_err(|err| failed(None, &err))?;
            ws.add_data_validation(1, col as u16, LIST_ROWS, col as u16, &validation)
                .map_err(|err| failed(None, &err))?;
        }
    }
    book.save_to_buffer().map_err(|err| failed(None, &err))
}

/// The Swedish sentence for a writer's error, naming the cell when it is one cell's.
fn failed(place: Option<Place>, err: &XlsxError) -> WorkbookError {
    let message = match (place, err) {
        (Some(place), XlsxError::MaxStringLengthExceeded) => format!(
            "{place}: texten är längre än de 32 767 tecken som ryms i en cell; korta den i datamängden och försök igen."
        ),
        (_, other) => format!("Arbetsboken kunde inte skrivas: {other}."),
    };
    WorkbookError { message }
}

fn lay_out(
    ws: &mut Worksheet,
    sheet: &Sheet,
    rows: &[Vec<Cell>],
    header: &Format,
    text: &Format,
) -> Result<(), WorkbookError> {
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    // The Swedish columns, their translations (as wide as the column each translates, found by header: on the
    // Uppföljningar sheet they follow the result pairs) and the result pairs.
    let translations = translation_columns(sheet);
    let header_of = |col: usize| rows.first().and_then(|row| row.get(col)).and_then(cell_text);
    let translation_at = |col: usize| {
        let header = header_of(col)?;
        translations.iter().find(|t| t.header == header)
    };
    for col in 0..width {
        let column = sheet.columns.get(col).copied().or_else(|| translation_at(col).map(|t| t.swedish));
        ws.set_column_width(col as u16, column.map_or(RESULT_WIDTH, |c| c.width)).map_err(|err| failed(None, &err))?;
        // Number columns (results, target values) keep the general format so a typed 12 stays a number.
        let numeric = column.is_none_or(|c| c.header == "värde");
        if !numeric {
            ws.set_column_format(col as u16, text).map_err(|err| failed(None, &err))?;
        }
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let written = match cell {
                Cell::Text(value) if r == 0 => {
                    ws.write_string_with_format(r as u32, c as u16, value, header).map(|_| ())
                }
                Cell::Text(value) => ws.write_string_with_format(r as u32, c as u16, value, text).map(|_| ()),
                Cell::Number(n) => ws.write_number(r as u32, c as u16, *n).map(|_| ()),
                Cell::Empty | Cell::Bool(_) | Cell::Date(_) => Ok(()),
            };
            written.map_err(|err| {
                let header = sheet.columns.get(c).map(|column| column.header.to_string()).or_else(|| header_of(c));
                let header = header.unwrap_or_default();
                failed(Some(Place::cell(sheet.name, r, c, &header)), &err)
            })?;
        }
    }
    ws.set_freeze_panes(1, 0).map_err(|err| failed(None, &err))?;
    Ok(())
}
