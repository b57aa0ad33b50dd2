//! Where a resident is: a position from the browser, looked up in the dataset's own map on the device — which
//! named district of the dataset it lies in, or whether it lies in the kommun at all ([`Whereabouts`]).
//!
//! Coordinates. The browser's Geolocation API gives WGS84 latitude and longitude (W3C Geolocation, §
//! "GeolocationCoordinates"). The map files are read as WGS84 longitude/latitude too: GeoJSON's own coordinate
//! system (RFC 7946 §4), which the shipped files state in their metadata (`"crs": "WGS84 lon/lat (EPSG:4326)"`),
//! and [`super::parse_geojson`] refuses any coordinate outside ±180°/±90°, so a projected file (SWEREF99 TM, with
//! eastings near 500 000 m) never gets this far. The two are therefore compared directly, with no projection: over
//! one kommun degrees may be treated as a plane for the question "inside or not" (an edge between two positions
//! a few hundred metres apart bends by well under a millimetre as a geodesic).
//!
//! The rules. A dataset district covers the areas of its `regso` codes; a position inside any of their polygons
//! (outside their holes; each polygon of a MultiPolygon counts) is in that district. A position on an edge counts
//! as inside, so a district's own boundary belongs to it; on the edge two named districts share, the first in the
//! dataset's order has it. Else it is in the kommun if it is inside (or on) the kommun's outline — the dataset's
//! `geometry.outline`, or, without one, all the areas of the district map together — and otherwise outside.
//!
//! Geo layer: may use `dataset` and this layer's model and plane geometry; must not import `page` or the UI.

use crate::dataset::model::District;

use super::model::{BBox, GeoCollection, LonLat, Polygon};
use super::planar::{edge_distance, point_in_rings};

/// How near an edge, in degrees, a position counts as on it: about 0.1 mm, only the rounding of arithmetic.
pub const ON_EDGE: f64 = 1e-9;

/// Where a position lies, as the page needs it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Whereabouts {
    /// In the named district of the dataset with this id (e.g. `skiftinge`).
    District(String),
    /// In the kommun, but in none of the dataset's named districts.
    InKommunNoDistrict,
    /// Outside the kommun.
    OutsideKommun,
}

/// One polygon ready for lookups: its rings as (longitude, latitude) and the box around its outer ring.
#[derive(Clone, Debug)]
struct Shape {
    bbox: BBox,
    rings: Vec<Vec<(f64, f64)>>,
}

impl Shape {
    fn of(polygon: &Polygon) -> Shape {
        let mut bbox = BBox::EMPTY;
        for point in polygon.outer() {
            bbox.include(*point);
        }
        let rings = polygon.rings.iter().map(|ring| ring.iter().map(|p| (p.lon, p.lat)).collect()).collect();
        Shape { bbox, rings }
    }

    /// Inside the polygon (outside its holes), or on one of its edges.
    fn holds(&self, (lon, lat): (f64, f64)) -> bool {
        let b = &self.bbox;
        let near = lon >= b.min_lon - ON_EDGE
            && lon <= b.max_lon + ON_EDGE
            && lat >= b.min_lat - ON_EDGE
            && lat <= b.max_lat + ON_EDGE;
        near && (point_in_rings((lon, lat), &self.rings) || edge_distance((lon, lat), &self.rings) <= ON_EDGE)
    }
}

/// The dataset's districts and the kommun's outline, made ready once for any number of lookups.
#[derive(Clone, Debug)]
pub struct Locator {
    /// Each named district with a polygon on the map, in the dataset's order: its id and its polygons.
    districts: Vec<(String, Vec<Shape>)>,
    /// The kommun.
    kommun: Vec<Shape>,
}

impl Locator {
    /// The dataset's `districts` on the district map `areas` (areas found by their codes; a code the map lacks is
    /// left out), and the kommun as `outline` draws it, or as all of `areas` together when there is no outline.
    pub fn new(districts: &[District], areas: &GeoCollection, outline: Option<&GeoCollection>) -> Locator {
        let districts = districts
            .iter()
            .map(|district| {
                let shapes = district
                    .regso
                    .iter()
                    .filter_map(|code| areas.area(code))
                    .flat_map(|area| area.polygons.iter().map(Shape::of))
                    .collect::<Vec<_>>();
                (district.id.clone(), shapes)
            })
            .filter(|(_, shapes)| !shapes.is_empty())
            .collect();
        let kommun = outline.unwrap_or(areas).areas.iter().flat_map(|area| area.polygons.iter().map(Shape::of));
        Locator { districts, kommun: kommun.collect() }
    }

    /// Where `at` lies. A position that is not a number (NaN, infinite) is outside.
    pub fn find(&self, at: LonLat) -> Whereabouts {
        let point = (at.lon, at.lat);
        if !(at.lon.is_finite() && at.lat.is_finite()) {
            return Whereabouts::OutsideKommun;
        }
        if let Some((id, _)) = self.districts.iter().find(|(_, shapes)| shapes.iter().any(|s| s.holds(point))) {
            return Whereabouts::District(id.clone());
        }
        if self.kommun.iter().any(|s| s.holds(point)) {
            Whereabouts::InKommunNoDistrict
        } else {
            Whereabouts::OutsideKommun
        }
    }
}
