//! What the app starts from: the address it was opened at, today's date, the window's width, the dataset the
//! site was built for and — at build time only — the dataset and map themselves. In the browser it is read once
//! from the page ([`Boot::from_browser`]); the pre-render ([`crate::prerender`]) builds one from files. The rest
//! of the shell reads the start state from here, never from the window, so the same components render natively.
//!
//! Shell layer: plain data, provided as context by `App`.

use std::sync::Arc;

use medborgarloften_core::contract::meta;
use medborgarloften_core::export::downloads::{from_meta, Download};
use medborgarloften_core::geo::GeoCollection;
use medborgarloften_core::lang::Language;
use medborgarloften_core::page::interact::Ui;
use medborgarloften_core::page::view::Catalog;
use medborgarloften_core::Date;

/// The start state.
#[derive(Clone, Debug)]
pub struct Boot {
    /// The address's query, with or without the leading `?`.
    pub search: String,
    /// Today's date; `None` when the clock gives no usable date (the dataset's own date stands in).
    pub today: Option<Date>,
    /// True for a window wide enough for the desktop layout, where the map starts open.
    pub wide: bool,
    /// The app's address without query, for shared links ("" at build time: links are then relative).
    pub link_base: String,
    /// The dataset shown when the address names none.
    pub default_dataset: String,
    /// The files the build wrote for the default dataset (the footer's "Ladda ner uppgifterna").
    pub downloads: Vec<Download>,
    /// The data itself, when it is known before the page runs (the build-time render).
    pub preloaded: Option<Preloaded>,
    /// The page's own state to start from (the filter sheet, the map's pointer): the default, except where a
    /// test renders the page in another state.
    pub ui: Ui,
    /// The language the page is written in: `<html lang>` in the browser, the rendered language at build time.
    pub language: &'static Language,
}

/// A dataset and its map, already read and validated.
#[derive(Clone, Debug)]
pub struct Preloaded {
    /// The dataset with its search index.
    pub catalog: Arc<Catalog>,
    /// The map file the dataset names, when it has one and it could be read.
    pub geometry: Option<Arc<GeoCollection>>,
}

impl Boot {
    /// The start state of the page in this browser window.
    pub fn from_browser() -> Self {
        Boot {
            search: crate::browser::search(),
            today: medborgarloften_web::today::today(),
            wide: crate::browser::is_wide(),
            link_base: crate::browser::link_base(),
            default_dataset: crate::browser::meta(meta::DATASET).unwrap_or_default(),
            downloads: from_meta(&crate::browser::meta(meta::DOWNLOADS).unwrap_or_default()),
            preloaded: None,
            ui: Ui::default(),
            language: medborgarloften_web::page_language(),
        }
    }
}
