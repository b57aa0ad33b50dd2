//! Label placement: a point well inside an area's largest polygon, where a name or a count badge can sit.
//!
//! The point is the pole of inaccessibility — the interior point farthest from every edge and hole — found by
//! the polylabel method (Agafonkin, Mapbox 2016): cover the polygon with square cells, keep a queue ordered by
//! the best distance a cell could still contain, and split only cells that could beat the best so far. It is
//! computed on projected SVG positions, so "far from the edges" is measured as the reader sees it. Unlike the
//! bbox centre or the centroid it cannot fall outside a U- or C-shaped district or into a hole.
//!
//! Geometry layer. Must not import the UI or the parser.

use std::cmp::Ordering;
use std::collections::BinaryHeap;
use std::f64::consts::SQRT_2;

use super::model::Area;
use super::planar::{point_in_rings, polygon_area, ring_area, signed_distance};
use super::project::Projection;

/// Stop refining when a better cell could gain at most this fraction of the polygon's larger side.
const PRECISION: f64 = 5e-3;
/// An upper bound on cells examined, so a pathological polygon cannot stall the page.
const MAX_CELLS: usize = 50_000;
/// Most cells along each side of the starting grid. Without it a sliver (1e-9° high, 1° wide) would start with
/// width/height ≈ 10⁹ cells: seconds of work and gigabytes of memory before refinement even begins.
const GRID_CELLS: f64 = 32.0;
/// A budget of point-to-edge distance computations per polygon: a ring of many points gets fewer cells.
const MAX_EDGE_WORK: usize = 20_000_000;

/// The label position (SVG units, rounded to 0.1 like the paths) inside the largest polygon of `area`, outside
/// its holes. An area without polygons gets the viewBox centre.
pub fn label_anchor(area: &Area, proj: &Projection) -> (f64, f64) {
    let largest = area
        .polygons
        .iter()
        .map(|polygon| proj.project_polygon(polygon))
        .max_by(|a, b| polygon_area(a).total_cmp(&polygon_area(b)));
    let Some(rings) = largest else {
        return (proj.width() / 2.0, proj.height() / 2.0);
    };
    let best = pole_of_inaccessibility(&rings);
    let rounded = ((best.0 * 10.0).round() / 10.0, (best.1 * 10.0).round() / 10.0);
    if point_in_rings(rounded, &rings) {
        rounded
    } else {
        best
    }
}

/// A square cell of the search: centre, half side, signed distance of the centre, and the best distance any
/// point in the cell could have.
#[derive(Debug, Clone, Copy)]
struct Cell {
    x: f64,
    y: f64,
    half: f64,
    d: f64,
    max: f64,
}

impl Cell {
    fn new(x: f64, y: f64, half: f64, rings: &[Vec<(f64, f64)>]) -> Self {
        let d = signed_distance((x, y), rings);
        Cell { x, y, half, d, max: d + half * SQRT_2 }
    }
}

