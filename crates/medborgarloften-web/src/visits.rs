//! Bindings to `js/visit.js`: what the resident's last visit of a dataset saw (localStorage, per dataset
//! address), this tab's baseline (sessionStorage, fixed on the first read, so a reload keeps the marks) and
//! "Glöm mina besök". Nothing is sent anywhere.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/js/visit.js")]
extern "C" {
    /// This tab's baseline for the dataset at `url`: what the last visit saw, as JSON; `None` on a first visit.
    #[wasm_bindgen(js_name = visitBaseline)]
    pub fn visit_baseline(url: &str) -> Option<String>;
    /// Stores what this visit shows of the dataset at `url` (JSON), for the next one.
    #[wasm_bindgen(js_name = rememberVisit)]
    pub fn remember_visit(url: &str, text: &str);
    /// Deletes every stored visit.
    #[wasm_bindgen(js_name = forgetVisits)]
    pub fn forget_visits();
}
