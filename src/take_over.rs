//! The hand-over from the page the build rendered to the live app. The app mounts hidden, loads the dataset (and,
//! where the map starts open, the map) and renders the same view; then, in one animation frame, the pre-rendered
//! copy goes and the app shows in its place. Nothing moves, because both are the same components over the same
//! data. Chosen over hydration: it needs no hydration code in the wasm and no identical start state (the clock,
//! the window's width and the saved copies may differ from the build's).
//!
//! Shell layer: one effect around [`crate::browser::take_over`].

use leptos::prelude::*;
use medborgarloften_core::page::interact::Action;

use crate::browser;

/// Swaps the pre-rendered copy for the app the first time `ready` is true; the returned signal turns true once
/// the app is on screen. Text the reader typed into the copy's search box is searched for (`on_action`), and focus moves to
/// the app's element with the id that had it in the copy, so nothing done before the app started is lost.
pub fn use_take_over(ready: Signal<bool>, on_action: Callback<Action>) -> Signal<bool> {
    let shown = RwSignal::new(false);
    Effect::new(move |_| {
        if ready.get() && !shown.get_untracked() {
            // The next frame: the DOM then holds this render, and the swap is painted with it.
            request_animation_frame(move || {
                let carried = browser::take_over();
                if !carried.search.is_empty() {
                    on_action.run(Action::Search(carried.search));
                }
                if let Some(id) = carried.focused {
                    browser::focus(&id);
                }
                shown.set(true);
            });
        }
    });
    shown.into()
}
