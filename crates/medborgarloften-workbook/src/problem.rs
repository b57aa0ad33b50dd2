//! What went wrong with a workbook, in Swedish an editor can act on: where (sheet, row, column, and the dataset path
//! when the core's rules found it) and what. [`Place`] is a cell or row inside the workbook; [`WorkbookProblem`] is
//! one problem as the editors' tool prints it and a browser can point at.
//!
//! Pure: no I/O.

use std::fmt;

use crate::layout::{column_letters, SHEETS};

/// A sheet, a row of it, or one cell: "Löften, rad 4, kolumn G (teman)".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    /// The sheet's name.
    pub sheet: String,
    /// The row's index, 0 for the header row; `None` for the sheet as a whole.
    pub row: Option<usize>,
    /// The column's index and its header.
    pub column: Option<(usize, String)>,
}

impl Place {
    /// A whole sheet.
    pub fn sheet(sheet: &str) -> Self {
        Place { sheet: sheet.to_string(), row: None, column: None }
    }

    /// One row of a sheet (`row` is its index, 0 for the header row).
    pub fn row(sheet: &str, row: usize) -> Self {
        Place { sheet: sheet.to_string(), row: Some(row), column: None }
    }

    /// One cell: row index, column index and the column's header.
    pub fn cell(sheet: &str, row: usize, column: usize, header: &str) -> Self {
        Place { sheet: sheet.to_string(), row: Some(row), column: Some((column, header.to_string())) }
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.sheet)?;
        if let Some(row) = self.row {
            write!(f, ", rad {}", row + 1)?;
        }
        if let Some((index, header)) = &self.column {
            write!(f, ", kolumn {} ({header})", column_letters(*index))?;
        }
        Ok(())
    }
}

/// One problem in a workbook. Its `Display` is the line the editors' tool prints:
/// `Löften, rad 4, kolumn G (teman): okänt tema "cykel" …`, or `promises[3] (x).title: …` when the core's rules
/// found a problem no cell holds, or only the message (a missing sheet).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkbookProblem {
    /// The sheet's name, e.g. `Löften`.
    pub sheet: Option<String>,
    /// The row as the spreadsheet numbers it (the header row is 1).
    pub row: Option<u32>,
    /// The column's letters as the spreadsheet shows them, e.g. `G`.
    pub column: Option<String>,
    /// The column's header, e.g. `teman`.
    pub header: Option<String>,
    /// What is wrong and what to do, in Swedish.
    pub message: String,
    /// Where in the dataset: the core validator's `Problem::path` (`promises[3] (2019-polisen-trafik).themes[0]`)
    /// for a problem its rules found, or the field's bare path (`promises[3].themes`) for a cell that was read
    /// into a record. `None` when the problem has no record (a missing sheet, a row that could not be read).
    pub path: Option<String>,
}

impl WorkbookProblem {
    /// A problem at `place`.
    pub fn at(place: &Place, message: String) -> Self {
        WorkbookProblem {
            sheet: Some(place.sheet.clone()),
            row: place.row.map(|row| u32::try_from(row + 1).unwrap_or(u32::MAX)),
            column: place.column.as_ref().map(|(index, _)| column_letters(*index)),
            header: place.column.as_ref().map(|(_, header)| header.clone()),
            message,
            path: None,
        }
    }

    /// A problem of the workbook as a whole (a missing sheet, a file that is no workbook).
    pub fn whole(message: String) -> Self {
        WorkbookProblem { sheet: None, row: None, column: None, header: None, message, path: None }
    }

    /// True when both are about the same sheet, row and column.
    pub fn same_place(&self, other: &WorkbookProblem) -> bool {
        (&self.sheet, self.row, &self.column) == (&other.sheet, other.row, &other.column)
    }

    /// Sorts problems as an editor reads the workbook: by sheet in tab order, then row, then column; problems of the
    /// whole workbook first. Problems at the same place keep their order.
    pub(crate) fn sort(problems: &mut [WorkbookProblem]) {
        problems.sort_by_key(|p| {
            let sheet =
                p.sheet.as_deref().map(|name| SHEETS.iter().position(|s| s.name == name).unwrap_or(SHEETS.len()));
            let column = p.column.as_ref().map(|letters| (letters.len(), letters.clone()));
            (sheet, p.row, column)
        });
    }
}

impl fmt::Display for WorkbookProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.sheet, &self.path) {
            (Some(sheet), _) => {
                f.write_str(sheet)?;
                if let Some(row) = self.row {
                    write!(f, ", rad {row}")?;
                }
                match (&self.column, &self.header) {
                    (Some(column), Some(header)) => write!(f, ", kolumn {column} ({header})")?,
                    (Some(column), None) => write!(f, ", kolumn {column}")?,
                    _ => {}
                }
                write!(f, ": {}", self.message)
            }
            (None, Some(path)) => write!(f, "{path}: {}", self.message),
            (None, None) => f.write_str(&self.message),
        }
    }
}

/// Why a workbook was not read: every problem found, all at once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkbookErrors {
    /// Every problem, sorted by sheet (in tab order), row and column.
    pub problems: Vec<WorkbookProblem>,
    /// True when the bytes are no workbook at all (nothing could be read); the editors' tool then exits 2, as for a
    /// file it cannot open, rather than 1.
    pub unreadable: bool,
}

impl fmt::Display for WorkbookErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, problem) in self.problems.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for WorkbookErrors {}

/// Why a workbook could not be written, in Swedish.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkbookError {
    /// What went wrong, e.g. "Löften, rad 4, kolumn F (text): texten har 40 000 tecken; en cell rymmer 32 767."
    pub message: String,
}

impl fmt::Display for WorkbookError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for WorkbookError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_problem_prints_its_cell_then_what_is_wrong() {
        let problem = WorkbookProblem::at(&Place::cell("Löften", 3, 6, "teman"), "okänt tema \"cykel\"".into());
        assert_eq!(problem.to_string(), "Löften, rad 4, kolumn G (teman): okänt tema \"cykel\"");
        assert_eq!((problem.row, problem.column.as_deref()), (Some(4), Some("G")));
        let row = WorkbookProblem::at(&Place::row("Perioder", 0), "kolumnen saknas: slut.".into());
        assert_eq!(row.to_string(), "Perioder, rad 1: kolumnen saknas: slut.");
        let nowhere =
            WorkbookProblem { path: Some("promises".into()), ..WorkbookProblem::whole("inga löften".into()) };
        assert_eq!(nowhere.to_string(), "promises: inga löften");
        assert_eq!(
            WorkbookProblem::whole("Arbetsboken saknar bladet Mål.".into()).to_string(),
            "Arbetsboken saknar bladet Mål."
        );
    }

    #[test]
    fn problems_sort_by_tab_row_and_column() {
        let mut problems = vec![
            WorkbookProblem::at(&Place::cell("Parter", 1, 0, "id"), "c".into()),
            WorkbookProblem::at(&Place::cell("Löften", 9, 1, "period"), "b".into()),
            WorkbookProblem::at(&Place::cell("Löften", 9, 26, "x"), "b2".into()),
            WorkbookProblem::at(&Place::cell("Löften", 2, 3, "parter"), "a".into()),
            WorkbookProblem::whole("först".into()),
        ];
        WorkbookProblem::sort(&mut problems);
        let order: Vec<&str> = problems.iter().map(|p| p.message.as_str()).collect();
        assert_eq!(order, ["först", "a", "b", "b2", "c"]);
    }
}
