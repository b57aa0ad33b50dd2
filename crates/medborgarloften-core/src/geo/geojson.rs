//! Parsing: GeoJSON text → [`GeoCollection`]. Walks a [`crate::json::Value`] by hand so that every error can say,
//! in Swedish, which feature (index and code), polygon, ring and point is wrong.
//!
//! Parse layer. Must not import the UI, nor the projection, SVG or label code.

use crate::dataset::error::DataError;
use crate::dataset::parse::decode_text;
use crate::json::{parse_value, Object as Map, Value};

use super::error::{FeatureRef, GeoError, RingRef};
use super::model::{Area, GeoCollection, LonLat, Polygon};
use super::validate::{check_ring, check_unique_codes};

/// Property names tried, in order, for an area's code: SCB's RegSO key first, then generic fallbacks so that
/// another kommun's file (or the kommun outline, which has `kommunkod`) also parses.
pub const CODE_KEYS: [&str; 3] = ["regsokod", "code", "kommunkod"];

/// Largest map file accepted, in bytes. Eskilstuna's 30 districts take 35 KB; a 38 MB file froze the page for
/// seconds before this limit.
pub const MAX_GEOJSON_BYTES: usize = 4 * 1024 * 1024;

/// Parses a GeoJSON FeatureCollection of Polygon/MultiPolygon features into areas.
///
/// Each feature needs a non-empty `name` and a code (see [`CODE_KEYS`]); `id` falls back to the feature's own
/// `id` and then to the code; a missing `urban` means false. Rings must be closed, have at least four positions
/// and lie within lon −180…180 and the web map's latitudes ±85.05°, and enclose an area that is not a sliver.
/// Codes must be unique. A file over [`MAX_GEOJSON_BYTES`] is refused unread; a byte order mark is accepted.
pub fn parse_geojson(text: &str) -> Result<GeoCollection, GeoError> {
    if text.len() > MAX_GEOJSON_BYTES {
        return Err(GeoError::TooLarge { size: text.len(), limit: MAX_GEOJSON_BYTES });
    }
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let root = parse_value(text).map_err(|e| GeoError::InvalidJson {
        line: e.line,
        column: e.column.max(1),
        reason: e.message(),
        detail: e.technical(),
    })?;
    let not_fc = |found: &str| GeoError::NotFeatureCollection { found: found.to_owned() };
    let object = root.as_object().ok_or_else(|| not_fc("filen är inget JSON-objekt"))?;
    match object.get("type").and_then(Value::as_str) {
        Some("FeatureCollection") => {}
        Some(other) => return Err(not_fc(&format!("type är \"{other}\""))),
        None => return Err(not_fc("type saknas")),
    }
    let features = object
        .get("features")
        .and_then(Value::as_array)
        .ok_or_else(|| not_fc("features saknas eller är ingen lista"))?;
    if features.is_empty() {
        return Err(GeoError::NoAreas);
    }
    let areas = features
        .iter()
        .enumerate()
        .map(|(index, feature)| parse_feature(index, feature))
        .collect::<Result<Vec<_>, _>>()?;
    check_unique_codes(&areas)?;
    Ok(GeoCollection { areas })
}

/// Parses a map file as it was published (bytes), decoded like a dataset: a UTF-8 byte order mark is accepted,
/// UTF-16 and broken UTF-8 are refused with line and column. Then as [`parse_geojson`].
pub fn parse_geojson_bytes(bytes: &[u8]) -> Result<GeoCollection, GeoError> {
    if bytes.len() > MAX_GEOJSON_BYTES {
        return Err(GeoError::TooLarge { size: bytes.len(), limit: MAX_GEOJSON_BYTES });
    }
    let text = decode_text(bytes).map_err(|err| match err {
        DataError::Encoding { line, column, message } => GeoError::Encoding { line, column, reason: message },
        other => GeoError::Encoding { line: 1, column: 1, reason: other.to_string() },
    })?;
    parse_geojson(text)
}

fn malformed(at: &FeatureRef, what: impl Into<String>) -> GeoError {
    GeoError::Malformed { at: at.clone(), what: what.into() }
}

