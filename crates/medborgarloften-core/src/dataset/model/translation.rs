//! Translations of a record's Swedish texts into the app's other languages, as a dataset may carry them on each
//! record a reader sees prose of: `"translations": { "en": { "title": "…", "text": "…" }, "ar": { … } }`, with the
//! field names of the Swedish fields they translate, any of them, in any of the languages ([`Translations`]). A
//! record names the fields that may be translated ([`Translatable`]), and reads a text in a language through one
//! helper ([`Translations::pick`]) that falls back to the Swedish text ([`Localized`]).
//!
//! Read with the crate's own reader: an unknown field name gets the usual "menade du …?" message, a field or a
//! language given twice is refused. Which language codes are allowed and whether a text is blank are content rules
//! (`validate`). Written back (serde `Serialize`) in the file's order; a record without translations writes none.
//!
//! Dataset layer (`model`): uses `decode`, `forms` and the `lang` layer below; must not import `parse` or `v1`,
//! nor `geo`, `page` or `export`.

use std::fmt;
use std::marker::PhantomData;

use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::dataset::decode::{map, Decode};
use crate::dataset::forms::is_blank;
use crate::json::message::{duplicate_field, unknown_field};
use crate::json::{JsonError, Reader, Result};
use crate::lang::Language;

/// A record whose Swedish texts may be translated: the names of those fields, and their Swedish values (for the
/// content rules, which check each translation against the text it translates).
pub trait Translatable: Sized {
    /// The fields a translation may give, as named in the file (`title`, `text`).
    const TEXTS: &'static [&'static str];
    /// Those of [`Self::TEXTS`] that are lists of texts (a sub-promise list's `items`); a translation gives the
    /// same number of texts, in the same order.
    const LISTS: &'static [&'static str] = &[];

    /// The record's translations.
    fn translations(&self) -> &Translations<Self>;

    /// The Swedish value of `field` (one of [`Self::TEXTS`]); `None` when the record has none.
    fn swedish(&self, field: &str) -> Option<Text<'_>>;
}

/// A Swedish text of a record, or a list of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Text<'a> {
    /// One text.
    One(&'a str),
    /// A list of texts (a sub-promise list's items).
    List(&'a [String]),
}

/// One translated value: a text, or a list of texts for a field that is a list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Translated {
    /// A text.
    One(String),
    /// A list of texts, one for each of the Swedish list's, in its order.
    List(Vec<String>),
}

/// One language's translations of a record's texts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Translation {
    /// The language's code as written in the file, e.g. `en`.
    pub language: String,
    /// Each translated field by its name, in the file's order.
    pub texts: Vec<(String, Translated)>,
}

/// The translations of one record of type `O`, by language in the file's order; empty when the record has none.
pub struct Translations<O> {
    /// Each language's translations.
    pub languages: Vec<Translation>,
    owner: PhantomData<fn() -> O>,
}

/// A text in a reader's language: the translation when the dataset has one, else the Swedish text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Localized<'a> {
    /// The text to show.
    pub text: &'a str,
    /// True when `text` is a translation; false when it is the Swedish text (then the page marks it `lang="sv"`).
    pub translated: bool,
}

impl<'a> Localized<'a> {
    /// The Swedish text, untranslated.
    pub fn swedish(text: &'a str) -> Self {
        Localized { text, translated: false }
    }

    /// The `lang` the page marks this text with: "sv" where a page in another language shows the Swedish text,
    /// else none (the page's own language).
    pub fn lang_on(&self, page: &crate::lang::Language) -> Option<&'static str> {
        (!self.translated && !page.is_default()).then_some(crate::lang::SWEDISH.code)
    }
}

impl<O> Translations<O> {
    /// No translations.
    pub fn new() -> Self {
        Translations { languages: Vec::new(), owner: PhantomData }
    }

    /// True when there are none (the file then writes no `translations`).
    pub fn is_empty(&self) -> bool {
        self.languages.is_empty()
    }

    /// The translated value of `field` in the language with `code`, when given.
    pub fn get(&self, code: &str, field: &str) -> Option<&Translated> {
        let language = self.languages.iter().find(|t| t.language == code)?;
        language.texts.iter().find(|(name, _)| name == field).map(|(_, value)| value)
    }

