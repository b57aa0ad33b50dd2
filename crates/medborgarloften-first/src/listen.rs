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
use web_sys::Element;

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

/// The listeners, for the page's life: every action read from an event (not after the hand-over to the full
/// app), and Back and Forward.
pub(crate) fn listen_all(live: &Rc<Live>) {
    let on_document = live.clone();
    events::listen(&live.page.document, move |action, control| {
        if !hand_over::handed_over() {
            on_document.on_action(action, control.as_ref());
        }
    });
    let on_history = live.clone();
    let closure = Closure::<dyn Fn()>::new(move || {
        if !hand_over::handed_over() {
            on_history.show_address();
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window.add_event_listener_with_callback("popstate", closure.as_ref().unchecked_ref());
    }
    closure.forget();
}
