//! Projection from WGS84 longitude/latitude to SVG user units, fitted to a viewBox of a given width.
//!
//! Why Web Mercator (x = λ, y = ln tan(π/4 + φ/2)): it is conformal, so at 59° N a district keeps its shape
//! (one km east is as long as one km north on screen, within every part of the map, not only at the middle
//! latitude as with equirectangular-cos scaling), it costs one `ln`/`tan` per point, and it matches the web map
//! tiles a later version might put underneath. Its area growth with latitude is irrelevant over one kommun
//! (Eskilstuna spans 0.34° of latitude: under 1 % scale change top to bottom).
//!
//! Geometry layer. Must not import the UI, the parser or the SVG path code.

use std::f64::consts::FRAC_PI_4;

use super::model::{BBox, LonLat, Polygon};

/// Web Mercator is cut off here (as web maps do), so the poles do not project to infinity.
pub const MAX_LATITUDE: f64 = 85.051_128_78;

/// The tallest viewBox [`Projection::fit`] makes, as a multiple of its width: a map file of one narrow strip
/// is drawn narrower instead of thousands of widths tall.
pub const MAX_HEIGHT_RATIO: f64 = 3.0;

/// Mercator coordinates in radians: x east, y north.
fn mercator(p: LonLat) -> (f64, f64) {
    let lat = p.lat.clamp(-MAX_LATITUDE, MAX_LATITUDE).to_radians();
    (p.lon.to_radians(), (FRAC_PI_4 + lat / 2.0).tan().ln())
}

/// A fitted projection: Mercator, scaled so the fitted box fills the width minus padding, north up.
///
/// SVG y grows downward, so the box's north edge lands at `y = padding` and its west edge at `x = padding`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Projection {
    scale: f64,
    west: f64,
    north: f64,
    offset_x: f64,
    offset_y: f64,
    width: f64,
    height: f64,
}

impl Projection {
    /// Fits `bbox` into a viewBox `width` units wide with `padding` on every side; the height follows from the
    /// box's aspect ratio (rounded up to 0.1), at most [`MAX_HEIGHT_RATIO`] widths (a taller box is drawn narrower
    /// and centred). A zero-width box (one meridian) is centred using its height as
    /// the scale; an empty or single-point box gets scale 1. A non-positive width counts as 1, and padding is
    /// held below half the width.
    pub fn fit(bbox: BBox, width: f64, padding: f64) -> Self {
        let width = if width.is_finite() && width > 0.0 { width } else { 1.0 };
        let padding = if padding.is_finite() { padding.max(0.0).min(width * 0.49) } else { 0.0 };
        let (west, south, east, north) = if bbox.is_empty() {
            (0.0, 0.0, 0.0, 0.0)
        } else {
            let (west, south) = mercator(LonLat { lon: bbox.min_lon, lat: bbox.min_lat });
            let (east, north) = mercator(LonLat { lon: bbox.max_lon, lat: bbox.max_lat });
            (west, south, east, north)
        };
        let (span_x, span_y) = (east - west, north - south);
        let inner = width - 2.0 * padding;
        let inner_height = width * MAX_HEIGHT_RATIO - 2.0 * padding;
        let scale = if span_x > 0.0 {
            let by_width = inner / span_x;
            if span_y * by_width > inner_height {
                inner_height / span_y
            } else {
                by_width
            }
        } else if span_y > 0.0 {
            inner / span_y
        } else {
            1.0
        };
        let offset_x = padding + (inner - span_x * scale) / 2.0;
        let height = ((span_y * scale + 2.0 * padding) * 10.0).ceil() / 10.0;
        Projection { scale, west, north, offset_x, offset_y: padding, width, height }
    }

    /// The SVG position (x right, y down) of a longitude/latitude.
    pub fn project(&self, p: LonLat) -> (f64, f64) {
        let (x, y) = mercator(p);
        (self.offset_x + (x - self.west) * self.scale, self.offset_y + (self.north - y) * self.scale)
    }

    /// The longitude/latitude at an SVG position: the inverse of [`Projection::project`].
    pub fn unproject(&self, (x, y): (f64, f64)) -> LonLat {
        let mx = self.west + (x - self.offset_x) / self.scale;
        let my = self.north - (y - self.offset_y) / self.scale;
        LonLat { lon: mx.to_degrees(), lat: (2.0 * my.exp().atan() - 2.0 * FRAC_PI_4).to_degrees() }
    }

    /// Every ring of `polygon` in SVG positions, closing point included.
    pub fn project_polygon(&self, polygon: &Polygon) -> Vec<Vec<(f64, f64)>> {
        polygon.rings.iter().map(|ring| ring.iter().map(|p| self.project(*p)).collect()).collect()
    }

    /// Width of the viewBox.
    pub fn width(&self) -> f64 {
        self.width
    }

