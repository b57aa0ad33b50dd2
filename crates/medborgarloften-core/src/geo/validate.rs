//! Validation rules for parsed map data: ring shape and coordinate range, unique codes, and codes referenced
//! from elsewhere (the promises) that must exist in the map.
//!
//! Pure functions over the model. Must not import the UI, serde_json or the projection/SVG code.

use std::collections::HashMap;

use super::error::{FeatureRef, GeoError, RingRef};
use super::model::{Area, GeoCollection, LonLat};

/// The fewest positions a closed ring can have: three corners and the closing repeat of the first.
pub const MIN_RING_POSITIONS: usize = 4;

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
    if points.first() != points.last() {
        return Err(GeoError::RingNotClosed { at: at.clone(), ring });
    }
    Ok(())
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
    fn an_open_ring_is_rejected() {
        let ring = [ll(0.0, 0.0), ll(1.0, 0.0), ll(1.0, 1.0), ll(0.0, 1.0)];
        assert!(matches!(check_ring(&at(), RING, &ring), Err(GeoError::RingNotClosed { .. })));
    }
}
