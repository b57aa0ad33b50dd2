//! Text folding for search: case- and diacritic-insensitive, so "froslunda" finds "Fröslunda".
//!
//! Pure core: no UI dependency, no Unicode tables beyond the Latin letters Swedish text uses.
//!
//! Text layer: must not import any other module of the crate.

/// Lower-cases `text` and strips diacritics from Latin letters (å, ä, ö, é, ü, ...).
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        out.push(match c {
            'å' | 'ä' | 'á' | 'à' | 'â' | 'ã' | 'æ' => 'a',
            'ö' | 'ó' | 'ò' | 'ô' | 'õ' | 'ø' => 'o',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'ü' | 'ú' | 'ù' | 'û' => 'u',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ç' => 'c',
            'ñ' => 'n',
            'ß' => 's',
            // Typographic quotes and dashes search as their plain forms.
            '”' | '“' | '„' => '"',
            '–' | '—' => '-',
            other => other,
        });
    }
    out
}

/// The words of `text` as an id is made of them: folded, only a–z and 0–9 ("Fröslunda centrum" → `froslunda`,
/// `centrum`). The one rule for every id the tools make from a name (joined with `-`).
pub fn id_words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit()))
        .filter(|word| !word.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Splits a search query into folded words; empty words are dropped.
pub fn search_terms(query: &str) -> Vec<String> {
    fold(query).split_whitespace().map(str::to_string).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_swedish_letters() {
        assert_eq!(fold("Fröslunda"), "froslunda");
        assert_eq!(fold("KROGAR"), "krogar");
        assert_eq!(fold("ÅRBY Ärla Öster"), "arby arla oster");
        assert_eq!(fold("Café"), "cafe");
    }

    #[test]
    fn terms_are_folded_words() {
        assert_eq!(search_terms("  Krogar   MOT  knark "), vec!["krogar", "mot", "knark"]);
        assert!(search_terms("   ").is_empty());
    }
}
