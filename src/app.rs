//! The root component: provides the URL state once, starts the offline app (or, in a frame, the height report)
//! and renders the one page.
//!
//! Shell layer. Contexts are provided here and nowhere else.

use leptos::prelude::*;

use crate::components::UpdatePrompt;
use crate::pages::PromisesPage;
use crate::pwa::use_pwa;
use crate::url_state::UrlState;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let url = UrlState::from_location();
    provide_context(url);
    // The layout is chosen by the address the page was opened with; navigation keeps `inbaddad`.
    let pwa = use_pwa(url.query().get_untracked().embed);
    view! {
        <PromisesPage/>
        <UpdatePrompt ready=pwa.update_ready on_reload=pwa.on_update/>
    }
}
