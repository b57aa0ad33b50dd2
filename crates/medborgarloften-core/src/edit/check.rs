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
        Err(err) => Checked { problems: problems_of(&err, &text, &lines), dataset: None },
    }
}

fn problems_of(err: &DataError, text: &str, lines: &[Line]) -> Vec<FieldProblem> {
    match err {
        DataError::Invalid(problems) => problems
            .iter()
            .map(|p| {
                let path = Path::parse(&p.path).or_else(|| line_of(&p.path).and_then(|line| value_before(lines, line)));
                FieldProblem { path, message: p.message.clone() }
            })
            .collect(),
        DataError::Shape { line, message, .. } | DataError::Syntax { line, message, .. } => {
            // "promises[3] (id): …" names the promise; the line says where in it.
            let (named, rest) =
                match message.split_once(": ").and_then(|(place, rest)| Some((Path::parse(place)?, rest))) {
                    Some((path, rest)) => (Some(path), rest),
                    None => (None, message.as_str()),
                };
            let path = match (missing_field(rest), quoted_value_near(text, lines, *line, rest)) {
                // A missing field is reported at the end of its object: the field itself is where to write it.
                (Some(field), _) => {
                    named.clone().or_else(|| object_ending(lines, *line)).map(|object| object.field(field))
                }
                (None, Some(at)) if named.as_ref().is_none_or(|n| at.starts_with(n)) => Some(at),
                (None, _) => named.clone(),
            };
            vec![FieldProblem { path, message: rest.to_owned() }]
        }
        other => vec![FieldProblem { path: None, message: other.to_string() }],
    }
}

/// The value a problem at line `line` is about: the last value starting on or before it, unless the message quotes
/// the value (`ogiltigt datum "2019-1"`) and it stands on the line before (a value checked after it was read is
/// reported at the next field).
fn quoted_value_near(text: &str, lines: &[Line], line: usize, message: &str) -> Option<Path> {
    let on = value_before(lines, line);
    let quoted =
        message.split('"').nth(1).filter(|q| !q.is_empty()).map(|q| format!(":{}", Value::String(q.to_owned())));
    let Some(quoted) = quoted else { return on };
    let line_text = |n: usize| text.lines().nth(n.checked_sub(1)?);
    if line_text(line).is_some_and(|t| t.contains(&quoted)) {
        return on;
    }
    match line.checked_sub(1) {
        Some(previous) if line_text(previous).is_some_and(|t| t.contains(&quoted)) => value_before(lines, previous),
        _ => on,
    }
}

/// `fältet "title" saknas` → `title`.
fn missing_field(message: &str) -> Option<&str> {
    let rest = message.strip_prefix("fältet \"")?;
    let (name, tail) = rest.split_once('"')?;
    (tail.trim() == "saknas").then_some(name)
}

/// The place of the last value that starts on or before line `line` (1-based): the reader reports a value's
/// problem where the value ends, which is on its own line or, for an object or list, on the line that closes it.
fn value_before(lines: &[Line], line: usize) -> Option<Path> {
    let before = line.min(lines.len());
    lines[..before].iter().rev().find(|l| l.starts_value).map(|l| l.path.clone()).filter(|p| !p.0.is_empty())
}

/// The object that ends on line `line` (1-based).
fn object_ending(lines: &[Line], line: usize) -> Option<Path> {
    lines.get(line.checked_sub(1)?).filter(|l| !l.starts_value).map(|l| l.path.clone())
}

/// "rad 12, kolumn 3" → 12.
fn line_of(place: &str) -> Option<usize> {
    place.strip_prefix("rad ")?.split(',').next()?.trim().parse().ok()
}

/// One line of [`lined_text`]: the place of the field or item that starts on it, or of the object or list it ends.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// The place.
    pub path: Path,
    /// True when a field or item starts on the line; false when it only closes an object or list.
    pub starts_value: bool,
}

/// `draft` as JSON text with every field and item on a line of its own (the comma that separates them at the start
/// of the next line, so a problem the reader finds just after a value is never placed on that value's line by
/// mistake), and what each line holds.
pub fn lined_text(draft: &Value) -> (String, Vec<Line>) {
    let mut out = Lined { text: String::new(), lines: vec![Line { path: Path::root(), starts_value: true }] };
    out.value(draft, &mut Vec::new());
    out.text.push('\n');
    (out.text, out.lines)
}

struct Lined {
    text: String,
    lines: Vec<Line>,
}

impl Lined {
    fn newline(&mut self, path: &[Step], starts_value: bool) {
        self.text.push('\n');
        self.lines.push(Line { path: Path(path.to_vec()), starts_value });
    }

    fn value(&mut self, value: &Value, path: &mut Vec<Step>) {
        match value {
            Value::Object(fields) if !fields.is_empty() => {
                self.text.push('{');
                for (i, (name, field)) in fields.iter().enumerate() {
                    path.push(Step::Field(name.clone()));
                    self.newline(path, true);
                    if i > 0 {
                        self.text.push(',');
                    }
                    self.text.push_str(&Value::String(name.clone()).to_string());
                    self.text.push(':');
                    self.value(field, path);
                    path.pop();
                }
                self.newline(path, false);
                self.text.push('}');
            }
            Value::Array(items) if !items.is_empty() => {
                self.text.push('[');
                for (i, item) in items.iter().enumerate() {
                    path.push(Step::Index(i));
                    self.newline(path, true);
                    if i > 0 {
                        self.text.push(',');
                    }
                    self.value(item, path);
                    path.pop();
                }
                self.newline(path, false);
                self.text.push(']');
            }
            scalar => self.text.push_str(&scalar.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The place the check gives for `draft` with `value` set at `path`.
    fn place_of(path: &str, value: Option<Value>) -> Option<String> {
        let mut draft = eskilstuna();
        Path::parse(path).unwrap_or_default().set(&mut draft, value);
        check(&draft).problems.first().and_then(|p| p.path.clone()).map(|p| p.to_string())
    }

    #[test]
    fn each_kind_of_shape_problem_names_its_field() {
        let json = |v: Value| Some(v);
        assert_eq!(place_of("promises[1].title", None).as_deref(), Some("promises[1].title"), "missing");
        assert_eq!(place_of("promises[1].title", json(serde_json::json!(5))).as_deref(), Some("promises[1].title"));
        assert_eq!(place_of("promises[1].tittel", json(serde_json::json!("x"))).as_deref(), Some("promises[1].tittel"));
        let entry = serde_json::json!([{"date": "2019-13"}]);
        assert_eq!(place_of("promises[1].followups", json(entry)).as_deref(), Some("promises[1].followups[0].date"));
        assert_eq!(
            place_of("promises[1].themes", json(serde_json::json!("trafik"))).as_deref(),
            Some("promises[1].themes")
        );
        assert_eq!(
            place_of("periods[0].start", json(serde_json::json!("2019-1"))).as_deref(),
            Some("periods[0].start")
        );
    }

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
        assert_eq!(first.as_deref(), Some("promises[0].targets[0].value"), "{:?}", checked.problems);
    }
}
