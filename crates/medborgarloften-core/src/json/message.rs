//! Swedish wording of shape errors (a missing or unknown field, a wrong type, an unknown value), built from what
//! was found and what was expected, never from a Rust type name. The reader and the typed decoders use these; they
//! give the words serde_json's errors were given before the reader replaced it (the golden corpus keeps them).
//!
//! Pure core: no serde, no UI dependency.

/// Longest piece of the file (a string value, a field name) quoted in a message, in characters.
const MAX_QUOTE_CHARS: usize = 40;

/// What the reader expected, in Swedish ("väntade …").
pub(crate) mod expected {
    /// A JSON string.
    pub const TEXT: &str = "en text (inom citattecken)";
    /// Any whole number (the kind of an integer field, for a wrong type).
    pub const INTEGER: &str = "ett heltal";
    /// An object (a struct's fields).
    pub const OBJECT: &str = "ett objekt (inom { })";
    /// A list.
    pub const LIST: &str = "en lista (inom [ ])";
    /// true or false.
    pub const BOOL: &str = "true eller false";
    /// null (a unit variant's value).
    pub const NULL: &str = "null";
    /// A follow-up result.
    pub const AMOUNT: &str = "ett heltal eller en text";
    /// The range of a `u16`.
    pub const U16_RANGE: &str = "ett heltal från 0 till 65 535";
    /// The range of a `u32`.
    pub const U32_RANGE: &str = "ett heltal från 0 till 4 294 967 295";
    /// The range of a `u64` or `usize`.
    pub const UNSIGNED_RANGE: &str = "ett heltal som inte är negativt";
}

/// The kind of value found where another was expected.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Found<'s> {
    /// A whole number ≥ 0.
    Unsigned(u64),
    /// A negative whole number.
    Signed(i64),
    /// A number with a fraction or exponent.
    Float(f64),
    /// true or false.
    Bool(bool),
    /// A string (its decoded text).
    Str(&'s str),
    /// null.
    Null,
    /// A list.
    List,
    /// An object.
    Object,
}

/// "fältet "id" saknas".
pub(crate) fn missing_field(name: &str) -> String {
    format!("fältet {} saknas", quote(name))
}

/// "fältet "id" finns två gånger".
pub(crate) fn duplicate_field(name: &str) -> String {
    format!("fältet {} finns två gånger", quote(name))
}

/// An unknown field, with the nearest allowed name or the list of allowed ones.
pub(crate) fn unknown_field(found: &str, known: &[&str]) -> String {
    match crate::text::suggest::nearest(found, known) {
        Some(meant) => format!("okänt fält {} — menade du {}?", quote(found), quote(meant)),
        None if known.is_empty() => format!("okänt fält {}; här får inga fält stå", quote(found)),
        None => format!("okänt fält {}; tillåtna fält är {}", quote(found), quoted_list(known)),
    }
}

/// An unknown value of a fixed vocabulary, with the allowed ones.
pub(crate) fn unknown_variant(found: &str, allowed: &[&str]) -> String {
    match allowed {
        [] => format!("okänt värde {}", quote(found)),
        [one] => format!("okänt värde {}; det enda tillåtna är {}", quote(found), quote(one)),
        many => format!("okänt värde {}; tillåtna värden är {}", quote(found), quoted_list(many)),
    }
}

/// "fel typ: väntade …, men här står …".
pub(crate) fn invalid_type(found: &str, expected: &str) -> String {
    format!("fel typ: väntade {expected}, men här står {found}")
}

/// An integer out of its field's range: "talet -1 går inte: väntade ett heltal från 0 till 65 535".
pub(crate) fn out_of_range(found: &str, range: &str) -> String {
    format!("{found} går inte: väntade {range}")
}

/// A list where an object with named fields was expected (serde reads an object's fields from a list by
/// position, and a list too short for them is refused with this).
pub(crate) const LIST_FOR_OBJECT: &str = "fel typ: väntade ett objekt (inom { }), men här står en lista";

/// The value found, in Swedish words.
pub(crate) fn found_words(found: Found<'_>) -> String {
    match found {
        Found::Unsigned(n) => format!("talet {n}"),
        Found::Signed(n) => format!("talet {n}"),
        Found::Float(x) => format!("decimaltalet {}", number(&float_text(x))),
        Found::Bool(b) => format!("{b} (sant eller falskt)"),
        Found::Str(s) => format!("texten {}", quote(&escaped_inner(s))),
        Found::Null => "null (inget värde)".to_owned(),
        Found::List => "en lista (inom [ ])".to_owned(),
        Found::Object => "ett objekt (inom { })".to_owned(),
    }
}

