//! What a card says after "Dela länk" copied its link (where the system has no share sheet), in Swedish.
//!
//! Pure core: no UI dependency.
//!
//! Page layer: imports no other module of the crate; must not import `export`.

/// "Länken är kopierad." when the copy worked; else the link itself, for the reader to copy by hand.
pub fn copied_text(copied: bool, link: &str) -> String {
    if copied {
        "Länken är kopierad.".to_string()
    } else {
        format!("Kopiera länken: {link}")
    }
}

#[cfg(test)]
mod tests {
    use super::copied_text;

    #[test]
    fn says_it_worked_or_gives_the_link() {
        assert_eq!(copied_text(true, "https://x.se/?lofte=a"), "Länken är kopierad.");
        assert_eq!(copied_text(false, "https://x.se/?lofte=a"), "Kopiera länken: https://x.se/?lofte=a");
    }
}
