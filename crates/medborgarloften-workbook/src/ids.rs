//! An id in a cell that is not on the sheet it refers to (a party, theme, district, period, promise or target):
//! the id most likely meant, from the workbook's own ids ("menade du "polisen"?"), or, when nothing is near, the
//! row to add and on which sheet.
//!
//! Pure: no I/O. The nearness is the workbook's own (a typo, a shortened id, other case or no å/ä/ö), not the
//! core's field-name suggester, which is tuned for English field names.

use std::collections::HashMap;

use medborgarloften_core::text::fold::fold;

/// What an id names, which decides the words and the sheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdKind {
    /// A party on the Parter sheet.
    Party,
    /// A theme on the Teman sheet.
    Theme,
    /// A district on the Områden sheet.
    District,
    /// A period on the Perioder sheet.
    Period,
    /// A promise on the Löften sheet.
    Promise,
    /// One of a promise's targets on the Mål sheet.
    Target,
}

impl IdKind {
    /// "okänd part "polis"", said of `found`.
    fn not_found(self, found: &str) -> String {
        match self {
            IdKind::Party => format!("okänd part {found:?}"),
            IdKind::Theme => format!("okänt tema {found:?}"),
            IdKind::District => format!("okänt område {found:?}"),
            IdKind::Period => format!("det finns ingen period {found:?} på bladet Perioder"),
            IdKind::Promise => format!("det finns inget löfte {found:?} på bladet Löften"),
            IdKind::Target => format!("löftet har inget mål {found:?} på bladet Mål"),
        }
    }

    /// What to do when `found` is meant as a new one.
    fn to_add(self, found: &str) -> String {
        match self {
            IdKind::Party => {
                format!("Är det en ny part: lägg till en rad på bladet Parter med id {found:?}, namn och kortnamn.")
            }
            IdKind::Theme => {
                format!("Är det ett nytt tema: lägg till en rad på bladet Teman med id {found:?} och namn.")
            }
            IdKind::District => {
                format!("Är det ett nytt område: lägg till en rad på bladet Områden med id {found:?} och namn.")
            }
            IdKind::Period => format!(
                "Är det en ny period: lägg till en rad på bladet Perioder med id {found:?}, start, slut, rubrik, \
                 inledning, uppföljning rubrik och källa."
            ),
            IdKind::Promise => "Skriv id för ett löfte på bladet Löften (cellens lista visar dem).".to_string(),
            IdKind::Target => format!(
                "Är det ett nytt mål: lägg till en rad på bladet Mål med löftets id, id {found:?}, enhet och \
                 beskrivning."
            ),
        }
    }
}

/// The ids on one sheet, to check a cell's reference against.
pub struct KnownIds {
    kind: IdKind,
    ids: Vec<String>,
    index: HashMap<String, usize>,
}

impl KnownIds {
    /// The ids of `kind`, in the sheet's order.
    pub fn new<'a>(kind: IdKind, ids: impl Iterator<Item = &'a str>) -> Self {
        let ids: Vec<String> = ids.map(str::to_string).collect();
        let index = ids.iter().enumerate().map(|(i, id)| (id.clone(), i)).collect();
        KnownIds { kind, ids, index }
    }

    /// Where `id` is in the sheet's order.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }

    /// What is wrong with `found`, or `None` when it is one of the ids (or empty: that is the cell's own matter).
    pub fn problem(&self, found: &str) -> Option<String> {
        if found.is_empty() || self.index.contains_key(found) {
            return None;
        }
        let known: Vec<&str> = self.ids.iter().map(String::as_str).collect();
        Some(unknown_id(self.kind, found, &known))
    }
}

/// The message for `found`, an id of `kind` that is not among `known`: what was most likely meant, or what to add.
pub fn unknown_id(kind: IdKind, found: &str, known: &[&str]) -> String {
    match nearest(found, known) {
        Some(meant) => format!("{} — menade du {meant:?}?", kind.not_found(found)),
        None => format!("{}. {}", kind.not_found(found), kind.to_add(found)),
    }
}

/// The known id `found` most likely means: the same but for case, å/ä/ö or spaces; one of them shortened (at least
/// three letters); or at most a third of its letters (at least one) mistyped. The nearest wins; `None` when none is
/// near.
pub fn nearest<'a>(found: &str, known: &[&'a str]) -> Option<&'a str> {
    let found = plain(found);
    known
        .iter()
        .filter_map(|id| {
            let id_plain = plain(id);
            let (short, long) = if found.chars().count() <= id_plain.chars().count() {
                (&found, &id_plain)
            } else {
                (&id_plain, &found)
            };
            let distance = edit_distance(&found, &id_plain);
            let shortened = short.chars().count() >= 3 && long.starts_with(short.as_str());
            let typo = distance <= (found.chars().count() / 3).max(1);
            (distance == 0 || shortened || typo).then_some((*id, distance))
        })
        .min_by_key(|(_, distance)| *distance)
        .map(|(id, _)| id)
}

/// An id as compared: lower case, no diacritics, words joined by `-`.
fn plain(id: &str) -> String {
    fold(id)
        .split(|c: char| c.is_whitespace() || c == '_' || c == '-')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// Levenshtein distance in characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitute = diagonal + usize::from(ca != *cb);
            diagonal = row[j + 1];
            row[j + 1] = substitute.min(row[j] + 1).min(diagonal + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    const PARTIES: &[&str] = &["polisen", "kommunen", "raddningstjansten", "norrtrafik", "hamnbostader"];

    #[test]
    fn a_shortened_mistyped_or_differently_written_id_finds_the_one_meant() {
        assert_eq!(nearest("polis", PARTIES), Some("polisen"));
        assert_eq!(nearest("Polisen", PARTIES), Some("polisen"));
        assert_eq!(nearest("kommnen", PARTIES), Some("kommunen"));
        assert_eq!(nearest("räddningstjänsten", PARTIES), Some("raddningstjansten"));
        assert_eq!(nearest("norr trafik", PARTIES), Some("norrtrafik"));
        assert_eq!(nearest("bostadsbolaget", PARTIES), None);
        assert_eq!(nearest("po", PARTIES), None, "two letters are too few to guess from");
    }

    #[test]
    fn distance_counts_edits() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
    }
}
