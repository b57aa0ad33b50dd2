//! Which promises concern a district: a promise names its districts, and one that names none concerns the whole
//! kommun, which [`WHOLE_MUNICIPALITY`] stands for (also the `omrade` value of the URL). The page's district
//! filter and the map's shading scale both count by this rule.
//!
//! Dataset layer: of its own layer uses only `model`; must not import `geo`, `page` or `export` (the page's filter
//! and the map's shading scale both use it).

use crate::dataset::model::Promise;

/// The district filter value for promises that concern the whole municipality.
pub const WHOLE_MUNICIPALITY: &str = "hela-kommunen";

/// True when the promise concerns the district; `hela-kommunen` matches promises with no named district.
pub fn in_district(promise: &Promise, district: &str) -> bool {
    if district == WHOLE_MUNICIPALITY {
        promise.districts.is_empty()
    } else {
        promise.districts.iter().any(|d| d == district)
    }
}
