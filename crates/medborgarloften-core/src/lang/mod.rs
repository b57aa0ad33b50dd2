//! Language layer: the languages the app writes in, and every word it writes in each. A [`Language`] is one file
//! (`sv.rs`, `en.rs`, `ar.rs`) holding its code, its own name, its direction, its plural rule and its [`Words`];
//! adding a language is one such file and one line in [`LANGUAGES`].
//!
//! Swedish is the default and the dataset's own language; the others live under a path prefix at the site's root
//! (`en/`, `ar/`).
//!
//! May use `text`; must not import any higher layer.

mod ar;
mod en;
pub mod fill;
pub mod plural;
mod sv;
mod words;

pub use fill::fill;
pub use plural::{Forms, Plural};
pub use words::{
    AppWords, CardWords, ErrorWords, LocateWords, MapWords, NoticeWords, PageWords, ReportWords, SiteWords, Words,
};

/// Which way a language is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic).
    Rtl,
}

impl Dir {
    /// The value of the `dir` attribute: "ltr" or "rtl".
    pub const fn attr(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }
}

/// One language of the app.
#[derive(Debug)]
pub struct Language {
    /// The BCP 47 code, as in `<html lang>` and the path prefix: "sv", "en", "ar".
    pub code: &'static str,
    /// The language's name in itself, as the language switch shows it: "Svenska", "English", "العربية".
    pub name: &'static str,
    /// Which way it is written.
    pub dir: Dir,
    /// CLDR's plural rule for whole numbers.
    pub plural: fn(u64) -> Plural,
    /// Everything the app writes, in this language.
    pub words: Words,
}

/// The app's languages, the default (Swedish) first. The order is the language switch's.
pub const LANGUAGES: [&Language; 3] = [&sv::SWEDISH, &en::ENGLISH, &ar::ARABIC];

/// Swedish: the default language, and the language of every dataset's own text.
pub const SWEDISH: &Language = &sv::SWEDISH;

impl Language {
    /// The language with `code` ("en"), ignoring case and a region ("en-GB"); `None` for a language the app does
    /// not write.
    pub fn by_code(code: &str) -> Option<&'static Language> {
        let base = code.split(['-', '_']).next().unwrap_or_default();
        LANGUAGES.into_iter().find(|l| l.code.eq_ignore_ascii_case(base))
    }

    /// Whether this is the default language, which has no path prefix.
    pub fn is_default(&self) -> bool {
        std::ptr::eq(self, SWEDISH) || self.code == SWEDISH.code
    }

    /// The path prefix of this language's pages at the site's root: "" for Swedish, "en/" for English.
    pub fn prefix(&self) -> String {
        if self.is_default() {
            String::new()
        } else {
            format!("{}/", self.code)
        }
    }

    /// The `lang` a text kept in Swedish (a dataset's text that has no translation) is marked with on this
    /// language's page: "sv", or none on the Swedish page.
    pub fn swedish_text_lang(&self) -> Option<&'static str> {
        (!self.is_default()).then_some(SWEDISH.code)
    }

    /// The `dir` such a text is marked with: "ltr" on a page written right to left, where its punctuation would
    /// otherwise land at the wrong end.
    pub fn swedish_text_dir(&self) -> Option<&'static str> {
        (self.dir == Dir::Rtl).then_some(Dir::Ltr.attr())
    }

    /// The `dir` of a text marked `lang` (from [`Self::swedish_text_lang`] or a translation's mark): "ltr" for a
    /// Swedish text on a page written right to left, else none.
    pub fn dir_of(&self, lang: Option<&str>) -> Option<&'static str> {
        lang.and(self.swedish_text_dir())
    }

    /// The category of `n` under this language's plural rule.
    pub fn plural_of(&self, n: u64) -> Plural {
        (self.plural)(n)
    }

    /// `forms` for `n`, with the number filled in: "5 löften".
    pub fn count(&self, forms: &Forms, n: usize) -> String {
        let n64 = u64::try_from(n).unwrap_or(u64::MAX);
        fill(forms.form(self.plural_of(n64)), &[("n", &n.to_string())])
    }

    /// Alternatives in a sentence: "Skiftinge", "Skiftinge eller Lagersberg", "A, B eller C".
    pub fn either(&self, names: &[&str]) -> String {
        match names {
            [] => String::new(),
            [one] => (*one).to_owned(),
            [rest @ .., last] => {
                fill(self.words.or_last, &[("rest", &rest.join(self.words.list_comma)), ("last", last)])
            }
        }
    }
}

