//! "Menade du …?": the known field nearest to a misspelt or translated one. Swedish words an editor is likely to
//! write for an English field name are looked up first; otherwise the nearest by edit distance, if it is near.
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
    fn distance_counts_edits() {
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("åäö", "åäö"), 0);
    }
}
