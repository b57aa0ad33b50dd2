//! Validation rules for parsed map data: ring shape and coordinate range, unique codes, and codes referenced
//! from elsewhere (the promises) that must exist in the map.
//!
//! Pure functions over the model. Must not import the UI, serde_json or the projection/SVG code.

use std::collections::HashMap;

use super::error::{FeatureRef, GeoError, RingRef};
use super::model::{Area, GeoCollection, LonLat};

/// The fewest positions a closed ring can have: three corners and the closing repeat of the first.
pub const MIN_RING_POSITIONS: usize = 4;

/// Farthest latitude a map file may use: where Web Mercator (the app's projection, and web maps') stops.
pub const MAX_MAP_LATITUDE: f64 = 85.051_128_78;

/// Smallest isoperimetric ratio (4π·area / perimeter², 1 for a circle) a ring may have. Real district rings are
/// above 0.1; 1e-4 is a rectangle 30,000 times longer than wide, a sliver no map should hold.
pub const MIN_RING_ROUNDNESS: f64 = 1e-4;

/// Checks one ring: enough positions, every coordinate in range, and closed.
pub(crate) fn check_ring(at: &FeatureRef, ring: RingRef, points: &[LonLat]) -> Result<(), GeoError> {
    if points.len() < MIN_RING_POSITIONS {
        return Err(GeoError::RingTooShort { at: at.clone(), ring, points: points.len() });
    }
    for (point, p) in points.iter().enumerate() {
        if !(-180.0..=180.0).contains(&p.lon) || !(-90.0..=90.0).contains(&p.lat) {
            return Err(GeoError::CoordinateOutOfRange { at: at.clone(), ring, point, lon: p.lon, lat: p.lat });
        }
    }
    for (point, p) in points.iter().enumerate() {
        if p.lat.abs() > MAX_MAP_LATITUDE {
            return Err(GeoError::LatitudeBeyondMap { at: at.clone(), ring, point, lat: p.lat });
        }
    }
    if points.first() != points.last() {
        return Err(GeoError::RingNotClosed { at: at.clone(), ring });
    }
    let (area, perimeter) = area_and_perimeter(points);
    if !area.is_finite() || area <= 0.0 {
        return Err(GeoError::DegenerateRing { at: at.clone(), ring, sliver: false });
    }
    if 4.0 * std::f64::consts::PI * area / (perimeter * perimeter) < MIN_RING_ROUNDNESS {
        return Err(GeoError::DegenerateRing { at: at.clone(), ring, sliver: true });
    }
    Ok(())
}

/// Area and perimeter of a closed ring in degrees, longitude shrunk by cos(latitude) so the shape is measured
/// as it looks on the map.
fn area_and_perimeter(points: &[LonLat]) -> (f64, f64) {
    let xy = |p: &LonLat| (p.lon * p.lat.to_radians().cos(), p.lat);
    let (mut twice, mut perimeter) = (0.0, 0.0);
    for pair in points.windows(2) {
        let ((x0, y0), (x1, y1)) = (xy(&pair[0]), xy(&pair[1]));
        twice += x0 * y1 - x1 * y0;
        perimeter += (x1 - x0).hypot(y1 - y0);
    }
    (twice.abs() / 2.0, perimeter)
}

/// Checks that no two areas share a code; the error names both features.
pub(crate) fn check_unique_codes(areas: &[Area]) -> Result<(), GeoError> {
    let mut seen: HashMap<&str, usize> = HashMap::with_capacity(areas.len());
    for (index, area) in areas.iter().enumerate() {
        if let Some(first) = seen.insert(&area.code, index) {
            return Err(GeoError::DuplicateCode { code: area.code.clone(), first, second: index });
        }
    }
    Ok(())
}

