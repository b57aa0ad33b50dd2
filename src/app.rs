//! The root component: provides the URL state once and renders the one page.
//!
//! Shell layer. Contexts are provided here and nowhere else.

use leptos::prelude::*;

use crate::pages::PromisesPage;
use crate::url_state::UrlState;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    provide_context(UrlState::from_location());
    view! { <PromisesPage/> }
}
