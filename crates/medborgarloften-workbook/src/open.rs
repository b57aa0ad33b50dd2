//! A workbook's bytes as sheets of cells: .xlsx or .ods, read from memory with `calamine`. The file name's
//! extension says which; without a known one the bytes are sniffed (both are zip archives; an .ods names its
//! mimetype first).
//!
//! Adapter layer: calamine's cell types to [`Cell`]; no file system, so it runs in a browser too.

use std::io::Cursor;

use calamine::{open_workbook_from_rs, Data, Ods, Reader, Xlsx};

use crate::cells::{Cell, Tables};

/// The spreadsheet formats read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Xlsx,
    Ods,
}

/// The mimetype an OpenDocument spreadsheet stores, uncompressed, as its zip archive's first entry.
const ODS_MIMETYPE: &[u8] = b"application/vnd.oasis.opendocument.spreadsheet";

/// Which format `bytes` are in, by `file_name`'s extension, else by their content.
fn format_of(bytes: &[u8], file_name: &str) -> Option<Format> {
    let extension = file_name.rsplit_once('.').map(|(_, ext)| ext.to_ascii_lowercase());
    match extension.as_deref() {
        Some("xlsx" | "xlsm") => Some(Format::Xlsx),
        Some("ods") => Some(Format::Ods),
        _ if !bytes.starts_with(b"PK") => None,
        _ if bytes.get(..200).is_some_and(|head| head.windows(ODS_MIMETYPE.len()).any(|w| w == ODS_MIMETYPE)) => {
            Some(Format::Ods)
        }
        _ => Some(Format::Xlsx),
    }
}

/// Every sheet of the workbook in `bytes` as rows from A1 (cells before the used range are empty); the error is one
/// Swedish sentence that names `file_name`.
pub fn read_tables(bytes: &[u8], file_name: &str) -> Result<Tables, String> {
    let unreadable = |detail: String| {
        format!("Kunde inte läsa {file_name} som arbetsbok (.xlsx eller .ods): {detail}. Spara den som .xlsx eller .ods och försök igen.")
    };
    match format_of(bytes, file_name) {
        Some(Format::Xlsx) => {
            let book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes))
                .map_err(|err: calamine::XlsxError| unreadable(err.to_string()))?;
            sheets(book, file_name)
        }
        Some(Format::Ods) => {
            let book: Ods<_> = open_workbook_from_rs(Cursor::new(bytes))
                .map_err(|err: calamine::OdsError| unreadable(err.to_string()))?;
            sheets(book, file_name)
        }
        None => Err(unreadable("filen är varken .xlsx eller .ods".to_string())),
    }
}

/// Every sheet of an opened workbook, in tab order.
fn sheets<'a, R>(mut book: R, file_name: &str) -> Result<Tables, String>
where
    R: Reader<Cursor<&'a [u8]>>,
    R::Error: std::fmt::Display,
{
    let mut tables = Tables::new();
    for name in book.sheet_names() {
        let range = book
            .worksheet_range(&name)
            .map_err(|err| format!("Kunde inte läsa bladet {name} i {file_name}: {err}."))?;
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