/// A float as serde_json writes it (its float formatter): the shortest digits that read back as the same
/// number, in plain notation from 10⁻⁵ to below 10¹⁶ ("0.00001", "1500.0"), else with an exponent
/// ("1.8446744073709552e+19", "1e-7").
pub(crate) fn float_text(x: f64) -> String {
    if !x.is_finite() {
        return x.to_string();
    }
    // `{:e}` gives the shortest digits too: "1.8446744073709552e19", "-5e-7", "0e0".
    let exp_form = format!("{:e}", x.abs());
    let (mantissa, exponent) = exp_form.split_once('e').unwrap_or((&exp_form, "0"));
    let exponent: i32 = exponent.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0.0");
    }
    let n = digits.len() as i32;
    let text = if (-5..=15).contains(&exponent) {
        if n - 1 <= exponent {
            format!("{digits}{}.0", "0".repeat((exponent + 1 - n) as usize))
        } else if exponent >= 0 {
            let (whole, fraction) = digits.split_at(exponent as usize + 1);
            format!("{whole}.{fraction}")
        } else {
            format!("0.{}{digits}", "0".repeat((-exponent - 1) as usize))
        }
    } else {
        let (first, rest) = digits.split_at(1);
        let point = if rest.is_empty() { String::new() } else { format!(".{rest}") };
        let exp_sign = if exponent >= 0 { '+' } else { '-' };
        format!("{first}{point}e{exp_sign}{}", exponent.unsigned_abs())
    };
    format!("{sign}{text}")
}

/// A string's text with Rust's debug escapes and without its quotes, as serde's messages showed it.
fn escaped_inner(s: &str) -> String {
    let debug = format!("{s:?}");
    debug.strip_prefix('"').and_then(|r| r.strip_suffix('"')).unwrap_or(&debug).to_owned()
}

/// A string found where another type was expected. serde's message put the string inside an English sentence
/// that was later split at its first ", expected "; a string that itself holds ", expected " was split there,
/// and this keeps that wording so the two paths agree on every input.
pub(crate) fn invalid_type_str(s: &str, expected: &str) -> String {
    let debug = format!("{s:?}");
    match debug.find(", expected ") {
        None => invalid_type(&found_words(Found::Str(s)), expected),
        Some(at) => {
            let head = &debug[..at];
            let inner = head.strip_prefix('"').and_then(|r| r.strip_suffix('"')).unwrap_or(head);
            let tail = &debug[at + ", expected ".len()..];
            let expected = if tail.starts_with("struct ") || tail.starts_with("tuple struct ") {
                self::expected::OBJECT
            } else if tail.starts_with("enum ") {
                "ett av de tillåtna värdena"
            } else {
                "ett värde av annat slag"
            };
            invalid_type(&format!("texten {}", quote(inner)), expected)
        }
    }
}

fn quoted_list(names: &[&str]) -> String {
    names.iter().map(|v| quote(v)).collect::<Vec<_>>().join(", ")
}

/// A piece of the file in quotation marks, shortened to [`MAX_QUOTE_CHARS`] with "…".
pub(crate) fn quote(text: &str) -> String {
    format!("\"{}\"", shorten(text, MAX_QUOTE_CHARS))
}

/// Longest piece of the file a content rule's message shows whole, in characters: every real id and address
/// fits (the longest id in the shipped datasets has 44 characters); a longer text is described by its length.
pub(crate) const MAX_WHOLE_CHARS: usize = 500;

/// A piece of the file (an id, an address) in quotation marks, whole — never cut with "…", so an editor can
/// search the file for it or copy a suggested fix; a text longer than [`MAX_WHOLE_CHARS`] is described by its
/// length instead, so a hostile file still gets a short message.
pub(crate) fn quote_whole(text: &str) -> String {
    let chars = text.chars().count();
    if chars > MAX_WHOLE_CHARS {
        format!("(en text på {chars} tecken)")
    } else {
        format!("\"{}\"", escaped_inner(text))
    }
}

/// ` (id)` after a JSON path's position, naming the item by its whole id (`promises[3] (2019-polisen-trafik)`);
/// nothing for an id longer than [`MAX_WHOLE_CHARS`], where the position alone says which item it is.
pub(crate) fn id_in_path(id: &str) -> String {
    if id.chars().count() > MAX_WHOLE_CHARS {
        String::new()
    } else {
        format!(" ({id})")
    }
}

/// `text` cut to at most `max` characters, with "…" when something was cut.
pub(crate) fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

/// A number's text, kept only if it looks like one (so no other text is echoed), shortened.
pub(crate) fn number(text: &str) -> String {
    let inner = text.trim_matches(|c| c == '`' || c == ' ');
    if !inner.is_empty() && inner.chars().all(|c| c.is_ascii_digit() || "-+.eE".contains(c)) {
        shorten(inner, MAX_QUOTE_CHARS)
    } else {
        "?".to_owned()
    }
}
