//! Text for an XML 1.0 document: escaped, and without the characters XML 1.0 forbids (most C0 controls,
//! U+FFFE, U+FFFF), which would make the whole feed unreadable to a strict parser.
//!
//! Pure core.

/// True for a character XML 1.0 allows in a document (Char production). Rust strings hold no surrogates.
fn allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{FFFE}' && c != '\u{FFFF}')
}

/// `text` for an element or a double-quoted attribute: `& < > "` escaped, forbidden characters dropped. With
/// `>` always escaped, dataset text can never close a CDATA section or a comment, because the feed uses neither.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().filter(|&c| allowed(c)) {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            // A bare carriage return would be read as a line break and normalised away.
            '\r' => out.push_str("&#13;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_escaped_and_forbidden_characters_dropped() {
        assert_eq!(escape("<script>alert(\"x\")</script>"), "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
        assert_eq!(escape("A & B ]]> C"), "A &amp; B ]]&gt; C");
        assert_eq!(escape("a\u{0}b\u{1B}c\u{FFFE}d\u{FFFF}e"), "abcde");
        assert_eq!(escape("rad\tett\nrad\rtvå"), "rad\tett\nrad&#13;två");
        assert_eq!(escape("Ängsbacken 🚓"), "Ängsbacken 🚓");
    }
}
