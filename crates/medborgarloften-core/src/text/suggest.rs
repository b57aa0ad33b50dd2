//! "Menade du …?": the known field nearest to a misspelt or translated one ([`nearest`]: Swedish words an editor is
//! likely to write for an English field name are looked up first; otherwise the nearest by edit distance, if it is
//! near), and the known id nearest to a misspelt one ([`nearest_id`]: `Polisen` or `polis` for `polisen`,
//! `raddningstjänsten` for `raddningstjansten`) — the one "menade du …?" rule for ids, shared by the core's
//! validator and the workbook reader. Both use the one edit distance (`distance`).
//!
//! Pure core: no dependency.
//!
//! Text layer: of the crate uses only `fold`; must not import `json` or any higher layer.

use crate::text::fold::fold;

/// Swedish (or half-Swedish) words and the field they most likely mean.
const SWEDISH: &[(&str, &str)] = &[
    ("uppfoljning", "followups"),
    ("uppfoljningar", "followups"),
    ("uppfoljt", "followups"),
    ("resultat", "achieved"),
    ("uppnatt", "achieved"),
    ("mal", "targets"),
    ("malvarde", "value"),
    ("varde", "value"),
    ("parter", "parties"),
    ("part", "parties"),
    ("lovare", "parties"),
    ("teman", "themes"),
    ("tema", "themes"),
    ("omraden", "districts"),
    ("omrade", "districts"),
    ("perioder", "periods"),
    ("period", "period"),
    ("loften", "promises"),
    ("lofte", "promises"),
    ("titel", "title"),
    ("rubrik", "heading"),
    ("ar", "year"),
    ("datum", "date"),
    ("kalla", "source"),
    ("kallor", "source"),
    ("lank", "url"),
    ("anteckning", "note"),
    ("kommentar", "note"),
    ("kommun", "municipality"),
    ("namn", "name"),
    ("kortnamn", "short"),
    ("grupp", "group"),
    ("grupper", "groups"),
    ("start", "start"),
    ("slut", "end"),
    ("borjan", "start"),
    ("enhet", "unit"),
    ("takt", "rate"),
    ("dokument", "documents"),
    ("inledning", "intro"),
    ("ingress", "lead"),
    ("delloften", "sub_promises"),
    ("punkter", "items"),
];

/// The known name `found` most likely means, or `None` when nothing is near enough to suggest.
pub fn nearest<'a>(found: &str, known: &[&'a str]) -> Option<&'a str> {
    let folded = fold(found).replace([' ', '_'], "");
    if let Some((_, meant)) = SWEDISH.iter().find(|(word, _)| *word == folded) {
        if let Some(hit) = known.iter().find(|k| *k == meant) {
            return Some(hit);
        }
    }
    let (best, distance) = known.iter().map(|k| (*k, distance(&found.to_lowercase(), k))).min_by_key(|(_, d)| *d)?;
    let allowed = (found.chars().count() / 3).max(1);
    (distance <= allowed).then_some(best)
}

/// Longest text, in bytes, that [`nearest_id`] looks for a near id for: no real id is longer, and a crafted one
/// a hundred thousand characters long must not cost an edit distance against every id.
const MAX_ID_BYTES: usize = 200;

/// The known id `found` most likely means, or `None` when none is near enough to suggest. The one rule for ids,
/// used by the validator, the follow-up editor and the workbook reader (its cells and its fixed choice words).
///
/// `found` and each id are compared written plainly ([`plain_id`]: `Räddnings_Tjänsten` is
/// `raddnings-tjansten`). An id is near when it is
/// - the same, written plainly (`Polisen` → `polisen`, `norr trafik` → `norr-trafik`);
/// - at most a third of the characters off (at least one edit: `polsien` → `polisen`), but never for a number
///   such as a year, where one digit off is another year, not a typo (`2026` suggests neither `2025` nor `2027`);
/// - begun or ended by `found` (`polis` → `polisen`, `tjansten` → `raddningstjansten`, `2024` → `2024-2027`), at
///   least three characters;
/// - the beginning of `found` (`kommunerna` → `kommun`), at least three characters, never for a number (`20245`
///   is not `2024`).
///
/// Of the near ids the one fewest edits away wins, ties going to the first in `known`.
pub fn nearest_id<'a>(found: &str, known: &[&'a str]) -> Option<&'a str> {
    if found.len() > MAX_ID_BYTES {
        return None;
    }
    let wanted = plain_id(found);
    let length = wanted.chars().count();
    if length == 0 {
        return None;
    }
    let number = wanted.bytes().all(|b| b.is_ascii_digit() || b == b'-');
    let allowed = (length / 3).max(1);
    known
        .iter()
        .filter_map(|id| {
            let id_plain = plain_id(id);
            let edits = distance(&wanted, &id_plain);
            let typo = !number && edits <= allowed;
            let part = length >= 3 && (id_plain.starts_with(&wanted) || id_plain.ends_with(&wanted));
            let whole = !number && id_plain.chars().count() >= 3 && wanted.starts_with(&id_plain);
            (edits == 0 || typo || part || whole).then_some((*id, edits))
        })
        .min_by_key(|(_, edits)| *edits)
        .map(|(id, _)| id)
}