    /// Sets `field` in the language with `code` (added after those already there), replacing what it held.
    pub fn set(&mut self, code: &str, field: &str, value: Translated) {
        let index = match self.languages.iter().position(|t| t.language == code) {
            Some(index) => index,
            None => {
                self.languages.push(Translation { language: code.to_owned(), texts: Vec::new() });
                self.languages.len() - 1
            }
        };
        let texts = &mut self.languages[index].texts;
        match texts.iter_mut().find(|(name, _)| name == field) {
            Some((_, old)) => *old = value,
            None => texts.push((field.to_owned(), value)),
        }
    }

    /// `field` in `language`: its translation when there is one that is not blank, else `swedish`. The one helper
    /// behind every `…_in` accessor of the model.
    pub fn pick<'a>(&'a self, language: &Language, field: &str, swedish: &'a str) -> Localized<'a> {
        match self.get(language.code, field) {
            Some(Translated::One(text)) if !is_blank(text) => Localized { text, translated: true },
            _ => Localized::swedish(swedish),
        }
    }

    /// Item `index` of the list `field` in `language`: its translation when there is one that is not blank, else
    /// `swedish` (the Swedish item).
    pub fn pick_item<'a>(&'a self, language: &Language, field: &str, index: usize, swedish: &'a str) -> Localized<'a> {
        match self.get(language.code, field) {
            Some(Translated::List(items)) => match items.get(index) {
                Some(text) if !is_blank(text) => Localized { text, translated: true },
                _ => Localized::swedish(swedish),
            },
            _ => Localized::swedish(swedish),
        }
    }
}

impl<O> Default for Translations<O> {
    fn default() -> Self {
        Translations::new()
    }
}

impl<O> Clone for Translations<O> {
    fn clone(&self) -> Self {
        Translations { languages: self.languages.clone(), owner: PhantomData }
    }
}

impl<O> PartialEq for Translations<O> {
    fn eq(&self, other: &Self) -> bool {
        self.languages == other.languages
    }
}

impl<O> Eq for Translations<O> {}

impl<O> fmt::Debug for Translations<O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(&self.languages).finish()
    }
}

impl<O> Serialize for Translations<O> {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        let mut languages = serializer.serialize_map(Some(self.languages.len()))?;
        for translation in &self.languages {
            languages.serialize_entry(&translation.language, &Texts(&translation.texts))?;
        }
        languages.end()
    }
}

/// One language's texts written as an object of fields.
struct Texts<'a>(&'a [(String, Translated)]);

impl Serialize for Texts<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        let mut texts = serializer.serialize_map(Some(self.0.len()))?;
        for (field, value) in self.0 {
            match value {
                Translated::One(text) => texts.serialize_entry(field, text)?,
                Translated::List(items) => texts.serialize_entry(field, items)?,
            }
        }
        texts.end()
    }
}

impl<O: Translatable> Decode for Translations<O> {
    /// An object of languages, each an object of the record's text fields ([`Translatable::TEXTS`]); a field the
    /// record does not have is refused as an unknown field, a language or field given twice as a duplicate.
    fn decode(r: &mut Reader<'_>) -> Result<Self> {
        let mut out = Translations::new();
        map(r, &mut |r, language| {
            if out.languages.iter().any(|t: &Translation| t.language == language) {
                return Err(JsonError::shape(duplicate_field(&language)));
            }
            let texts = texts_of::<O>(r)?;
            out.languages.push(Translation { language, texts });
            Ok(())
        })?;
        Ok(out)
    }

    fn blank() -> Self {
        Translations::new()
    }
}

/// One language's object of texts for a record of type `O`.
fn texts_of<O: Translatable>(r: &mut Reader<'_>) -> Result<Vec<(String, Translated)>> {
    let mut texts: Vec<(String, Translated)> = Vec::new();
    map(r, &mut |r, field| {
        if !O::TEXTS.contains(&field.as_str()) {
            // serde named the field between backticks, and the message was cut at the first one.
            let found = field.split('`').next().unwrap_or_default();
            return Err(JsonError::shape(unknown_field(found, O::TEXTS)));
        }
        if texts.iter().any(|(name, _)| *name == field) {
            return Err(JsonError::shape(duplicate_field(&field)));
        }
        let value = if O::LISTS.contains(&field.as_str()) {
            Translated::List(Vec::<String>::decode(r)?)
        } else {
            Translated::One(String::decode(r)?)
        };
        texts.push((field, value));
        Ok(())
    })?;
    Ok(texts)
}
