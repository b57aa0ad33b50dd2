//! "Menade du …?": the known field nearest to a misspelt or translated one ([`nearest`]: Swedish words an editor is
//! likely to write for an English field name are looked up first; otherwise the nearest by edit distance, if it is
//! near), and the known id nearest to a misspelt one ([`nearest_id`]: `Polisen` or `polis` for `polisen`,
//! `raddningstjänsten` for `raddningstjansten`).
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

/// The known id `found` most likely means, or `None` when none is near enough to suggest: the one it is when
/// case, å/ä/ö and spaces are set aside (`Räddningstjänsten` → `raddningstjansten`), else the nearest by edit
/// distance (at most a third of its length, at least one edit; never for a number such as a year, where one
/// digit off is another year, not a typo), else the one it begins or ends (`polis` → `polisen`, `2024` →
/// `2024-2027`, at least three characters). Ties go to the first in `known`.
pub fn nearest_id<'a>(found: &str, known: &[&'a str]) -> Option<&'a str> {
    let slug = |text: &str| fold(text.trim()).split_whitespace().collect::<Vec<_>>().join("-");
    let wanted = slug(found);
    if wanted.is_empty() || wanted.len() > MAX_ID_BYTES {
        return None;
    }
    if let Some(hit) = known.iter().find(|k| slug(k) == wanted) {
        return Some(hit);
    }
    let allowed = (wanted.chars().count() / 3).max(1);
    let number = wanted.bytes().all(|b| b.is_ascii_digit() || b == b'-');
    let near = known
        .iter()
        .filter(|_| !number)
        .map(|k| (*k, distance(&wanted, &slug(k))))
        .filter(|(_, d)| *d <= allowed)
        .min_by_key(|(_, d)| *d)
        .map(|(k, _)| k);
    near.or_else(|| {
        (wanted.chars().count() >= 3)
            .then(|| known.iter().find(|k| slug(k).starts_with(&wanted) || slug(k).ends_with(&wanted)))
            .flatten()
            .copied()
    })
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

    #[test]
    fn ids_are_found_by_case_letters_typos_and_beginnings() {
        let parties = ["polisen", "kommunen", "raddningstjansten", "norrtrafik"];
        assert_eq!(nearest_id("Polisen", &parties), Some("polisen"));
        assert_eq!(nearest_id("polsien", &parties), Some("polisen"));
        assert_eq!(nearest_id("polis", &parties), Some("polisen"), "the beginning of an id");
        assert_eq!(nearest_id("Räddningstjänsten", &parties), Some("raddningstjansten"));
        assert_eq!(nearest_id("norr trafik", &parties), Some("norrtrafik"));
        assert_eq!(nearest_id("kommun", &parties), Some("kommunen"));
        assert_eq!(nearest_id("bostadsbolaget", &parties), None);
        assert_eq!(nearest_id("po", &parties), None, "too short to be a beginning");
        assert_eq!(nearest_id("", &parties), None);
        assert_eq!(nearest_id("polisen", &[]), None);
        assert_eq!(nearest_id("2026", &["2025", "2027"]), None, "another year is no typo");
        assert_eq!(nearest_id("2024", &["2019", "2024-2027"]), Some("2024-2027"));
    }

    #[test]
    fn distance_counts_edits() {
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("åäö", "åäö"), 0);
    }
}
