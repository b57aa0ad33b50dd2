//! SVG path strings: an area's polygons → one compact `d` attribute.
//!
//! Format: each ring is `M x y` (absolute), then `l` with relative steps, then `z`; holes are further rings in
//! the same path, so `fill-rule="evenodd"` (or nonzero with GeoJSON winding) cuts them out. Coordinates are
//! rounded to 0.1 user unit: the map is fitted to a viewBox about 1000 wide and may be pinch-zoomed on a phone,
//! where whole units would show steps; a tenth keeps shared borders crisp at about 10 % more bytes. Absolute
//! positions are rounded first and the steps are differences of rounded positions, so errors never accumulate
//! and two areas sharing a border draw it identically. Consecutive positions that round to the same point are
//! dropped, and a ring left with fewer than three distinct points (smaller than a tenth of a unit) is skipped.
//!
//! Rendering layer. Must not import the UI or the parser.

use std::fmt::Write;

use super::model::Area;
use super::project::Projection;

/// The `d` attribute of `area`'s polygons under `proj`, holes included.
pub fn area_path(area: &Area, proj: &Projection) -> String {
    let rings: Vec<Vec<(f64, f64)>> = area.polygons.iter().flat_map(|polygon| proj.project_polygon(polygon)).collect();
    rings_path(&rings)
}

/// Rounds to tenths, as an integer count of tenths.
pub(crate) fn tenths(v: f64) -> i64 {
    (v * 10.0).round() as i64
}

/// A coordinate as SVG text, rounded to tenths like the paths: 12.34 → "12.3", 30.0 → "30". Integer formatting
/// only: Rust's float formatting would add its tables and algorithms (over 10 KB) to the app's WebAssembly.
pub fn svg_number(v: f64) -> String {
    let mut out = String::new();
    push_tenths(&mut out, tenths(v));
    out
}

/// Path data for rings already in SVG positions.
pub(crate) fn rings_path(rings: &[Vec<(f64, f64)>]) -> String {
    let mut d = String::new();
    for ring in rings {
        let mut points: Vec<(i64, i64)> = Vec::with_capacity(ring.len());
        for &(x, y) in ring {
            let p = (tenths(x), tenths(y));
            if points.last() != Some(&p) {
                points.push(p);
            }
        }
        while points.len() > 1 && points.last() == points.first() {
            points.pop();
        }
        let [first, rest @ ..] = points.as_slice() else {
            continue;
        };
        if points.len() < 3 {
            continue;
        }
        d.push('M');
        push_pair(&mut d, *first, false);
        d.push('l');
        let mut prev = *first;
        for (i, &p) in rest.iter().enumerate() {
            push_pair(&mut d, (p.0 - prev.0, p.1 - prev.1), i > 0);
            prev = p;
        }
        d.push('z');
    }
    d
}

/// Appends "x y"; a separator before x only when needed (a minus sign separates by itself).
fn push_pair(d: &mut String, (x, y): (i64, i64), separate: bool) {
    if separate && x >= 0 {
        d.push(' ');
    }
    push_tenths(d, x);
    if y >= 0 {
        d.push(' ');
    }
    push_tenths(d, y);
}

/// Appends a count of tenths as a decimal: 25 → "2.5", 30 → "3", -5 → "-0.5".
pub(crate) fn push_tenths(d: &mut String, t: i64) {
    if t < 0 {
        d.push('-');
    }
    let a = t.unsigned_abs();
    // Writing into a String cannot fail.
    let _ = if a.is_multiple_of(10) { write!(d, "{}", a / 10) } else { write!(d, "{}.{}", a / 10, a % 10) };
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(x: f64, y: f64, side: f64) -> Vec<(f64, f64)> {
        vec![(x, y), (x + side, y), (x + side, y + side), (x, y + side), (x, y)]
    }

    #[test]
    fn numbers_are_written_in_tenths() {
        assert_eq!(svg_number(12.34), "12.3");
        assert_eq!(svg_number(30.0), "30");
        assert_eq!(svg_number(-0.46), "-0.5");
        assert_eq!(svg_number(0.04), "0");
    }

    #[test]
    fn a_square_gives_the_exact_path() {
        assert_eq!(rings_path(&[square(0.0, 0.0, 10.0)]), "M0 0l10 0 0 10-10 0z");
    }

    #[test]
    fn tenths_and_negative_steps_are_compact() {
        let ring = vec![(1.25, 2.0), (3.0, 0.04), (0.5, 0.5), (1.25, 2.0)];
        assert_eq!(rings_path(&[ring]), "M1.3 2l1.7-2-2.5 0.5z");
    }

    #[test]
    fn holes_are_further_closed_rings() {
        let d = rings_path(&[square(0.0, 0.0, 10.0), square(3.0, 3.0, 4.0)]);
        assert_eq!(d, "M0 0l10 0 0 10-10 0zM3 3l4 0 0 4-4 0z");
    }

    #[test]
    fn points_rounding_together_are_dropped() {
        let ring = vec![(0.0, 0.0), (0.01, 0.02), (10.0, 0.0), (10.04, 0.0), (10.0, 10.0), (0.0, 0.0)];
        assert_eq!(rings_path(&[ring]), "M0 0l10 0 0 10z");
    }

    #[test]
    fn rings_smaller_than_a_tenth_are_skipped() {
        assert_eq!(rings_path(&[square(5.0, 5.0, 0.01)]), "");
    }

    #[test]
    fn rounding_does_not_accumulate() {
        let ring: Vec<(f64, f64)> = (0..=40).map(|i| (f64::from(i) * 0.26, f64::from(i % 2) * 5.0)).collect();
        let mut closed = ring.clone();
        closed.push((0.0, 10.0));
        closed.push(ring[0]);
        let d = rings_path(&[closed]);
        let steps: Vec<f64> = d
            .trim_start_matches("M0 0l")
            .trim_end_matches('z')
            .replace('-', " -")
            .split_whitespace()
            .filter_map(|s| s.parse().ok())
            .collect();
        let end_x: f64 = steps.iter().step_by(2).take(40).sum();
        assert!((end_x - 10.4).abs() < 1e-9, "sum of x steps {end_x} must equal the rounded end 10.4");
    }
}