    /// Height of the viewBox (follows from the fitted box's aspect ratio).
    pub fn height(&self) -> f64 {
        self.height
    }

    /// The SVG `viewBox` as (min-x, min-y, width, height); min-x and min-y are always 0.
    pub fn view_box(&self) -> (f64, f64, f64, f64) {
        (0.0, 0.0, self.width, self.height)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ll(lon: f64, lat: f64) -> LonLat {
        LonLat { lon, lat }
    }

    fn boxed(min_lon: f64, min_lat: f64, max_lon: f64, max_lat: f64) -> BBox {
        BBox { min_lon, min_lat, max_lon, max_lat }
    }

    fn close(a: (f64, f64), b: (f64, f64)) -> bool {
        (a.0 - b.0).abs() < 1e-6 && (a.1 - b.1).abs() < 0.11
    }

    #[test]
    fn bbox_corners_land_on_the_padded_viewbox_corners() {
        let b = boxed(15.86, 59.15, 16.85, 59.49);
        let proj = Projection::fit(b, 1000.0, 20.0);
        let (_, _, w, h) = proj.view_box();
        assert_eq!(w, 1000.0);
        assert!(close(proj.project(ll(15.86, 59.49)), (20.0, 20.0)), "{:?}", proj.project(ll(15.86, 59.49)));
        assert!(
            close(proj.project(ll(16.85, 59.15)), (980.0, h - 20.0)),
            "{:?} vs {h}",
            proj.project(ll(16.85, 59.15))
        );
    }

    #[test]
    fn north_is_up_and_east_is_right() {
        let proj = Projection::fit(boxed(16.0, 59.0, 17.0, 60.0), 500.0, 0.0);
        let (north, south) = (proj.project(ll(16.5, 59.8)), proj.project(ll(16.5, 59.2)));
        assert!(north.1 < south.1, "north {north:?} must be above south {south:?}");
        assert!(proj.project(ll(16.9, 59.5)).0 > proj.project(ll(16.1, 59.5)).0);
    }

    #[test]
    fn one_degree_square_at_59_north_is_cos_59_wide_per_high() {
        let proj = Projection::fit(boxed(16.0, 58.5, 17.0, 59.5), 1000.0, 0.0);
        let ratio = proj.width() / proj.height();
        let expected = 59.0_f64.to_radians().cos();
        assert!((ratio - expected).abs() < 0.005, "ratio {ratio}, expected ≈ {expected}");
    }

    #[test]
    fn ten_km_east_and_ten_km_north_are_equally_long_on_screen() {
        let km_lat = 10.0 / 111.32;
        let km_lon = km_lat / 59.3_f64.to_radians().cos();
        let proj = Projection::fit(boxed(16.0, 59.3, 16.0 + km_lon, 59.3 + km_lat), 1000.0, 0.0);
        let ratio = proj.width() / proj.height();
        assert!((ratio - 1.0).abs() < 0.01, "ratio {ratio}");
    }

    #[test]
    fn unproject_inverts_project() {
        let proj = Projection::fit(boxed(15.86, 59.15, 16.85, 59.49), 800.0, 10.0);
        let p = ll(16.5097, 59.3710);
        let back = proj.unproject(proj.project(p));
        assert!((back.lon - p.lon).abs() < 1e-9 && (back.lat - p.lat).abs() < 1e-9, "{back:?}");
    }

    #[test]
    fn a_tall_narrow_strip_is_held_to_three_widths_and_centred() {
        let proj = Projection::fit(boxed(16.0, 59.0, 16.000_01, 60.0), 1000.0, 20.0);
        assert_eq!(proj.height(), 3000.0);
        let (x, _) = proj.project(ll(16.000_005, 59.5));
        assert!((x - 500.0).abs() < 1e-6, "{x}");
    }

    #[test]
    fn degenerate_boxes_and_widths_stay_finite() {
        for proj in [
            Projection::fit(BBox::EMPTY, 100.0, 5.0),
            Projection::fit(boxed(16.0, 59.0, 16.0, 59.0), 100.0, 5.0),
            Projection::fit(boxed(16.0, 59.0, 16.0, 60.0), 100.0, 5.0),
            Projection::fit(boxed(16.0, 59.0, 17.0, 60.0), -3.0, f64::NAN),
        ] {
            let (x, y) = proj.project(ll(16.0, 59.5));
            assert!(x.is_finite() && y.is_finite() && proj.height().is_finite(), "{proj:?}");
        }
        let meridian = Projection::fit(boxed(16.0, 59.0, 16.0, 60.0), 100.0, 5.0);
        assert!((meridian.project(ll(16.0, 59.5)).0 - 50.0).abs() < 1e-9, "a one-meridian box is centred");
    }
}
