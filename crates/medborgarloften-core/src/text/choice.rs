//! A fixed choice as the words an editor writes for it: the one word that is written and offered ("pågår"), the
//! value it stands for, and other words read as the same ("påbörjad", the dataset's id `pagar`). Reading is
//! forgiving in the same way everywhere: case, å/ä/ö, hyphens, underscores and extra spaces do not count.
//!
//! The lists themselves are the dataset's (`dataset::status` for a follow-up's status, `dataset::choices` for the
//! others); this module only says how a list is read and written, for any value.
//!
//! Text layer: of the crate uses only [`super::fold`].

use super::fold::fold;

/// One choice: the word written and offered, the value it stands for, and other words read as the same.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice<T: 'static> {
    /// The word written for the value and offered in a list of choices, in lower case as the page's words are.
    pub word: &'static str,
    /// What the word means.
    pub value: T,
    /// Other words read as the same value (a synonym, another form of the word, the dataset's id where it differs).
    pub also: &'static [&'static str],
}

impl<T> Choice<T> {
    /// `word` for `value`, and `also` read as the same.
    pub const fn new(word: &'static str, value: T, also: &'static [&'static str]) -> Choice<T> {
        Choice { word, value, also }
    }

    /// True when `plain_text` (already [`plain`]) is this choice's word or one of its other words.
    fn is_named_by(&self, plain_text: &str) -> bool {
        plain(self.word) == plain_text || self.also.iter().any(|also| plain(also) == plain_text)
    }

    /// The word and then the other words, as written in the list.
    pub fn every_word(&self) -> impl Iterator<Item = &'static str> {
        std::iter::once(self.word).chain(self.also.iter().copied())
    }
}

/// A word as compared: lower case, no diacritics, `-` and `_` as spaces, single spaces, trimmed.
pub fn plain(text: &str) -> String {
    fold(text).replace(['-', '_'], " ").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The value `text` names among `choices`, by its word or one of the other words; `None` for anything else.
pub fn read<T: Copy>(choices: &[Choice<T>], text: &str) -> Option<T> {
    let text = plain(text);
    choices.iter().find(|choice| choice.is_named_by(&text)).map(|choice| choice.value)
}

/// The choice `text` names, as [`read`], with its word.
pub fn find<'a, T>(choices: &'a [Choice<T>], text: &str) -> Option<&'a Choice<T>> {
    let text = plain(text);
    choices.iter().find(|choice| choice.is_named_by(&text))
}

/// The word written for `value`; `None` when no choice has it.
pub fn word_of<T: Copy + PartialEq>(choices: &[Choice<T>], value: T) -> Option<&'static str> {
    choices.iter().find(|choice| choice.value == value).map(|choice| choice.word)
}

/// The words a list of choices offers, in order.
pub const fn words<T: Copy, const N: usize>(choices: &[Choice<T>; N]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = choices[i].word;
        i += 1;
    }
    out
}

/// The values of a list of choices, in order (at least one choice).
pub const fn values<T: Copy, const N: usize>(choices: &[Choice<T>; N]) -> [T; N] {
    let mut out = [choices[0].value; N];
    let mut i = 0;
    while i < N {
        out[i] = choices[i].value;
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SIZES: [Choice<u8>; 2] =
        [Choice::new("liten", 1, &["små"]), Choice::new("mellanstor", 2, &["mellan-stor", "medel"])];

    #[test]
    fn a_word_is_read_whatever_its_case_diacritics_hyphens_and_spaces() {
        for (text, value) in [("liten", 1), (" LITEN ", 1), ("sma", 1), ("Små", 1), ("mellan stor", 2), ("medel", 2)] {
            assert_eq!(read(&SIZES, text), Some(value), "{text}");
        }
        for text in ["", "stor", "lite", "liten!"] {
            assert_eq!(read(&SIZES, text), None, "{text}");
        }
    }

    #[test]
    fn the_written_word_is_the_first_and_reads_back() {
        assert_eq!(word_of(&SIZES, 2), Some("mellanstor"));
        assert_eq!(word_of(&SIZES, 3), None);
        assert_eq!(words(&SIZES), ["liten", "mellanstor"]);
        assert_eq!(values(&SIZES), [1, 2]);
        assert_eq!(find(&SIZES, "Medel").map(|c| c.word), Some("mellanstor"));
        assert_eq!(SIZES[1].every_word().collect::<Vec<_>>(), ["mellanstor", "mellan-stor", "medel"]);
    }
}
