//! Changing one promise's follow-ups as an editor asks for it: add the entry of a date, replace it, or remove it
//! ([`edit_followups`]). The decision — is there an entry of that date, which is replaced or removed — is made
//! here; the editors' tool only reads and writes the file.
//!
//! A promise has at most one entry a date: adding a second of the same date is refused (the feed's entry id is
//! made of the date, and the page would show the report twice), and replacing or removing acts on every entry of
//! the date, so a file that already has two is mended by either.
//!
//! Pure core: no I/O and no clock (today comes in).
//!
//! Dataset layer: of its own layer uses `model`, `month`, `status` and `amount_input`; of the crate also
//! `text::suggest` and `json::message`.

use std::collections::BTreeMap;
use std::fmt;

use crate::dataset::amount_input::parse_amount;
use crate::dataset::date::Date;
use crate::dataset::model::{Dataset, FollowupEntry, Link};
use crate::dataset::month::ReportDate;
use crate::dataset::status::Status;
use crate::json::message::quote_whole as quote;
use crate::text::suggest::nearest_id;

/// A follow-up entry as an editor typed it; [`edit_followups`] reads and checks every part.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EntryInput {
    /// The status in the editor's words: `pågår`, `pagar`, `uppnått` ([`Status::from_editor_words`]).
    pub status: String,
    /// One `MÅL=VÄRDE` a target: `kontroller=12`, `kontroller=12 st`, `kontroller=ett 15-tal`.
    pub values: Vec<String>,
    /// What the report said.
    pub note: Option<String>,
    /// The report's address.
    pub source: Option<String>,
    /// The report link's title; without it "Uppföljning <datum>".
    pub source_title: Option<String>,
}

/// What to do with a promise's follow-up of one date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FollowupEdit {
    /// Add the entry; refused when the promise has one of that date.
    Add(EntryInput),
    /// Put the entry in place of the one (or ones) of that date; refused when there is none.
    Replace(EntryInput),
    /// Remove the entry (or entries) of that date; refused when there is none.
    Remove,
}

/// What an edit did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FollowupEdited {
    /// The entry was added.
    Added,
    /// This many entries of the date were replaced by the one.
    Replaced(usize),
    /// This many entries of the date were removed.
    Removed(usize),
}

/// Why an edit was refused; the dataset is then unchanged. `Display` gives Swedish lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FollowupEditError {
    /// What the editor typed has problems, each one Swedish sentence.
    Input(Vec<String>),
    /// Adding was refused: the promise already has an entry of the date.
    Exists {
        /// The promise's id.
        promise: String,
        /// The date.
        date: ReportDate,
        /// The status of the entry that is there.
        status: Status,
    },
    /// Replacing or removing was refused: the promise has no entry of the date.
    Missing {
        /// The promise's id.
        promise: String,
        /// The date asked for.
        date: ReportDate,
        /// The dates the promise's entries have, in the file's order.
        dates: Vec<ReportDate>,
    },
}

impl fmt::Display for FollowupEditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FollowupEditError::Input(lines) => f.write_str(&lines.join("\n")),
            FollowupEditError::Exists { promise, date, status } => write!(
                f,
                "Löftet {} har redan en uppföljning daterad {date} (status {}); en till med samma datum läggs inte \
                 till.",
                quote(promise),
                quote(status.editor_name())
            ),
            FollowupEditError::Missing { promise, date, dates } => {
                let there = match dates.as_slice() {
                    [] => "det har inga uppföljningar än".to_string(),
                    [one] => format!("dess enda uppföljning är daterad {one}"),
                    many => {
                        let texts: Vec<String> = many.iter().map(ToString::to_string).collect();
                        let (last, rest) = texts.split_last().map_or(("", &[][..]), |(l, r)| (l.as_str(), r));
                        format!("dess uppföljningar är daterade {} och {last}", rest.join(", "))
                    }
                };
                write!(f, "Löftet {} har ingen uppföljning daterad {date}; {there}.", quote(promise))
            }
        }
    }
}

