//! Which texts of each record may be translated ([`Translatable`]), and the accessors the page reads them through
//! in a reader's language: `promise.title_in(language)` gives the English title when the dataset has one, else the
//! Swedish ([`Localized`] says which). Every accessor is the one helper [`Translations::pick`] over one field.
//!
//! Dataset layer (`model`): uses `translation` and the `lang` layer below; must not import `parse` or `v1`, nor
//! `geo`, `page` or `export`.

use super::translation::{Localized, Text, Translatable, Translations};
use super::{District, FollowupEntry, FollowupPlan, Goal, Group, Party, Period, Promise, SubPromises, Theme};
use crate::lang::Language;

fn one(text: &str) -> Option<Text<'_>> {
    Some(Text::One(text))
}

fn maybe(text: &Option<String>) -> Option<Text<'_>> {
    text.as_deref().map(Text::One)
}

impl Translatable for Period {
    const TEXTS: &'static [&'static str] = &["title", "intro", "lead"];

    fn translations(&self) -> &Translations<Self> {
        &self.translations
    }

    fn swedish(&self, field: &str) -> Option<Text<'_>> {
        match field {
            "title" => one(&self.title),
            "intro" => one(&self.intro),
            "lead" => maybe(&self.lead),
            _ => None,
        }
    }
}

impl Period {
    /// The heading in `language`.
    pub fn title_in(&self, language: &Language) -> Localized<'_> {
        self.translations.pick(language, "title", &self.title)
    }

    /// The introductory promise in `language`.
    pub fn intro_in(&self, language: &Language) -> Localized<'_> {
        self.translations.pick(language, "intro", &self.intro)
    }

    /// The sentence before the list of promises in `language`, as written (see [`Period::lead_text`] for the
    /// colon), when the period has one.
    pub fn lead_in(&self, language: &Language) -> Option<Localized<'_>> {
        Some(self.translations.pick(language, "lead", self.lead.as_deref()?))
    }
}

impl Translatable for Goal {
    const TEXTS: &'static [&'static str] = &["heading", "text"];

    fn translations(&self) -> &Translations<Self> {
        &self.translations
    }

    fn swedish(&self, field: &str) -> Option<Text<'_>> {
        match field {
            "heading" => one(&self.heading),
            "text" => one(&self.text),
            _ => None,
        }
    }
}

impl Goal {
    /// The heading in `language`.
    pub fn heading_in(&self, language: &Language) -> Localized<'_> {
        self.translations.pick(language, "heading", &self.heading)
    }

    /// The goal in `language`.
    pub fn text_in(&self, language: &Language) -> Localized<'_> {
        self.translations.pick(language, "text", &self.text)
    }
}

impl Translatable for FollowupPlan {
    const TEXTS: &'static [&'static str] = &["heading", "text"];

    fn translations(&self) -> &Translations<Self> {
        &self.translations
    }

    fn swedish(&self, field: &str) -> Option<Text<'_>> {
        match field {
            "heading" => one(&self.heading),
            "text" => maybe(&self.text),
            _ => None,
        }
    }
}

impl FollowupPlan {
    /// The heading in `language`.
    pub fn heading_in(&self, language: &Language) -> Localized<'_> {
        self.translations.pick(language, "heading", &self.heading)
    }

    /// The plan in `language`, when published.
    pub fn text_in(&self, language: &Language) -> Option<Localized<'_>> {
        Some(self.translations.pick(language, "text", self.text.as_deref()?))
    }
}

impl Translatable for Group {
    const TEXTS: &'static [&'static str] = &["heading", "intro"];

    fn translations(&self) -> &Translations<Self> {
        &self.translations
    }

    fn swedish(&self, field: &str) -> Option<Text<'_>> {
        match field {
            "heading" => one(&self.heading),
            "intro" => maybe(&self.intro),
            _ => None,
        }
    }
}

impl Group {
    /// The heading in `language`.
    pub fn heading_in(&self, language: &Language) -> Localized<'_> {
        self.translations.pick(language, "heading", &self.heading)
    }

    /// The text under the heading in `language`, when there is one.
    pub fn intro_in(&self, language: &Language) -> Option<Localized<'_>> {
        Some(self.translations.pick(language, "intro", self.intro.as_deref()?))
    }
}

