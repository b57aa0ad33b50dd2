//! The map the UI draws: the chosen areas fitted into one viewBox, each with its SVG path and label position.
//! This is the one call the app makes; everything it needs to render is in [`MapGeometry`].
//!
//! Geometry layer. Must not import the UI; it only combines the projection, path and label code.

use super::label::label_anchor;
use super::model::{bbox, Area, GeoCollection};
use super::path::area_path;
use super::project::Projection;

/// Padding on each side of the map, as a fraction of its width, so edge strokes and labels are not clipped.
pub const MAP_PADDING: f64 = 0.02;

/// One area ready to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct MapShape {
    /// The area's code (e.g. `0484R017`), the key promises use.
    pub code: String,
    /// The area's slug (e.g. `skiftinge-djursta`), handy for `data-testid` and CSS.
    pub id: String,
    /// The display name.
    pub name: String,
    /// Whether the area belongs to the town.
    pub urban: bool,
    /// The SVG path `d` attribute (see [`area_path`]); draw with `fill-rule="evenodd"`.
    pub d: String,
    /// Where to put the area's label, in viewBox units (see [`label_anchor`]).
    pub label: (f64, f64),
}

/// Every chosen area and the viewBox they were fitted to.
#[derive(Debug, Clone, PartialEq)]
pub struct MapGeometry {
    /// The SVG `viewBox` as (min-x, min-y, width, height).
    pub view_box: (f64, f64, f64, f64),
    /// The areas in file order.
    pub shapes: Vec<MapShape>,
}

impl MapGeometry {
    /// The `viewBox` attribute text, e.g. `"0 0 1000 512.3"`.
    pub fn view_box_attr(&self) -> String {
        let (x, y, w, h) = self.view_box;
        format!("{x} {y} {w} {h}")
    }

    /// The shape with this code, if it is on the map.
    pub fn shape(&self, code: &str) -> Option<&MapShape> {
        self.shapes.iter().find(|shape| shape.code == code)
    }
}

/// Builds the map of `collection` in a viewBox `width` units wide (height follows the areas' shape).
///
/// With `urban_only` only areas marked `urban` are drawn and the map zooms to them; a file that marks no area
/// as urban shows all areas either way, rather than an empty map.
pub fn build_map(collection: &GeoCollection, urban_only: bool, width: f64) -> MapGeometry {
    let any_urban = collection.areas.iter().any(|area| area.urban);
    let chosen: Vec<&Area> = collection.areas.iter().filter(|area| !urban_only || !any_urban || area.urban).collect();
    let proj = Projection::fit(bbox(chosen.iter().copied()), width, width * MAP_PADDING);
    let shapes = chosen
        .into_iter()
        .map(|area| MapShape {
            code: area.code.clone(),
            id: area.id.clone(),
            name: area.name.clone(),
            urban: area.urban,
            d: area_path(area, &proj),
            label: label_anchor(area, &proj),
        })
        .collect();
    MapGeometry { view_box: proj.view_box(), shapes }
}