/// An id as [`nearest_id`] compares it: lower case, no diacritics (å/ä/ö as a/a/o), its words (split at spaces,
/// `_` and `-`) joined by `-`.
pub fn plain_id(id: &str) -> String {
    fold(id)
        .split(|c: char| c.is_whitespace() || c == '_' || c == '-')
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// Levenshtein distance in characters.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous + usize::from(ca != *cb);
            previous = row[j + 1];
            row[j + 1] = substitute.min(row[j] + 1).min(previous + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    const ENTRY: &[&str] = &["date", "status", "achieved", "note", "source"];
    const PROMISE: &[&str] = &["id", "period", "group", "parties", "title", "text", "themes", "followups"];

    #[test]
    fn swedish_words_find_their_field() {
        assert_eq!(nearest("uppfoljning", PROMISE), Some("followups"));
        assert_eq!(nearest("Uppföljningar", PROMISE), Some("followups"));
        assert_eq!(nearest("resultat", ENTRY), Some("achieved"));
        assert_eq!(nearest("datum", ENTRY), Some("date"));
    }

    #[test]
    fn typos_find_the_nearest_field_and_nonsense_nothing() {
        assert_eq!(nearest("stauts", ENTRY), Some("status"));
        assert_eq!(nearest("achived", ENTRY), Some("achieved"));
        assert_eq!(nearest("followup", PROMISE), Some("followups"));
        assert_eq!(nearest("xyzzy", ENTRY), None);
        assert_eq!(nearest("mal", ENTRY), None, "a Swedish word whose field is not here suggests nothing");
    }

    const PARTIES: &[&str] = &["polisen", "kommunen", "raddningstjansten", "norrtrafik", "hamnbostader"];

    #[test]
    fn an_id_written_otherwise_is_the_id() {
        assert_eq!(nearest_id("Polisen", PARTIES), Some("polisen"), "case");
        assert_eq!(nearest_id("Räddningstjänsten", PARTIES), Some("raddningstjansten"), "å/ä/ö");
        assert_eq!(nearest_id("  polisen ", PARTIES), Some("polisen"), "spaces around");
        assert_eq!(nearest_id("norr trafik", PARTIES), Some("norrtrafik"), "a space within is one edit");
        assert_eq!(nearest_id("Hallplatser Natt", &["x", "hallplatser-natt"]), Some("hallplatser-natt"));
        assert_eq!(nearest_id("hallplatser_natt", &["x", "hallplatser-natt"]), Some("hallplatser-natt"), "_ as -");
        assert_eq!(nearest_id("trygg - hem", &["trygg-hem"]), Some("trygg-hem"), "spaced dash");
    }

    #[test]
    fn a_mistyped_id_finds_the_one_meant() {
        assert_eq!(nearest_id("polsien", PARTIES), Some("polisen"));
        assert_eq!(nearest_id("kommnen", PARTIES), Some("kommunen"));
        assert_eq!(nearest_id("genomförr", &["rapporterad", "genomfört", "ej genomfört"]), Some("genomfört"));
        assert_eq!(nearest_id("bostadsbolaget", PARTIES), None, "nothing near");
    }

    #[test]
    fn a_shortened_id_finds_the_one_meant_either_way() {
        assert_eq!(nearest_id("polis", PARTIES), Some("polisen"), "the beginning of an id");
        assert_eq!(nearest_id("kommun", PARTIES), Some("kommunen"));
        assert_eq!(nearest_id("tjansten", PARTIES), Some("raddningstjansten"), "the end of an id");
        assert_eq!(nearest_id("kommunerna", &["polis", "kommun"]), Some("kommun"), "an id is the beginning");
        assert_eq!(nearest_id("po", PARTIES), None, "too short to be a beginning");
        assert_eq!(nearest_id("polisen", &["po"]), None, "too short an id to be the beginning");
    }

    #[test]
    fn the_nearest_wins_and_a_tie_goes_to_the_first() {
        assert_eq!(nearest_id("polis", &["polisens-kansli", "polisen"]), Some("polisen"));
        assert_eq!(nearest_id("kommunen", &["kommunenz", "kommunenx"]), Some("kommunenz"));
    }

    #[test]
    fn a_number_is_never_a_typo_of_another() {
        assert_eq!(nearest_id("2026", &["2025", "2027"]), None, "another year is no typo");
        assert_eq!(nearest_id("2024-2026", &["2024-2027"]), None, "another period is no typo");
        assert_eq!(nearest_id("20245", &["2024"]), None, "a longer number is another number");
        assert_eq!(nearest_id("2024", &["2019", "2024-2027"]), Some("2024-2027"), "a year begins a period");
        assert_eq!(nearest_id("2027", &["2019", "2024-2027"]), Some("2024-2027"), "a year ends a period");
        assert_eq!(nearest_id("2024 2027", &["2024-2027"]), Some("2024-2027"), "the same period written otherwise");
    }

    #[test]
    fn nothing_or_too_much_suggests_nothing() {
        assert_eq!(nearest_id("", &["a", "polisen"]), None);
        assert_eq!(nearest_id("  ", &["a", "polisen"]), None);
        assert_eq!(nearest_id("polisen", &[]), None);
        let long = "polisen".repeat(100);
        assert_eq!(nearest_id(&long, &["polisen"]), None, "a text longer than any id is not looked at");
    }

    #[test]
    fn distance_counts_edits() {
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("åäö", "åäö"), 0);
    }
}
