//! Where a field is in a draft: `promises[3].followups[0].note`. The validator names places the same way
//! (`promises[3] (2019-polisen-trafik).themes[0]`, with the promise's id in brackets), so [`Path::parse`] reads its
//! paths too, and [`Path::anchor`] gives the form field's element id, the same for the form and the problem list.
//!
//! Pure core: no UI dependency.

use std::fmt;

use serde_json::Value;

/// One step into a JSON document.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Step {
    /// An object's field.
    Field(String),
    /// A list's item.
    Index(usize),
}

/// A place in a draft, from its root.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Path(pub Vec<Step>);

impl Path {
    /// The document's root.
    pub fn root() -> Self {
        Path(Vec::new())
    }

    /// Reads `promises[3] (2019-polisen-trafik).themes[0]` or `periods[0].title`; the bracketed id is dropped.
    /// `None` for text that is not a path (e.g. "rad 4, kolumn 2").
    pub fn parse(text: &str) -> Option<Path> {
        let mut steps = Vec::new();
        let mut rest = text.trim();
        while !rest.is_empty() {
            if let Some(after) = rest.strip_prefix('[') {
                let end = after.find(']')?;
                steps.push(Step::Index(after[..end].parse().ok()?));
                rest = &after[end + 1..];
            } else if let Some(after) = rest.strip_prefix(" (") {
                // The promise's id, written for the reader: not a step.
                let end = after.find(')')?;
                rest = &after[end + 1..];
            } else {
                let after = rest.strip_prefix('.').unwrap_or(rest);
                let end = after.find(['.', '[', ' ']).unwrap_or(after.len());
                let name = &after[..end];
                if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$') {
                    return None;
                }
                steps.push(Step::Field(name.to_owned()));
                rest = &after[end..];
            }
        }
        Some(Path(steps))
    }

    /// This path and one field further.
    pub fn field(&self, name: &str) -> Path {
        let mut steps = self.0.clone();
        steps.push(Step::Field(name.to_owned()));
        Path(steps)
    }

    /// This path and one item further.
    pub fn index(&self, i: usize) -> Path {
        let mut steps = self.0.clone();
        steps.push(Step::Index(i));
        Path(steps)
    }

    /// Whether `self` is `other` or lies inside it.
    pub fn starts_with(&self, other: &Path) -> bool {
        self.0.starts_with(&other.0)
    }

    /// The element id of the form field for this path: `f-promises-3-title`. Ids and field names are ASCII
    /// slugs, so the id is one too.
    pub fn anchor(&self) -> String {
        let mut id = String::from("f");
        for step in &self.0 {
            id.push('-');
            match step {
                Step::Field(name) => id.extend(name.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })),
                Step::Index(i) => id.push_str(&i.to_string()),
            }
        }
        id
    }

    /// The value at this path, if there is one.
    pub fn get<'a>(&self, doc: &'a Value) -> Option<&'a Value> {
        let mut at = doc;
        for step in &self.0 {
            at = match step {
                Step::Field(name) => at.get(name)?,
                Step::Index(i) => at.get(*i)?,
            };
        }
        Some(at)
    }

    /// The value at this path for changing, made on the way where missing (objects for fields; a list is never
    /// grown here). `None` when a step names an item past a list's end or goes into a value of another kind.
    pub fn get_mut<'a>(&self, doc: &'a mut Value) -> Option<&'a mut Value> {
        let mut at = doc;
        for step in &self.0 {
            at = match step {
                Step::Field(name) => {
                    if at.is_null() {
                        *at = Value::Object(serde_json::Map::new());
                    }
                    at.as_object_mut()?.entry(name.clone()).or_insert(Value::Null)
                }
                Step::Index(i) => at.as_array_mut()?.get_mut(*i)?,
            };
        }
        Some(at)
    }

    /// The text at this path; empty when there is none.
    pub fn text(&self, doc: &Value) -> String {
        match self.get(doc) {
            Some(Value::String(text)) => text.clone(),
            Some(Value::Number(n)) => n.to_string(),
            _ => String::new(),
        }
    }

    /// Sets the value at this path; `None` (a field emptied) removes an optional field, and the object that held it
    /// when nothing else is left in it. Returns whether the document changed.
    pub fn set(&self, doc: &mut Value, value: Option<Value>) -> bool {
        match value {
            Some(value) => match self.get_mut(doc) {
                Some(slot) if *slot != value => {
                    *slot = value;
                    true
                }
                _ => false,
            },
            None => {
                let Some((Step::Field(name), parent)) = self.0.split_last() else {
                    return false;
                };
                let parent = Path(parent.to_vec());
                let Some(object) = parent.get(doc).and_then(Value::as_object) else { return false };
                if !object.contains_key(name) {
                    return false;
                }
                let emptied = object.len() == 1 && matches!(parent.0.last(), Some(Step::Field(_)));
                if emptied {
                    // An optional object (a source, the results) left with nothing goes too: `{}` is never valid.
                    return parent.set(doc, None);
                }
                parent.get_mut(doc).and_then(Value::as_object_mut).is_some_and(|object| object.remove(name).is_some())
            }
        }
    }
}

impl fmt::Display for Path {
    /// `promises[3].followups[0].note`, as the validator writes it (without the promise's id).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, step) in self.0.iter().enumerate() {
            match step {
                Step::Field(name) if i == 0 => f.write_str(name)?,
                Step::Field(name) => write!(f, ".{name}")?,
                Step::Index(n) => write!(f, "[{n}]")?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_the_validators_paths_with_the_promise_id() {
        let path = Path::parse("promises[3] (2019-polisen-trafik).themes[0]");
        assert_eq!(path.map(|p| p.to_string()).as_deref(), Some("promises[3].themes[0]"));
        assert_eq!(Path::parse("periods[0].title").map(|p| p.anchor()).as_deref(), Some("f-periods-0-title"));
        assert_eq!(Path::parse("rad 4, kolumn 2"), None, "a place in the text is no path");
        assert_eq!(Path::parse("promises[x]"), None);
    }

    #[test]
    fn sets_and_removes_fields_and_never_grows_a_list() {
        let mut doc = json!({"promises": [{"title": "A"}]});
        let title = Path::parse("promises[0].title").unwrap_or_default();
        assert!(title.set(&mut doc, Some(json!("B"))));
        assert_eq!(title.text(&doc), "B");
        assert!(!title.set(&mut doc, Some(json!("B"))), "the same value is no change");
        let source = Path::parse("promises[0].source_url").unwrap_or_default();
        assert!(source.set(&mut doc, Some(json!("https://polisen.se/"))));
        assert!(source.set(&mut doc, None));
        assert_eq!(doc, json!({"promises": [{"title": "B"}]}));
        let link = Path::parse("promises[0].source.url").unwrap_or_default();
        link.set(&mut doc, Some(json!("https://polisen.se/")));
        assert!(link.set(&mut doc, None));
        assert_eq!(doc, json!({"promises": [{"title": "B"}]}), "an emptied optional object is removed");
        let past = Path::parse("promises[5].title").unwrap_or_default();
        assert!(!past.set(&mut doc, Some(json!("C"))));
    }
}
