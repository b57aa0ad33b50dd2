//! Checks a draft with the app's own parser and validator ([`crate::parse_dataset`]), so the workspace accepts and
//! refuses exactly what the page and `medborgarloften validera` do, with the same Swedish messages; each problem is
//! tied to the field it names. The draft is written one field per line ([`lined_text`]), so a problem the parser
//! places by line and column is tied to a field too.
//!
//! Pure core: no UI dependency.

use serde_json::Value;

use crate::dataset::error::DataError;
use crate::dataset::model::Dataset;
use crate::edit::path::{Path, Step};

/// One problem of a draft, tied to a field where it names one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldProblem {
    /// The field (or the promise, period …) the problem is about; `None` for the whole file.
    pub path: Option<Path>,
    /// What is wrong, in Swedish, as the editors' tool says it.
    pub message: String,
}

/// A draft's check: its problems, and the dataset when it has none.
#[derive(Clone, Debug, PartialEq)]
pub struct Checked {
    /// Every problem, in the order the validator gives them.
    pub problems: Vec<FieldProblem>,
    /// The valid dataset; `None` while there are problems.
    pub dataset: Option<Dataset>,
}

impl Checked {
    /// The problems about `path` or inside it.
    pub fn about<'a>(&'a self, path: &'a Path) -> impl Iterator<Item = &'a FieldProblem> + 'a {
        self.problems.iter().filter(move |p| p.path.as_ref().is_some_and(|at| at.starts_with(path)))
    }
}

/// Checks `draft` as the app would read it.
pub fn check(draft: &Value) -> Checked {
    let (text, lines) = lined_text(draft);
    match crate::parse_dataset(&text) {
        Ok(dataset) => Checked { problems: Vec::new(), dataset: Some(dataset) },
        Err(err) => Checked { problems: problems_of(&err, &lines), dataset: None },
    }
}

fn problems_of(err: &DataError, lines: &[Path]) -> Vec<FieldProblem> {
    let at_line = |line: usize| lines.get(line.saturating_sub(1)).cloned().filter(|p| !p.0.is_empty());
    match err {
        DataError::Invalid(problems) => problems
            .iter()
            .map(|p| {
                let path = Path::parse(&p.path).or_else(|| line_of(&p.path).and_then(at_line));
                FieldProblem { path, message: p.message.clone() }
            })
            .collect(),
        DataError::Shape { line, message, .. } | DataError::Syntax { line, message, .. } => {
            // "promises[3] (id): …" names the promise; otherwise the line does.
            let named = message.split_once(": ").and_then(|(place, rest)| Some((Path::parse(place)?, rest)));
            match named {
                Some((path, rest)) => {
                    let deeper = at_line(*line).filter(|p| p.starts_with(&path));
                    vec![FieldProblem { path: Some(deeper.unwrap_or(path)), message: rest.to_owned() }]
                }
                None => vec![FieldProblem { path: at_line(*line), message: message.clone() }],
            }
        }
        other => vec![FieldProblem { path: None, message: other.to_string() }],
    }
}

/// "rad 12, kolumn 3" → 12.
fn line_of(place: &str) -> Option<usize> {
    place.strip_prefix("rad ")?.split(',').next()?.trim().parse().ok()
}

/// `draft` as JSON text with every field and item on a line of its own, and the path of each line.
pub fn lined_text(draft: &Value) -> (String, Vec<Path>) {
    let mut out = Lined { text: String::new(), lines: Vec::new() };
    out.value(draft, &mut Vec::new());
    out.text.push('\n');
    out.lines.push(Path::root());
    (out.text, out.lines)
}

struct Lined {
    text: String,
    lines: Vec<Path>,
}

impl Lined {
    fn newline(&mut self, path: &[Step]) {
        self.text.push('\n');
        self.lines.push(Path(path.to_vec()));
    }

    fn value(&mut self, value: &Value, path: &mut Vec<Step>) {
        match value {
            Value::Object(fields) if !fields.is_empty() => {
                self.text.push('{');
                for (i, (name, field)) in fields.iter().enumerate() {
                    if i > 0 {
                        self.text.push(',');
                    }
                    path.push(Step::Field(name.clone()));
                    self.newline(path);
                    self.text.push_str(&Value::String(name.clone()).to_string());
                    self.text.push(':');
                    self.value(field, path);
                    path.pop();
                }
                self.newline(path);
                self.text.push('}');
            }
            Value::Array(items) if !items.is_empty() => {
                self.text.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        self.text.push(',');
                    }
                    path.push(Step::Index(i));
                    self.newline(path);
                    self.value(item, path);
                    path.pop();
                }
                self.newline(path);
                self.text.push(']');
            }
            scalar => self.text.push_str(&scalar.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eskilstuna() -> Value {
        let text = include_str!("../../../../public/data/eskilstuna.json");
        serde_json::from_str(text).unwrap_or(Value::Null)
    }

    #[test]
    fn the_published_dataset_passes() {
        let checked = check(&eskilstuna());
        assert_eq!(checked.problems, vec![]);
        assert!(checked.dataset.is_some());
    }

    #[test]
    fn a_rule_broken_is_tied_to_its_field() {
        let mut draft = eskilstuna();
        let themes = Path::parse("promises[2].themes").unwrap_or_default();
        themes.set(&mut draft, Some(serde_json::json!(["finns-inte"])));
        let checked = check(&draft);
        assert!(checked.dataset.is_none());
        let problem = checked.about(&themes).next();
        assert!(problem.is_some(), "{:?}", checked.problems);
        assert!(problem.is_some_and(|p| p.message.contains("finns-inte")), "{:?}", problem);
    }

    #[test]
    fn a_wrong_shape_is_tied_to_its_line() {
        let mut draft = eskilstuna();
        let value = Path::parse("promises[0].targets").unwrap_or_default();
        value.set(&mut draft, Some(serde_json::json!([{"id": "a", "unit": "st", "label": "x", "value": "tolv"}])));
        let checked = check(&draft);
        let first = checked.problems.first().and_then(|p| p.path.clone()).map(|p| p.to_string());
        // The reader stops after the value, at its object's end: the target it belongs to.
        assert_eq!(first.as_deref(), Some("promises[0].targets[0]"), "{:?}", checked.problems);
    }
}
