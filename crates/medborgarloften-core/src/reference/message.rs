//! Swedish wording of serde_json's errors, for editors: built from the error's category (`classify`) and from
//! the parts serde's messages are made of — the kind of value found (serde's `Unexpected`), the kind expected
//! (serde's `Expected`), the field or value named — never by rewriting the English sentence word by word. No
//! Rust type name (`u32`, `struct Promise`, `sequence`, `map`) reaches the editor; what cannot be recognised
//! gets a plain Swedish sentence of its kind.
//!
//! The app reads JSON with the core's own reader ([`crate::json`]), which words its errors with the same
//! functions ([`crate::json::message`]); this module is kept, natively only, for the serde reference path
//! ([`crate::reference`]) that the new reader is tested against. Part of `reference`, outside the layers.
//!
//! Pure core: only serde_json's error type.

use serde_json::error::Category;

use crate::json::message::{self as words, number, quote, shorten};
use crate::json::Code;

/// Longest piece of the file (a string value, a field name) quoted in a message, in characters.
const MAX_QUOTE_CHARS: usize = 40;

/// What is wrong, in Swedish, without the place (the caller adds line and column).
pub(crate) fn swedish_message(err: &serde_json::Error) -> String {
    let full = err.to_string();
    // serde_json appends " at line L column C"; the place is given separately.
    let bare = match full.rfind(" at line ") {
        Some(at) => &full[..at],
        None => full.as_str(),
    };
    match err.classify() {
        Category::Eof => eof_message(bare),
        Category::Syntax => syntax_message(bare),
        Category::Data => data_message(bare),
        Category::Io => "filen kunde inte läsas".to_owned(),
    }
}

fn eof_message(bare: &str) -> String {
    let code =
        [Code::EofList, Code::EofObject, Code::EofString, Code::EofValue].into_iter().find(|c| c.english() == bare);
    code.map_or("filen tar slut för tidigt", Code::swedish).to_owned()
}

fn syntax_message(bare: &str) -> String {
    const CODES: [Code; 15] = [
        Code::ExpectedColon,
        Code::ExpectedListCommaOrEnd,
        Code::ExpectedObjectCommaOrEnd,
        Code::ExpectedIdent,
        Code::ExpectedValue,
        Code::InvalidEscape,
        Code::InvalidNumber,
        Code::NumberOutOfRange,
        Code::ControlCharacter,
        Code::KeyMustBeAString,
        Code::LoneSurrogate,
        Code::UnexpectedEndOfHexEscape,
        Code::TrailingComma,
        Code::TrailingCharacters,
        Code::RecursionLimit,
    ];
    if let Some(code) = CODES.into_iter().find(|c| c.english() == bare) {
        return code.swedish().to_owned();
    }
    match bare {
        "expected `\"`" => "här väntades ett fältnamn inom citattecken",
        "invalid unicode code point" => "ogiltig teckenkod i \\u-sekvensen",
        "invalid value: expected key to be a number in quotes" => "fältnamnet måste vara ett tal inom citattecken",
        "float key must be finite (got NaN or +/-inf)" => "fältnamnet måste vara ett ändligt tal",
        _ => "filen följer inte JSON-formatet här",
    }
    .to_owned()
}

fn data_message(bare: &str) -> String {
    if let Some(rest) = bare.strip_prefix("missing field ") {
        return words::missing_field(first_ticked(rest).unwrap_or(rest));
    }
    if let Some(rest) = bare.strip_prefix("duplicate field ") {
        return words::duplicate_field(first_ticked(rest).unwrap_or(rest));
    }
    if let Some(rest) = bare.strip_prefix("unknown field ") {
        let found = first_ticked(rest).unwrap_or(rest);
        let known = match ticked_after(rest, ", expected") {
            list if !list.is_empty() => list,
            _ => Vec::new(),
        };
        return words::unknown_field(found, &known);
    }
    if let Some(rest) = bare.strip_prefix("unknown variant ") {
        let found = first_ticked(rest).unwrap_or("");
        let allowed = ticked_after(rest, ", expected");
        return words::unknown_variant(found, &allowed);
    }
    if let Some(rest) = bare.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return words::invalid_type(&unexpected_words(found), &expected_words(expected));
    }
    if let Some(rest) = bare.strip_prefix("invalid value: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        if let Some(range) = integer_range(expected) {
            return words::out_of_range(&unexpected_words(found), range);
        }
        return format!(
            "ogiltigt värde: väntade {}, men här står {}",
            expected_words(expected),
            unexpected_words(found)
        );
    }
    if let Some(rest) = bare.strip_prefix("invalid length ") {
        let (count, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        if expected.starts_with("struct ") {
            return words::LIST_FOR_OBJECT.to_owned();
        }
        return format!("fel antal värden ({}): väntade {}", digits(count), expected_words(expected));
    }
    // The core's own messages (dates) are Swedish already.
    if bare.starts_with("ogiltigt datum") || bare.starts_with("ogiltigt resultat") {
        return bare.to_owned();
    }
    "värdet har fel form för det här fältet".to_owned()
}

