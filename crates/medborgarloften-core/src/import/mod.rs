//! From page text to draft: the text of a kommun's medborgarlöfte page on polisen.se, as an editor copies it from the
//! browser, read into a draft dataset in schema 2 ([`draft_from_page_text`]) with a list of everything the editor
//! must confirm. Every promise's text is the page's own words; nothing the page does not say is guessed silently.
//!
//! The import layer, the top of the core: it may use every layer below (it uses `text`, `json` and `dataset`), and no
//! layer below uses it. Its modules, in the order the text passes them: `blocks` (lines, bullets, the page's
//! furniture), `walk` (headings, periods, promisers, follow-up; using `periods`, `promisers` and `followup`),
//! `targets` (numbers promised) and `draft` (the dataset and the confirm items).

mod blocks;
mod draft;
mod followup;
mod periods;
mod promisers;
mod targets;
mod walk;

pub use self::draft::{draft_from_page_text, draft_from_page_text_on, Confirm, TextDraft};
