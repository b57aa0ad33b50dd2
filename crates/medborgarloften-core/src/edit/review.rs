//! What a draft changes against the published dataset, in words an editor checks before publishing: a summary
//! ("2 nya uppföljningar, 1 ändrad löftestext, 1 borttaget löfte") and every changed field with its text before and
//! after. Promises, periods, parties, themes and districts are matched by id, follow-ups by date.
//!
//! Pure core: no UI dependency.

use std::collections::BTreeMap;

use serde_json::Value;

/// The kind of a change, in the order the summary names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// A promise that was not published.
    NewPromise,
    /// A follow-up entry (by date) that was not published.
    NewFollowup,
    /// A follow-up entry whose content changed.
    ChangedFollowup,
    /// A published follow-up entry taken out.
    RemovedFollowup,
    /// A promise's published text changed.
    ChangedText,
    /// Another field of a promise changed.
    ChangedPromise,
    /// A published promise taken out.
    RemovedPromise,
    /// A period added, changed or removed.
    Period,
    /// A party, theme or district added, changed or removed.
    Name,
    /// Anything else of the dataset (title, kommun, source, look …).
    Other,
}

impl Kind {
    /// "1 ny uppföljning" / "2 nya uppföljningar".
    fn words(self, n: usize) -> String {
        let (one, many) = match self {
            Kind::NewPromise => ("nytt löfte", "nya löften"),
            Kind::NewFollowup => ("ny uppföljning", "nya uppföljningar"),
            Kind::ChangedFollowup => ("ändrad uppföljning", "ändrade uppföljningar"),
            Kind::RemovedFollowup => ("borttagen uppföljning", "borttagna uppföljningar"),
            Kind::ChangedText => ("ändrad löftestext", "ändrade löftestexter"),
            Kind::ChangedPromise => ("annan ändring i ett löfte", "andra ändringar i löften"),
            Kind::RemovedPromise => ("borttaget löfte", "borttagna löften"),
            Kind::Period => ("ändring av en period", "ändringar av perioder"),
            Kind::Name => ("ändring bland parter, teman och områden", "ändringar bland parter, teman och områden"),
            Kind::Other => ("ändring av datamängdens uppgifter", "ändringar av datamängdens uppgifter"),
        };
        format!("{n} {}", if n == 1 { one } else { many })
    }
}

/// One changed field, side by side.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// What kind of change it is.
    pub kind: Kind,
    /// Where: "Löfte 2019-polisen-trafik", "Period 2019", "Tema trafik", "Datamängden".
    pub place: String,
    /// Which field: "text", "uppföljning 2019-05", "hela löftet".
    pub field: String,
    /// The published text; `None` when the field is new.
    pub before: Option<String>,
    /// The draft's text; `None` when the field was removed.
    pub after: Option<String>,
}

/// The draft's changes against the published dataset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Review {
    /// Every change, promises first.
    pub changes: Vec<Change>,
}

impl Review {
    /// "2 nya uppföljningar, 1 ändrad löftestext och 1 borttaget löfte", or that nothing changed.
    pub fn summary(&self) -> String {
        let mut counts: BTreeMap<Kind, usize> = BTreeMap::new();
        for change in &self.changes {
            // A new or removed promise is one change, however many fields it has.
            *counts.entry(change.kind).or_default() += 1;
        }
        let parts: Vec<String> = counts.into_iter().map(|(kind, n)| kind.words(n)).collect();
        match parts.split_last() {
            None => "Inga ändringar mot den publicerade datamängden.".to_owned(),
            Some((only, [])) => format!("{only}."),
            Some((last, rest)) => format!("{} och {last}.", rest.join(", ")),
        }
    }
}

/// Compares `draft` with `published`.
pub fn review(published: &Value, draft: &Value) -> Review {
    let mut changes = Vec::new();
    promises(published, draft, &mut changes);
    for (list, place, kind) in [
        ("periods", "Period", Kind::Period),
        ("parties", "Part", Kind::Name),
        ("themes", "Tema", Kind::Name),
        ("districts", "Område", Kind::Name),
    ] {
        by_id(list_of(published, list), list_of(draft, list), place, kind, &[], &mut changes);
    }
    let skip = ["promises", "periods", "parties", "themes", "districts", "updated"];
    fields(published, draft, "Datamängden", Kind::Other, &skip, &mut changes);
    Review { changes }
}

fn list_of<'a>(doc: &'a Value, name: &str) -> &'a [Value] {
    doc.get(name).and_then(Value::as_array).map(Vec::as_slice).unwrap_or(&[])
}

fn id_of(item: &Value) -> &str {
    item.get("id").and_then(Value::as_str).unwrap_or("")
}

/// The text of a value as the side-by-side view shows it: strings as they are, lists joined, the rest as JSON.
pub fn shown(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        Value::Array(items) if items.iter().all(Value::is_string) => {
            items.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(", ")
        }
        other => other.to_string(),
    }
}

