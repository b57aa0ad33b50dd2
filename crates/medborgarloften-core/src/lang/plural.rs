//! Counted words: the CLDR plural categories, each language's rule for choosing one, and the forms of a counted
//! phrase ("1 löfte", "5 löften"; Arabic has six).
//!
//! Written here rather than taken from `intl_pluralrules`: the page needs the integer rules of its three
//! languages, a handful of comparisons, while that crate carries every CLDR locale's rules and a language-tag
//! parser into both wasm modules (see `docs/i18n.md` for the measured sizes). The rules are CLDR's, for whole
//! numbers (the page counts promises, districts and days, never fractions).
//!
//! Language layer: may use `text`; must not import any higher layer.

/// A CLDR plural category.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    /// Arabic 0.
    Zero,
    /// 1.
    One,
    /// Arabic 2.
    Two,
    /// Arabic 3–10 (and 103–110, …).
    Few,
    /// Arabic 11–99 (and 111–199, …).
    Many,
    /// Everything else.
    Other,
}

/// CLDR's rule for Swedish and English whole numbers: "one" for 1, else "other".
pub const fn one_other(n: u64) -> Plural {
    if n == 1 {
        Plural::One
    } else {
        Plural::Other
    }
}

/// CLDR's rule for Arabic whole numbers: zero, one, two, few (n % 100 in 3..=10), many (n % 100 in 11..=99), other.
pub const fn arabic(n: u64) -> Plural {
    match (n, n % 100) {
        (0, _) => Plural::Zero,
        (1, _) => Plural::One,
        (2, _) => Plural::Two,
        (_, 3..=10) => Plural::Few,
        (_, 11..=99) => Plural::Many,
        _ => Plural::Other,
    }
}

/// The forms of a counted phrase, each with `{n}` where the number goes. A language fills the categories its rule
/// gives; the others fall back to `other`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Forms {
    /// For [`Plural::Zero`].
    pub zero: Option<&'static str>,
    /// For [`Plural::One`].
    pub one: Option<&'static str>,
    /// For [`Plural::Two`].
    pub two: Option<&'static str>,
    /// For [`Plural::Few`].
    pub few: Option<&'static str>,
    /// For [`Plural::Many`].
    pub many: Option<&'static str>,
    /// For [`Plural::Other`], and every category without its own form.
    pub other: &'static str,
}

impl Forms {
    /// A phrase with a singular and a plural, as Swedish and English have.
    pub const fn two(one: &'static str, other: &'static str) -> Self {
        Self { zero: None, one: Some(one), two: None, few: None, many: None, other }
    }

    /// The form for `category`.
    pub const fn form(&self, category: Plural) -> &'static str {
        let own = match category {
            Plural::Zero => self.zero,
            Plural::One => self.one,
            Plural::Two => self.two,
            Plural::Few => self.few,
            Plural::Many => self.many,
            Plural::Other => None,
        };
        match own {
            Some(form) => form,
            None => self.other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swedish_and_english_have_one_for_one_only() {
        assert_eq!(one_other(1), Plural::One);
        for n in [0, 2, 5, 11, 21, 101] {
            assert_eq!(one_other(n), Plural::Other, "{n}");
        }
    }

    #[test]
    fn arabic_follows_cldr() {
        let cases = [
            (0, Plural::Zero),
            (1, Plural::One),
            (2, Plural::Two),
            (3, Plural::Few),
            (10, Plural::Few),
            (11, Plural::Many),
            (99, Plural::Many),
            (100, Plural::Other),
            (101, Plural::Other),
            (102, Plural::Other),
            (103, Plural::Few),
            (111, Plural::Many),
            (1000, Plural::Other),
        ];
        for (n, category) in cases {
            assert_eq!(arabic(n), category, "{n}");
        }
    }

    #[test]
    fn a_missing_form_falls_back_to_other() {
        let forms = Forms::two("{n} löfte", "{n} löften");
        assert_eq!(forms.form(Plural::One), "{n} löfte");
        assert_eq!(forms.form(Plural::Few), "{n} löften");
    }
}
