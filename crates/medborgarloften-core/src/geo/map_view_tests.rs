//! Unit tests of `map_view`: layout, labels and shades on hand-made areas. Test-only; pure core.

use super::*;

#[test]
fn class_is_zero_for_no_promises_and_four_at_the_max() {
    let scale = ClassScale { max: 5 };
    let classes: Vec<u8> = (0..=5).map(|n| scale.class(n)).collect();
    assert_eq!(classes, [0, 1, 2, 3, 4, 4]);
}

#[test]
fn a_scale_with_no_promises_has_only_class_zero() {
    let scale = ClassScale { max: 0 };
    assert_eq!(scale.class(3), 0);
    assert_eq!(scale.legend().len(), 1);
}

#[test]
fn counts_beyond_the_max_stay_in_the_darkest_class() {
    assert_eq!(ClassScale { max: 2 }.class(9), 4);
}

#[test]
fn every_count_falls_in_the_legend_range_of_its_class() {
    for max in 0..=40 {
        let scale = ClassScale { max };
        for count in 0..=max {
            let (low, high) = scale
                .range(scale.class(count))
                .unwrap_or_else(|| panic!("max {max}, count {count}: class has no range"));
            assert!((low..=high).contains(&count), "max {max}, count {count}: {low}..={high}");
        }
    }
}

#[test]
fn small_maxima_skip_empty_classes_in_the_legend() {
    let labels: Vec<(u8, String)> = ClassScale { max: 2 }.legend().into_iter().map(|e| (e.class, e.label)).collect();
    assert_eq!(labels, [(0, "0 löften".to_owned()), (2, "1 löfte".to_owned()), (4, "2 löften".to_owned())]);
}

#[test]
fn count_text_is_singular_for_one() {
    assert_eq!(count_text(1), "1 löfte");
    assert_eq!(count_text(0), "0 löften");
    assert_eq!(count_text(12), "12 löften");
}

#[test]
fn markup_escapes_names_from_the_data() {
    let mut out = String::new();
    push_escaped(&mut out, "A & B <script>\"x\"");
    assert_eq!(out, "A &amp; B &lt;script&gt;&quot;x&quot;");
}

#[test]
fn the_view_box_is_written_in_tenths() {
    assert_eq!(map_view_box((0.0, -3.25, 1000.0, 512.34)), "0 -3.3 1000 512.3");
}

#[test]
fn the_outline_markup_has_bare_paths_only() {
    let area = |code: &str, d: &str| MapArea { code: code.to_owned(), name: code.to_owned(), d: d.to_owned() };
    let district = MapDistrict {
        index: 0,
        id: "a".to_owned(),
        name: "A".to_owned(),
        priority: false,
        areas: vec![area("1", "M0 0h1v1z"), area("2", "M2 2h1v1z")],
        label: (0.0, 0.0),
    };
    assert_eq!(district.outline_markup(), "<path d=\"M0 0h1v1z\"/><path d=\"M2 2h1v1z\"/>");
    assert_eq!(district.paths_markup().matches("data-testid=\"map-area\"").count(), 2);
}
