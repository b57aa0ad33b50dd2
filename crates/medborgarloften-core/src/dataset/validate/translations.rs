//! The content rules of a dataset's translations: each in a language the app writes other than Swedish, of a field
//! that has a Swedish text, not blank, and a list as long as the Swedish one.
//!
//! Dataset layer (`validate`): may use `lang` (the languages a translation may be in).

use super::{key_in_path, quote, Problems};
use crate::dataset::model::{Text, Translatable, Translated};
use crate::lang::{LANGUAGES, SWEDISH};

impl Problems {
    /// The translations of `record` at `at`: each in a language the app writes other than Swedish, of a field
    /// that has a Swedish text, not blank, and a list as long as the Swedish one.
    pub(super) fn translations<O: Translatable>(&mut self, at: &str, record: &O) {
        for translation in &record.translations().languages {
            let code = &translation.language;
            let here = format!("{at}.translations{}", key_in_path(code));
            if let Some(message) = language_problem(code) {
                self.push(&here, message);
                continue;
            }
            for (field, value) in &translation.texts {
                let place = format!("{here}.{field}");
                match (record.swedish(field), value) {
                    (None, _) => self.push(
                        &place,
                        format!(
                            "{} översätter en text som inte finns på svenska; skriv först den svenska texten i {} \
                             eller ta bort översättningen",
                            quote(field),
                            quote(field)
                        ),
                    ),
                    (Some(Text::List(swedish)), Translated::List(items)) => {
                        if items.len() != swedish.len() {
                            self.push(
                                &place,
                                format!(
                                    "översättningen har {} punkter men den svenska listan {}; översätt varje punkt, i \
                                     samma ordning",
                                    items.len(),
                                    points(swedish.len())
                                ),
                            );
                        }
                        for (k, item) in items.iter().enumerate() {
                            self.text(&format!("{place}[{k}]"), item);
                        }
                    }
                    (_, Translated::One(text)) => self.text(&place, text),
                    (Some(Text::One(_)), Translated::List(_)) => {
                        self.push(&place, "översättningen ska vara en text, inte en lista".to_string())
                    }
                }
            }
        }
    }
}

/// Why `code` cannot be a translation's language: Swedish (the dataset's own), or a language the app does not
/// write; `None` for one it does.
fn language_problem(code: &str) -> Option<String> {
    let others: Vec<String> = LANGUAGES.iter().filter(|l| !l.is_default()).map(|l| quote(l.code)).collect();
    if others.is_empty() {
        return Some("appen skriver inga andra språk än svenska".to_string());
    }
    let allowed = SWEDISH.either(&others.iter().map(String::as_str).collect::<Vec<_>>());
    if LANGUAGES.iter().any(|l| !l.is_default() && l.code == code) {
        None
    } else if LANGUAGES.iter().any(|l| l.is_default() && l.code == code) {
        Some(format!(
            "svenska är datamängdens eget språk och står i fälten själva; en översättning kan vara på {allowed}"
        ))
    } else {
        Some(format!("språket {} skriver appen inte; en översättning kan vara på {allowed}", quote(code)))
    }
}

/// "har 3 punkter", "har 1 punkt".
fn points(n: usize) -> String {
    if n == 1 {
        "har 1 punkt".to_string()
    } else {
        format!("har {n} punkter")
    }
}
