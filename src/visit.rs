//! The `use_visit` hook: "Nytt sedan ditt senaste besök". Reads this tab's baseline (what the last visit saw of the
//! dataset) once per dataset address, compares it with the loaded dataset in the core ([`News::since`]) and stores
//! what this visit shows for the next one ([`Seen::of`]). Storage is `crates/medborgarloften-web/js/visit.js`: localStorage per dataset
//! address for the next visit, sessionStorage for this tab's baseline, so a reload keeps the marks. Nothing is sent
//! anywhere. The data may come from the service worker's last-good copy: offline works the same.
//!
//! Shell layer: Leptos reactivity around three JS calls. No components, no DOM.

use std::sync::Arc;

use leptos::prelude::*;
use medborgarloften_core::page::view::Catalog;
use medborgarloften_core::page::visit::{News, Seen};
use medborgarloften_core::Date;

use medborgarloften_web::visits::{forget_visits, remember_visit, visit_baseline};

/// What the page gets from the resident's visits.
#[derive(Clone, Copy)]
pub struct Visit {
    /// What is new since the last visit; `None` on a first visit, after "Glöm mina besök", and where visits are
    /// not kept (the build-time page, the embedded layout).
    pub news: Memo<Option<Arc<News>>>,
    /// "Glöm mina besök": deletes every stored visit and stops keeping this one.
    pub on_forget: Callback<()>,
}

/// Keeps the visits of the dataset at `url` when `enabled`; `today` is the visit's day (the dataset's own date
/// stands in when the clock is unusable).
pub fn use_visit(enabled: bool, url: Memo<String>, catalog: Memo<Option<Arc<Catalog>>>, today: Option<Date>) -> Visit {
    let forgotten = RwSignal::new(false);
    let on = move || enabled && !forgotten.get();
    // Read once per address: the JS side fixes this tab's baseline on the first read.
    let baseline =
        Memo::new(move |_| on().then(|| visit_baseline(&url.get())).flatten().and_then(|t| Seen::from_json(&t)));
    let news = Memo::new(move |_| {
        let seen = baseline.get()?;
        catalog.with(|c| c.as_ref().map(|c| Arc::new(News::since(&seen, c.data()))))
    });
    Effect::new(move |_| {
        if !on() {
            return;
        }
        if let Some(catalog) = catalog.get() {
            // The baseline is read before this visit overwrites what it was read from.
            baseline.with_untracked(|_| ());
            let data = catalog.data();
            remember_visit(&url.get_untracked(), &Seen::of(data, today.unwrap_or(data.updated)).to_json());
        }
    });
    let on_forget = Callback::new(move |()| {
        forget_visits();
        forgotten.set(true);
    });
    Visit { news, on_forget }
}
