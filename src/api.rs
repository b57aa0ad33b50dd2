//! The one network module: fetches a dataset with gloo-net and hands the text to the core's validator.
//!
//! Shell layer. It may use gloo-net and the core; it must not touch the DOM or Leptos signals.

use std::sync::Arc;

use gloo_net::http::Request;
use medborgarloften_core::{parse_dataset, DataError, Dataset};

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
            LoadError::Network(detail) => format!(
                "Det gick inte att nå servern. Kontrollera din internetanslutning och försök igen. ({detail})"
            ),
            LoadError::Http(404) => "Datafilen finns inte på servern (HTTP-status 404).".to_string(),
            LoadError::Http(status) => format!("Servern svarade med ett fel (HTTP-status {status}). Försök igen om en stund."),
            LoadError::Data(err) => format!("Datafilen med löftena är felaktig och kan inte visas. {err}"),
        }
    }
}

/// Fetches and validates the dataset at `url` (relative to the page).
pub async fn fetch_dataset(url: &str) -> Result<Arc<Dataset>, LoadError> {
    let response = Request::get(url)
        .send()
        .await
        .map_err(|err| LoadError::Network(err.to_string()))?;
    // gloo-net does not fail on 404 or 500: check the status ourselves.
    if !response.ok() {
        return Err(LoadError::Http(response.status()));
    }
    let text = response.text().await.map_err(|err| LoadError::Network(err.to_string()))?;
    parse_dataset(&text).map(Arc::new).map_err(LoadError::Data)
}
