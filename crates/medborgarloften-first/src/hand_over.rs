//! When the full app takes over, and how: `public/boot.js` defines `medborgarloftenFullApp(selector)`, which loads
//! the full app once; it replaces the pre-rendered page as it does on a page without this module, and then presses
//! the control `selector` names, so the press that needed it is not lost.

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = medborgarloftenFullApp)]
    fn load_full_app(replay: Option<String>);
}

thread_local! {
    static HANDED_OVER: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Loads the full app, which takes the page over and then presses the control `replay` finds, if any. From then
/// on this module leaves the page alone: the full app starts from the address as it is now.
pub fn full_app(replay: Option<&str>) {
    HANDED_OVER.with(|h| h.set(true));
    load_full_app(replay.map(str::to_owned));
}

/// Takes the page back after the full app could not be loaded (`public/boot.js` calls it and says so on the page).
#[wasm_bindgen]
pub fn resume() {
    HANDED_OVER.with(|h| h.set(false));
}

/// Whether the page has been handed to the full app.
pub fn handed_over() -> bool {
    HANDED_OVER.with(std::cell::Cell::get)
}
