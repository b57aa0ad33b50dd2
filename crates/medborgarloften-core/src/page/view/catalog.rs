//! The dataset as the app keeps it once loaded: validated, with its search index built once, and the language the
//! page is written in.
//!
//! Page layer (`view`): may use the layers below and, of its own layer, `filter`; must not import `export`.

use crate::dataset::model::Dataset;
use crate::lang::{Language, SWEDISH};
use crate::page::filter::SearchIndex;

/// A validated dataset together with its [`SearchIndex`] and the page's [`Language`]: what the app keeps once
/// per loaded dataset. The view model writes its texts in that language; the dataset's own text is shown as written.
#[derive(Clone, Debug)]
pub struct Catalog {
    data: Dataset,
    index: SearchIndex,
    language: &'static Language,
}

impl Catalog {
    /// Indexes `data` (which should come from [`crate::parse_dataset`]) for a page in Swedish.
    pub fn new(data: Dataset) -> Self {
        Catalog::in_language(data, SWEDISH)
    }

    /// Indexes `data` for a page in `language`.
    pub fn in_language(data: Dataset, language: &'static Language) -> Self {
        let index = SearchIndex::new(&data);
        Catalog { data, index, language }
    }

    /// The dataset.
    pub fn data(&self) -> &Dataset {
        &self.data
    }

    /// Its search index.
    pub fn index(&self) -> &SearchIndex {
        &self.index
    }

    /// The language the page is written in.
    pub fn language(&self) -> &'static Language {
        self.language
    }
}

/// Two catalogs are equal when they hold the same dataset for the same language (a language is known by its code).
impl PartialEq for Catalog {
    fn eq(&self, other: &Self) -> bool {
        self.language.code == other.language.code && self.data == other.data && self.index == other.index
    }
}
