//! The `exportera` command: writes a dataset as an .xlsx workbook with `rust_xlsxwriter`: bold frozen header
//! row, column widths, text-formatted cells (so "2024-01" stays text), and drop-down lists for ids and statuses.
//!
//! Shell layer: the rows come from [`super::tables::to_tables`]; this file only lays them out and saves.

use rust_xlsxwriter::{DataValidation, Format, Formula, Workbook, Worksheet, XlsxError};

use super::cells::Cell;
use super::layout::{Sheet, RESULT_WIDTH};
use super::to_rows::to_tables;
use crate::usage::{EXIT_OK, EXIT_USAGE};
use crate::validate::load;

/// Last row a drop-down list covers (rows an editor adds below the data get it too).
const LIST_ROWS: u32 = 2_000;

/// The drop-down lists: sheet, column header, and the list (fixed ids, or a column of another sheet).
const LISTS: [(&str, &str, List); 13] = [
    ("Löften", "period", List::Column("Perioder", "A")),
    ("Löften", "grupp", List::Column("Grupper", "B")),
    ("Rapporter", "period", List::Column("Perioder", "A")),
    ("Rapporter", "precision", List::Fixed(&["day", "month", "year"])),
    ("Rapporter", "typ", List::Fixed(&["intern", "slut"])),
    ("Dokument", "period", List::Column("Perioder", "A")),
    ("Grupper", "period", List::Column("Perioder", "A")),
    ("Stödlöften", "löfte", List::Column("Löften", "A")),
    ("Mål", "löfte", List::Column("Löften", "A")),
    ("Mål", "typ", List::Fixed(&["minst", "exakt"])),
    ("Uppföljningar", "löfte", List::Column("Löften", "A")),
    (
        "Uppföljningar",
        "status",
        List::Fixed(&["rapporterad", "pagar", "forsenat", "genomfort", "delvis-genomfort", "ej-genomfort"]),
    ),
    ("Områden", "prioriterat", List::Fixed(&["ja", "nej"])),
];

enum List {
    Fixed(&'static [&'static str]),
    Column(&'static str, &'static str),
}

/// `exportera DATASET BOK.xlsx`. Returns the exit code.
pub fn run(dataset: &str, workbook: &str) -> u8 {
    let data = match load(dataset) {
        Ok(data) => data,
        Err(failure) => {
            for line in &failure.lines {
                eprintln!("{line}");
            }
            return failure.code;
        }
    };
    match write_workbook(&data, workbook) {
        Ok(()) => {
            println!("OK: {workbook} har {} löften på 12 blad. Läs tillbaka med: medborgarloften importera {workbook} <datamängd.json>", data.promises.len());
            EXIT_OK
        }
        Err(err) => {
            eprintln!("Kunde inte skriva {workbook}: {err}.");
            EXIT_USAGE
        }
    }
}

fn write_workbook(data: &medborgarloften_core::Dataset, path: &str) -> Result<(), XlsxError> {
    let mut book = Workbook::new();
    let header_format = Format::new().set_bold().set_background_color("#DDEBF7");
    let text_format = Format::new().set_num_format("@").set_text_wrap();
    for (sheet, rows) in to_tables(data) {
        let ws = book.add_worksheet();
        ws.set_name(sheet.name)?;
        lay_out(ws, &sheet, &rows, &header_format, &text_format)?;
        for (_, header, list) in LISTS.iter().filter(|(name, _, _)| *name == sheet.name) {
            let Some(col) = sheet.index(header) else { continue };
            let validation = match list {
                List::Fixed(ids) => DataValidation::new().allow_list_strings(ids)?,
                List::Column(other, letter) => DataValidation::new()
                    .allow_list_formula(Formula::new(format!("='{other}'!${letter}$2:${letter}${LIST_ROWS}"))),
            };
            ws.add_data_validation(1, col as u16, LIST_ROWS, col as u16, &validation)?;
        }
    }
    book.save(path)
}

fn lay_out(
    ws: &mut Worksheet,
    sheet: &Sheet,
    rows: &[Vec<Cell>],
    header: &Format,
    text: &Format,
) -> Result<(), XlsxError> {
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    for col in 0..width {
        let column_width = sheet.columns.get(col).map_or(RESULT_WIDTH, |c| c.width);
        ws.set_column_width(col as u16, column_width)?;
        // Number columns (results, target values) keep the general format so a typed 12 stays a number.
        let numeric = col >= sheet.columns.len() || sheet.columns[col].header == "värde";
        if !numeric {
            ws.set_column_format(col as u16, text)?;
        }
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (r, c) = (r as u32, c as u16);
            match cell {
                Cell::Text(value) if r == 0 => ws.write_string_with_format(r, c, value, header).map(|_| ())?,
                Cell::Text(value) => ws.write_string_with_format(r, c, value, text).map(|_| ())?,
                Cell::Number(n) => ws.write_number(r, c, *n).map(|_| ())?,
                Cell::Empty | Cell::Bool(_) | Cell::Date(_) => {}
            }
        }
    }
    ws.set_freeze_panes(1, 0)?;
    Ok(())
}
