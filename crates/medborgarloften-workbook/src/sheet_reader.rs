//! Reading one sheet: columns found by header, each cell read as text, a date, a month, a number or a choice,
//! and every problem named by sheet, row and column in Swedish. Also where a core rule's problem path points.
//!
//! Pure: no files.

use std::collections::HashMap;

use medborgarloften_core::dataset::choices::YES_NO;
use medborgarloften_core::dataset::month::{Month, ReportDate};
use medborgarloften_core::text::choice::{self, Choice};
use medborgarloften_core::Date;

use crate::amounts::{read_amount, Typed};
use crate::cells::{cell_text, serial_date, Cell, Rows, Tables};
use crate::choices::refusal;
use crate::ids::KnownIds;
use crate::layout::{translation_columns, Sheet};
use crate::problem::{Place, WorkbookProblem};

/// Reads one sheet's rows, finding columns by their header so a reordered sheet still reads.
pub struct SheetReader<'a> {
    sheet: Sheet,
    rows: &'a Rows,
    /// Column index by lower-case header.
    pub columns: HashMap<String, usize>,
}

/// One data row of a sheet, with the problems found so far.
pub struct Row<'a, 'b> {
    /// The sheet.
    pub reader: &'b SheetReader<'a>,
    /// The row's index (0 is the header row).
    pub index: usize,
    /// Where problems go.
    pub problems: &'b mut Vec<WorkbookProblem>,
}

impl<'a> SheetReader<'a> {
    /// The reader for `sheet` in `tables`; `None`, with the problem recorded, when the sheet or a column is missing.
    pub fn new(sheet: Sheet, tables: &'a Tables, problems: &mut Vec<WorkbookProblem>) -> Option<Self> {
        let Some(rows) = tables.get(sheet.name) else {
            problems.push(WorkbookProblem::whole(format!("Arbetsboken saknar bladet {}.", sheet.name)));
            return None;
        };
        let mut columns = HashMap::new();
        if let Some(header) = rows.first() {
            for (i, cell) in header.iter().enumerate() {
                if let Some(name) = cell_text(cell) {
                    columns.entry(name.trim().to_lowercase()).or_insert(i);
                }
            }
        }
        let missing: Vec<&str> = sheet.columns.iter().map(|c| c.header).filter(|h| !columns.contains_key(*h)).collect();
        if !missing.is_empty() {
            problems.push(WorkbookProblem::at(
                &Place::row(sheet.name, 0),
                format!("kolumnen saknas: {}.", missing.join(", ")),
            ));
            return None;
        }
        Some(SheetReader { sheet, rows, columns })
    }

    /// The data rows that hold anything, by index (the header row and empty rows are skipped).
    pub fn data_rows(&self) -> impl Iterator<Item = usize> + '_ {
        (1..self.rows.len()).filter(|&i| self.rows[i].iter().any(|cell| cell_text(cell).is_some()))
    }

    /// The cell under `header` in `row`, and its column index.
    pub fn cell(&self, row: usize, header: &str) -> (&Cell, usize) {
        let index = self.columns.get(header).copied().unwrap_or(usize::MAX);
        (self.rows[row].get(index).unwrap_or(&Cell::Empty), index)
    }

    /// "Löften, rad 4, kolumn G (teman)" for the cell under `header` in `row`.
    pub fn place(&self, row: usize, header: &str) -> Place {
        let (_, index) = self.cell(row, header);
        Place::cell(self.sheet.name, row, index, header)
    }

    /// The sheet it reads.
    pub fn sheet(&self) -> &Sheet {
        &self.sheet
    }

    /// Records where each field of the record at `prefix` (a core path such as `promises[3]`) came from, its
    /// translations (`promises[3].translations.en.title`) included when the sheet has their columns.
    pub fn field_places(&self, row: usize, prefix: &str, places: &mut Places) {
        places.push((prefix.to_string(), Place::row(self.sheet.name, row)));
        for column in self.sheet.columns.iter().filter(|c| !c.field.is_empty()) {
            places.push((format!("{prefix}.{}", column.field), self.place(row, column.header)));
        }
        for column in translation_columns(&self.sheet) {
            if self.columns.contains_key(&column.header) {
                places.push((format!("{prefix}.{}", column.field()), self.place(row, &column.header)));
            }
        }
    }
}

impl Row<'_, '_> {
    /// The cell's text; `None` when it is empty.
    pub fn opt(&mut self, header: &str) -> Option<String> {
        cell_text(self.reader.cell(self.index, header).0)
    }

    /// The cell's text; an empty cell is a problem.
    pub fn req(&mut self, header: &str) -> String {
        let value = self.opt(header);
        if value.is_none() {
            self.fail(header, "cellen är tom men måste fyllas i.".to_string());
        }
        value.unwrap_or_default()
    }

    /// Records a problem with the cell under `header`.
    pub fn fail(&mut self, header: &str, message: String) {
        self.problems.push(WorkbookProblem::at(&self.reader.place(self.index, header), message));
    }

