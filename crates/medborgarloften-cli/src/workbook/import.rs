//! The `importera` command: reads a workbook (.xlsx, .ods, also .xls) with `calamine`, checks every cell and the
//! core's rules, and writes the dataset only when there is no problem.
//!
//! Shell layer: file I/O and the cell type mapping; the reading rules are [`super::tables::from_tables`].

use calamine::{open_workbook_auto, Data, Reader};

use super::cells::{Cell, Tables};
use super::from_rows::from_tables;
use crate::dataset_file::{dataset_text, write};
use crate::usage::{EXIT_INVALID, EXIT_OK, EXIT_USAGE};

/// `importera BOK DATASET`. Returns the exit code.
pub fn run(workbook: &str, dataset: &str) -> u8 {
    let tables = match read_tables(workbook) {
        Ok(tables) => tables,
        Err(line) => {
            eprintln!("{line}");
            return EXIT_USAGE;
        }
    };
    match from_tables(&tables) {
        Ok(data) => match write(dataset, &dataset_text(&data)) {
            Ok(()) => {
                println!("OK: {dataset} har {} löften från {workbook}.", data.promises.len());
                EXIT_OK
            }
            Err(line) => {
                eprintln!("{line}");
                EXIT_USAGE
            }
        },
        Err(problems) => {
            for line in &problems {
                println!("{workbook}: {line}");
            }
            println!("{} fel i {workbook}; {dataset} skrevs inte.", problems.len());
            EXIT_INVALID
        }
    }
}

/// Every sheet of the workbook as rows from A1 (cells before the used range are empty).
fn read_tables(path: &str) -> Result<Tables, String> {
    let mut book = open_workbook_auto(path)
        .map_err(|err| format!("Kunde inte läsa {path} som arbetsbok (.xlsx eller .ods): {err}."))?;
    let mut tables = Tables::new();
    for name in book.sheet_names() {
        let range =
            book.worksheet_range(&name).map_err(|err| format!("Kunde inte läsa bladet {name} i {path}: {err}."))?;
        let (top, left) = range.start().map_or((0, 0), |(r, c)| (r as usize, c as usize));
        let mut rows: Vec<Vec<Cell>> = vec![Vec::new(); top];
        for row in range.rows() {
            let mut cells = vec![Cell::Empty; left];
            cells.extend(row.iter().map(cell));
            rows.push(cells);
        }
        tables.insert(name, rows);
    }
    Ok(tables)
}

fn cell(data: &Data) -> Cell {
    match data {
        Data::Empty | Data::Error(_) => Cell::Empty,
        Data::String(text) | Data::DateTimeIso(text) | Data::DurationIso(text) => Cell::Text(text.clone()),
        Data::Int(n) => Cell::Number(*n as f64),
        Data::Float(n) => Cell::Number(*n),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(date) => Cell::Date(date.as_f64()),
    }
}
