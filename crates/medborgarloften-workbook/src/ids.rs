//! An id in a cell that is not on the sheet it refers to (a party, theme, district, period, promise or target):
//! the id most likely meant, from the workbook's own ids ("menade du "polisen"?"), or, when nothing is near, the
//! row to add and on which sheet.
//!
//! Pure: no I/O. The nearness is the core's one rule for ids (`medborgarloften_core::text::suggest::nearest_id`:
//! a typo, a shortened id, other case, no å/ä/ö, spaces for `-`), the same as the validator's "menade du …?".

use std::collections::HashMap;

use medborgarloften_core::text::suggest::nearest_id;

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
    match nearest_id(found, known) {
        Some(meant) => format!("{} — menade du {meant:?}?", kind.not_found(found)),
        None => format!("{}. {}", kind.not_found(found), kind.to_add(found)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_id_says_what_was_meant_or_where_to_add_it() {
        let parties = ["polisen", "kommunen"];
        assert_eq!(unknown_id(IdKind::Party, "polis", &parties), "okänd part \"polis\" — menade du \"polisen\"?");
        assert_eq!(
            unknown_id(IdKind::Party, "bostadsbolaget", &parties),
            "okänd part \"bostadsbolaget\". Är det en ny part: lägg till en rad på bladet Parter med id \
             \"bostadsbolaget\", namn och kortnamn."
        );
    }
}
