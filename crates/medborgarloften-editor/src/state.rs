//! The workspace's state: the open draft, the published dataset it is compared with, which part is shown, the
//! promise being edited, the last removal (for undo) and the messages read out to the editor. Every change of the
//! draft goes through [`Ws::edit`], which keeps it on the device at once.
//!
//! Shell layer: signals and storage; the rules are the core's.

use leptos::prelude::*;
use medborgarloften_core::edit::saved::SavedAt;
use medborgarloften_core::edit::{check, ops, Checked, FieldProblem, Path, Step};
use serde_json::Value;

use crate::{browser, store};

/// The workspace's parts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    /// The promises and their follow-ups.
    Promises,
    /// The periods.
    Periods,
    /// The dataset's facts, promisers, themes and districts.
    Names,
    /// Every problem the check finds.
    Problems,
    /// The page as residents see it.
    Preview,
    /// The changes and the downloads.
    Publish,
}

/// A removed item, for "Ångra".
#[derive(Clone, Debug, PartialEq)]
pub struct Removed {
    /// The list it was in.
    pub list: Path,
    /// Its place.
    pub index: usize,
    /// The item.
    pub item: Value,
    /// What it was, in words: "Löftet ”Trafikkontroller”".
    pub what: String,
}

/// The workspace's state, shared by every part.
#[derive(Clone, Copy)]
pub struct Ws {
    /// The open draft; `None` on the start page.
    pub doc: RwSignal<Option<Value>>,
    /// The published dataset the draft started from.
    pub base: RwSignal<Option<Value>>,
    /// The draft's storage key.
    pub key: RwSignal<Option<String>>,
    /// The part shown.
    pub tab: RwSignal<Tab>,
    /// The promise being edited (its index).
    pub selected: RwSignal<usize>,
    /// The last removal, until undone or replaced.
    pub removed: RwSignal<Option<Removed>>,
    /// When the draft was last kept on the device.
    pub saved: RwSignal<Option<SavedAt>>,
    /// A problem keeping the draft, shown until the next save works.
    pub store_error: RwSignal<Option<String>>,
    /// A message for the editor (read out politely).
    pub status: RwSignal<String>,
    /// The draft's check, by the core's validator.
    pub checked: Memo<Option<Checked>>,
    /// What the editor should confirm in a draft made from a page's text, until they say it is done.
    pub confirm: RwSignal<Vec<FieldProblem>>,
}

impl Ws {
    /// A workspace with no draft open.
    pub fn new() -> Self {
        let doc = RwSignal::new(None::<Value>);
        let checked = Memo::new(move |_| doc.with(|d| d.as_ref().map(check)));
        Ws {
            doc,
            base: RwSignal::new(None),
            key: RwSignal::new(None),
            tab: RwSignal::new(Tab::Promises),
            selected: RwSignal::new(0),
            removed: RwSignal::new(None),
            saved: RwSignal::new(None),
            store_error: RwSignal::new(None),
            status: RwSignal::new(String::new()),
            checked,
            confirm: RwSignal::new(Vec::new()),
        }
    }

    /// Opens `doc` as a new draft (kept at once), compared with `base`.
    pub fn open(&self, doc: Value, base: Option<Value>, status: String) {
        let key = store::new_key(browser::now_ms());
        self.show(key, doc, base);
        self.status.set(status);
        self.keep();
    }

    /// Opens a kept draft.
    pub fn resume(&self, record: store::Record) {
        self.show(record.key, record.doc, record.base);
        self.confirm.set(record.confirm);
        self.saved.set(Some(browser::saved_at(record.saved_ms)));
        self.status.set("Utkastet är öppnat.".to_owned());
    }

    fn show(&self, key: String, doc: Value, base: Option<Value>) {
        self.key.set(Some(key));
        self.base.set(base);
        self.selected.set(0);
        self.removed.set(None);
        self.confirm.set(Vec::new());
        self.tab.set(Tab::Promises);
        self.doc.set(Some(doc));
        browser::focus_after_paint("redigera-rubrik".to_owned());
    }

