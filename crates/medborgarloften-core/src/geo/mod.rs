//! Map geometry: district boundaries from GeoJSON to SVG paths and label positions.
//!
//! The pipeline is parse ([`parse_geojson`], with validation and Swedish errors in [`GeoError`]) → fit a Web
//! Mercator [`Projection`] to the chosen areas → one compact path per area ([`area_path`]) and a label point well
//! inside it ([`label_anchor`]). [`build_map`] does all of it for the UI. Files: `model` (data), `error`,
//! `geojson` (parse), `validate`, `project`, `planar` (point in polygon, distances), `path`, `label`, `map`,
//! `locate` ([`Locator`]: which district a resident's position is in, on the device) and `map_view` ([`map_layout`]: the dataset's districts on the map, and the [`ClassScale`] they are shaded by;
//! the shading under the filters is the page's, [`crate::page::map_shades`]).
//!
//! Functional core: no leptos, web-sys, gloo or browser API, no I/O; JSON is read with the core's own reader.
//!
//! Geo layer: may use `dataset`, `json` and `text`; must not import `page` (the filters and facets: the map's shading
//! under the filters is `page::map_shades`) or `export`.

mod error;
mod geojson;
mod label;
mod locate;
mod map;
mod map_view;
mod model;
mod path;
mod planar;
mod project;
mod validate;

pub use error::{FeatureRef, GeoError, RingRef};
pub use geojson::{parse_geojson, parse_geojson_bytes, CODE_KEYS, MAX_GEOJSON_BYTES};
pub use label::label_anchor;
pub use locate::{Locator, Whereabouts, ON_EDGE};
pub use map::{build_map, MapGeometry, MapShape, MAP_PADDING};
pub use map_view::{
    check_district_codes, count_text, count_text_in, label_half_size, map_layout, map_layout_in, ClassScale,
    LegendEntry, MapArea, MapDistrict, MapLayout, CLASS_COUNT, LABEL_SIZE_TOWN, LABEL_SIZE_WHOLE, MAP_WIDTH,
};
pub use model::{bbox, Area, BBox, GeoCollection, LonLat, Polygon};
pub use path::{area_path, svg_number};
pub use planar::{point_in_polygon, point_in_rings};
pub use project::{Projection, MAX_HEIGHT_RATIO, MAX_LATITUDE};
pub use validate::{check_codes, MAX_MAP_LATITUDE, MIN_RING_POSITIONS, MIN_RING_ROUNDNESS};
