//! The workspace's list operations on a draft: add, duplicate into the next period, move, remove and put back (undo).
//! Each takes the draft and says what it did, so the shell only applies it and moves focus.
//!
//! Pure core: no UI dependency.

use serde_json::{json, Value};

use crate::edit::path::Path;
use crate::text::fold::id_words;

/// The lists of a draft that the workspace edits as lists.
pub const PROMISES: &str = "promises";

/// A machine id from a name: "Fröslunda centrum" → `froslunda-centrum`; `"id"` when nothing is left.
pub fn slug_of(name: &str) -> String {
    let id: String = id_words(name).join("-").chars().take(48).collect();
    let id = id.trim_end_matches('-');
    if id.is_empty() {
        "id".to_owned()
    } else {
        id.to_owned()
    }
}

/// `base`, or `base-2`, `base-3` … : the first that no item of the list at `list` has as its `id`.
pub fn unique_id(doc: &Value, list: &Path, base: &str) -> String {
    let taken: Vec<&str> = items(doc, list).iter().filter_map(|item| item.get("id")?.as_str()).collect();
    if !taken.contains(&base) {
        return base.to_owned();
    }
    (2..).map(|n| format!("{base}-{n}")).find(|id| !taken.contains(&id.as_str())).unwrap_or_default()
}

fn items<'a>(doc: &'a Value, list: &Path) -> &'a [Value] {
    list.get(doc).and_then(Value::as_array).map(Vec::as_slice).unwrap_or(&[])
}

fn list_mut<'a>(doc: &'a mut Value, list: &Path) -> Option<&'a mut Vec<Value>> {
    let slot = list.get_mut(doc)?;
    if slot.is_null() {
        *slot = Value::Array(Vec::new());
    }
    slot.as_array_mut()
}

/// Appends `item` to the list at `list` (made if missing); its index.
pub fn push(doc: &mut Value, list: &Path, item: Value) -> Option<usize> {
    let list = list_mut(doc, list)?;
    list.push(item);
    Some(list.len() - 1)
}

/// Moves item `from` of the list at `list` to place `to`; false when either is outside the list.
pub fn move_item(doc: &mut Value, list: &Path, from: usize, to: usize) -> bool {
    match list_mut(doc, list) {
        Some(list) if from < list.len() && to < list.len() && from != to => {
            let item = list.remove(from);
            list.insert(to, item);
            true
        }
        _ => false,
    }
}

/// Removes item `i` of the list at `list`; the removed item, for [`put_back`].
pub fn remove(doc: &mut Value, list: &Path, i: usize) -> Option<Value> {
    let list = list_mut(doc, list)?;
    (i < list.len()).then(|| list.remove(i))
}

/// Puts a removed item back at its place (undo).
pub fn put_back(doc: &mut Value, list: &Path, i: usize, item: Value) -> bool {
    match list_mut(doc, list) {
        Some(list) => {
            list.insert(i.min(list.len()), item);
            true
        }
        None => false,
    }
}

/// A new, empty promise in period `period` (the first party of the dataset as its promiser); its index.
pub fn new_promise(doc: &mut Value, period: &str) -> Option<usize> {
    let promises = Path::root().field(PROMISES);
    let id = unique_id(doc, &promises, &format!("{period}-nytt-lofte"));
    let party: Vec<Value> =
        items(doc, &Path::root().field("parties")).iter().take(1).filter_map(|p| p.get("id").cloned()).collect();
    let promise = json!({
        "id": id, "period": period, "parties": party, "title": "", "text": "",
        "themes": [], "districts": [], "targets": [], "followups": []
    });
    push(doc, &promises, promise)
}

/// A copy of promise `i` in the period after its own (in the order of `periods`), placed after that period's
/// last promise: same promisers, texts, themes, districts and targets, no follow-ups. Its index, or `None` when the
/// promise's period is the last one.
pub fn duplicate_into_next_period(doc: &mut Value, i: usize) -> Option<usize> {
    let promises = Path::root().field(PROMISES);
    let mut copy = items(doc, &promises).get(i)?.clone();
    let period = copy.get("period")?.as_str()?.to_owned();
    let periods = items(doc, &Path::root().field("periods"));
    let at = periods.iter().position(|p| p.get("id").and_then(Value::as_str) == Some(period.as_str()))?;
    let next = periods.get(at + 1)?.get("id")?.as_str()?.to_owned();
    let old_id = copy.get("id").and_then(Value::as_str).unwrap_or("lofte").to_owned();
    let rest = old_id.strip_prefix(&format!("{period}-")).unwrap_or(&old_id);
    let id = unique_id(doc, &promises, &format!("{next}-{rest}"));
    let object = copy.as_object_mut()?;
    object.insert("id".into(), json!(id));
    object.insert("period".into(), json!(next));
    object.insert("followups".into(), json!([]));
    let place = items(doc, &promises)
        .iter()
        .rposition(|p| p.get("period").and_then(Value::as_str) == Some(next.as_str()))
        .map_or(items(doc, &promises).len(), |last| last + 1);
    let list = list_mut(doc, &promises)?;
    list.insert(place, copy);
    Some(place)
}