fn promises(published: &Value, draft: &Value, out: &mut Vec<Change>) {
    let old = list_of(published, "promises");
    let new = list_of(draft, "promises");
    for promise in new {
        let place = format!("Löfte {}", id_of(promise));
        match old.iter().find(|p| id_of(p) == id_of(promise)) {
            None => out.push(Change {
                kind: Kind::NewPromise,
                place,
                field: "hela löftet".into(),
                before: None,
                after: promise.get("text").map(shown),
            }),
            Some(before) => {
                followups(before, promise, &place, out);
                fields(before, promise, &place, Kind::ChangedPromise, &["followups"], out);
            }
        }
    }
    for promise in old.iter().filter(|p| !new.iter().any(|n| id_of(n) == id_of(p))) {
        out.push(Change {
            kind: Kind::RemovedPromise,
            place: format!("Löfte {}", id_of(promise)),
            field: "hela löftet".into(),
            before: promise.get("text").map(shown),
            after: None,
        });
    }
}

fn followups(before: &Value, after: &Value, place: &str, out: &mut Vec<Change>) {
    let old = list_of(before, "followups");
    let new = list_of(after, "followups");
    let date = |entry: &Value| entry.get("date").map(shown).unwrap_or_default();
    for entry in new {
        let field = format!("uppföljning {}", date(entry));
        match old.iter().find(|e| date(e) == date(entry)) {
            None => out.push(Change {
                kind: Kind::NewFollowup,
                place: place.to_owned(),
                field,
                before: None,
                after: Some(shown(entry)),
            }),
            Some(was) if was != entry => out.push(Change {
                kind: Kind::ChangedFollowup,
                place: place.to_owned(),
                field,
                before: Some(shown(was)),
                after: Some(shown(entry)),
            }),
            Some(_) => {}
        }
    }
    for entry in old.iter().filter(|e| !new.iter().any(|n| date(n) == date(e))) {
        out.push(Change {
            kind: Kind::RemovedFollowup,
            place: place.to_owned(),
            field: format!("uppföljning {}", date(entry)),
            before: Some(shown(entry)),
            after: None,
        });
    }
}

fn by_id(old: &[Value], new: &[Value], place: &str, kind: Kind, skip: &[&str], out: &mut Vec<Change>) {
    for item in new {
        let here = format!("{place} {}", id_of(item));
        match old.iter().find(|o| id_of(o) == id_of(item)) {
            None => out.push(Change { kind, place: here, field: "ny".into(), before: None, after: Some(shown(item)) }),
            Some(was) => fields(was, item, &here, kind, skip, out),
        }
    }
    for item in old.iter().filter(|o| !new.iter().any(|n| id_of(n) == id_of(o))) {
        let here = format!("{place} {}", id_of(item));
        out.push(Change { kind, place: here, field: "borttagen".into(), before: Some(shown(item)), after: None });
    }
}

/// The fields of two objects that differ (except `skip`), each a change of `kind` (a promise's text is
/// [`Kind::ChangedText`]).
fn fields(before: &Value, after: &Value, place: &str, kind: Kind, skip: &[&str], out: &mut Vec<Change>) {
    let empty = serde_json::Map::new();
    let old = before.as_object().unwrap_or(&empty);
    let new = after.as_object().unwrap_or(&empty);
    let mut names: Vec<&String> = old.keys().chain(new.keys()).collect();
    names.sort();
    names.dedup();
    for name in names.into_iter().filter(|n| !skip.contains(&n.as_str())) {
        let (was, is) = (old.get(name), new.get(name));
        if was == is {
            continue;
        }
        let kind = if kind == Kind::ChangedPromise && name == "text" { Kind::ChangedText } else { kind };
        out.push(Change {
            kind,
            place: place.to_owned(),
            field: name.clone(),
            before: was.map(shown),
            after: is.map(shown),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn published() -> Value {
        json!({
            "title": "Medborgarlöften",
            "promises": [
                {"id": "a", "text": "Att göra A.", "followups": []},
                {"id": "b", "text": "Att göra B.", "followups": [{"date": "2019-05", "note": "Klart."}]},
                {"id": "c", "text": "Att göra C.", "followups": []}
            ]
        })
    }

    #[test]
    fn the_summary_names_each_kind_of_change_with_its_count() {
        let mut draft = published();
        draft["promises"][0]["followups"] = json!([{"date": "2019-05"}, {"date": "2019-09"}]);
        draft["promises"][1]["text"] = json!("Att göra B bättre.");
        if let Some(list) = draft["promises"].as_array_mut() {
            list.remove(2);
        }
        let review = review(&published(), &draft);
        assert_eq!(review.summary(), "2 nya uppföljningar, 1 ändrad löftestext och 1 borttaget löfte.");
        let text = review.changes.iter().find(|c| c.kind == Kind::ChangedText);
        assert_eq!(text.and_then(|c| c.before.clone()).as_deref(), Some("Att göra B."));
        assert_eq!(text.and_then(|c| c.after.clone()).as_deref(), Some("Att göra B bättre."));
    }

    #[test]
    fn no_change_says_so() {
        assert_eq!(review(&published(), &published()).summary(), "Inga ändringar mot den publicerade datamängden.");
    }
}
