//! The district map as the app draws it: which map areas belong to which named district of the dataset, where
//! each district's label goes, how dark each district is shaded (a choropleth of promise counts) and the texts
//! for screen readers, the caption and the legend.
//!
//! Two steps, so the costly one runs rarely: [`map_layout`] (paths, grouping, labels, legend) once per dataset,
//! map file and mode; the page's [`district_shades`](crate::page::map_shades::district_shades) (counts, classes,
//! selection) on every filter change, with this module's [`ClassScale`]. Nothing here knows Eskilstuna:
//! districts, codes, names and attribution all come from the dataset and the map file.
//!
//! Geo layer on top of the model and the map builder: may use `dataset`, `json` and `text`; must not import
//! `page` (the filters and facets), `export` or the UI.

use crate::dataset::district::in_district;
use crate::dataset::model::Dataset;
use crate::lang::{fill, Language};

use super::error::GeoError;
use super::map::build_map;
use super::model::{Area, GeoCollection};
use super::path::{push_tenths, tenths};
use super::planar::polygon_area;
use super::validate::check_codes;

/// Width of the map's viewBox in SVG user units; the height follows the areas' shape.
pub const MAP_WIDTH: f64 = 1000.0;

/// Label font size in viewBox units on the town map (about 13 px when the map is 350 px wide).
pub const LABEL_SIZE_TOWN: u32 = 38;

/// Label font size on the whole-kommun map, whose areas are smaller on screen.
pub const LABEL_SIZE_WHOLE: u32 = 28;

/// Number of shading classes: class 0 is "no promises", classes 1..=4 split 1..=max evenly.
pub const CLASS_COUNT: u8 = 5;

/// One drawn area.
#[derive(Debug, Clone, PartialEq)]
pub struct MapArea {
    /// The area's code, e.g. `0484R017`.
    pub code: String,
    /// The map file's name of the area, e.g. "Skiftinge-Djursta".
    pub name: String,
    /// The SVG path `d`, drawn with `fill-rule="evenodd"`.
    pub d: String,
}

/// A named district of the dataset as drawn: its areas that are on the map, and one label.
#[derive(Debug, Clone, PartialEq)]
pub struct MapDistrict {
    /// Index of the district in `Dataset::districts` (and in
    /// [`district_shades`](crate::page::map_shades::district_shades)' result).
    pub index: usize,
    /// URL value, e.g. `skiftinge`.
    pub id: String,
    /// Display name, e.g. "Skiftinge"; also the label text.
    pub name: String,
    /// Whether it is a priority district (drawn hatched).
    pub priority: bool,
    /// Its areas on this map, in map-file order; never empty.
    pub areas: Vec<MapArea>,
    /// Label centre in viewBox units: the label anchor of the district's largest area on the map, moved up or
    /// down when it would cover an earlier district's label, and kept inside the viewBox.
    pub label: (f64, f64),
}

/// One legend row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LegendEntry {
    /// Shading class, 0..[`CLASS_COUNT`].
    pub class: u8,
    /// What the class means, e.g. "4–5 löften".
    pub label: String,
}

/// Everything about the map that does not change with the filters.
#[derive(Debug, Clone, PartialEq)]
pub struct MapLayout {
    /// The SVG `viewBox` attribute.
    pub view_box: String,
    /// Whether only the town's areas are drawn.
    pub urban_only: bool,
    /// Label font size in viewBox units.
    pub label_size: u32,
    /// Areas of no named district: drawn muted, not interactive. Drawn first.
    pub background: Vec<MapArea>,
    /// Named districts with at least one area on the map, in dataset order.
    pub districts: Vec<MapDistrict>,
    /// The shading classes that can occur with this dataset, lightest first.
    pub legend: Vec<LegendEntry>,
    /// Whether any district on the map is a priority district (the legend then explains the hatching).
    pub has_priority: bool,
    /// The source line to show with the map, e.g. "Källa: SCB".
    pub attribution: String,
}

impl MapLayout {
    /// How many areas are drawn in all.
    pub fn area_count(&self) -> usize {
        self.background.len() + self.districts.iter().map(|d| d.areas.len()).sum::<usize>()
    }

    /// SVG markup of the muted background areas, each `<path class="map__area" data-testid="map-area">` with a
    /// `<title>`. Static per layout, so the app inserts it as markup rather than building typed views.
    pub fn background_markup(&self) -> String {
        let mut out = String::new();
        for area in &self.background {
            push_area(&mut out, area, true);
        }
        out
    }

    /// SVG markup of the district labels: one `<text class="map__label">` per district at its label position.
    pub fn labels_markup(&self) -> String {
        let mut out = String::new();
        for district in &self.districts {
            out.push_str("<text class=\"map__label\" x=\"");
            push_tenths(&mut out, tenths(district.label.0));
            out.push_str("\" y=\"");
            push_tenths(&mut out, tenths(district.label.1));
            out.push_str("\">");
            push_escaped(&mut out, &district.name);
            out.push_str("</text>");
        }
        out
    }
}