/// Adds, replaces or removes the follow-up of `date` (`2026-05-14`, `2026-05` or `2026`, as typed) of the promise
/// `promise` in `data`, keeping the entries in date order, and sets `updated` to `today`. On any error `data` is
/// unchanged; the dataset's own rules (a value that decreases, a date before the period) are checked afterwards
/// by the caller with [`crate::dataset::validate::validate`].
pub fn edit_followups(
    data: &mut Dataset,
    promise: &str,
    date: &str,
    edit: &FollowupEdit,
    today: Date,
) -> Result<FollowupEdited, FollowupEditError> {
    let mut problems = Vec::new();
    let index = data.promises.iter().position(|p| p.id == promise.trim());
    if index.is_none() {
        let ids: Vec<&str> = data.promises.iter().map(|p| p.id.as_str()).collect();
        problems.push(match nearest_id(promise, &ids) {
            Some(meant) => format!("Det finns inget löfte med id {} — menade du {}?", quote(promise), quote(meant)),
            None => format!(
                "Det finns inget löfte med id {}; löftenas id står i fältet \"id\" under \"promises\" i datamängden \
                 (i arbetsboken på bladet Löften).",
                quote(promise)
            ),
        });
    }
    let parsed_date = ReportDate::parse(date.trim());
    if parsed_date.is_none() {
        problems.push(format!("Datumet {} går inte att läsa; skriv 2026-05-14, 2026-05 eller 2026.", quote(date)));
    }
    let entry = match edit {
        FollowupEdit::Add(input) | FollowupEdit::Replace(input) => {
            read_entry(input, parsed_date, index.map(|i| &data.promises[i]), &mut problems)
        }
        FollowupEdit::Remove => None,
    };
    let (Some(index), Some(date), true) = (index, parsed_date, problems.is_empty()) else {
        return Err(FollowupEditError::Input(problems));
    };
    let promise = &mut data.promises[index];
    let same_date = promise.followups.iter().filter(|f| f.date == date).count();
    let outcome = match (edit, entry) {
        (FollowupEdit::Add(_), _) if same_date > 0 => {
            let status = promise.followups.iter().find(|f| f.date == date).map_or(Status::Reported, |f| f.status);
            return Err(FollowupEditError::Exists { promise: promise.id.clone(), date, status });
        }
        (FollowupEdit::Replace(_) | FollowupEdit::Remove, _) if same_date == 0 => {
            let dates = promise.followups.iter().map(|f| f.date).collect();
            return Err(FollowupEditError::Missing { promise: promise.id.clone(), date, dates });
        }
        (FollowupEdit::Add(_), Some(entry)) => {
            insert_in_order(&mut promise.followups, entry);
            FollowupEdited::Added
        }
        (FollowupEdit::Replace(_), Some(entry)) => {
            // In the place of the first entry of the date, so the file's order stays as it was.
            let at = promise.followups.iter().position(|f| f.date == date).unwrap_or(promise.followups.len());
            promise.followups.retain(|f| f.date != date);
            promise.followups.insert(at.min(promise.followups.len()), entry);
            FollowupEdited::Replaced(same_date)
        }
        (FollowupEdit::Remove, _) => {
            promise.followups.retain(|f| f.date != date);
            FollowupEdited::Removed(same_date)
        }
        (FollowupEdit::Add(_) | FollowupEdit::Replace(_), None) => return Err(FollowupEditError::Input(problems)),
    };
    data.updated = today;
    Ok(outcome)
}

/// The entry `input` describes for `date`, or `None` with its problems added to `problems` (every problem, also
/// when the date could not be read). The values' targets are looked up in `promise` (when it was found).
fn read_entry(
    input: &EntryInput,
    date: Option<ReportDate>,
    promise: Option<&crate::dataset::model::Promise>,
    problems: &mut Vec<String>,
) -> Option<FollowupEntry> {
    let status = Status::from_editor_words(&input.status);
    if status.is_none() {
        problems.push(format!(
            "Okänd status {}; skriv en av {} (utan å, ä och ö går också: pagar, delvis-genomfort).",
            quote(&input.status),
            Status::editor_names_sv()
        ));
    }
    let mut achieved = BTreeMap::new();
    for value in &input.values {
        let Some((key, amount)) = value.split_once('=').filter(|(k, a)| !k.trim().is_empty() && !a.trim().is_empty())
        else {
            problems.push(format!("{} ska skrivas MÅL=VÄRDE, till exempel kontroller=120.", quote(value)));
            continue;
        };
        let key = key.trim();
        let Some(promise) = promise else { continue };
        match promise.targets.iter().find(|t| t.id == key) {
            Some(target) => match parse_amount(amount, target) {
                Ok(amount) => {
                    achieved.insert(key.to_string(), amount);
                }
                Err(message) => problems.push(format!("{}: {message}.", quote(value))),
            },
            None => problems.push(unknown_target(&promise.id, key, promise.targets.iter().map(|t| t.id.as_str()))),
        }
    }
    let date = date?;
    let source = input.source.as_ref().map(|url| Link {
        title: input.source_title.clone().unwrap_or_else(|| format!("Uppföljning {date}")),
        url: url.trim().to_string(),
    });
    let note = input.note.as_ref().map(|n| n.trim().to_string()).filter(|n| !n.is_empty());
    Some(FollowupEntry { translations: Default::default(), date, status: status?, achieved, note, source })
}

/// "Löftet "x" har inget mål "kontrol" — menade du "kontroller"?", or the targets it has.
fn unknown_target<'a>(promise: &str, key: &str, targets: impl Iterator<Item = &'a str>) -> String {
    let targets: Vec<&str> = targets.collect();
    let start = format!("Löftet {} har inget mål {}", quote(promise), quote(key));
    match (nearest_id(key, &targets), targets.as_slice()) {
        (Some(meant), _) => format!("{start} — menade du {}?", quote(meant)),
        (None, []) => format!("{start}; det har inga mål (lägg till dem under löftets \"targets\")."),
        (None, all) => {
            let ids: Vec<String> = all.iter().map(|id| quote(id)).collect();
            format!("{start}; dess mål är {}.", ids.join(", "))
        }
    }
}

/// Puts `entry` after every entry of the same or an earlier date.
fn insert_in_order(followups: &mut Vec<FollowupEntry>, entry: FollowupEntry) {
    let at = followups.iter().position(|existing| existing.date > entry.date).unwrap_or(followups.len());
    followups.insert(at, entry);
}
