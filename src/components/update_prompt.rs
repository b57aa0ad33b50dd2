//! The offer to switch to a newly installed version of the app. Leaf component.

use leptos::prelude::*;

use crate::language::use_language;

/// A bar at the bottom of the screen, shown while a new version waits: "Ny version finns – ladda om".
#[component]
pub fn UpdatePrompt(
    /// True when a new version has been installed and waits.
    #[prop(into)]
    ready: Signal<bool>,
    /// Called when the reader asks for the new version (the page then reloads).
    on_reload: Callback<()>,
) -> impl IntoView {
    let words = &use_language().words.app;
    view! {
        <Show when=move || ready.get()>
            <div class="update-prompt" role="status" data-testid="update-prompt">
                <p>{words.new_version}</p>
                <button type="button" class="button" on:click=move |_| on_reload.run(())>{words.reload}</button>
            </div>
        </Show>
    }
}
