//! The one error type of dataset loading, with Swedish messages an editor can act on.
//!
//! Pure core: no UI dependency.
//!
//! Dataset layer: may use `json` (a [`JsonError`] becomes a [`DataError`] here); must not import `geo`, `page` or
//! `export`.

use std::fmt;

use thiserror::Error;

use crate::json::{JsonError, Kind};

/// Why a dataset was refused. Every variant says where (line and column, or a path with the promise id) and what.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum DataError {
    /// The file is larger than the app accepts.
    #[error("Filen är för stor: {size} byte (högst {limit} byte).")]
    TooLarge {
        /// Size of the file in bytes.
        size: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// The text is not JSON.
    #[error("Filen är inte giltig JSON: rad {line}, kolumn {column}: {message}.")]
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong, in Swedish.
        message: String,
    },
    /// The JSON does not have the shape of a dataset (a missing field, a wrong type, an unknown value).
    #[error("Fel i datamängden på rad {line}, kolumn {column}: {message}.")]
    Shape {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong.
        message: String,
    },
    /// The bytes are not UTF-8 text: another encoding (UTF-16), a broken byte, or a file cut mid-character.
    #[error("Filen är inte UTF-8-text: rad {line}, kolumn {column}: {message}.")]
    Encoding {
        /// 1-based line.
        line: usize,
        /// 1-based column, in characters.
        column: usize,
        /// What is wrong, in Swedish.
        message: String,
    },
    /// The file is of a format version this app does not read.
    #[error("Datamängden har formatversion {found}, men appen läser version {expected}.")]
    SchemaVersion {
        /// The version in the file.
        found: u32,
        /// The version the app reads.
        expected: u32,
    },
    /// The JSON has the right shape but its content breaks one or more rules.
    #[error("Datamängden har {} fel: {}", .0.len(), Problems(.0))]
    Invalid(Vec<Problem>),
}

impl From<JsonError> for DataError {
    /// The dataset error of a JSON error: [`DataError::Shape`] for a value of the wrong shape, else
    /// [`DataError::Syntax`].
    fn from(err: JsonError) -> Self {
        let (line, column) = (err.line, err.column.max(1));
        match err.kind {
            Kind::Shape(message) => DataError::Shape { line, column, message },
            Kind::Syntax(code) => DataError::Syntax { line, column, message: code.swedish().to_owned() },
        }
    }
}

/// One broken content rule: where (a JSON path that names the promise id) and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// JSON path, e.g. `promises[3] (2019-polisen-trafik).themes[0]`.
    pub path: String,
    /// What is wrong, in Swedish.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

struct Problems<'a>(&'a [Problem]);

impl fmt::Display for Problems<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // However many problems there are, the sentence stays short: the first ones and a count of the rest.
        let summary = problem_summary(self.0, SHOWN_PROBLEMS);
        f.write_str(&summary.lines.join("; "))?;
        match summary.more_line() {
            Some(more) => write!(f, "; {more}"),
            None => Ok(()),
        }
    }
}

/// How many problems the app's error panel lists; the editors' tool prints all of them.
pub const SHOWN_PROBLEMS: usize = 20;

/// The first problems of a refused dataset as Swedish lines, and how many were left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProblemSummary {
    /// At most the requested number of lines, each "path: what is wrong", in file order.
    pub lines: Vec<String>,
    /// How many problems are not in `lines`.
    pub more: usize,
}

impl ProblemSummary {
    /// "… och 19 980 fel till." when problems were left out, else `None`.
    pub fn more_line(&self) -> Option<String> {
        (self.more > 0).then(|| format!("… och {} fel till.", self.more))
    }
}

/// The first `limit` problems as lines (`promises[3] (2019-polisen-trafik).themes[0]: okänt tema "cykel"`),
/// and how many more there are, for a panel that must stay short however broken the file is.
pub fn problem_summary(problems: &[Problem], limit: usize) -> ProblemSummary {
    ProblemSummary {
        lines: problems.iter().take(limit).map(Problem::to_string).collect(),
        more: problems.len().saturating_sub(limit),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(n: usize) -> Vec<Problem> {
        (0..n)
            .map(|i| Problem { path: format!("promises[{i}] (p{i}).themes[0]"), message: "okänt tema".into() })
            .collect()
    }

    #[test]
    fn the_summary_lists_the_first_problems_and_counts_the_rest() {
        let summary = problem_summary(&problems(25), SHOWN_PROBLEMS);
        assert_eq!(summary.lines.len(), 20);
        assert_eq!(summary.lines[0], "promises[0] (p0).themes[0]: okänt tema");
        assert_eq!(summary.more, 5);
        assert_eq!(summary.more_line().as_deref(), Some("… och 5 fel till."));
        let few = problem_summary(&problems(2), SHOWN_PROBLEMS);
        assert_eq!((few.lines.len(), few.more, few.more_line()), (2, 0, None));
    }

    #[test]
    fn twenty_thousand_problems_make_a_short_message() {
        let text = DataError::Invalid(problems(20_000)).to_string();
        assert!(text.starts_with("Datamängden har 20000 fel: promises[0] (p0)"), "{}", &text[..80]);
        assert!(text.ends_with("; … och 19980 fel till."), "{}", &text[text.len() - 80..]);
        assert!(text.len() < 2_000, "{} characters", text.len());
    }
}