/// The kind of value serde found (its `Unexpected`), in Swedish.
fn unexpected_words(found: &str) -> String {
    if let Some(rest) = found.strip_prefix("integer ") {
        return format!("talet {}", digits(rest));
    }
    if let Some(rest) = found.strip_prefix("floating point ") {
        return format!("decimaltalet {}", number(rest));
    }
    if let Some(rest) = found.strip_prefix("boolean ") {
        return format!("{} (sant eller falskt)", if rest.contains("true") { "true" } else { "false" });
    }
    if let Some(rest) = found.strip_prefix("string ") {
        // serde writes the string with Rust's escapes; drop the quotes and show the text shortened.
        let inner = rest.strip_prefix('"').and_then(|r| r.strip_suffix('"')).unwrap_or(rest);
        return format!("texten {}", quote(inner));
    }
    if found.starts_with("character ") {
        return "ett enskilt tecken".to_owned();
    }
    match found {
        "null" | "unit value" => "null (inget värde)",
        "sequence" => "en lista (inom [ ])",
        "map" => "ett objekt (inom { })",
        _ => "ett värde av annat slag",
    }
    .to_owned()
}

/// The kind of value serde expected (its `Expected`), in Swedish.
fn expected_words(expected: &str) -> String {
    if integer_range(expected).is_some() {
        return "ett heltal".to_owned();
    }
    if expected.starts_with("struct ") || expected.starts_with("tuple struct ") {
        return "ett objekt (inom { })".to_owned();
    }
    if expected.starts_with("enum ") || expected.ends_with("variant identifier") {
        return "ett av de tillåtna värdena".to_owned();
    }
    match expected {
        "f32" | "f64" => "ett tal",
        "a string" | "a borrowed string" | "string" | "a string key" => "en text (inom citattecken)",
        "a sequence" | "a tuple" => "en lista (inom [ ])",
        "a map" => "ett objekt (inom { })",
        "a boolean" => "true eller false",
        "a character" | "char" => "ett enskilt tecken",
        "unit" => "null",
        "option" => "ett värde eller null",
        "field identifier" => "ett fältnamn",
        "a whole number or a text" => "ett heltal eller en text",
        _ => "ett värde av annat slag",
    }
    .to_owned()
}

/// "ett heltal från 0 till 65 535" for serde's integer type names, `None` for anything else.
fn integer_range(expected: &str) -> Option<&'static str> {
    Some(match expected {
        "u8" => "ett heltal från 0 till 255",
        "u16" => "ett heltal från 0 till 65 535",
        "u32" => "ett heltal från 0 till 4 294 967 295",
        "u64" | "u128" | "usize" => "ett heltal som inte är negativt",
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" => "ett heltal",
        _ => return None,
    })
}

/// The first `` `name` `` of a serde message, as written in the file.
fn first_ticked(text: &str) -> Option<&str> {
    let start = text.find('`')? + 1;
    let len = text[start..].find('`')?;
    Some(&text[start..start + len])
}

/// Every `` `value` `` after `marker` (serde's list of allowed variants).
fn ticked_after<'a>(text: &'a str, marker: &str) -> Vec<&'a str> {
    let Some(at) = text.find(marker) else { return Vec::new() };
    text[at + marker.len()..].split('`').skip(1).step_by(2).collect()
}

/// The number inside serde's backticks, kept only if it looks like one (so no other text is echoed).
fn digits(text: &str) -> String {
    let inner = text.trim_matches(|c| c == '`' || c == ' ');
    if !inner.is_empty() && inner.chars().all(|c| c.is_ascii_digit() || c == '-') {
        shorten(inner, MAX_QUOTE_CHARS)
    } else {
        "?".to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message<T: serde::de::DeserializeOwned + std::fmt::Debug>(json: &str) -> String {
        swedish_message(&serde_json::from_str::<T>(json).expect_err("must fail"))
    }

    #[test]
    fn integer_overflow_and_negatives_name_the_range() {
        assert_eq!(
            message::<u32>("5000000000"),
            "talet 5000000000 går inte: väntade ett heltal från 0 till 4 294 967 295"
        );
        assert_eq!(message::<u16>("-1"), "talet -1 går inte: väntade ett heltal från 0 till 65 535");
        assert_eq!(message::<u32>("1.5"), "fel typ: väntade ett heltal, men här står decimaltalet 1.5");
    }

    #[test]
    fn wrong_kinds_are_named_in_swedish() {
        assert_eq!(
            message::<String>("[1]"),
            "fel typ: väntade en text (inom citattecken), men här står en lista (inom [ ])"
        );
        assert_eq!(
            message::<Vec<u8>>("{}"),
            "fel typ: väntade en lista (inom [ ]), men här står ett objekt (inom { })"
        );
        assert_eq!(message::<bool>("\"ja\""), "fel typ: väntade true eller false, men här står texten \"ja\"");
        assert_eq!(
            message::<String>("null"),
            "fel typ: väntade en text (inom citattecken), men här står null (inget värde)"
        );
        let long = format!("\"{}\"", "x".repeat(500));
        assert!(message::<u8>(&long).ends_with(&format!("\"{}…\"", "x".repeat(40))));
    }

    #[test]
    fn syntax_errors_get_swedish_sentences() {
        use serde_json::Value;
        for (json, expected) in [
            ("{\"a\" 1}", "ett kolon (:) saknas efter fältnamnet"),
            ("[1,]", "ett kommatecken för mycket före ] eller }"),
            ("{\"a\":\"\u{1}\"}", "en text innehåller ett styrtecken"),
            ("{\"a\":\"\\ud800\\u0041\"}", "ensamt halvt tecken"),
            ("{\"a\":\"\\q\"}", "ogiltig escape-sekvens"),
            ("{\"a\":tru}", "bara true, false och null"),
            ("{1:2}", "fältnamnet måste stå inom citattecken"),
            ("[1", "filen tar slut mitt i en lista"),
            ("1e999", "talet är för stort"),
        ] {
            let text = message::<Value>(json);
            assert!(text.contains(expected), "{json}: {text}");
        }
        assert_eq!(message::<Value>(&"[".repeat(200)), "listorna och objekten är nästlade för djupt");
    }
}