impl MapDistrict {
    /// SVG markup of the district's areas: `<path data-testid="map-area">` each, no titles (the group has one).
    pub fn paths_markup(&self) -> String {
        let mut out = String::new();
        for area in &self.areas {
            push_area(&mut out, area, false);
        }
        out
    }

    /// SVG markup of the district's outline for the layer drawn over every district (selection and focus): bare
    /// `<path d>` elements, no test ids or titles, so the areas are not counted or announced twice.
    pub fn outline_markup(&self) -> String {
        let mut out = String::new();
        for area in &self.areas {
            out.push_str("<path d=\"");
            out.push_str(&area.d);
            out.push_str("\"/>");
        }
        out
    }
}

fn push_area(out: &mut String, area: &MapArea, titled: bool) {
    out.push_str("<path class=\"");
    out.push_str(crate::contract::class::MAP_AREA);
    out.push_str("\" data-testid=\"map-area\" data-code=\"");
    push_escaped(out, &area.code);
    out.push_str("\" d=\"");
    out.push_str(&area.d);
    if titled {
        out.push_str("\"><title>");
        push_escaped(out, &area.name);
        out.push_str("</title></path>");
    } else {
        out.push_str("\"/>");
    }
}

/// Appends text escaped for markup: names come from data files and must never become tags.
fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
}

/// Shading classes for promise counts 0..=`max`, where `max` is the most promises any district has with no
/// filter at all, so a colour means the same number whatever is filtered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClassScale {
    /// The largest count the scale is made for.
    pub max: usize,
}

impl ClassScale {
    /// The scale for a dataset: `max` is the largest unfiltered promise count of its named districts.
    pub fn of(data: &Dataset) -> Self {
        let max = data
            .districts
            .iter()
            .map(|d| data.promises.iter().filter(|p| in_district(p, &d.id)).count())
            .max()
            .unwrap_or(0);
        ClassScale { max }
    }

    /// The class of a count: 0 for none, else `ceil(4 · count / max)`, at most 4.
    pub fn class(&self, count: usize) -> u8 {
        let top = usize::from(CLASS_COUNT - 1);
        if count == 0 || self.max == 0 {
            return 0;
        }
        // Counts above max cannot happen with facet counts; clamp rather than overflow the palette.
        (count * top).div_ceil(self.max).min(top) as u8
    }

    /// The counts class `class` covers, or `None` when no count falls in it.
    pub fn range(&self, class: u8) -> Option<(usize, usize)> {
        let top = usize::from(CLASS_COUNT - 1);
        let k = usize::from(class);
        if k == 0 {
            return Some((0, 0));
        }
        if k > top || self.max == 0 {
            return None;
        }
        let low = (k - 1) * self.max / top + 1;
        let high = k * self.max / top;
        (low <= high).then_some((low, high))
    }

    /// Legend rows for every class that can occur, lightest first.
    pub fn legend(&self) -> Vec<LegendEntry> {
        self.legend_in(crate::lang::SWEDISH)
    }

    /// [`ClassScale::legend`] in `lang`: "4–5 löften", "4–5 promises".
    pub fn legend_in(&self, lang: &Language) -> Vec<LegendEntry> {
        (0..CLASS_COUNT)
            .filter_map(|class| {
                let (low, high) = self.range(class)?;
                let label = if low == high {
                    count_text_in(low, lang)
                } else {
                    let range = format!("{low}–{high}");
                    fill(lang.words.page.promises.form(lang.plural_of(high as u64)), &[("n", &range)])
                };
                Some(LegendEntry { class, label })
            })
            .collect()
    }
}

/// "1 löfte", "5 löften", "0 löften".
pub fn count_text(count: usize) -> String {
    count_text_in(count, crate::lang::SWEDISH)
}

/// [`count_text`] in `lang`: "1 promise", "وعدين".
pub fn count_text_in(count: usize, lang: &Language) -> String {
    lang.count(&lang.words.page.promises, count)
}

/// Checks that every RegSO code a district of the dataset names is an area of the map file. The error names the
/// district and the missing code.
pub fn check_district_codes(data: &Dataset, geo: &GeoCollection) -> Result<(), GeoError> {
    for district in &data.districts {
        check_codes(geo, district.regso.iter().map(String::as_str)).map_err(|err| match err {
            GeoError::UnknownCode { code } => GeoError::UnknownDistrictCode { district: district.name.clone(), code },
            other => other,
        })?;
    }
    Ok(())
}

