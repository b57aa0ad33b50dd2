//! Plane geometry on rings of (x, y) points: point in polygon (even-odd, so holes are outside), distance to the
//! nearest edge, and area. Used on projected SVG positions and, for [`point_in_polygon`], on lon/lat.
//!
//! Geometry layer. Must not import the UI, the parser or the SVG code.

use super::model::{LonLat, Polygon};

/// Whether `point` is inside `rings` by the even-odd rule: inside the outer ring and in no hole. Rings may be
/// closed (last == first) or open. A point exactly on an edge may go either way.
pub fn point_in_rings(point: (f64, f64), rings: &[Vec<(f64, f64)>]) -> bool {
    let (px, py) = point;
    let mut inside = false;
    for ring in rings {
        let Some(&last) = ring.last() else { continue };
        let mut prev = last;
        for &(x, y) in ring {
            let (x0, y0) = prev;
            if (y > py) != (y0 > py) && px < (x0 - x) * (py - y) / (y0 - y) + x {
                inside = !inside;
            }
            prev = (x, y);
        }
    }
    inside
}

/// Whether a longitude/latitude lies inside `polygon` (outside its holes), treating degrees as a plane — right
/// for the small areas of one kommun.
pub fn point_in_polygon(point: LonLat, polygon: &Polygon) -> bool {
    let rings: Vec<Vec<(f64, f64)>> =
        polygon.rings.iter().map(|ring| ring.iter().map(|p| (p.lon, p.lat)).collect()).collect();
    point_in_rings((point.lon, point.lat), &rings)
}

/// Distance from `point` to the nearest edge of any ring.
pub(crate) fn edge_distance(point: (f64, f64), rings: &[Vec<(f64, f64)>]) -> f64 {
    let mut best = f64::INFINITY;
    for ring in rings {
        let Some(&last) = ring.last() else { continue };
        let mut prev = last;
        for &p in ring {
            best = best.min(segment_distance(point, prev, p));
            prev = p;
        }
    }
    best
}

/// Distance to the nearest edge, positive inside and negative outside.
pub(crate) fn signed_distance(point: (f64, f64), rings: &[Vec<(f64, f64)>]) -> f64 {
    let d = edge_distance(point, rings);
    if point_in_rings(point, rings) {
        d
    } else {
        -d
    }
}

fn segment_distance((px, py): (f64, f64), (ax, ay): (f64, f64), (bx, by): (f64, f64)) -> f64 {
    let (dx, dy) = (bx - ax, by - ay);
    let len2 = dx * dx + dy * dy;
    let t = if len2 > 0.0 { (((px - ax) * dx + (py - ay) * dy) / len2).clamp(0.0, 1.0) } else { 0.0 };
    (px - (ax + t * dx)).hypot(py - (ay + t * dy))
}

/// Absolute area enclosed by one ring (shoelace).
pub(crate) fn ring_area(ring: &[(f64, f64)]) -> f64 {
    let Some(&last) = ring.last() else { return 0.0 };
    let mut prev = last;
    let mut twice = 0.0;
    for &(x, y) in ring {
        twice += prev.0 * y - x * prev.1;
        prev = (x, y);
    }
    twice.abs() / 2.0
}

/// Area of a polygon: its outer ring less its holes.
pub(crate) fn polygon_area(rings: &[Vec<(f64, f64)>]) -> f64 {
    let mut rings = rings.iter();
    let outer = rings.next().map_or(0.0, |ring| ring_area(ring));
    outer - rings.map(|ring| ring_area(ring)).sum::<f64>()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame() -> Vec<Vec<(f64, f64)>> {
        vec![
            vec![(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0), (0.0, 0.0)],
            vec![(3.0, 3.0), (7.0, 3.0), (7.0, 7.0), (3.0, 7.0), (3.0, 3.0)],
        ]
    }

    #[test]
    fn holes_are_outside() {
        assert!(point_in_rings((1.0, 1.0), &frame()));
        assert!(!point_in_rings((5.0, 5.0), &frame()), "the hole's middle is not in the polygon");
        assert!(!point_in_rings((11.0, 5.0), &frame()));
    }

    #[test]
    fn signed_distance_is_positive_inside_and_negative_outside() {
        assert_eq!(signed_distance((1.0, 5.0), &frame()), 1.0);
        assert_eq!(signed_distance((5.0, 5.0), &frame()), -2.0);
        assert_eq!(signed_distance((12.0, 10.0), &frame()), -2.0);
    }

    #[test]
    fn area_subtracts_holes() {
        assert_eq!(polygon_area(&frame()), 100.0 - 16.0);
    }
}
