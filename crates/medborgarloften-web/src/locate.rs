//! "Visa vad som gäller där jag är", the browser's part, for both modules: the position asked for once
//! (`navigator.geolocation.getCurrentPosition`: one answer, no watch, low accuracy, a time limit), the dataset's map
//! files loaded, and the core's [`Locator`] asked where the position lies — all on the device. The position is
//! kept in no variable beyond this call, stored nowhere and sent nowhere: the requests here fetch the map files,
//! which are the same for everyone. The shells report the answer as the core's `Action::Located`.
//!
//! Shell layer: web-sys, js-sys and wasm-bindgen only; the decisions are `medborgarloften_core::geo::locate` and
//! `medborgarloften_core::page::locate`.

use medborgarloften_core::dataset::model::Dataset;
use medborgarloften_core::geo::{parse_geojson, GeoCollection, Locator, LonLat};
use medborgarloften_core::page::locate::Located;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// How long the browser may look once allowed to, in milliseconds, before the page says it took too long.
pub const TIMEOUT_MS: u32 = 20_000;

/// A position the browser already has from the last five minutes will do: a resident seldom moves district in
/// that time, and it answers at once.
pub const MAXIMUM_AGE_MS: u32 = 5 * 60 * 1000;

/// `GeolocationPositionError.code` for a refused permission (W3C Geolocation: PERMISSION_DENIED).
const PERMISSION_DENIED: u16 = 1;

/// `GeolocationPositionError.code` for no answer in time (TIMEOUT).
const TIMED_OUT: u16 = 3;

/// Where the resident is, among `data`'s districts: the position asked for once, then looked up in the dataset's
/// map files (the district map, and the kommun's outline when the dataset names one and it loads).
pub async fn locate(data: &Dataset) -> Located {
    let Some(geometry) = data.geometry.as_ref() else { return Located::NoMap };
    let at = match position().await {
        Ok(at) => at,
        Err(why) => return why,
    };
    let Some(areas) = map_file(&geometry.districts).await else { return Located::NoMap };
    // Without its outline the kommun is every area of the district map, which covers it.
    let outline = match &geometry.outline {
        Some(path) => map_file(path).await,
        None => None,
    };
    Located::At(Locator::new(&data.districts, &areas, outline.as_ref()).find(at))
}

/// The browser's position, asked for once, or why there is none.
async fn position() -> Result<LonLat, Located> {
    let geolocation = web_sys::window().and_then(|w| w.navigator().geolocation().ok()).ok_or(Located::Unavailable)?;
    let options = web_sys::PositionOptions::new();
    options.set_enable_high_accuracy(false);
    options.set_timeout(TIMEOUT_MS);
    options.set_maximum_age(MAXIMUM_AGE_MS);
    let asked = js_sys::Promise::new(&mut |resolve, reject| {
        if let Err(err) =
            geolocation.get_current_position_with_error_callback_and_options(&resolve, Some(&reject), &options)
        {
            let _ = reject.call1(&JsValue::UNDEFINED, &err);
        }
    });
    match JsFuture::from(asked).await {
        Ok(answer) => {
            let coords = field(&answer, "coords");
            let number = |name: &str| field(&coords, name).as_f64().filter(|n| n.is_finite());
            match (number("latitude"), number("longitude")) {
                (Some(lat), Some(lon)) => Ok(LonLat { lon, lat }),
                _ => Err(Located::Unavailable),
            }
        }
        Err(err) => Err(match field(&err, "code").as_f64().map(|code| code as u16) {
            Some(PERMISSION_DENIED) => Located::Denied,
            Some(TIMED_OUT) => Located::TimedOut,
            _ => Located::Unavailable,
        }),
    }
}

/// A field of a JavaScript object, `undefined` when it has none.
fn field(object: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(object, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// The map file at `path` (relative to the page, as the full app loads it), parsed; `None` when it cannot be had.
async fn map_file(path: &str) -> Option<GeoCollection> {
    let window = web_sys::window()?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(path)).await.ok()?.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    let text = JsFuture::from(response.text().ok()?).await.ok()?.as_string()?;
    parse_geojson(&text).ok()
}
