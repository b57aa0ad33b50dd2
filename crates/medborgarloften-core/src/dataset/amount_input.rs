//! A follow-up's result as an editor types it: a whole number (`12`, `1 200`), with a unit after it if they like
//! (`12 st`, `12 kontroller`), or the report's own words (`ett 15-tal`, `flertalet`). A value that starts with a
//! number is read as that number or refused with a message — never kept as text, where the page could not count
//! it toward the target.
//!
//! Pure core: no UI dependency.
//!
//! Dataset layer: of its own layer uses only `model`; of the crate also `text::fold` and `json::message`.

use crate::dataset::model::{Amount, Target};
use crate::json::message::quote_whole;
use crate::text::fold::fold;

/// Units that may follow any number: "st", "st." and "stycken".
const ANY_UNIT: [&str; 3] = ["st", "styck", "stycken"];

/// The result `text` for `target`: a number (a unit after it is dropped when it is "st", "stycken", the target's
/// unit or what it counts), or the report's words. The error is one Swedish sentence that names the target.
pub fn parse_amount(text: &str, target: &Target) -> Result<Amount, String> {
    let text = text.trim();
    let refused = || {
        format!(
            "målet {}: {} går inte att läsa som ett antal; skriv ett heltal, gärna med enheten efter (12, \"12 st\" \
             eller \"12 {}\"), eller rapportens egna ord som \"ett 15-tal\"",
            quote_whole(&target.id),
            quote_whole(text),
            target.unit
        )
    };
    if text.is_empty() {
        return Err(format!(
            "målet {}: värdet är tomt; skriv ett heltal som 12 eller rapportens egna ord",
            quote_whole(&target.id)
        ));
    }
    let starts_with_number = text.starts_with(|c: char| c.is_ascii_digit())
        || (text.starts_with(['-', '+', '−']) && text.chars().nth(1).is_some_and(|c| c.is_ascii_digit()));
    if !starts_with_number {
        return Ok(Amount::Text(text.to_string()));
    }
    if text.starts_with(['-', '−']) {
        return Err(format!(
            "målet {}: {} är negativt; ett resultat är antalet hittills, 0 eller mer",
            quote_whole(&target.id),
            quote_whole(text)
        ));
    }
    let (digits, rest) = leading_number(text.trim_start_matches('+'));
    // "15-tal" is a word, as in "ett 15-tal".
    if rest.starts_with("-tal") {
        return Ok(Amount::Text(text.to_string()));
    }
    let unit = fold(rest.trim()).trim_end_matches('.').to_string();
    let known_unit = unit.is_empty()
        || ANY_UNIT.contains(&unit.as_str())
        || unit == fold(target.unit.trim())
        || unit == fold(target.label.trim());
    if !known_unit {
        return Err(refused());
    }
    digits
        .parse::<u32>()
        .map(Amount::Number)
        .map_err(|_| format!("målet {}: talet {digits} är för stort (högst 4 294 967 295)", quote_whole(&target.id)))
}

/// The number at the start of `text` (digits, with thousands grouped by spaces: `1 200`) and what follows it.
fn leading_number(text: &str) -> (String, &str) {
    let end = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
    let mut digits = text[..end].to_string();
    let mut rest = &text[end..];
    // After a first group of one to three digits, a group of exactly three after a space (also a no-break space)
    // belongs to the number.
    while let Some(after) = rest.strip_prefix([' ', '\u{a0}', '\u{202f}']).filter(|_| end <= 3) {
        let group = after.find(|c: char| !c.is_ascii_digit()).unwrap_or(after.len());
        if group != 3 {
            break;
        }
        digits.push_str(&after[..3]);
        rest = &after[3..];
    }
    (digits, rest)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::fixtures;

    fn controls() -> Target {
        fixtures::target("kontroller", 200, "kontroller", "trafikkontroller")
    }

    #[test]
    fn a_number_with_a_unit_is_the_number() {
        for (typed, number) in [
            ("12", 12),
            (" 12 ", 12),
            ("12 st", 12),
            ("12 st.", 12),
            ("12st", 12),
            ("12 stycken", 12),
            ("12 kontroller", 12),
            ("12 Kontroller", 12),
            ("12 trafikkontroller", 12),
            ("1 200", 1200),
            ("1\u{a0}200 st", 1200),
            ("+5", 5),
            ("0", 0),
        ] {
            assert_eq!(parse_amount(typed, &controls()), Ok(Amount::Number(number)), "{typed}");
        }
    }

    #[test]
    fn words_stay_words() {
        for typed in ["ett 15-tal", "15-tal", "flertalet", "ca 15"] {
            assert_eq!(parse_amount(typed, &controls()), Ok(Amount::Text(typed.to_string())), "{typed}");
        }
    }

    #[test]
    fn a_number_with_anything_else_is_refused_with_what_to_write() {
        let err = parse_amount("12 per vecka", &controls()).expect_err("not a count");
        assert_eq!(
            err,
            "målet \"kontroller\": \"12 per vecka\" går inte att läsa som ett antal; skriv ett heltal, gärna med \
             enheten efter (12, \"12 st\" eller \"12 kontroller\"), eller rapportens egna ord som \"ett 15-tal\""
        );
        for refused in ["12,5", "12.5", "12 timmar", "12a", "1 20"] {
            assert!(parse_amount(refused, &controls()).is_err(), "{refused}");
        }
        assert!(parse_amount("-3", &controls()).expect_err("negative").contains("är negativt"));
        assert!(parse_amount("99999999999", &controls()).expect_err("too big").contains("för stort"));
        assert!(parse_amount("  ", &controls()).expect_err("empty").contains("värdet är tomt"));
    }
}