impl Translatable for Promise {
    const TEXTS: &'static [&'static str] = &["title", "text"];

    fn translations(&self) -> &Translations<Self> {
        &self.translations
    }

    fn swedish(&self, field: &str) -> Option<Text<'_>> {
        match field {
            "title" => one(&self.title),
            "text" => one(&self.text),
            _ => None,
        }
    }
}

impl Promise {
    /// The title in `language`.
    pub fn title_in(&self, language: &Language) -> Localized<'_> {
        self.translations.pick(language, "title", &self.title)
    }

    /// The promise's text in `language`.
    pub fn text_in(&self, language: &Language) -> Localized<'_> {
        self.translations.pick(language, "text", &self.text)
    }
}

impl Translatable for SubPromises {
    const TEXTS: &'static [&'static str] = &["lead", "items"];
    const LISTS: &'static [&'static str] = &["items"];

    fn translations(&self) -> &Translations<Self> {
        &self.translations
    }

    fn swedish(&self, field: &str) -> Option<Text<'_>> {
        match field {
            "lead" => one(&self.lead),
            "items" => Some(Text::List(&self.items)),
            _ => None,
        }
    }
}

impl SubPromises {
    /// The sentence before the list in `language`.
    pub fn lead_in(&self, language: &Language) -> Localized<'_> {
        self.translations.pick(language, "lead", &self.lead)
    }

    /// Each supporting promise in `language`, in order; each falls back to Swedish on its own.
    pub fn items_in(&self, language: &Language) -> Vec<Localized<'_>> {
        let items = self.items.iter().enumerate();
        items.map(|(i, item)| self.translations.pick_item(language, "items", i, item)).collect()
    }
}

impl Translatable for FollowupEntry {
    const TEXTS: &'static [&'static str] = &["note"];

    fn translations(&self) -> &Translations<Self> {
        &self.translations
    }

    fn swedish(&self, field: &str) -> Option<Text<'_>> {
        match field {
            "note" => maybe(&self.note),
            _ => None,
        }
    }
}

impl FollowupEntry {
    /// What the report said in `language`, when the entry has a note.
    pub fn note_in(&self, language: &Language) -> Option<Localized<'_>> {
        Some(self.translations.pick(language, "note", self.note.as_deref()?))
    }
}

impl Translatable for Party {
    const TEXTS: &'static [&'static str] = &["name", "short", "in_sentence"];

    fn translations(&self) -> &Translations<Self> {
        &self.translations
    }

    fn swedish(&self, field: &str) -> Option<Text<'_>> {
        match field {
            "name" => one(&self.name),
            "short" => one(&self.short),
            "in_sentence" => maybe(&self.in_sentence),
            _ => None,
        }
    }
}

impl Party {
    /// The full name in `language`.
    pub fn name_in(&self, language: &Language) -> Localized<'_> {
        self.translations.pick(language, "name", &self.name)
    }

    /// The short name in `language`.
    pub fn short_in(&self, language: &Language) -> Localized<'_> {
        self.translations.pick(language, "short", &self.short)
    }

    /// The short name as written inside a sentence in `language`: its translation, else the translated short
    /// name, else the Swedish form inside a sentence, else the Swedish short name.
    pub fn in_sentence_in(&self, language: &Language) -> Localized<'_> {
        let swedish = self.in_sentence.as_deref().unwrap_or(&self.short);
        match self.translations.pick(language, "in_sentence", swedish) {
            translated @ Localized { translated: true, .. } => translated,
            untranslated => match self.short_in(language) {
                short @ Localized { translated: true, .. } => short,
                _ => untranslated,
            },
        }
    }
}

impl Translatable for Theme {
    const TEXTS: &'static [&'static str] = &["name"];

    fn translations(&self) -> &Translations<Self> {
        &self.translations
    }

    fn swedish(&self, field: &str) -> Option<Text<'_>> {
        match field {
            "name" => one(&self.name),
            _ => None,
        }
    }
}

impl Theme {
    /// The name in `language`.
    pub fn name_in(&self, language: &Language) -> Localized<'_> {
        self.translations.pick(language, "name", &self.name)
    }
}

impl Translatable for District {
    const TEXTS: &'static [&'static str] = &["name"];

    fn translations(&self) -> &Translations<Self> {
        &self.translations
    }

    fn swedish(&self, field: &str) -> Option<Text<'_>> {
        match field {
            "name" => one(&self.name),
            _ => None,
        }
    }
}

impl District {
    /// The name in `language`.
    pub fn name_in(&self, language: &Language) -> Localized<'_> {
        self.translations.pick(language, "name", &self.name)
    }
}
