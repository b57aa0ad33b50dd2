//! URL state: the query string is the single source of shareable state (filters, opened promise, dataset, layout).
//!
//! Shell layer: starts from the query the page was opened with (`crate::boot`), writes with the History API and follows Back/Forward via `popstate`.
//! We use the History API directly rather than a router: the app has one page, and this keeps full control of
//! push versus replace (an embedded frame must never push) and works unchanged under a sub-path.

use leptos::prelude::*;
use medborgarloften_core::page::interact::Navigation;
use medborgarloften_core::page::query::{Ignored, Query};

/// The parsed query of the current address, provided once in `App`.
#[derive(Clone, Copy)]
pub struct UrlState {
    parsed: RwSignal<(Query, Vec<Ignored>)>,
}

impl UrlState {
    /// Starts from the address's query `search` and follows Back/Forward.
    pub fn new(search: &str) -> Self {
        let parsed = RwSignal::new(Query::parse(search));
        let handle = window_event_listener(leptos::ev::popstate, move |_| parsed.set(Query::parse(&current_search())));
        on_cleanup(move || handle.remove());
        UrlState { parsed }
    }

    /// The query as written in the address (unknown ids not yet removed).
    pub fn query(&self) -> Signal<Query> {
        let parsed = self.parsed;
        Signal::derive(move || parsed.with(|(query, _)| query.clone()))
    }

    /// Parameters and values the address had that could not be read.
    pub fn ignored(&self) -> Signal<Vec<Ignored>> {
        let parsed = self.parsed;
        Signal::derive(move || parsed.with(|(_, ignored)| ignored.clone()))
    }

    /// Shows `next` and writes it to the address as `navigation` says (the core's outcome: inside an embed frame
    /// every change replaces, so the host page's Back button keeps working).
    pub fn navigate(&self, next: Query, navigation: Navigation) {
        if !crate::browser::write_address(&next.to_query_string(), navigation) {
            leptos::logging::warn!("Adressen kunde inte uppdateras");
        }
        self.parsed.set((next, Vec::new()));
    }
}

/// The URL state provided by `App`.
pub fn use_url_state() -> UrlState {
    expect_context::<UrlState>()
}

fn current_search() -> String {
    window().location().search().unwrap_or_default()
}
