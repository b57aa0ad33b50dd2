//! The `use_dataset` hook: one fetch per dataset address, retry, and the last good dataset kept on screen.
//!
//! Shell layer: Leptos reactivity around [`crate::api`]. No DOM access.

use std::sync::Arc;

use leptos::prelude::*;
use medborgarloften_core::dataset::look::Logo;
use medborgarloften_core::dataset::model::Link;
use medborgarloften_core::page::site::search_hint_in;
use medborgarloften_core::page::view::Catalog;
use medborgarloften_core::Date;

use crate::api::{fetch_dataset, LoadError, Loaded, Saved};

/// What the page needs to know about the dataset.
#[derive(Clone, Copy)]
pub struct DatasetState {
    /// The last dataset that loaded and validated, indexed; stays when a later load fails.
    pub catalog: Memo<Option<Arc<Catalog>>>,
    /// The error of the latest load, if it failed (also when a saved copy is shown in its place).
    pub error: Signal<Option<LoadError>>,
    /// Why the shown dataset is a saved copy (offline, or the fresh one failed); `None` when it is fresh.
    pub saved: Signal<Option<Saved>>,
    /// True until the first load has finished.
    pub loading: Signal<bool>,
    /// Loads the dataset again.
    pub retry: Callback<()>,
}

/// Fetches the dataset at `url` once: again only when the address itself changes, or on retry. `url` is a memo
/// so that a filter change, which rewrites the query but not the address, never refetches. A `preloaded` catalog
/// (the build-time render) is shown from the start.
pub fn use_dataset(url: Memo<String>, preloaded: Option<Arc<Catalog>>) -> DatasetState {
    let known = preloaded.is_some();
    let resource = LocalResource::new(move || {
        let url = url.get();
        async move { fetch_dataset(&url).await }
    });
    // Derived from the resource and its own previous value: a failed reload keeps the last good data.
    let catalog = Memo::new(move |previous: Option<&Option<Arc<Catalog>>>| match resource.get() {
        Some(Ok(loaded)) => Some(loaded.catalog),
        _ => previous.cloned().flatten().or_else(|| preloaded.clone()),
    });
    let error = Signal::derive(move || match resource.get() {
        Some(Err(error)) | Some(Ok(Loaded { saved: Some(Saved::Failed(error)), .. })) => Some(error),
        _ => None,
    });
    let saved = Signal::derive(move || resource.get().and_then(Result::ok).and_then(|loaded| loaded.saved));
    let loading = Signal::derive(move || !known && resource.get().is_none());
    let retry = Callback::new(move |()| resource.refetch());
    // In the editors' workspace's preview, the draft is read again as the editor types (an Effect: the browser only).
    Effect::new(move |_| crate::pwa::on_preview_change(move || resource.refetch()));
    DatasetState { catalog, error, saved, loading, retry }
}

/// What the page's header, footer and search box say about the loaded dataset.
#[derive(Clone, Copy)]
pub struct DatasetFacts {
    /// The dataset's title.
    pub title: Signal<Option<String>>,
    /// True for made-up example data.
    pub example: Signal<bool>,
    /// When the dataset was last updated.
    pub updated: Signal<Option<Date>>,
    /// Where the promises were published.
    pub source: Signal<Option<Link>>,
    /// The search box's example, in the dataset's own words.
    pub hint: Signal<String>,
    /// The kommun's logo for the header, when its dataset names one.
    pub logo: Signal<Option<Logo>>,
}

/// The facts of `catalog`, each `None` (or empty) until a dataset is loaded.
pub fn dataset_facts(catalog: Memo<Option<Arc<Catalog>>>) -> DatasetFacts {
    let read = move |pick: fn(&Catalog) -> Option<String>| catalog.with(|c| c.as_deref().and_then(pick));
    DatasetFacts {
        title: Signal::derive(move || read(|c| Some(c.data().title.clone()))),
        example: Signal::derive(move || catalog.with(|c| c.as_ref().is_some_and(|c| c.data().example))),
        updated: Signal::derive(move || catalog.with(|c| c.as_ref().map(|c| c.data().updated))),
        source: Signal::derive(move || catalog.with(|c| c.as_ref().map(|c| c.data().source.clone()))),
        hint: Signal::derive(move || read(|c| Some(search_hint_in(c.data(), c.language()))).unwrap_or_default()),
        logo: Signal::derive(move || catalog.with(|c| c.as_ref().and_then(|c| Logo::of(c.data())))),
    }
}