    /// Closes the draft (it stays kept on the device) and shows the start page.
    pub fn close(&self) {
        self.doc.set(None);
        self.key.set(None);
        self.saved.set(None);
        self.status.set("Utkastet är stängt och finns kvar på enheten.".to_owned());
        browser::focus_after_paint("redigera-rubrik".to_owned());
    }

    /// Changes the draft with `change` (which says whether it changed anything) and keeps it on the device.
    pub fn edit(&self, change: impl FnOnce(&mut Value) -> bool) {
        let mut changed = false;
        self.doc.update(|doc| {
            if let Some(doc) = doc.as_mut() {
                changed = change(doc);
            }
        });
        if changed {
            self.keep();
        }
    }

    /// Removes item `index` of the list at `list`, keeps it for "Ångra" (named by `what`, from the item) and moves
    /// focus to "Ångra". Returns whether anything was removed.
    pub fn remove(&self, list: &Path, index: usize, what: impl FnOnce(&Value) -> String) -> bool {
        let mut removed = None;
        self.edit(|doc| {
            removed = ops::remove(doc, list, index);
            removed.is_some()
        });
        let Some(item) = removed else { return false };
        let what = what(&item);
        self.removed.set(Some(Removed { list: list.clone(), index, item, what }));
        browser::focus_after_paint("redigera-angra".to_owned());
        true
    }

    /// Sets the field at `path` (`None` removes an optional field).
    pub fn set(&self, path: &Path, value: Option<Value>) {
        self.edit(|doc| path.set(doc, value));
    }

    /// The text at `path` in the draft.
    pub fn text(&self, path: &Path) -> String {
        self.doc.with(|doc| doc.as_ref().map(|d| path.text(d)).unwrap_or_default())
    }

    /// How many items the list at `path` has.
    pub fn count(&self, path: &Path) -> usize {
        self.doc.with(|doc| doc.as_ref().and_then(|d| path.get(d)).and_then(Value::as_array).map_or(0, Vec::len))
    }

    /// Keeps the draft on the device now.
    pub fn keep(&self) {
        let Some(key) = self.key.get_untracked() else { return };
        let now = browser::now_ms();
        let result = self.doc.with_untracked(|doc| match doc {
            Some(doc) => self.base.with_untracked(|base| {
                self.confirm.with_untracked(|confirm| store::save(&key, doc, base.as_ref(), confirm, now))
            }),
            None => Ok(()),
        });
        match result {
            Ok(()) => {
                self.saved.set(Some(browser::saved_at(now)));
                if self.store_error.get_untracked().is_some() {
                    self.store_error.set(None);
                }
            }
            Err(message) => self.store_error.set(Some(message)),
        }
    }

    /// Shows the part and promise where `path` is, and moves focus to its field (or the nearest enclosing one
    /// that has a field on the page).
    pub fn reveal(&self, path: &Path) {
        let tab = match path.0.first() {
            Some(Step::Field(name)) if name == "promises" => Tab::Promises,
            Some(Step::Field(name)) if name == "periods" => Tab::Periods,
            _ => Tab::Names,
        };
        if let (Tab::Promises, Some(Step::Index(i))) = (tab, path.0.get(1)) {
            self.selected.set(*i);
        }
        self.tab.set(tab);
        let mut candidates = Vec::new();
        let mut steps = path.0.clone();
        while !steps.is_empty() {
            candidates.push(Path(steps.clone()).anchor());
            steps.pop();
        }
        leptos::prelude::request_animation_frame(move || {
            let document = leptos::prelude::document();
            if let Some(id) = candidates.into_iter().find(|id| document.get_element_by_id(id).is_some()) {
                browser::focus_after_paint(id);
            }
        });
    }
}