/// The language of a page path at the site's root ("/en/", "/ar/eskilstuna/", "/"), by its first segment; Swedish
/// when the path has no language prefix.
pub fn of_path(path: &str) -> &'static Language {
    let first = path.trim_start_matches('/').split('/').next().unwrap_or_default();
    LANGUAGES.into_iter().find(|l| !l.is_default() && l.code == first).unwrap_or(SWEDISH)
}

/// The address of `target`'s version of a page, relative to `current`'s version of it, where `rest` is the page's
/// folder below the language prefix ("" for a one-kommun site's page, "ale/" for a kommun's on a site for many):
/// from Swedish to English "en/", from English to Swedish "../", from English to Arabic "../ar/", from a kommun's
/// English page to its Swedish one "../../ale/". A page's own language is "./".
pub fn link_to(current: &Language, target: &Language, rest: &str) -> String {
    if current.code == target.code {
        return "./".to_string();
    }
    let depth = rest.split('/').filter(|s| !s.is_empty()).count() + usize::from(!current.is_default());
    let down = format!("{}{rest}", target.prefix());
    let path = format!("{}{down}", "../".repeat(depth));
    if path.is_empty() {
        "./".to_string()
    } else {
        path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_found_whatever_the_region_or_case() {
        assert_eq!(Language::by_code("en-GB").map(|l| l.code), Some("en"));
        assert_eq!(Language::by_code("AR").map(|l| l.code), Some("ar"));
        assert_eq!(Language::by_code("sv_SE").map(|l| l.code), Some("sv"));
        assert!(Language::by_code("so").is_none());
    }

    #[test]
    fn only_the_other_languages_have_a_prefix() {
        assert_eq!(SWEDISH.prefix(), "");
        assert_eq!(of_path("/en/").prefix(), "en/");
        assert_eq!(of_path("/ar/eskilstuna/").code, "ar");
        assert_eq!(of_path("/eskilstuna/").code, "sv");
        assert_eq!(of_path("/english/").code, "sv");
    }

    #[test]
    fn a_page_links_to_its_other_languages_relative_to_itself() {
        let (sv, en, ar) = (SWEDISH, of_path("/en/"), of_path("/ar/"));
        assert_eq!(link_to(sv, en, ""), "en/");
        assert_eq!(link_to(en, sv, ""), "../");
        assert_eq!(link_to(en, ar, ""), "../ar/");
        assert_eq!(link_to(sv, sv, ""), "./");
        assert_eq!(link_to(sv, ar, "ale/"), "../ar/ale/");
        assert_eq!(link_to(ar, sv, "ale/"), "../../ale/");
        assert_eq!(link_to(en, en, "ale/"), "./");
    }

    #[test]
    fn arabic_is_right_to_left_and_counts_in_six_forms() {
        let ar = of_path("/ar/");
        assert_eq!(ar.dir, Dir::Rtl);
        let forms: Vec<&str> =
            [0, 1, 2, 3, 11, 100].iter().map(|&n| ar.words.page.promises.form(ar.plural_of(n))).collect();
        let categories: std::collections::BTreeSet<String> =
            [0, 1, 2, 3, 11, 100].iter().map(|&n| format!("{:?}", ar.plural_of(n))).collect();
        assert_eq!(categories.len(), 6);
        assert_eq!(ar.count(&ar.words.page.promises, 2), "وعدين");
        assert_eq!(ar.count(&ar.words.page.promises, 11), "11 وعدًا");
        assert_ne!(forms[3], forms[4], "{forms:?}");
    }

    #[test]
    fn every_language_names_itself_and_its_months() {
        for language in LANGUAGES {
            assert!(!language.name.is_empty());
            assert!(language.words.months.iter().all(|m| !m.is_empty()), "{}", language.code);
        }
        assert_eq!(SWEDISH.either(&["A", "B", "C"]), "A, B eller C");
    }
}