/// Checks that every code in `codes` (e.g. the RegSO codes the promises name) is an area of `collection`.
/// The error names the first missing code.
pub fn check_codes<'a>(collection: &GeoCollection, codes: impl IntoIterator<Item = &'a str>) -> Result<(), GeoError> {
    for code in codes {
        if collection.area(code).is_none() {
            return Err(GeoError::UnknownCode { code: code.to_owned() });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at() -> FeatureRef {
        FeatureRef { index: 2, code: Some("0484R099".into()) }
    }

    const RING: RingRef = RingRef { polygon: None, ring: 0 };

    fn ll(lon: f64, lat: f64) -> LonLat {
        LonLat { lon, lat }
    }

    #[test]
    fn a_closed_square_passes() {
        let square = [ll(0.0, 0.0), ll(1.0, 0.0), ll(1.0, 1.0), ll(0.0, 0.0)];
        assert_eq!(check_ring(&at(), RING, &square), Ok(()));
    }

    #[test]
    fn three_positions_are_too_few() {
        let err = check_ring(&at(), RING, &[ll(0.0, 0.0), ll(1.0, 0.0), ll(0.0, 0.0)]);
        assert!(matches!(err, Err(GeoError::RingTooShort { points: 3, .. })), "{err:?}");
    }

    #[test]
    fn latitude_above_ninety_is_out_of_range_and_named() {
        let ring = [ll(0.0, 0.0), ll(1.0, 91.0), ll(1.0, 1.0), ll(0.0, 0.0)];
        let err = check_ring(&at(), RING, &ring).expect_err("lat 91 must fail");
        assert!(matches!(err, GeoError::CoordinateOutOfRange { point: 1, .. }), "{err:?}");
        let message = err.to_string();
        assert!(
            message.contains("features[2]") && message.contains("0484R099") && message.contains("punkt 1"),
            "{message}"
        );
    }

    #[test]
    fn longitude_below_minus_180_is_out_of_range() {
        let ring = [ll(-181.0, 0.0), ll(1.0, 0.0), ll(1.0, 1.0), ll(-181.0, 0.0)];
        assert!(matches!(check_ring(&at(), RING, &ring), Err(GeoError::CoordinateOutOfRange { point: 0, .. })));
    }

    #[test]
    fn latitudes_beyond_the_web_map_are_refused_in_swedish() {
        let ring = [ll(0.0, 85.0), ll(1.0, 89.9), ll(1.0, 85.0), ll(0.0, 85.0)];
        let err = check_ring(&at(), RING, &ring).expect_err("89.9° N");
        assert!(matches!(err, GeoError::LatitudeBeyondMap { point: 1, .. }), "{err:?}");
        assert!(err.to_string().contains("latituden 89.9 ligger utanför kartans gräns ±85.05°"), "{err}");
    }

    #[test]
    fn flat_and_sliver_rings_are_refused() {
        let flat = [ll(16.0, 59.0), ll(16.5, 59.0), ll(17.0, 59.0), ll(16.0, 59.0)];
        let err = check_ring(&at(), RING, &flat).expect_err("flat");
        assert!(err.to_string().ends_with("ringen omsluter ingen yta (alla punkter ligger på en linje)"), "{err}");
        let sliver = [ll(16.0, 59.0), ll(17.0, 59.0), ll(16.5, 59.000_000_001), ll(16.0, 59.0)];
        let err = check_ring(&at(), RING, &sliver).expect_err("sliver");
        assert!(matches!(err, GeoError::DegenerateRing { sliver: true, .. }), "{err:?}");
        assert!(err.to_string().contains("smal flisa"), "{err}");
        let thin_but_real = [ll(16.0, 59.0), ll(16.1, 59.0), ll(16.1, 59.001), ll(16.0, 59.001), ll(16.0, 59.0)];
        assert_eq!(check_ring(&at(), RING, &thin_but_real), Ok(()));
    }

    #[test]
    fn an_open_ring_is_rejected() {
        let ring = [ll(0.0, 0.0), ll(1.0, 0.0), ll(1.0, 1.0), ll(0.0, 1.0)];
        assert!(matches!(check_ring(&at(), RING, &ring), Err(GeoError::RingNotClosed { .. })));
    }
}