fn parse_feature(index: usize, feature: &Value) -> Result<Area, GeoError> {
    let mut at = FeatureRef { index, code: None };
    let object = feature.as_object().ok_or_else(|| malformed(&at, "är inget JSON-objekt"))?;
    let empty = Map::new();
    let props = match object.get("properties") {
        None | Some(Value::Null) => &empty,
        Some(Value::Object(props)) => props,
        Some(_) => return Err(malformed(&at, "properties är inget JSON-objekt")),
    };
    let code = CODE_KEYS
        .iter()
        .find_map(|key| non_empty_str(props.get(*key)))
        .ok_or_else(|| GeoError::MissingCode { at: at.clone() })?;
    at.code = Some(code.to_owned());
    let name = non_empty_str(props.get("name")).ok_or_else(|| GeoError::MissingName { at: at.clone() })?;
    let id = non_empty_str(props.get("id"))
        .map(str::to_owned)
        .or_else(|| match object.get("id") {
            Some(Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_owned()),
            // Whole-number ids only: formatting a float id would pull float formatting into the app's wasm.
            Some(number @ Value::Number(_)) => number.as_i64().map(|n| n.to_string()),
            _ => None,
        })
        .unwrap_or_else(|| code.to_owned());
    let urban = match props.get("urban") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(urban)) => *urban,
        Some(_) => return Err(malformed(&at, "egenskapen \"urban\" måste vara true eller false")),
    };
    let polygons = parse_geometry(&at, object.get("geometry"))?;
    Ok(Area { code: code.to_owned(), id, name: name.to_owned(), urban, polygons })
}

fn non_empty_str(value: Option<&Value>) -> Option<&str> {
    value.and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty())
}

fn parse_geometry(at: &FeatureRef, geometry: Option<&Value>) -> Result<Vec<Polygon>, GeoError> {
    let geometry = geometry.and_then(Value::as_object).ok_or_else(|| malformed(at, "geometri (geometry) saknas"))?;
    let kind = geometry.get("type").and_then(Value::as_str).unwrap_or("(saknas)");
    let coordinates = || {
        geometry
            .get("coordinates")
            .and_then(Value::as_array)
            .ok_or_else(|| malformed(at, format!("{kind} saknar en lista coordinates")))
    };
    match kind {
        "Polygon" => Ok(vec![parse_polygon(at, None, coordinates()?)?]),
        "MultiPolygon" => {
            let list = coordinates()?;
            if list.is_empty() {
                return Err(malformed(at, "MultiPolygon utan polygoner"));
            }
            list.iter()
                .enumerate()
                .map(|(i, polygon)| {
                    let rings = polygon
                        .as_array()
                        .ok_or_else(|| malformed(at, format!("polygon {i} är ingen lista av ringar")))?;
                    parse_polygon(at, Some(i), rings)
                })
                .collect()
        }
        other => Err(GeoError::UnsupportedGeometry { at: at.clone(), kind: other.to_owned() }),
    }
}

fn parse_polygon(at: &FeatureRef, polygon: Option<usize>, rings: &[Value]) -> Result<Polygon, GeoError> {
    if rings.is_empty() {
        let place = polygon.map_or_else(String::new, |i| format!("polygon {i}: "));
        return Err(malformed(at, format!("{place}polygonen saknar ringar")));
    }
    let rings = rings
        .iter()
        .enumerate()
        .map(|(ring, positions)| {
            let ring = RingRef { polygon, ring };
            let points = parse_ring(at, ring, positions)?;
            check_ring(at, ring, &points)?;
            Ok(points)
        })
        .collect::<Result<Vec<_>, GeoError>>()?;
    Ok(Polygon { rings })
}

fn parse_ring(at: &FeatureRef, ring: RingRef, positions: &Value) -> Result<Vec<LonLat>, GeoError> {
    let positions =
        positions.as_array().ok_or_else(|| malformed(at, format!("{ring}: ringen är ingen lista av punkter")))?;
    positions
        .iter()
        .enumerate()
        .map(|(point, position)| {
            let pair = position.as_array().and_then(|a| Some((a.first()?.as_f64()?, a.get(1)?.as_f64()?)));
            pair.map(|(lon, lat)| LonLat { lon, lat })
                .ok_or_else(|| malformed(at, format!("{ring}, punkt {point}: en punkt måste vara [longitud, latitud]")))
        })
        .collect()
}
