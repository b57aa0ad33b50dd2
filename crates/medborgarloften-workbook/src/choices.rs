//! The fixed choices of the workbook — a follow-up's status, a report's date precision and kind, a target's kind,
//! yes or no — are the core's one list of Swedish choice words (`medborgarloften_core::dataset::choices`): the word
//! the export writes and the drop-down list offers ("pågår", "delvis genomfört"), and the other words an editor may
//! type for the same thing ("försenad", "uppnått", the dataset's own ids such as `pagar`), read the same way in the
//! CLI. Here only what a cell says when its word is none of them.
//!
//! Pure: no I/O.

use medborgarloften_core::text::choice::{find, Choice};
use medborgarloften_core::text::suggest::nearest_id;

/// Why `text` is none of `choices`: the word most likely meant, and the words to choose from.
pub fn refusal<T>(choices: &[Choice<T>], text: &str) -> String {
    let offered: Vec<&str> = choices.iter().map(|choice| choice.word).collect();
    let all: Vec<&str> = choices.iter().flat_map(Choice::every_word).collect();
    let meant = nearest_id(text, &all).and_then(|word| find(choices, word));
    match meant {
        Some(choice) => format!("{text:?} går inte — menade du {:?}? Välj en av {}.", choice.word, offered.join(", ")),
        None => format!("{text:?} går inte; välj en av {}.", offered.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use medborgarloften_core::dataset::choices::{STATUSES, TARGET_KINDS};

    use super::*;

    #[test]
    fn a_near_word_is_named_by_its_choices_written_word() {
        assert_eq!(
            refusal(&STATUSES, "uppnåt"),
            "\"uppnåt\" går inte — menade du \"genomfört\"? Välj en av rapporterad, pågår, försenat, genomfört, \
             delvis genomfört, ej genomfört."
        );
        assert_eq!(refusal(&TARGET_KINDS, "ungefär"), "\"ungefär\" går inte; välj en av minst, exakt.");
    }
}
