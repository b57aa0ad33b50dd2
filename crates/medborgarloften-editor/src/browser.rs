//! The browser's services the workspace needs: the clock and time zone, reading a chosen or dropped file, offering
//! a file for download, moving focus after a change has been drawn, and the site's published datasets named on
//! the page.
//!
//! Shell layer: web-sys only; no decisions.

use medborgarloften_core::edit::saved::SavedAt;
use medborgarloften_core::Date;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Milliseconds since 1970 by the device's clock.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// `ms` in the device's local time.
pub fn saved_at(ms: f64) -> SavedAt {
    let date = js_sys::Date::new(&ms.into());
    SavedAt {
        year: date.get_full_year() as i32,
        month: date.get_month() + 1,
        day: date.get_date(),
        hour: date.get_hours(),
        minute: date.get_minutes(),
    }
}

/// Today's date on the device.
pub fn today() -> Option<Date> {
    let at = saved_at(now_ms());
    Date::from_ymd(at.year, at.month, at.day)
}

/// The bytes of a file the editor chose or dropped.
pub async fn read_file(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let buffer =
        JsFuture::from(file.array_buffer()).await.map_err(|_| format!("Filen {} kunde inte läsas.", file.name()))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Offers `bytes` as a download named `name`.
pub fn download(name: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    let fail = |_| format!("{name} kunde inte laddas ner.");
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = leptos::prelude::document();
    let link: web_sys::HtmlAnchorElement = document.create_element("a").map_err(fail)?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The browser has taken the file once the click's task is done.
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Moves focus to the element with `id` once the change that made it has been drawn, and brings it into view.
pub fn focus_after_paint(id: String) {
    leptos::prelude::request_animation_frame(move || {
        if let Some(element) = leptos::prelude::document().get_element_by_id(&id) {
            if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        }
    });
}

/// One dataset the site publishes, as the build names it on the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Published {
    /// The kommun's name.
    pub name: String,
    /// The dataset's address, relative to this page.
    pub url: String,
    /// The kommun's page on the site, relative to this page.
    pub page: String,
}

/// The site's published datasets: the build writes them as JSON in `<script type="application/json"
/// id="redigera-datamangder">` (data, never run).
pub fn published() -> Vec<Published> {
    let text = leptos::prelude::document()
        .get_element_by_id("redigera-datamangder")
        .and_then(|e| e.text_content())
        .unwrap_or_default();
    let list: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
    list.as_array()
        .into_iter()
        .flatten()
        .filter_map(|item| {
            let field = |name: &str| item.get(name).and_then(serde_json::Value::as_str).map(str::to_owned);
            Some(Published { name: field("name")?, url: field("url")?, page: field("page")? })
        })
        .collect()
}

/// The page on this site where the dataset with id `id` is shown (`../laxa/` on a site for many kommuner, `../` on
/// a kommun's own site): the published dataset's file is named by its id; else the site's first page.
pub fn page_for(id: &str) -> String {
    let published = published();
    let file = format!("/{id}.json");
    published
        .iter()
        .find(|p| p.url.ends_with(&file))
        .or_else(|| published.first())
        .map_or_else(|| "../".to_owned(), |p| p.page.clone())
}

/// Fetches the published dataset at `url` (relative to this page) as bytes.
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    let fail =
        |_| "Den publicerade datamängden kunde inte hämtas. Kontrollera anslutningen och försök igen.".to_owned();
    let window = leptos::prelude::window();
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url)).await.map_err(fail)?.unchecked_into();
    if !response.ok() {
        return Err(format!("Den publicerade datamängden finns inte på servern (HTTP-status {}).", response.status()));
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(fail)?).await.map_err(fail)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// This page's origin, for messages to a frame of the same site.
pub fn origin() -> String {
    leptos::prelude::window().location().origin().unwrap_or_default()
}