    /// A comma-separated list of ids.
    pub fn list(&mut self, header: &str) -> Vec<String> {
        self.opt(header)
            .map(|text| text.split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect())
            .unwrap_or_default()
    }

    /// A required id that must be among `known`; its position there.
    pub fn id_in(&mut self, header: &str, known: &KnownIds) -> Option<usize> {
        let id = self.id_text_in(header, known);
        known.position(&id)
    }

    /// A required id that must be among `known`, as written (trimmed).
    pub fn id_text_in(&mut self, header: &str, known: &KnownIds) -> String {
        let id = self.req(header).trim().to_string();
        if let Some(message) = known.problem(&id) {
            self.fail(header, message);
        }
        id
    }

    /// A comma-separated list of ids, each of which must be among `known`.
    pub fn ids_in(&mut self, header: &str, known: &KnownIds) -> Vec<String> {
        let ids = self.list(header);
        for id in &ids {
            if let Some(message) = known.problem(id) {
                self.fail(header, message);
            }
        }
        ids
    }

    /// `ja` or `nej` (empty is `nej`).
    pub fn yes_no(&mut self, header: &str) -> bool {
        let Some(value) = self.opt(header) else { return false };
        choice::read(&YES_NO, &value).unwrap_or_else(|| {
            self.fail(header, format!("{:?} ska vara ja eller nej.", value.trim()));
            false
        })
    }

    /// A required date, `ÅÅÅÅ-MM-DD`.
    pub fn date(&mut self, header: &str) -> Option<Date> {
        let value = self.req(header);
        let date = Date::parse(value.trim());
        if date.is_none() && !value.is_empty() {
            self.fail(header, format!("{value:?} är inget datum; skriv ÅÅÅÅ-MM-DD, till exempel 2026-05-14."));
        }
        date
    }

    /// A required month, `ÅÅÅÅ-MM` (a date the spreadsheet made of it counts as its month).
    pub fn month(&mut self, header: &str) -> Option<Month> {
        let value = match self.reader.cell(self.index, header).0 {
            // A spreadsheet turns "2024-01" into the date 2024-01-01; take its month.
            Cell::Date(serial) => serial_date(*serial).and_then(|d| d.to_string().get(..7).map(str::to_string)),
            _ => Some(self.req(header)),
        }
        .unwrap_or_default();
        let month = Month::parse(value.trim());
        if month.is_none() && !value.is_empty() {
            self.fail(header, format!("{value:?} är ingen månad; skriv ÅÅÅÅ-MM, till exempel 2024-01."));
        }
        month
    }

    /// A required follow-up date: day, month or year.
    pub fn report_date(&mut self, header: &str) -> Option<ReportDate> {
        let value = self.req(header);
        let date = ReportDate::parse(value.trim());
        if date.is_none() && !value.is_empty() {
            self.fail(header, format!("{value:?} är inget datum; skriv 2026-05-14, 2026-05 eller 2026."));
        }
        date
    }

    /// One of `choices`, by its Swedish word or another word for it (the core's `dataset::choices`); `None` when
    /// the cell is empty, or is none of them, which is a problem that names the words to choose from.
    pub fn choice<T: Copy>(&mut self, header: &str, choices: &[Choice<T>]) -> Option<T> {
        let value = self.opt(header)?;
        let read = choice::read(choices, &value);
        if read.is_none() {
            self.fail(header, refusal(choices, value.trim()));
        }
        read
    }

    /// An optional whole number from 0, which may be followed by `st` or by `unit` (see [`read_amount`]).
    pub fn whole_number(&mut self, header: &str, unit: Option<&str>) -> Option<u32> {
        let value = self.opt(header)?;
        match read_amount(&value, unit) {
            Ok(Typed::Number(number)) => Some(number),
            Ok(Typed::Words(_)) => {
                self.fail(header, format!("{:?} ska vara ett heltal från 0.", value.trim()));
                None
            }
            Err(message) => {
                self.fail(header, message);
                None
            }
        }
    }
}

/// Problem paths of the core (`promises[3].themes`) and the cell each came from.
pub type Places = Vec<(String, Place)>;

/// Drops the `" (id)"` the core writes after an index: `promises[3] (x).themes[0]` → `promises[3].themes[0]`.
fn bare_path(path: &str) -> String {
    let mut out = String::new();
    let mut rest = path;
    while let Some(start) = rest.find(" (") {
        out.push_str(&rest[..start]);
        match rest[start..].find(')') {
            Some(end) => rest = &rest[start + end + 1..],
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The cell for a core problem path: the longest recorded path that the problem's path starts with.
pub fn place_of<'p>(places: &'p Places, path: &str) -> Option<&'p Place> {
    let path = bare_path(path);
    places
        .iter()
        .filter(|(prefix, _)| {
            path.strip_prefix(prefix.as_str()).is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
        })
        .max_by_key(|(prefix, _)| prefix.len())
        .map(|(_, place)| place)
}
