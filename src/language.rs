//! The page's language as a context: [`PageLanguage`], provided once in `App` from the start state
//! ([`crate::boot::Boot::language`]: in the browser `<html lang>` of the document the app runs in, at build time
//! the language the build renders), and read through [`use_language`].
//!
//! STYLE.md keeps context out of leaf components; the language is the exception, as a theme would be: every
//! component writes words, and threading a prop through each one (cards inside lists inside periods) would add a
//! prop to every component for one value that never changes while the page lives. So components read it here,
//! once, when they are created; the helper functions they call take the words as a plain argument.
//!
//! Shell layer: Leptos context only.

use leptos::prelude::*;
use medborgarloften_core::lang::{self, Language};

/// The language the page is written in: fixed for the page's life (another language is another page).
#[derive(Clone, Copy, Debug)]
pub struct PageLanguage(pub &'static Language);

/// The page's language; Swedish where none was provided (a component rendered on its own, in a test).
pub fn use_language() -> &'static Language {
    use_context::<PageLanguage>().map_or(lang::SWEDISH, |language| language.0)
}
