//! The one list of the Swedish choice words (`dataset::choices`, the statuses' in `Status::CHOICES`): every status
//! round-trips through the word an editor writes, everything a drop-down list offers reads back as its own value,
//! and no word names two values.

use std::collections::HashMap;

use medborgarloften_core::dataset::choices::{
    yes_no_word, PRECISIONS, PRECISION_WORDS, REPORT_KINDS, REPORT_KIND_WORDS, STATUSES, STATUS_WORDS, TARGET_KINDS,
    TARGET_KIND_WORDS, YES_NO, YES_NO_WORDS,
};
use medborgarloften_core::text::choice::{plain, read, word_of, Choice};
use medborgarloften_core::Status;

#[test]
fn every_status_round_trips_through_its_editor_word() {
    for status in Status::REPORTED {
        let word = status.editor_name();
        assert_eq!(Status::from_editor_words(word), Some(status), "{word}");
        assert_eq!(Status::from_editor_words(&word.to_uppercase()), Some(status), "{word} in capitals");
        assert_eq!(Status::from_editor_words(&plain(word)), Some(status), "{word} without å, ä and ö");
        assert_eq!(Status::from_editor_words(&word.replace(' ', "-")), Some(status), "{word} with hyphens");
        assert_eq!(Status::from_editor_words(status.id()), Some(status), "the old id {}", status.id());
        assert_eq!(word_of(&STATUSES, status), Some(word), "the workbook writes the same word");
    }
    assert_eq!(Status::REPORTED.to_vec(), Status::ALL[1..].to_vec(), "every status a follow-up can have");
    assert_eq!(Status::from_editor_words(Status::NotFollowedUp.editor_name()), None, "no follow-up says that");
    assert_eq!(Status::from_editor_words(Status::NotFollowedUp.id()), None);
}

#[test]
fn the_words_written_are_the_pages_own() {
    for status in Status::REPORTED.into_iter().filter(|s| *s != Status::Reported) {
        assert_eq!(status.editor_name(), status.label().to_lowercase(), "{status:?}");
    }
    assert_eq!(STATUS_WORDS, ["rapporterad", "pågår", "försenat", "genomfört", "delvis genomfört", "ej genomfört"]);
}

#[test]
fn the_synonyms_an_editor_may_write_read_as_their_status() {
    for (written, status) in [
        ("försenad", Status::Delayed),
        ("Uppnått", Status::Done),
        ("påbörjad", Status::InProgress),
        ("inte uppnådd", Status::NotDone),
        ("delvis", Status::PartlyDone),
        ("utan bedömning", Status::Reported),
    ] {
        assert_eq!(Status::from_editor_words(written), Some(status), "{written}");
    }
    // "klar" could be the report rather than the promise: it is refused, with the words to choose from.
    for refused in ["klar", "klart", "ej-uppfoljt", ""] {
        assert_eq!(Status::from_editor_words(refused), None, "{refused}");
    }
}

/// Every word of a drop-down list reads back as the value in the same place of its list of choices.
fn offered_words_read_back<T: Copy + PartialEq + std::fmt::Debug, const N: usize>(
    offered: [&str; N],
    choices: &[Choice<T>; N],
) {
    for (word, choice) in offered.into_iter().zip(choices) {
        assert_eq!(read(choices, word), Some(choice.value), "{word}");
        assert_eq!(word_of(choices, choice.value), Some(word), "{word}");
    }
}

#[test]
fn everything_a_drop_down_list_offers_is_read_back_as_its_value() {
    offered_words_read_back(STATUS_WORDS, &STATUSES);
    offered_words_read_back(PRECISION_WORDS, &PRECISIONS);
    offered_words_read_back(REPORT_KIND_WORDS, &REPORT_KINDS);
    offered_words_read_back(TARGET_KIND_WORDS, &TARGET_KINDS);
    offered_words_read_back(YES_NO_WORDS, &YES_NO);
    for word in STATUS_WORDS {
        assert!(Status::from_editor_words(word).is_some(), "the CLI reads the workbook's {word}");
    }
    assert_eq!((yes_no_word(true), yes_no_word(false)), ("ja", "nej"));
}

/// No two values of a list share a word, once case, å/ä/ö and hyphens are set aside.
fn each_word_names_one_value<T: Copy + PartialEq + std::fmt::Debug>(choices: &[Choice<T>]) {
    let mut seen: HashMap<String, T> = HashMap::new();
    for choice in choices {
        for word in choice.every_word() {
            if let Some(other) = seen.insert(plain(word), choice.value) {
                assert_eq!(other, choice.value, "{word} names both {other:?} and {:?}", choice.value);
            }
            assert_eq!(read(choices, word), Some(choice.value), "{word}");
        }
    }
}

#[test]
fn no_word_names_two_values() {
    each_word_names_one_value(&STATUSES);
    each_word_names_one_value(&PRECISIONS);
    each_word_names_one_value(&REPORT_KINDS);
    each_word_names_one_value(&TARGET_KINDS);
    each_word_names_one_value(&YES_NO);
}
