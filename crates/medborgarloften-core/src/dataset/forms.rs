//! The forms a single value may take: an id (a slug), an SCB RegSO code, text that shows something. Used by the
//! content rules ([`super::validate`]) and by the address reader (`?lofte=` takes only a slug).
//!
//! Pure core: no UI dependency. Dataset layer.

/// True for ids made of a–z, 0–9 and single inner hyphens.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
}

/// True when `text` shows nothing: only white space, control characters and invisible format characters
/// (zero-width space and joiners, direction marks, word joiner, soft hyphen, byte order mark, variation selectors,
/// tag characters, Hangul fillers). `trim()` alone keeps those, so a title of them would look empty on the card.
pub fn is_blank(text: &str) -> bool {
    text.chars().all(|c| c.is_whitespace() || c.is_control() || is_invisible(c))
}

fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{115F}'
            | '\u{1160}'
            | '\u{17B4}'
            | '\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{FFF0}'..='\u{FFF8}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0000}'..='\u{E0FFF}'
    )
}

/// True for an SCB RegSO code: four digits, `R`, three digits.
pub fn is_regso_code(code: &str) -> bool {
    let bytes = code.as_bytes();
    bytes.len() == 8 && bytes[4] == b'R' && bytes.iter().enumerate().all(|(i, b)| i == 4 || b.is_ascii_digit())
}
