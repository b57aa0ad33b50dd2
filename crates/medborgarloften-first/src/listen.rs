//! The page's controls: every event goes through the reader both modules share
//! (`medborgarloften_web::events`) to an action, the core's `interact::update` says what it leads to, and this
//! file applies the outcome: the address, the view ([`crate::show`]), focus and effects. Back and Forward show the
//! address they return to. What the build's page cannot show hands the page to the full app, which then presses
//! the control that needed it.

use std::rc::Rc;

use medborgarloften_core::contract::{self, attr};
use medborgarloften_core::page::interact::{update, Action, Effect, Outcome};
use medborgarloften_web::browser;
use medborgarloften_web::share::share_or_copy;
use medborgarloften_web::{events, focus, visits};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event};

use crate::hand_over;
use crate::live::Live;
use crate::show::show_ui;

impl Live {
    /// What `action` leads to, applied; `control` is the element the reader used, pressed again by the full app
    /// when the build's page cannot do it.
    pub(crate) fn on_action(self: &Rc<Self>, action: Action, control: Option<&Element>) {
        let outcome = update(&self.view.borrow(), &self.ui.borrow(), action);
        if outcome.needs_full_app {
            let replay = control
                .and_then(|c| c.get_attribute(attr::ACTION))
                .map(|name| contract::with_attr(attr::ACTION, &name));
            return hand_over::full_app(replay.as_deref());
        }
        self.apply(outcome);
    }

    fn apply(self: &Rc<Self>, outcome: Outcome) {
        let Outcome { query, navigation, ui, focus, effect, .. } = outcome;
        if effect == Some(Effect::ForgetVisits) {
            // Every stored visit goes, this one is not kept, and the marks go with them.
            visits::forget_visits();
            *self.news.borrow_mut() = None;
        }
        let ui_changed = *self.ui.borrow() != ui;
        *self.ui.borrow_mut() = ui;
        if let (Some(query), Some(navigation)) = (query, navigation) {
            browser::write_address(&query.to_query_string(), navigation);
            if !self.show_query(&query, &[]) {
                return;
            }
        } else if ui_changed {
            show_ui(&self.page, self.catalog.data(), &self.view.borrow(), &self.ui.borrow(), &self.link_base);
        }
        if let Some(Effect::Share { promise, title, link_query }) = effect {
            let live = self.clone();
            let link = format!("{}?{link_query}", self.link_base);
            wasm_bindgen_futures::spawn_local(async move {
                let copied = share_or_copy(&title, &link).await;
                live.on_action(Action::Shared { promise, copied }, None);
            });
        }
        focus::after_render(focus);
    }
}

/// The listeners, for the page's life: each event the shared reader knows, and Back and Forward.
pub(crate) fn listen_all(live: &Rc<Live>) {
    let document: web_sys::EventTarget = live.page.document.clone().into();
    for kind in events::KINDS {
        let live = live.clone();
        listen(&document, kind, move |event| {
            if let Some(action) = events::action_of(&event) {
                let control = event.target().and_then(|t| t.dyn_into::<Element>().ok());
                let control = control.and_then(|t| t.closest(contract::has_attr::ACTION).ok().flatten());
                live.on_action(action, control.as_ref());
            }
        });
    }
    if let Some(window) = web_sys::window() {
        let live = live.clone();
        listen(&window, "popstate", move |_| {
            live.show_address();
        });
    }
}

/// Calls `f` on every `kind` event at `on`, for the page's life; not after the hand-over to the full app.
fn listen(on: &web_sys::EventTarget, kind: &str, f: impl Fn(Event) + 'static) {
    let closure = Closure::<dyn Fn(Event)>::new(move |event| {
        if !hand_over::handed_over() {
            f(event);
        }
    });
    let _ = on.add_event_listener_with_callback(kind, closure.as_ref().unchecked_ref());
    closure.forget();
}
