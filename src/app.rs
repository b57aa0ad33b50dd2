//! The root component: provides the start state, the page's language and the URL state once, starts the offline app (or, in a frame,
//! the height report) and renders the one page.
//!
//! Shell layer. Contexts are provided here and nowhere else.

use leptos::prelude::*;

use crate::boot::Boot;
use crate::components::UpdatePrompt;
use crate::language::PageLanguage;
use crate::pages::PromisesPage;
use crate::pwa::{use_pwa, Pwa};
use crate::url_state::UrlState;

/// The whole app, from its start state: [`Boot::from_browser`] in the browser, the build's data at build time.
#[component]
pub fn App(
    /// Where and when the page starts, and at build time the data.
    boot: Boot,
) -> impl IntoView {
    let url = UrlState::new(&boot.search);
    // The build renders the page once, as a document: no offline app, no frame to talk to.
    let at_build_time = boot.preloaded.is_some();
    provide_context(PageLanguage(boot.language));
    provide_context(boot);
    provide_context(url);
    // The layout is chosen by the address the page was opened with; navigation keeps `inbaddad`.
    let pwa = if at_build_time { Pwa::inert() } else { use_pwa(url.query().get_untracked().embed) };
    view! {
        <PromisesPage/>
        <UpdatePrompt ready=pwa.update_ready on_reload=pwa.on_update/>
    }
}