impl PartialEq for Cell {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Cell {}
impl PartialOrd for Cell {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Cell {
    fn cmp(&self, other: &Self) -> Ordering {
        self.max.total_cmp(&other.max)
    }
}

/// The interior point of `rings` (outer ring first, then holes) farthest from every edge.
pub(crate) fn pole_of_inaccessibility(rings: &[Vec<(f64, f64)>]) -> (f64, f64) {
    search(rings).0
}

/// The search behind [`pole_of_inaccessibility`]: the point and how many cells were examined.
fn search(rings: &[Vec<(f64, f64)>]) -> ((f64, f64), usize) {
    let Some(outer) = rings.first().filter(|ring| !ring.is_empty()) else {
        return ((0.0, 0.0), 0);
    };
    let (mut min_x, mut min_y, mut max_x, mut max_y) =
        (f64::INFINITY, f64::INFINITY, f64::NEG_INFINITY, f64::NEG_INFINITY);
    for &(x, y) in outer {
        (min_x, min_y, max_x, max_y) = (min_x.min(x), min_y.min(y), max_x.max(x), max_y.max(y));
    }
    let (width, height) = (max_x - min_x, max_y - min_y);
    let longer = width.max(height);
    if !longer.is_finite() || longer <= 0.0 {
        return (outer[0], 0);
    }
    // Square cells of the shorter side, but never more than GRID_CELLS along the longer one.
    let size = width.min(height).max(longer / GRID_CELLS);
    let precision = longer * PRECISION;
    let half = size / 2.0;
    let points: usize = rings.iter().map(Vec::len).sum();
    let budget = (MAX_EDGE_WORK / points.max(1)).clamp(256, MAX_CELLS);
    let mut queue = BinaryHeap::new();
    // Counted cells, not `x += size` steps: a step too small for the coordinates' magnitude would never advance.
    let (columns, rows) = ((width / size).ceil().max(1.0) as usize, (height / size).ceil().max(1.0) as usize);
    for i in 0..columns {
        for j in 0..rows {
            let (x, y) = (min_x + i as f64 * size, min_y + j as f64 * size);
            queue.push(Cell::new(x + half, y + half, half, rings));
        }
    }
    let (cx, cy) = centroid(outer).unwrap_or(((min_x + max_x) / 2.0, (min_y + max_y) / 2.0));
    let mut best = Cell::new(cx, cy, 0.0, rings);
    let middle = Cell::new((min_x + max_x) / 2.0, (min_y + max_y) / 2.0, 0.0, rings);
    if middle.d > best.d {
        best = middle;
    }
    let mut examined = queue.len();
    while let Some(cell) = queue.pop() {
        if cell.d > best.d {
            best = cell;
        }
        // The queue is ordered by `max`, so no later cell can beat the best by more than the precision either.
        if cell.max - best.d <= precision || examined > budget {
            break;
        }
        let h = cell.half / 2.0;
        for (dx, dy) in [(-h, -h), (h, -h), (-h, h), (h, h)] {
            queue.push(Cell::new(cell.x + dx, cell.y + dy, h, rings));
        }
        examined += 4;
    }
    let point =
        if best.d > 0.0 { (best.x, best.y) } else { scanline_middle(rings, (min_y + max_y) / 2.0).unwrap_or(outer[0]) };
    (point, examined)
}

/// The area centroid of a ring, or `None` when it encloses no area.
fn centroid(ring: &[(f64, f64)]) -> Option<(f64, f64)> {
    let area = ring_area(ring);
    if !area.is_finite() || area <= 0.0 {
        return None;
    }
    let (mut sx, mut sy, mut twice) = (0.0, 0.0, 0.0);
    let mut prev = *ring.last()?;
    for &(x, y) in ring {
        let cross = prev.0 * y - x * prev.1;
        (sx, sy, twice) = (sx + (prev.0 + x) * cross, sy + (prev.1 + y) * cross, twice + cross);
        prev = (x, y);
    }
    Some((sx / (3.0 * twice), sy / (3.0 * twice)))
}

/// Fallback when the search ran out of budget outside the polygon: the middle of the widest inside stretch
/// of the horizontal line at `y`.
fn scanline_middle(rings: &[Vec<(f64, f64)>], y: f64) -> Option<(f64, f64)> {
    let mut crossings: Vec<f64> = Vec::new();
    for ring in rings {
        let mut prev = *ring.last()?;
        for &(x1, y1) in ring {
            let (x0, y0) = prev;
            if (y1 > y) != (y0 > y) {
                crossings.push(x0 + (y - y0) * (x1 - x0) / (y1 - y0));
            }
            prev = (x1, y1);
        }
    }
    crossings.sort_by(f64::total_cmp);
    crossings
        .chunks_exact(2)
        .max_by(|a, b| (a[1] - a[0]).total_cmp(&(b[1] - b[0])))
        .map(|pair| ((pair[0] + pair[1]) / 2.0, y))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::planar::edge_distance;

    #[test]
    fn a_u_shape_gets_a_point_in_an_arm_not_in_the_notch() {
        let u = vec![vec![
            (0.0, 0.0),
            (30.0, 0.0),
            (30.0, 30.0),
            (20.0, 30.0),
            (20.0, 10.0),
            (10.0, 10.0),
            (10.0, 30.0),
            (0.0, 30.0),
            (0.0, 0.0),
        ]];
        assert!(!point_in_rings((15.0, 15.0), &u), "the bbox centre is in the notch");
        let p = pole_of_inaccessibility(&u);
        assert!(point_in_rings(p, &u), "{p:?}");
        assert!(edge_distance(p, &u) > 4.5, "{p:?} is near an edge");
    }

    #[test]
    fn a_square_with_a_central_hole_gets_a_point_in_the_band() {
        let frame = vec![
            vec![(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0), (0.0, 0.0)],
            vec![(2.0, 2.0), (8.0, 2.0), (8.0, 8.0), (2.0, 8.0), (2.0, 2.0)],
        ];
        let p = pole_of_inaccessibility(&frame);
        assert!(point_in_rings(p, &frame), "{p:?}");
        assert!(edge_distance(p, &frame) > 0.95, "{p:?}");
    }

    #[test]
    fn a_sliver_triangle_is_labelled_quickly_with_a_bounded_grid() {
        // 1000 units wide, 1e-7 high: the uncapped grid would have had 10¹⁰ starting cells.
        let sliver = vec![vec![(0.0, 0.0), (1000.0, 0.0), (500.0, 1e-7), (0.0, 0.0)]];
        let ((x, y), examined) = search(&sliver);
        assert!(x.is_finite() && y.is_finite() && (0.0..=1000.0).contains(&x), "{x} {y}");
        assert!(examined <= 32 + MAX_CELLS + 4, "{examined} cells");
    }

    #[test]
    fn a_sliver_far_from_the_origin_does_not_loop_forever() {
        let sliver = vec![vec![(1e9, 1e9), (1e9 + 1.0, 1e9), (1e9 + 0.5, 1e9 + 1e-6), (1e9, 1e9)]];
        let ((x, _), examined) = search(&sliver);
        assert!(x.is_finite() && examined <= 32 * 32 + MAX_CELLS + 4, "{examined} cells");
    }

    #[test]
    fn the_fallback_scanline_finds_the_widest_inside_stretch() {
        let u = vec![vec![
            (0.0, 0.0),
            (30.0, 0.0),
            (30.0, 30.0),
            (20.0, 30.0),
            (20.0, 10.0),
            (12.0, 10.0),
            (12.0, 30.0),
            (0.0, 30.0),
            (0.0, 0.0),
        ]];
        assert_eq!(scanline_middle(&u, 20.0), Some((6.0, 20.0)));
    }
}