/// A new follow-up of promise `i` dated `date` ("2026-05-14", "2026-05" or "2026"), with no verdict
/// ("rapporterad"), placed in date order; its index in the promise's follow-ups.
pub fn new_followup(doc: &mut Value, i: usize, date: &str) -> Option<usize> {
    let list = Path::root().field(PROMISES).index(i).field("followups");
    let entries = list_mut(doc, &list)?;
    let place = entries
        .iter()
        .position(|e| e.get("date").and_then(Value::as_str).is_some_and(|d| d > date))
        .unwrap_or(entries.len());
    entries.insert(place, json!({"date": date, "status": "rapporterad"}));
    Some(place)
}

/// A new target in the targets `list` of a promise (an id not yet used there); its index.
pub fn new_target(doc: &mut Value, list: &Path) -> Option<usize> {
    let id = unique_id(doc, list, "mal");
    push(doc, list, json!({"id": id, "kind": "minst", "value": 1, "unit": "st", "label": ""}))
}

/// A new party, theme or district (`list` is `parties`, `themes` or `districts`) named `name`; its index.
pub fn new_named(doc: &mut Value, list: &str, name: &str) -> Option<usize> {
    let path = Path::root().field(list);
    let id = unique_id(doc, &path, &slug_of(name));
    let item = match list {
        "parties" => json!({"id": id, "name": name, "short": name, "in_sentence": name.to_lowercase()}),
        "districts" => json!({"id": id, "name": name, "priority": false}),
        _ => json!({"id": id, "name": name}),
    };
    push(doc, &path, item)
}

/// A new period of the calendar year `year`; its index.
pub fn new_period(doc: &mut Value, year: u16) -> Option<usize> {
    let path = Path::root().field("periods");
    let id = unique_id(doc, &path, &year.to_string());
    let period = json!({
        "id": id, "start": format!("{year}-01"), "end": format!("{year}-12"),
        "title": format!("Medborgarlöfte {year}"),
        "followup": {"heading": "Uppföljning", "reports": []}, "documents": []
    });
    push(doc, &path, period)
}

/// Changes the id of a party, theme or district (`list`) from `old` to `new` in its list and in every promise that
/// names it, so a rename never breaks a reference. False when `new` is taken.
pub fn rename_id(doc: &mut Value, list: &str, old: &str, new: &str) -> bool {
    let path = Path::root().field(list);
    if old == new || items(doc, &path).iter().any(|item| item.get("id").and_then(Value::as_str) == Some(new)) {
        return false;
    }
    let Some(entries) = list_mut(doc, &path) else { return false };
    for item in entries.iter_mut() {
        if item.get("id").and_then(Value::as_str) == Some(old) {
            if let Some(object) = item.as_object_mut() {
                object.insert("id".into(), json!(new));
            }
        }
    }
    if let Some(promises) = list_mut(doc, &Path::root().field(PROMISES)) {
        for promise in promises.iter_mut() {
            let names = promise.get_mut(list).and_then(Value::as_array_mut);
            for name in names.into_iter().flatten() {
                if name.as_str() == Some(old) {
                    *name = json!(new);
                }
            }
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> Value {
        json!({
            "parties": [{"id": "polisen"}],
            "themes": [{"id": "trafik"}],
            "periods": [{"id": "2019"}, {"id": "2020"}],
            "promises": [
                {"id": "2019-trafik", "period": "2019", "themes": ["trafik"], "followups": [{"date": "2019-05"}]},
                {"id": "2020-annat", "period": "2020", "themes": ["trafik"], "followups": []}
            ]
        })
    }

    #[test]
    fn slugs_are_folded_and_short() {
        assert_eq!(slug_of("Fröslunda centrum"), "froslunda-centrum");
        assert_eq!(slug_of("  –  "), "id");
    }

    #[test]
    fn a_duplicate_goes_to_the_next_period_without_followups() {
        let mut doc = draft();
        assert_eq!(duplicate_into_next_period(&mut doc, 0), Some(2));
        assert_eq!(doc["promises"][2]["id"], "2020-trafik");
        assert_eq!(doc["promises"][2]["period"], "2020");
        assert_eq!(doc["promises"][2]["followups"], json!([]));
        assert_eq!(duplicate_into_next_period(&mut doc, 1), None, "the last period has no next");
    }

    #[test]
    fn removed_items_come_back_where_they_were() {
        let mut doc = draft();
        let list = Path::root().field(PROMISES);
        let removed = remove(&mut doc, &list, 0);
        assert_eq!(doc["promises"].as_array().map(Vec::len), Some(1));
        assert!(removed.is_some_and(|item| put_back(&mut doc, &list, 0, item)));
        assert_eq!(doc, draft());
    }

    #[test]
    fn followups_go_in_date_order_and_renames_follow_references() {
        let mut doc = draft();
        assert_eq!(new_followup(&mut doc, 0, "2019-02-14"), Some(0));
        assert_eq!(new_followup(&mut doc, 0, "2019-09"), Some(2));
        assert!(rename_id(&mut doc, "themes", "trafik", "trafiksakerhet"));
        assert_eq!(doc["promises"][1]["themes"], json!(["trafiksakerhet"]));
        assert!(!rename_id(&mut doc, "themes", "trafiksakerhet", "trafiksakerhet"));
    }
}
