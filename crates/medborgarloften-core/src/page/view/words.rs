//! Short texts of the page's controls that depend on counts or on the dataset's words: the filter button, the
//! filter sheet's "Visa N löften" and the explanation of abbreviations in theme names.
//!
//! Pure core: no UI dependency.
//!
//! Page layer (`view`): may use the other modules of `page` and the layers below; must not import `export`.

/// Abbreviations that dataset theme names use, with what they stand for in plain Swedish.
const ABBREVIATIONS: &[(&str, &str)] = &[("ANDT", "ANDT betyder alkohol, narkotika, dopning och tobak.")];

/// The filter button on a phone: "Filter", "Filter · 1 valt", "Filter · 3 valda".
pub fn filter_button_text(active: usize) -> String {
    match active {
        0 => "Filter".to_owned(),
        1 => "Filter · 1 valt".to_owned(),
        n => format!("Filter · {n} valda"),
    }
}

/// The filter sheet's closing button: "Visa 1 löfte", "Visa 12 löften", "Visa 0 löften".
pub fn show_button_text(shown: usize) -> String {
    let noun = if shown == 1 { "löfte" } else { "löften" };
    format!("Visa {shown} {noun}")
}

/// One sentence per abbreviation that occurs as a word in any of `labels` (e.g. the theme "ANDT-förebyggande"),
/// in the order of [`ABBREVIATIONS`]; empty when none occurs.
pub fn abbreviations_explained<'a>(labels: impl IntoIterator<Item = &'a str> + Clone) -> Vec<String> {
    ABBREVIATIONS
        .iter()
        .filter(|(word, _)| labels.clone().into_iter().any(|label| has_word(label, word)))
        .map(|(_, meaning)| (*meaning).to_owned())
        .collect()
}

/// Whether `word` occurs in `text` bounded by non-letters (so "ANDT-arbete" has it and "ANDTX" has not).
fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_filter_button_counts_in_swedish() {
        assert_eq!(filter_button_text(0), "Filter");
        assert_eq!(filter_button_text(1), "Filter · 1 valt");
        assert_eq!(filter_button_text(2), "Filter · 2 valda");
    }

    #[test]
    fn the_show_button_is_singular_for_one() {
        assert_eq!(show_button_text(1), "Visa 1 löfte");
        assert_eq!(show_button_text(0), "Visa 0 löften");
        assert_eq!(show_button_text(15), "Visa 15 löften");
    }

    #[test]
    fn andt_is_explained_only_where_it_is_a_word() {
        assert_eq!(abbreviations_explained(["Trafik", "ANDT-förebyggande"]).len(), 1);
        assert!(abbreviations_explained(["Trafik", "Krogar"]).is_empty());
        assert!(abbreviations_explained(["ANDTX"]).is_empty());
        assert!(abbreviations_explained(["XANDT"]).is_empty());
    }
}
