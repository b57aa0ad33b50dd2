//! The one network module: fetches a dataset and its map file with gloo-net and hands the text to the core's
//! validators.
//!
//! Shell layer. It may use gloo-net, the core and the saved copies of `crate::pwa`; it must not touch the DOM or
//! Leptos signals.

use std::sync::Arc;

use gloo_net::http::Request;
use medborgarloften_core::dataset::parse::decode_text;
use medborgarloften_core::geo::{parse_geojson, parse_geojson_bytes, GeoCollection, GeoError};
use medborgarloften_core::lang::{fill, ErrorWords};
use medborgarloften_core::page::view::Catalog;
use medborgarloften_core::{parse_dataset, parse_dataset_bytes, DataError};

use crate::pwa;

/// Why a dataset or its map could not be shown. Each variant has a message in every language (the page's
/// [`ErrorWords`]) and is worth a retry.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// No answer: offline, DNS, CORS or an aborted request.
    Network(String),
    /// The server answered with an error status.
    Http(u16),
    /// The file arrived but is not a valid dataset.
    Data(DataError),
    /// The map file arrived but cannot be drawn.
    Map(GeoError),
}

/// An error as the page shows it: a plain sentence for residents, and the technical detail (status code, the
/// place and rule a dataset breaks) that an editor needs, shown folded under "Teknisk information". The validator's
/// and the map reader's own messages in the detail are the core's, in Swedish, for the editor who fixes the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorText {
    /// What happened and what to do, in plain words, without codes or field names.
    pub plain: String,
    /// The technical detail; empty when there is none.
    pub detail: String,
}

impl LoadError {
    /// The dataset error as the error panel shows it, in `words`' language.
    pub fn text(&self, words: &ErrorWords) -> ErrorText {
        let plain = match self {
            LoadError::Network(_) => words.network,
            LoadError::Http(404) => words.not_found,
            LoadError::Http(_) => words.server,
            LoadError::Data(_) => words.bad_data,
            LoadError::Map(_) => words.map_bad,
        };
        ErrorText { plain: plain.to_owned(), detail: self.detail(words) }
    }

    /// The message for a map file: the same, but naming the map rather than the promises.
    pub fn map_message(&self, words: &ErrorWords) -> ErrorText {
        let plain = match self {
            LoadError::Network(_) => words.map_network,
            LoadError::Http(_) => words.map_server,
            _ => words.map_broken,
        };
        ErrorText { plain: plain.to_owned(), detail: self.detail(words) }
    }

    /// The technical detail: the browser's words, the HTTP status, or the validator's message.
    fn detail(&self, words: &ErrorWords) -> String {
        match self {
            LoadError::Network(detail) => fill(words.detail_network, &[("detail", detail)]),
            LoadError::Http(404) => words.detail_not_found.to_owned(),
            LoadError::Http(status) => fill(words.detail_server, &[("status", &status.to_string())]),
            LoadError::Data(error) => fill(words.detail_data, &[("error", &error.to_string())]),
            LoadError::Map(error) => fill(words.detail_map, &[("error", &error.to_string())]),
        }
    }
}

/// A dataset ready to show, and whether it is a saved copy rather than the server's current answer.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    /// The validated dataset with its search index.
    pub catalog: Arc<Catalog>,
    /// Why a saved copy is shown; `None` for a fresh answer.
    pub saved: Option<Saved>,
}

/// Why the last good (saved) copy of a dataset is shown. See `crate::pwa` for how copies are kept.
#[derive(Clone, Debug, PartialEq)]
pub enum Saved {
    /// The browser has no network.
    Offline,
    /// The browser is online but the server did not answer in time.
    Unreachable,
    /// The server answered, but with an error or a dataset that is not valid.
    Failed(LoadError),
}

/// A file's bytes, and whether the service worker answered from its saved copy because the network failed. Bytes,
/// not text: the core decodes them, so a broken encoding is an error with its place, as in the editors' tool.
struct Fetched {
    bytes: Vec<u8>,
    from_saved: bool,
}

