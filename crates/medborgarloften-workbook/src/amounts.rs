//! A number typed as text in a result or target-value cell: `12`, `1 200`, `12 st`, `12 kontroller` (the target's
//! own unit) read as the number; a number with another word after it, a fraction or a minus is refused with what
//! to write instead, so a number with a unit is never kept as words. Words that do not start with a number (`ett
//! 15-tal`, `cirka 20`) are words, which a result may be.
//!
//! Pure: no I/O.

use medborgarloften_core::text::fold::fold;

/// What a cell's text reads as.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Typed {
    /// A whole number from 0.
    Number(u32),
    /// Words, such as "ett 15-tal".
    Words(String),
}

/// Words that count pieces, which any unit may be written as.
const PIECES: [&str; 3] = ["st", "stycken", "styck"];

/// Reads `text`: a whole number, alone or followed by `st` or by `unit` (the target's, as on the Mål sheet; the
/// same word, or one that begins or ends the other, of at least four letters); or words. The error says what to
/// write instead.
pub fn read_amount(text: &str, unit: Option<&str>) -> Result<Typed, String> {
    let text = text.trim();
    let Some(number) = leading_number(text) else {
        return Ok(Typed::Words(text.to_string()));
    };
    let rest = text[number.end..].trim();
    if !number.negative && number.fraction.is_none() && rest.starts_with(['-', '–']) {
        // "15-tal", "20–30": a way of saying about how many, in words.
        return Ok(Typed::Words(text.to_string()));
    }
    if number.negative {
        return Err(format!("{text:?} går inte: skriv ett heltal från 0."));
    }
    if number.fraction.is_some_and(|digits| digits.chars().any(|c| c != '0')) {
        return Err(format!("{text:?} går inte: skriv ett heltal, utan decimaler."));
    }
    let Ok(value) = number.digits.parse::<u32>() else {
        return Err(format!("{text:?} går inte: talet är för stort."));
    };
    if rest.is_empty() || is_unit(rest, unit) {
        return Ok(Typed::Number(value));
    }
    Err(match unit.map(str::trim).filter(|u| !u.is_empty()) {
        Some(unit) => format!("{text:?} går inte: skriv bara talet, {value}; målets enhet är {unit:?} (bladet Mål)."),
        None => format!("{text:?} går inte: skriv bara talet, {value}."),
    })
}

/// A number at the start of a text: its digits (spaces between thousands dropped), any fraction, and where it ends.
struct Leading<'a> {
    negative: bool,
    digits: String,
    fraction: Option<&'a str>,
    end: usize,
}

fn leading_number(text: &str) -> Option<Leading<'_>> {
    let (negative, body) = match text.strip_prefix(['-', '−']) {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let offset = text.len() - body.len();
    let run = |from: &str| from.find(|c: char| !c.is_ascii_digit()).unwrap_or(from.len());
    let first = run(body);
    if first == 0 {
        return None;
    }
    let mut digits = body[..first].to_string();
    let mut end = first;
    // Thousands written with a space, as Swedish does: "1 200", "12 000 000".
    while let Some(space) = body[end..].chars().next().filter(|c| matches!(c, ' ' | '\u{a0}' | '\u{202f}')) {
        let after = end + space.len_utf8();
        let group = run(&body[after..]);
        if group != 3 {
            break;
        }
        digits.push_str(&body[after..after + 3]);
        end = after + 3;
    }
    let mut fraction = None;
    if let Some(mark) = body[end..].chars().next().filter(|c| matches!(c, ',' | '.')) {
        let after = end + mark.len_utf8();
        let length = run(&body[after..]);
        if length > 0 {
            fraction = Some(&body[after..after + length]);
            end = after + length;
        }
    }
    Some(Leading { negative, digits, fraction, end: offset + end })
}

/// True when `word` is a way of writing `unit`, or pieces.
fn is_unit(word: &str, unit: Option<&str>) -> bool {
    let word = fold(word.trim_end_matches('.'));
    if PIECES.contains(&word.as_str()) {
        return true;
    }
    let Some(unit) = unit.map(fold) else { return false };
    let unit = unit.trim();
    let (short, long) =
        if word.chars().count() <= unit.chars().count() { (word.as_str(), unit) } else { (unit, word.as_str()) };
    word == unit || (short.chars().count() >= 4 && (long.starts_with(short) || long.ends_with(short)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_alone_or_with_pieces_or_its_unit_is_the_number() {
        assert_eq!(read_amount("12", None), Ok(Typed::Number(12)));
        assert_eq!(read_amount(" 12 st ", None), Ok(Typed::Number(12)));
        assert_eq!(read_amount("12 st.", None), Ok(Typed::Number(12)));
        assert_eq!(read_amount("12st", None), Ok(Typed::Number(12)));
        assert_eq!(read_amount("12 kontroller", Some("kontroller")), Ok(Typed::Number(12)));
        assert_eq!(read_amount("3 vandringar", Some("trygghetsvandringar")), Ok(Typed::Number(3)));
        assert_eq!(read_amount("3 Träffar", Some("träffar")), Ok(Typed::Number(3)));
        assert_eq!(read_amount("1 200", None), Ok(Typed::Number(1200)));
        assert_eq!(read_amount("12,0", None), Ok(Typed::Number(12)));
    }

    #[test]
    fn words_that_do_not_start_with_a_number_are_words() {
        assert_eq!(read_amount("ett 15-tal", None), Ok(Typed::Words("ett 15-tal".into())));
        assert_eq!(read_amount("15-tal", None), Ok(Typed::Words("15-tal".into())));
        assert_eq!(read_amount("cirka 20", None), Ok(Typed::Words("cirka 20".into())));
    }

    #[test]
    fn a_number_with_another_word_a_fraction_or_a_minus_is_refused() {
        let err = read_amount("12 timmar", Some("kontroller")).expect_err("refused");
        assert_eq!(err, "\"12 timmar\" går inte: skriv bara talet, 12; målets enhet är \"kontroller\" (bladet Mål).");
        assert_eq!(read_amount("10 av 12", None), Err("\"10 av 12\" går inte: skriv bara talet, 10.".into()));
        assert_eq!(read_amount("12,5", None), Err("\"12,5\" går inte: skriv ett heltal, utan decimaler.".into()));
        assert_eq!(read_amount("-3", None), Err("\"-3\" går inte: skriv ett heltal från 0.".into()));
        assert!(read_amount("99999999999", None).is_err());
    }
}
