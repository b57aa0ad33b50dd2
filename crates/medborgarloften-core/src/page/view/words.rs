//! Short texts of the page's controls that depend on counts or on the dataset's words: the result line, the filter
//! button, the filter sheet's "Visa N löften", the result line while a district is chosen, "Visa fler" and the
//! explanation of abbreviations in theme names. Each in the language given (the `_in` forms); the others are
//! Swedish.
//!
//! A district's count means one thing wherever it is shown: the promises that *name* the district. The promises
//! for the whole kommun, which a chosen district lists too (apart, under their own heading), are counted apart:
//! "5 löften som nämner Skiftinge + 10 för hela kommunen".
//!
//! Pure core: no UI dependency.
//!
//! Page layer (`view`): may use the other modules of `page` and the layers below; must not import `export`.

use crate::lang::{fill, Language, SWEDISH};

/// The result line: "Visar 4 av 15 löften" ("löfte" for one).
pub fn count_text(shown: usize, total: usize) -> String {
    count_text_in(shown, total, SWEDISH)
}

/// [`count_text`] in `lang`: "Showing 4 of 15 promises".
pub fn count_text_in(shown: usize, total: usize, lang: &Language) -> String {
    let words = &lang.words.page;
    fill(words.count, &[("shown", &shown.to_string()), ("total", &lang.count(&words.promises, total))])
}

/// The filter button on a phone: "Filter", "Filter · 1 valt", "Filter · 3 valda".
pub fn filter_button_text(active: usize) -> String {
    filter_button_text_in(active, SWEDISH)
}

/// [`filter_button_text`] in `lang`.
pub fn filter_button_text_in(active: usize, lang: &Language) -> String {
    match active {
        0 => lang.words.page.filter.to_owned(),
        n => lang.count(&lang.words.page.filter_chosen, n),
    }
}

/// The filter sheet's closing button: "Visa 1 löfte", "Visa 12 löften", "Visa 0 löften".
pub fn show_button_text(shown: usize) -> String {
    show_button_text_in(shown, SWEDISH)
}

/// [`show_button_text`] in `lang`.
pub fn show_button_text_in(shown: usize, lang: &Language) -> String {
    fill(lang.words.page.show, &[("promises", &promises(shown, lang))])
}

/// What a district's count in the filter means, said under the district choices (in each language:
/// [`crate::lang::PageWords::district_count_help`]).
pub const DISTRICT_COUNT_HELP: &str = SWEDISH.words.page.district_count_help;

/// "1 löfte", "5 löften".
fn promises(count: usize, lang: &Language) -> String {
    lang.count(&lang.words.page.promises, count)
}

/// The chosen districts' names in a sentence: "Skiftinge", "Skiftinge eller Lagersberg", "A, B eller C".
pub fn places_text(names: &[&str]) -> String {
    SWEDISH.either(names)
}

/// The result line while a named district is chosen: "Visar 5 löften som nämner Skiftinge + 10 för hela kommunen
/// (av 15)". `named` promises name one of `places`, `wide` concern the whole kommun, of `total` in the dataset;
/// without kommun-wide ones the "+ …" is left out.
pub fn district_count_text(named: usize, places: &str, wide: usize, total: usize) -> String {
    district_count_text_in(named, places, wide, total, SWEDISH)
}

/// [`district_count_text`] in `lang`.
pub fn district_count_text_in(named: usize, places: &str, wide: usize, total: usize, lang: &Language) -> String {
    let words = &lang.words.page;
    fill(
        words.district_count,
        &[
            ("promises", &promises(named, lang)),
            ("places", places),
            ("apart", &apart(wide, lang)),
            ("total", &total.to_string()),
        ],
    )
}

/// " + 10 för hela kommunen", or nothing without kommun-wide promises.
fn apart(wide: usize, lang: &Language) -> String {
    if wide > 0 {
        fill(lang.words.page.kommun_wide_apart, &[("n", &wide.to_string())])
    } else {
        String::new()
    }
}

/// The filter sheet's closing button while a named district is chosen: "Visa 5 löften + 10 för hela kommunen",
/// or "Visa 5 löften" when no kommun-wide promise is listed.
pub fn district_show_text(named: usize, wide: usize) -> String {
    district_show_text_in(named, wide, SWEDISH)
}

/// [`district_show_text`] in `lang`.
pub fn district_show_text_in(named: usize, wide: usize, lang: &Language) -> String {
    match wide {
        0 => show_button_text_in(named, lang),
        _ => {
            fill(lang.words.page.district_show, &[("promises", &promises(named, lang)), ("apart", &apart(wide, lang))])
        }
    }
}

/// "Visa fler (120 kvar)" in `lang`.
pub fn more_text_in(remaining: usize, lang: &Language) -> String {
    fill(lang.words.page.more, &[("n", &remaining.to_string())])
}

/// One sentence per abbreviation that occurs as a word in any of `labels` (e.g. the theme "ANDT-förebyggande"),
/// in the order of the language's list of them ([`crate::lang::PageWords::abbreviations`]); empty when none
/// occurs.
pub fn abbreviations_explained<'a>(labels: impl IntoIterator<Item = &'a str> + Clone) -> Vec<String> {
    abbreviations_explained_in(labels, SWEDISH)
}

/// [`abbreviations_explained`] in `lang`.
pub fn abbreviations_explained_in<'a>(
    labels: impl IntoIterator<Item = &'a str> + Clone,
    lang: &Language,
) -> Vec<String> {
    lang.words
        .page
        .abbreviations
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
    fn the_result_line_counts_a_district_by_the_promises_that_name_it_and_the_kommun_wide_apart() {
        assert_eq!(
            district_count_text(5, "Skiftinge", 10, 15),
            "Visar 5 löften som nämner Skiftinge + 10 för hela kommunen (av 15)"
        );
        assert_eq!(district_count_text(1, "Skiftinge", 0, 15), "Visar 1 löfte som nämner Skiftinge (av 15)");
    }

    #[test]
    fn the_show_button_counts_a_district_the_same_way() {
        assert_eq!(district_show_text(5, 10), "Visa 5 löften + 10 för hela kommunen");
        assert_eq!(district_show_text(1, 1), "Visa 1 löfte + 1 för hela kommunen");
        assert_eq!(district_show_text(2, 0), "Visa 2 löften");
    }

    #[test]
    fn several_places_are_alternatives() {
        assert_eq!(places_text(&["Skiftinge"]), "Skiftinge");
        assert_eq!(places_text(&["Skiftinge", "Lagersberg"]), "Skiftinge eller Lagersberg");
        assert_eq!(places_text(&["A", "B", "C"]), "A, B eller C");
        assert_eq!(places_text(&[]), "");
    }

    #[test]
    fn andt_is_explained_only_where_it_is_a_word() {
        assert_eq!(abbreviations_explained(["Trafik", "ANDT-förebyggande"]).len(), 1);
        assert!(abbreviations_explained(["Trafik", "Krogar"]).is_empty());
        assert!(abbreviations_explained(["ANDTX"]).is_empty());
        assert!(abbreviations_explained(["XANDT"]).is_empty());
    }
}
