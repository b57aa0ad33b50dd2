//! The one network module: fetches a dataset (and its map file) with gloo-net and hands the text to the core's
//! validator.
//!
//! Shell layer. It may use gloo-net, the core and the saved copies of `crate::pwa`; it must not touch the DOM or
//! Leptos signals.

use std::sync::Arc;

use gloo_net::http::Request;
use medborgarloften_core::geo::{parse_geojson, GeoCollection, GeoError};
use medborgarloften_core::{parse_dataset, DataError, Dataset};

use crate::pwa;

/// Why a dataset could not be shown. Each variant has a Swedish message and is worth a retry.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// No answer: offline, DNS, CORS or an aborted request.
    Network(String),
    /// The server answered with an error status.
    Http(u16),
    /// The file arrived but is not a valid dataset.
    Data(DataError),
}

impl LoadError {
    /// A Swedish explanation for residents, with the technical detail last.
    pub fn message(&self) -> String {
        match self {
            LoadError::Network(detail) => {
                format!("Det gick inte att nå servern. Kontrollera din internetanslutning och försök igen. ({detail})")
            }
            LoadError::Http(404) => "Datafilen finns inte på servern (HTTP-status 404).".to_string(),
            LoadError::Http(status) => {
                format!("Servern svarade med ett fel (HTTP-status {status}). Försök igen om en stund.")
            }
            LoadError::Data(err) => format!("Datafilen med löftena är felaktig och kan inte visas. {err}"),
        }
    }
}

/// A dataset ready to show, and whether it is a saved copy rather than the server's current answer.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    /// The validated dataset.
    pub data: Arc<Dataset>,
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

/// Fetches and validates the dataset at `url` (relative to the page). A valid fresh answer is kept as the last
/// good copy; when the answer fails, the last good copy is shown instead if the offline app has one.
pub async fn fetch_dataset(url: &str) -> Result<Loaded, LoadError> {
    let error = match fetch_fresh(url).await {
        Ok((data, false)) => return Ok(Loaded { data, saved: None }),
        Ok((data, true)) => return Ok(Loaded { data, saved: Some(unreachable()) }),
        Err(error) => error,
    };
    let saved = pwa::saved_dataset(url).await.and_then(|text| parse_dataset(&text).ok());
    match saved {
        Some(data) => {
            let why = match error {
                LoadError::Network(_) => unreachable(),
                other => Saved::Failed(other),
            };
            Ok(Loaded { data: Arc::new(data), saved: Some(why) })
        }
        None => Err(error),
    }
}

/// The server's answer, validated; `true` when the service worker answered from its saved copy instead.
async fn fetch_fresh(url: &str) -> Result<(Arc<Dataset>, bool), LoadError> {
    let response = Request::get(url).send().await.map_err(|err| LoadError::Network(err.to_string()))?;
    // gloo-net does not fail on 404 or 500: check the status ourselves.
    if !response.ok() {
        return Err(LoadError::Http(response.status()));
    }
    let from_saved = response.headers().get(pwa::FALLBACK_HEADER).is_some();
    let text = response.text().await.map_err(|err| LoadError::Network(err.to_string()))?;
    let data = parse_dataset(&text).map_err(LoadError::Data)?;
    if !from_saved {
        // Only now, after validation, may this text replace the last good copy.
        pwa::remember_dataset(url, &text);
    }
    Ok((Arc::new(data), from_saved))
}

fn unreachable() -> Saved {
    if pwa::is_offline() {
        Saved::Offline
    } else {
        Saved::Unreachable
    }
}

/// Why the map file could not be drawn. The map is an extra: the promises stay usable without it.
#[derive(Clone, Debug, PartialEq)]
pub enum MapLoadError {
    /// No answer: offline, DNS or an aborted request.
    Network(String),
    /// The server answered with an error status.
    Http(u16),
    /// The file arrived but is not usable GeoJSON.
    Geo(GeoError),
}

impl MapLoadError {
    /// A Swedish explanation, with the technical detail last.
    pub fn message(&self) -> String {
        match self {
            MapLoadError::Network(detail) => {
                format!("Kartan kunde inte hämtas. Kontrollera din internetanslutning. ({detail})")
            }
            MapLoadError::Http(status) => format!("Kartan kunde inte hämtas (HTTP-status {status})."),
            MapLoadError::Geo(err) => format!("Kartan kan inte visas: {err}."),
        }
    }
}

/// Fetches and parses the map file (GeoJSON) at `url`, relative to the page.
pub async fn fetch_geometry(url: &str) -> Result<Arc<GeoCollection>, MapLoadError> {
    let response = Request::get(url).send().await.map_err(|err| MapLoadError::Network(err.to_string()))?;
    if !response.ok() {
        return Err(MapLoadError::Http(response.status()));
    }
    let text = response.text().await.map_err(|err| MapLoadError::Network(err.to_string()))?;
    parse_geojson(&text).map(Arc::new).map_err(MapLoadError::Geo)
}
