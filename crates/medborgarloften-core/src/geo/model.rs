//! The geo data model: areas with their polygons in WGS84 longitude/latitude, and their bounding box.
//!
//! Plain data. Must not import the UI, nor the parser, projection or SVG code that build on it.

/// A WGS84 position in degrees.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LonLat {
    /// Longitude, −180…180, east positive.
    pub lon: f64,
    /// Latitude, −90…90, north positive.
    pub lat: f64,
}

/// One polygon: an outer ring and any holes. Rings are closed as in GeoJSON (last position == first) and have
/// at least four positions; the parser guarantees both.
#[derive(Debug, Clone, PartialEq)]
pub struct Polygon {
    /// The first ring is the outer boundary, the rest are holes. Winding order is not relied on.
    pub rings: Vec<Vec<LonLat>>,
}

impl Polygon {
    /// The outer ring (empty if the polygon has no rings at all, which the parser never produces).
    pub fn outer(&self) -> &[LonLat] {
        self.rings.first().map_or(&[], Vec::as_slice)
    }
}

/// One area of the map (a RegSO district in Eskilstuna).
#[derive(Debug, Clone, PartialEq)]
pub struct Area {
    /// The area's code, unique in its file (the `regsokod`, e.g. `0484R017`); promises refer to areas by it.
    pub code: String,
    /// A URL-friendly slug (e.g. `skiftinge-djursta`); the code when the file gives no id.
    pub id: String,
    /// The display name (e.g. `Skiftinge-Djursta`).
    pub name: String,
    /// Whether the area belongs to the town (shown on the town map); false when the file does not say.
    pub urban: bool,
    /// One polygon for a GeoJSON Polygon, several for a MultiPolygon.
    pub polygons: Vec<Polygon>,
}

/// All areas of one map file, in file order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GeoCollection {
    /// The areas; codes are unique.
    pub areas: Vec<Area>,
}

impl GeoCollection {
    /// The area with this code, if any.
    pub fn area(&self, code: &str) -> Option<&Area> {
        self.areas.iter().find(|area| area.code == code)
    }
}

/// A longitude/latitude bounding box. Starts empty (min above max) and grows with [`BBox::include`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BBox {
    /// Westmost longitude.
    pub min_lon: f64,
    /// Southmost latitude.
    pub min_lat: f64,
    /// Eastmost longitude.
    pub max_lon: f64,
    /// Northmost latitude.
    pub max_lat: f64,
}

impl BBox {
    /// The box that contains nothing.
    pub const EMPTY: BBox =
        BBox { min_lon: f64::INFINITY, min_lat: f64::INFINITY, max_lon: f64::NEG_INFINITY, max_lat: f64::NEG_INFINITY };

    /// True when no point has been included.
    pub fn is_empty(&self) -> bool {
        self.min_lon > self.max_lon || self.min_lat > self.max_lat
    }

    /// Grows the box to contain `point`.
    pub fn include(&mut self, point: LonLat) {
        self.min_lon = self.min_lon.min(point.lon);
        self.min_lat = self.min_lat.min(point.lat);
        self.max_lon = self.max_lon.max(point.lon);
        self.max_lat = self.max_lat.max(point.lat);
    }
}

impl Default for BBox {
    fn default() -> Self {
        BBox::EMPTY
    }
}

/// The bounding box of the outer rings of `areas` (holes lie inside their outer ring, so they cannot widen it).
pub fn bbox<'a>(areas: impl Iterator<Item = &'a Area>) -> BBox {
    let mut b = BBox::EMPTY;
    for point in areas.flat_map(|area| area.polygons.iter()).flat_map(Polygon::outer) {
        b.include(*point);
    }
    b
}