/// Fetches the file at `url` (relative to the page). gloo-net does not fail on 404 or 500: the status is checked
/// here, for every file alike.
async fn fetch_bytes(url: &str) -> Result<Fetched, LoadError> {
    // The page's first module hands over the fresh dataset it fetched and validated: one download per address.
    if let Some(text) = pwa::handed_dataset(url) {
        return Ok(Fetched { bytes: text.into_bytes(), from_saved: false });
    }
    let response = Request::get(url).send().await.map_err(network_detail)?;
    if !response.ok() {
        return Err(LoadError::Http(response.status()));
    }
    let from_saved = response.headers().get(pwa::FALLBACK_HEADER).is_some();
    let bytes = response.binary().await.map_err(network_detail)?;
    Ok(Fetched { bytes, from_saved })
}

/// A failed request as the technical detail says it: the browser's own words. Written per variant, because the
/// error's Display also words JSON errors (a variant a plain fetch of bytes never gives) and would bring
/// serde_json's messages into the app's WebAssembly for nothing.
fn network_detail(err: gloo_net::Error) -> LoadError {
    LoadError::Network(match err {
        gloo_net::Error::JsError(js) => js.to_string(),
        gloo_net::Error::GlooError(text) => text,
        #[allow(unreachable_patterns)]
        _ => "svaret kunde inte läsas".to_owned(),
    })
}

/// Fetches and validates the dataset at `url`. A valid fresh answer is kept as the last good copy; when the answer
/// fails, the last good copy is shown instead if the offline app has one.
pub async fn fetch_dataset(url: &str) -> Result<Loaded, LoadError> {
    let error = match fetch_fresh(url).await {
        Ok((catalog, false)) => return Ok(Loaded { catalog, saved: None }),
        Ok((catalog, true)) => return Ok(Loaded { catalog, saved: Some(unreachable()) }),
        Err(error) => error,
    };
    let saved = pwa::saved_dataset(url).await.and_then(|text| parse_dataset(&text).ok());
    match saved {
        Some(data) => {
            let why = match error {
                LoadError::Network(_) => unreachable(),
                other => Saved::Failed(other),
            };
            Ok(Loaded {
                catalog: Arc::new(Catalog::in_language(data, medborgarloften_web::page_language())),
                saved: Some(why),
            })
        }
        None => Err(error),
    }
}

/// The server's answer, validated and indexed; `true` when the service worker answered from its saved copy.
async fn fetch_fresh(url: &str) -> Result<(Arc<Catalog>, bool), LoadError> {
    let fetched = fetch_bytes(url).await?;
    // The page's start (mounting the app) and reading the dataset are each a task of their own.
    crate::browser::next_task().await;
    let data = parse_dataset_bytes(&fetched.bytes).map_err(LoadError::Data)?;
    if !fetched.from_saved {
        // Only now, after validation, may this text replace the last good copy.
        if let Ok(text) = decode_text(&fetched.bytes) {
            pwa::remember_dataset(url, text);
        }
    }
    crate::browser::next_task().await;
    Ok((Arc::new(Catalog::in_language(data, medborgarloften_web::page_language())), fetched.from_saved))
}

fn unreachable() -> Saved {
    if pwa::is_offline() {
        Saved::Offline
    } else {
        Saved::Unreachable
    }
}

/// Fetches and parses the map file (GeoJSON) at `url`, relative to the page; when the answer fails, the last copy
/// the page validated (offline app). The map is an extra: the promises stay usable without it.
pub async fn fetch_geometry(url: &str) -> Result<Arc<GeoCollection>, LoadError> {
    let error = match fetch_fresh_geometry(url).await {
        Ok(geo) => return Ok(geo),
        Err(error) => error,
    };
    match pwa::saved_geometry(url).await.and_then(|text| parse_geojson(&text).ok()) {
        Some(geo) => Ok(Arc::new(geo)),
        None => Err(error),
    }
}

/// The server's map file, parsed; a fresh valid answer becomes the copy kept for offline use.
async fn fetch_fresh_geometry(url: &str) -> Result<Arc<GeoCollection>, LoadError> {
    let fetched = fetch_bytes(url).await?;
    let geo = parse_geojson_bytes(&fetched.bytes).map_err(LoadError::Map)?;
    if !fetched.from_saved {
        if let Ok(text) = decode_text(&fetched.bytes) {
            pwa::remember_geometry(url, text);
        }
    }
    Ok(Arc::new(geo))
}
