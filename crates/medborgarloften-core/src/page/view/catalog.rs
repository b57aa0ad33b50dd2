//! The dataset as the app keeps it once loaded: validated, with its search index built once.
//!
//! Page layer (`view`): may use the layers below and, of its own layer, `filter`; must not import `export`.

use crate::dataset::model::Dataset;
use crate::page::filter::SearchIndex;

/// A validated dataset together with its [`SearchIndex`]: what the app keeps once per loaded dataset.
#[derive(Clone, Debug, PartialEq)]
pub struct Catalog {
    data: Dataset,
    index: SearchIndex,
}

impl Catalog {
    /// Indexes `data` (which should come from [`crate::parse_dataset`]).
    pub fn new(data: Dataset) -> Self {
        let index = SearchIndex::new(&data);
        Catalog { data, index }
    }

    /// The dataset.
    pub fn data(&self) -> &Dataset {
        &self.data
    }

    /// Its search index.
    pub fn index(&self) -> &SearchIndex {
        &self.index
    }
}