/// Lays out the map of `geo` for `data`: the town's areas only (`urban_only`) or all of them.
///
/// Each area belongs to the first dataset district that names its code, or to none (background). A district's
/// label goes at the label anchor of its largest area on the map, so a district of two areas is named once.
/// Fails when a district names a code the map file lacks.
pub fn map_layout(data: &Dataset, geo: &GeoCollection, urban_only: bool) -> Result<MapLayout, GeoError> {
    map_layout_in(data, geo, urban_only, crate::lang::SWEDISH)
}

/// [`map_layout`] with the legend in `lang`.
pub fn map_layout_in(
    data: &Dataset,
    geo: &GeoCollection,
    urban_only: bool,
    lang: &Language,
) -> Result<MapLayout, GeoError> {
    check_district_codes(data, geo)?;
    let map = build_map(geo, urban_only, MAP_WIDTH);
    let owner = |code: &str| data.districts.iter().position(|d| d.regso.iter().any(|c| c == code));
    let mut background = Vec::new();
    // (largest area size so far, district) per dataset district.
    let mut drawn: Vec<Option<(f64, MapDistrict)>> = vec![None; data.districts.len()];
    for shape in map.shapes {
        let area = MapArea { code: shape.code, name: shape.name, d: shape.d };
        let Some(index) = owner(&area.code) else {
            background.push(area);
            continue;
        };
        let size = geo.area(&area.code).map_or(0.0, area_size);
        match &mut drawn[index] {
            Some((largest, district)) => {
                if size > *largest {
                    *largest = size;
                    district.label = shape.label;
                }
                district.areas.push(area);
            }
            slot @ None => {
                let d = &data.districts[index];
                *slot = Some((
                    size,
                    MapDistrict {
                        index,
                        id: d.id.clone(),
                        name: d.name.clone(),
                        priority: d.priority,
                        areas: vec![area],
                        label: shape.label,
                    },
                ));
            }
        }
    }
    let mut districts: Vec<MapDistrict> = drawn.into_iter().flatten().map(|(_, d)| d).collect();
    let label_size = if urban_only { LABEL_SIZE_TOWN } else { LABEL_SIZE_WHOLE };
    place_labels(&mut districts, f64::from(label_size), map.view_box);
    Ok(MapLayout {
        view_box: map_view_box(map.view_box),
        urban_only,
        label_size,
        background,
        has_priority: districts.iter().any(|d| d.priority),
        districts,
        legend: ClassScale::of(data).legend_in(lang),
        attribution: data.geometry.as_ref().map(|g| g.attribution.clone()).unwrap_or_default(),
    })
}

/// Half the width and height of a label's box: bold text is about 0.6 em a character, a line about 1.2 em.
pub fn label_half_size(name: &str, size: f64) -> (f64, f64) {
    (0.3 * size * name.chars().count() as f64, 0.6 * size)
}

/// Keeps labels inside the viewBox and off each other: each label, in dataset order, takes the first of its
/// anchor, one line below, one above, two below, two above… that covers no earlier label.
fn place_labels(districts: &mut [MapDistrict], size: f64, (vx, vy, vw, vh): (f64, f64, f64, f64)) {
    let mut placed: Vec<(f64, f64, f64, f64)> = Vec::with_capacity(districts.len());
    for district in districts {
        let (hw, hh) = label_half_size(&district.name, size);
        let clamp = |v: f64, low: f64, high: f64| if low > high { (low + high) / 2.0 } else { v.clamp(low, high) };
        let x = clamp(district.label.0, vx + hw, vx + vw - hw);
        let free =
            |y: f64| placed.iter().all(|&(px, py, pw, ph)| (x - px).abs() >= hw + pw || (y - py).abs() >= hh + ph);
        let y0 = district.label.1;
        let y = [0.0, 1.0, -1.0, 2.0, -2.0, 3.0, -3.0]
            .iter()
            .map(|step| clamp(y0 + step * 2.0 * hh, vy + hh, vy + vh - hh))
            .find(|&y| free(y))
            .unwrap_or_else(|| clamp(y0, vy + hh, vy + vh - hh));
        district.label = (x, y);
        placed.push((x, y, hw, hh));
    }
}

/// The viewBox attribute, rounded to tenths like the paths (and without float formatting, which is large in wasm).
fn map_view_box((x, y, w, h): (f64, f64, f64, f64)) -> String {
    let mut out = String::new();
    for (i, v) in [x, y, w, h].into_iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        push_tenths(&mut out, tenths(v));
    }
    out
}

/// An area's size, comparable between areas of one district: longitude shrunk by cos(latitude) to look square.
fn area_size(area: &Area) -> f64 {
    area.polygons
        .iter()
        .map(|polygon| {
            let rings: Vec<Vec<(f64, f64)>> = polygon
                .rings
                .iter()
                .map(|ring| ring.iter().map(|p| (p.lon * p.lat.to_radians().cos(), p.lat)).collect())
                .collect();
            polygon_area(&rings)
        })
        .sum()
}

#[cfg(test)]
#[path = "map_view_tests.rs"]
mod tests;
