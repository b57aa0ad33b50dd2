//! The fixed choices of the workbook — a follow-up's status, a report's date precision and kind, a target's kind,
//! yes or no — as Swedish words: the word the export writes and the drop-down list offers ("pågår", "delvis
//! genomfört"), and the other words an editor may type for the same thing ("försenad", "uppnått", the dataset's own
//! ids such as `pagar`). Reading ignores case, å/ä/ö and hyphens, so whatever the export writes reads back.
//!
//! Pure constants and lookups; no I/O.

use medborgarloften_core::dataset::model::{ReportKind, TargetKind};
use medborgarloften_core::dataset::month::DatePrecision;
use medborgarloften_core::text::fold::fold;
use medborgarloften_core::Status;

use crate::ids::nearest;

/// One choice: the word written and offered, the value it stands for, and other words read as the same.
#[derive(Clone, Copy, Debug)]
pub struct Choice<T: 'static> {
    /// The word the export writes and the drop-down list offers.
    pub word: &'static str,
    /// What it means in the dataset.
    pub value: T,
    /// Other words read as the same (the dataset's id among them where it differs).
    pub also: &'static [&'static str],
}

const fn choice<T>(word: &'static str, value: T, also: &'static [&'static str]) -> Choice<T> {
    Choice { word, value, also }
}

/// A follow-up's status. `ej-uppfoljt` is no choice: a follow-up is the opposite.
pub const STATUSES: [Choice<Status>; 6] = [
    choice("rapporterad", Status::Reported, &["rapporterat", "rapporterat utan bedömning"]),
    choice("pågår", Status::InProgress, &["pågående", "påbörjad", "påbörjat"]),
    choice("försenat", Status::Delayed, &["försenad", "försenade"]),
    choice("genomfört", Status::Done, &["genomförd", "genomförda", "uppnått", "uppnådd", "uppnådda"]),
    choice("delvis genomfört", Status::PartlyDone, &["delvis genomförd", "delvis uppnått", "delvis uppnådd"]),
    choice(
        "ej genomfört",
        Status::NotDone,
        &["ej genomförd", "inte genomfört", "inte genomförd", "ej uppnått", "inte uppnått", "ej uppnådd"],
    ),
];

/// How exact a planned report's date is.
pub const PRECISIONS: [Choice<DatePrecision>; 3] = [
    choice("dag", DatePrecision::Day, &["day"]),
    choice("månad", DatePrecision::Month, &["month"]),
    choice("år", DatePrecision::Year, &["year"]),
];

/// A planned report's kind.
pub const REPORT_KINDS: [Choice<ReportKind>; 2] = [
    choice("intern", ReportKind::Intern, &["internrapport", "delrapport"]),
    choice("slut", ReportKind::Slut, &["slutrapport"]),
];

/// A target's kind.
pub const TARGET_KINDS: [Choice<TargetKind>; 2] =
    [choice("minst", TargetKind::Minst, &[]), choice("exakt", TargetKind::Exakt, &["precis"])];

/// Yes or no (an empty cell is no).
pub const YES_NO: [Choice<bool>; 2] =
    [choice("ja", true, &["sant", "true", "1"]), choice("nej", false, &["falskt", "false", "0"])];

/// The words a drop-down list offers, in order.
pub const fn words<T: Copy, const N: usize>(choices: &[Choice<T>; N]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = choices[i].word;
        i += 1;
    }
    out
}

/// [`STATUSES`]' words.
pub const STATUS_WORDS: [&str; 6] = words(&STATUSES);
/// [`PRECISIONS`]' words.
pub const PRECISION_WORDS: [&str; 3] = words(&PRECISIONS);
/// [`REPORT_KINDS`]' words.
pub const REPORT_KIND_WORDS: [&str; 2] = words(&REPORT_KINDS);
/// [`TARGET_KINDS`]' words.
pub const TARGET_KIND_WORDS: [&str; 2] = words(&TARGET_KINDS);
/// [`YES_NO`]'s words.
pub const YES_NO_WORDS: [&str; 2] = words(&YES_NO);

/// A word as compared: lower case, no diacritics, hyphens and underscores as spaces, single spaces.
fn plain(word: &str) -> String {
    fold(word).replace(['-', '_'], " ").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The value `text` names among `choices`, by its word or one of the others.
pub fn read<T: Copy>(choices: &[Choice<T>], text: &str) -> Option<T> {
    let text = plain(text);
    choices
        .iter()
        .find(|choice| plain(choice.word) == text || choice.also.iter().any(|also| plain(also) == text))
        .map(|choice| choice.value)
}

/// The word written for `value`.
pub fn word_of<T: Copy + PartialEq>(choices: &[Choice<T>], value: T) -> &'static str {
    choices.iter().find(|choice| choice.value == value).map_or("", |choice| choice.word)
}

/// Why `text` is none of `choices`: the word most likely meant, and the words to choose from.
pub fn refusal<T: Copy>(choices: &[Choice<T>], text: &str) -> String {
    let offered: Vec<&str> = choices.iter().map(|choice| choice.word).collect();
    let all: Vec<&str> =
        choices.iter().flat_map(|choice| std::iter::once(choice.word).chain(choice.also.iter().copied())).collect();
    let meant = nearest(text, &all).and_then(|word| choices.iter().find(|c| c.word == word || c.also.contains(&word)));
    match meant {
        Some(choice) => format!("{text:?} går inte — menade du {:?}? Välj en av {}.", choice.word, offered.join(", ")),
        None => format!("{text:?} går inte; välj en av {}.", offered.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_written_word_reads_back_as_its_value() {
        for choice in STATUSES {
            assert_eq!(read(&STATUSES, choice.word), Some(choice.value), "{}", choice.word);
            assert_eq!(word_of(&STATUSES, choice.value), choice.word);
        }
        for choice in PRECISIONS {
            assert_eq!(read(&PRECISIONS, choice.word), Some(choice.value), "{}", choice.word);
        }
        for choice in REPORT_KINDS {
            assert_eq!(read(&REPORT_KINDS, choice.word), Some(choice.value));
        }
        for choice in TARGET_KINDS {
            assert_eq!(read(&TARGET_KINDS, choice.word), Some(choice.value));
        }
        for choice in YES_NO {
            assert_eq!(read(&YES_NO, choice.word), Some(choice.value));
        }
    }

    #[test]
    fn the_datasets_own_ids_still_read() {
        for status in STATUSES.map(|c| c.value) {
            assert_eq!(read(&STATUSES, status.id()), Some(status), "{}", status.id());
        }
        assert_eq!(read(&PRECISIONS, "month"), Some(DatePrecision::Month));
    }
}
