//! One cell of a workbook as the tool writes or reads it, the rows of a sheet, and how a cell reads as text.
//!
//! Pure: no files; shared by [`crate::to_rows`] and [`crate::from_rows`].

use std::collections::BTreeMap;

use medborgarloften_core::Date;

use medborgarloften_core::dataset::choices::yes_no_word;

/// One cell as written or read.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Nothing in the cell.
    Empty,
    /// Text.
    Text(String),
    /// A number.
    Number(f64),
    /// A true/false cell.
    Bool(bool),
    /// A date the spreadsheet made of what was typed, as its serial day number (1900 system).
    Date(f64),
}

/// A sheet's rows; the first is the header row.
pub type Rows = Vec<Vec<Cell>>;

/// Every sheet of a workbook by name.
pub type Tables = BTreeMap<String, Rows>;

/// The text of a cell as the editor sees it; dates the spreadsheet made are written back as ISO dates.
pub fn cell_text(cell: &Cell) -> Option<String> {
    match cell {
        Cell::Empty => None,
        Cell::Text(text) if text.is_empty() => None,
        Cell::Text(text) => Some(text.clone()),
        Cell::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => Some(format!("{}", *n as i64)),
        Cell::Number(n) => Some(n.to_string()),
        Cell::Bool(b) => Some(yes_no_word(*b).to_string()),
        Cell::Date(serial) => serial_date(*serial).map(|date| date.to_string()),
    }
}

/// A spreadsheet's serial day (days since 1899-12-30) as a date.
pub fn serial_date(serial: f64) -> Option<Date> {
    let days = serial.floor() as i64 - 25_569;
    Date::from_unix_days(u64::try_from(days).ok()?)
}
