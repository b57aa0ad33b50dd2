//! Integration tests of the geo module through its public API: the real Eskilstuna files, every parse error an
//! editor can make, and labels that stay inside odd shapes and out of holes.

use medborgarloften_core::geo::{
    bbox, build_map, check_codes, label_anchor, parse_geojson, point_in_polygon, point_in_rings, Area, GeoCollection,
    GeoError, LonLat, MapGeometry, Polygon, Projection,
};

fn read(name: &str) -> String {
    let path = format!("{}/../../public/geo/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

fn districts() -> GeoCollection {
    parse_geojson(&read("eskilstuna-districts.geojson")).expect("the real districts file parses")
}

/// A one-feature FeatureCollection with the given properties and geometry JSON.
fn collection(properties: &str, geometry: &str) -> String {
    format!(
        r#"{{"type":"FeatureCollection","features":[{{"type":"Feature","properties":{properties},"geometry":{geometry}}}]}}"#
    )
}

const PROPS: &str = r#"{"name":"Test","regsokod":"0484R099"}"#;
const SQUARE: &str = r#"{"type":"Polygon","coordinates":[[[16,59],[17,59],[17,60],[16,60],[16,59]]]}"#;

// ---- the real files ----

#[test]
fn the_real_file_has_30_areas_of_which_23_urban() {
    let geo = districts();
    assert_eq!(geo.areas.len(), 30);
    assert_eq!(geo.areas.iter().filter(|a| a.urban).count(), 23);
    let skiftinge = geo.area("0484R017").expect("Skiftinge-Djursta");
    assert_eq!((skiftinge.id.as_str(), skiftinge.name.as_str()), ("skiftinge-djursta", "Skiftinge-Djursta"));
}

#[test]
fn the_real_file_lies_where_the_readme_says() {
    let b = bbox(districts().areas.iter());
    assert!((b.min_lon - 15.86).abs() < 0.01 && (b.max_lon - 16.85).abs() < 0.01, "{b:?}");
    assert!((b.min_lat - 59.15).abs() < 0.01 && (b.max_lat - 59.49).abs() < 0.01, "{b:?}");
}

#[test]
fn fristadstorget_is_in_eskilstuna_centrum() {
    let geo = districts();
    let torget = LonLat { lon: 16.5097, lat: 59.3710 };
    let hits: Vec<&str> = geo
        .areas
        .iter()
        .filter(|a| a.polygons.iter().any(|p| point_in_polygon(torget, p)))
        .map(|a| a.code.as_str())
        .collect();
    assert_eq!(hits, ["0484R002"]);
}

#[test]
fn the_kommun_outline_parses_with_its_kommunkod() {
    let outline = parse_geojson(&read("eskilstuna-kommun.geojson")).expect("outline parses");
    assert_eq!(outline.areas.len(), 1);
    assert_eq!(outline.areas[0].code, "0484");
    assert!(!outline.areas[0].urban, "a missing urban flag means false");
}

#[test]
fn codes_named_in_the_promises_exist_and_others_are_named_when_missing() {
    let geo = districts();
    let promised = ["0484R017", "0484R018", "0484R011", "0484R005", "0484R002", "0484R028"];
    assert_eq!(check_codes(&geo, promised), Ok(()));
    let err = check_codes(&geo, ["0484R017", "0484R099"]).expect_err("0484R099 is not a RegSO of Eskilstuna");
    assert_eq!(err, GeoError::UnknownCode { code: "0484R099".into() });
    assert!(err.to_string().contains("0484R099"), "{err}");
}

#[test]
fn every_real_label_is_inside_its_area() {
    let geo = districts();
    for urban_only in [false, true] {
        let chosen: Vec<&Area> = geo.areas.iter().filter(|a| !urban_only || a.urban).collect();
        let proj = Projection::fit(bbox(chosen.iter().copied()), 1000.0, 20.0);
        for area in chosen {
            let label = label_anchor(area, &proj);
            let rings = proj.project_polygon(&area.polygons[0]);
            assert!(point_in_rings(label, &rings), "{} label {label:?} is outside", area.code);
            assert!(point_in_polygon(proj.unproject(label), &area.polygons[0]), "{} in lon/lat", area.code);
        }
    }
}

#[test]
fn build_map_draws_all_30_or_zooms_to_the_23_urban() {
    let geo = districts();
    let all = build_map(&geo, false, 1000.0);
    let town = build_map(&geo, true, 1000.0);
    assert_eq!((all.shapes.len(), town.shapes.len()), (30, 23));
    assert_eq!(all.view_box.2, 1000.0);
    assert!(all.view_box.3 > 100.0 && all.view_box.3 < 1000.0, "the kommun is wider than tall: {:?}", all.view_box);
    for shape in all.shapes.iter().chain(&town.shapes) {
        assert!(shape.d.starts_with('M') && shape.d.ends_with('z'), "{}: {}", shape.code, shape.d);
        let (x, y) = shape.label;
        assert!((0.0..=1000.0).contains(&x) && (0.0..=all.view_box.3.max(town.view_box.3)).contains(&y));
    }
    assert!(town.shape("0484R001").is_none(), "Alberga-Lista is rural");
    let centrum = |m: &MapGeometry| m.shape("0484R002").map_or(0.0, |s| manhattan_perimeter(&s.d));
    assert!(centrum(&town) > 1.5 * centrum(&all), "the town map zooms in: {} vs {}", centrum(&town), centrum(&all));
}

/// Sum of |dx| + |dy| over the relative steps of a one-ring path `M x yl dx dy ... z`.
fn manhattan_perimeter(d: &str) -> f64 {
    let steps = d.split_once('l').map_or("", |(_, rest)| rest).trim_end_matches('z');
    steps.replace('-', " -").split_whitespace().filter_map(|n| n.parse::<f64>().ok()).map(f64::abs).sum()
}

// ---- parse errors ----

fn parse_err(text: &str) -> GeoError {
    parse_geojson(text).expect_err("must be rejected")
}

#[test]
fn bad_json_names_line_and_column() {
    let err = parse_err("{\n  \"type\": \"FeatureCollection\",\n  \"features\": [,]\n}");
    assert!(matches!(err, GeoError::InvalidJson { line: 3, column: 16, .. }), "{err:?}");
    assert!(err.to_string().contains("rad 3, kolumn 16"), "{err}");
}

#[test]
fn a_single_feature_is_not_a_feature_collection() {
    let err = parse_err(&format!(r#"{{"type":"Feature","properties":{PROPS},"geometry":{SQUARE}}}"#));
    assert!(matches!(err, GeoError::NotFeatureCollection { .. }), "{err:?}");
    assert!(err.to_string().contains("\"Feature\""), "{err}");
}

#[test]
fn an_empty_collection_is_rejected() {
    assert_eq!(parse_err(r#"{"type":"FeatureCollection","features":[]}"#), GeoError::NoAreas);
}

#[test]
fn a_point_geometry_is_unsupported() {
    let err = parse_err(&collection(PROPS, r#"{"type":"Point","coordinates":[16,59]}"#));
    assert!(matches!(&err, GeoError::UnsupportedGeometry { kind, .. } if kind == "Point"), "{err:?}");
    assert!(err.to_string().contains("features[0] (0484R099)"), "{err}");
}

#[test]
fn an_unclosed_ring_is_named_by_feature_and_ring() {
    let hole_open = r#"{"type":"Polygon","coordinates":[[[16,59],[17,59],[17,60],[16,60],[16,59]],
        [[16.2,59.2],[16.4,59.2],[16.4,59.4],[16.2,59.4]]]}"#;
    let err = parse_err(&collection(PROPS, hole_open));
    assert!(matches!(&err, GeoError::RingNotClosed { ring, .. } if ring.ring == 1), "{err:?}");
    assert!(err.to_string().contains("ring 1 (hål)"), "{err}");
}

#[test]
fn a_ring_of_three_positions_is_too_short() {
    let err = parse_err(&collection(PROPS, r#"{"type":"Polygon","coordinates":[[[16,59],[17,59],[16,59]]]}"#));
    assert!(matches!(err, GeoError::RingTooShort { points: 3, .. }), "{err:?}");
}

#[test]
fn a_latitude_of_95_is_out_of_range() {
    let geometry = r#"{"type":"Polygon","coordinates":[[[16,59],[17,59],[17,95],[16,59]]]}"#;
    let err = parse_err(&collection(PROPS, geometry));
    assert!(matches!(err, GeoError::CoordinateOutOfRange { point: 2, lat, .. } if lat == 95.0), "{err:?}");
}

#[test]
fn a_missing_name_or_code_is_named() {
    let err = parse_err(&collection(r#"{"regsokod":"0484R099"}"#, SQUARE));
    assert!(matches!(err, GeoError::MissingName { .. }), "{err:?}");
    let err = parse_err(&collection(r#"{"name":"Test","urban":true}"#, SQUARE));
    assert!(matches!(err, GeoError::MissingCode { .. }), "{err:?}");
}

#[test]
fn a_duplicate_code_names_both_features() {
    let feature = format!(r#"{{"type":"Feature","properties":{PROPS},"geometry":{SQUARE}}}"#);
    let text = format!(r#"{{"type":"FeatureCollection","features":[{feature},{feature}]}}"#);
    let err = parse_err(&text);
    assert_eq!(err, GeoError::DuplicateCode { code: "0484R099".into(), first: 0, second: 1 });
}

#[test]
fn urban_must_be_a_boolean_when_given() {
    let err = parse_err(&collection(r#"{"name":"Test","regsokod":"0484R099","urban":"ja"}"#, SQUARE));
    assert!(matches!(err, GeoError::Malformed { .. }), "{err:?}");
}

// ---- shapes ----

fn lonlat_ring(points: &[(f64, f64)]) -> Vec<LonLat> {
    points.iter().map(|&(lon, lat)| LonLat { lon, lat }).collect()
}

#[test]
fn a_u_shaped_area_gets_its_label_in_an_arm() {
    let u = lonlat_ring(&[
        (16.0, 59.0),
        (16.3, 59.0),
        (16.3, 59.3),
        (16.2, 59.3),
        (16.2, 59.1),
        (16.1, 59.1),
        (16.1, 59.3),
        (16.0, 59.3),
        (16.0, 59.0),
    ]);
    let area = Area {
        code: "U".into(),
        id: "u".into(),
        name: "U".into(),
        urban: true,
        polygons: vec![Polygon { rings: vec![u] }],
    };
    let proj = Projection::fit(bbox(std::iter::once(&area)), 600.0, 0.0);
    let centre = (proj.width() / 2.0, proj.height() / 2.0);
    let rings = proj.project_polygon(&area.polygons[0]);
    assert!(!point_in_rings(centre, &rings), "the bbox centre lies in the notch");
    let label = label_anchor(&area, &proj);
    assert!(point_in_rings(label, &rings), "label {label:?}");
}

#[test]
fn a_multipolygon_with_a_hole_parses_and_its_label_avoids_the_hole() {
    let geometry = r#"{"type":"MultiPolygon","coordinates":[
        [[[16.0,59.0],[16.4,59.0],[16.4,59.2],[16.0,59.2],[16.0,59.0]],
         [[16.05,59.03],[16.35,59.03],[16.35,59.17],[16.05,59.17],[16.05,59.03]]],
        [[[16.6,59.0],[16.65,59.0],[16.65,59.03],[16.6,59.03],[16.6,59.0]]]]}"#;
    let geo = parse_geojson(&collection(PROPS, geometry)).expect("MultiPolygon with a hole parses");
    let area = &geo.areas[0];
    assert_eq!(area.polygons.len(), 2);
    assert_eq!(area.polygons[0].rings.len(), 2);
    let map = build_map(&geo, true, 1000.0);
    let shape = map.shape("0484R099").expect("a file without urban flags shows everything");
    assert_eq!(shape.d.matches('M').count(), 3, "outer, hole and islet: {}", shape.d);
    assert_eq!(shape.d.matches('z').count(), 3);
    let proj = Projection::fit(bbox(geo.areas.iter()), 1000.0, 20.0);
    let label = proj.unproject(label_anchor(area, &proj));
    let hole = Polygon { rings: vec![area.polygons[0].rings[1].clone()] };
    assert!(!point_in_polygon(label, &hole), "label {label:?} is in the hole");
    assert!(point_in_polygon(label, &area.polygons[0]), "label {label:?} is in the larger polygon");
}
