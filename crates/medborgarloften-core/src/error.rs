//! The one error type of dataset loading, with Swedish messages an editor can act on.
//!
//! Pure core: no UI dependency.

use std::fmt;

use thiserror::Error;

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
        /// What is wrong, in Swedish where serde's message could be translated.
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
        for (i, problem) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{problem}")?;
        }
        Ok(())
    }
}

/// Turns a serde_json error into a [`DataError`] with line and column and a Swedish message.
pub fn from_json_error(err: &serde_json::Error) -> DataError {
    let full = err.to_string();
    let bare = match full.rfind(" at line ") {
        Some(at) => &full[..at],
        None => full.as_str(),
    };
    let message = translate(bare);
    let (line, column) = (err.line(), err.column());
    match err.classify() {
        serde_json::error::Category::Data => DataError::Shape { line, column, message },
        _ => DataError::Syntax { line, column, message },
    }
}

/// Translates the common serde_json phrases; anything else passes through unchanged.
fn translate(message: &str) -> String {
    const PHRASES: [(&str, &str); 12] = [
        ("missing field", "fältet saknas:"),
        ("invalid type:", "fel typ:"),
        ("invalid value:", "ogiltigt värde:"),
        ("unknown variant", "okänt värde"),
        ("expected one of", "tillåtna är"),
        ("expected", "väntade"),
        ("EOF while parsing a value", "filen tar slut där ett värde väntades"),
        ("EOF while parsing", "filen tar slut mitt i"),
        ("trailing characters", "tecken efter datamängdens slut"),
        ("key must be a string", "nyckeln måste vara en sträng"),
        ("a sequence", "en lista"),
        ("a string", "en sträng"),
    ];
    let mut out = message.to_string();
    for (english, swedish) in PHRASES {
        out = out.replace(english, swedish);
    }
    out.replace("integer", "heltal").replace("an object", "ett objekt").replace("struct", "objekt")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_errors_keep_line_and_column() {
        let err = serde_json::from_str::<serde_json::Value>("{\n  \"a\": ,\n}").expect_err("bad json");
        match from_json_error(&err) {
            DataError::Syntax { line, column, .. } => assert_eq!((line, column), (2, 8)),
            other => panic!("expected a syntax error, got {other:?}"),
        }
    }

    #[test]
    fn messages_are_swedish() {
        let err = serde_json::from_str::<Vec<u8>>("5").expect_err("wrong type");
        let text = from_json_error(&err).to_string();
        assert!(text.contains("fel typ"), "{text}");
        assert!(text.contains("rad 1"), "{text}");
    }
}
