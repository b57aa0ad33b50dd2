//! What a card says after "Dela länk" copied its link (where the system has no share sheet), in the page's language.
//!
//! Pure core: no UI dependency.
//!
//! Page layer: of the crate uses only `lang`; must not import `export`.

use crate::lang::{fill, Language, SWEDISH};

/// "Länken är kopierad." when the copy worked; else the link itself, for the reader to copy by hand.
pub fn copied_text(copied: bool, link: &str) -> String {
    copied_text_in(copied, link, SWEDISH)
}

/// [`copied_text`] in `lang`.
pub fn copied_text_in(copied: bool, link: &str, lang: &Language) -> String {
    if copied {
        lang.words.notice.copied.to_string()
    } else {
        fill(lang.words.notice.copy_by_hand, &[("link", link)])
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
