//! The district map on the real dataset and map file: which areas are drawn, grouped and labelled, how the
//! filters shade them, what a screen reader hears, and that a bad code is an error rather than a panic.

mod common;

use common::{edited, eskilstuna};
use medborgarloften_core::geo::{
    build_map, label_half_size, map_layout, parse_geojson, GeoCollection, GeoError, MapLayout, MAP_WIDTH,
};
use medborgarloften_core::page::filter::facets;
use medborgarloften_core::page::map_shades::district_shades;
use medborgarloften_core::page::map_shades::DistrictShade;
use medborgarloften_core::{parse_dataset, Query};

fn geo() -> GeoCollection {
    let path = common::root().join("public/geo/eskilstuna-districts.geojson");
    parse_geojson(&std::fs::read_to_string(path).expect("map file is readable")).expect("map file parses")
}

fn layout(urban_only: bool) -> MapLayout {
    map_layout(&eskilstuna(), &geo(), urban_only).expect("the shipped dataset fits the shipped map")
}

fn shades(query: &str) -> Vec<DistrictShade> {
    let data = eskilstuna();
    district_shades(&data, &facets(&data, &Query::parse(query).0).districts)
}

fn shade<'a>(shades: &'a [DistrictShade], id: &str) -> &'a DistrictShade {
    shades.iter().find(|s| s.id == id).unwrap_or_else(|| panic!("no district {id}"))
}

#[test]
fn the_town_map_draws_23_areas_and_the_whole_kommun_30() {
    assert_eq!(layout(true).area_count(), 23);
    assert_eq!(layout(false).area_count(), 30);
}

#[test]
fn every_named_district_is_on_the_town_map_with_its_regso_areas() {
    let map = layout(true);
    let drawn: Vec<(&str, Vec<&str>)> =
        map.districts.iter().map(|d| (d.id.as_str(), d.areas.iter().map(|a| a.code.as_str()).collect())).collect();
    assert_eq!(
        drawn,
        [
            ("centrum", vec!["0484R002"]),
            ("skiftinge", vec!["0484R017", "0484R018"]),
            ("lagersberg", vec!["0484R011"]),
            ("froslunda", vec!["0484R005"]),
        ]
    );
    assert_eq!(map.background.len(), 23 - 5);
    assert!(map
        .background
        .iter()
        .all(|a| !["0484R002", "0484R005", "0484R011", "0484R017", "0484R018"].contains(&a.code.as_str())));
}

#[test]
fn the_dataset_index_of_each_drawn_district_points_back_to_it() {
    let data = eskilstuna();
    for district in layout(true).districts {
        assert_eq!(data.districts[district.index].id, district.id);
    }
}

#[test]
fn priority_districts_are_marked_and_the_centre_is_not() {
    let map = layout(true);
    let priority: Vec<&str> = map.districts.iter().filter(|d| d.priority).map(|d| d.id.as_str()).collect();
    assert_eq!(priority, ["skiftinge", "lagersberg", "froslunda"]);
    assert!(map.has_priority);
}

/// Area of an area's outer rings in degrees², longitude shrunk by cos(latitude): enough to compare two areas.
fn size(geo: &GeoCollection, code: &str) -> f64 {
    let area = geo.area(code).expect("area exists");
    area.polygons
        .iter()
        .map(|p| {
            let ring = p.outer();
            let twice: f64 = ring
                .windows(2)
                .map(|w| {
                    let k = w[0].lat.to_radians().cos();
                    w[0].lon * k * w[1].lat - w[1].lon * k * w[0].lat
                })
                .sum();
            twice.abs() / 2.0
        })
        .sum()
}

#[test]
fn a_district_of_two_areas_gets_one_label_at_its_larger_area() {
    let geo = geo();
    let map = layout(true);
    let skiftinge = map.districts.iter().find(|d| d.id == "skiftinge").expect("skiftinge on the map");
    let larger = if size(&geo, "0484R017") > size(&geo, "0484R018") { "0484R017" } else { "0484R018" };
    let full = build_map(&geo, true, MAP_WIDTH);
    let anchor = full.shape(larger).expect("on the map").label;
    // Nothing else is near Skiftinge, so its label stays exactly on the anchor.
    assert_eq!(skiftinge.label, anchor, "label of Skiftinge vs anchor of {larger}");
}

#[test]
fn labels_stay_inside_the_view_box_and_never_cover_each_other() {
    for urban_only in [true, false] {
        let map = layout(urban_only);
        let vb: Vec<f64> = map.view_box.split(' ').map(|v| v.parse().expect("number")).collect();
        let boxes: Vec<(f64, f64, f64, f64)> = map
            .districts
            .iter()
            .map(|d| {
                let (hw, hh) = label_half_size(&d.name, f64::from(map.label_size));
                (d.label.0, d.label.1, hw, hh)
            })
            .collect();
        for (i, &(x, y, hw, hh)) in boxes.iter().enumerate() {
            assert!(
                x - hw >= vb[0] - 0.01 && x + hw <= vb[0] + vb[2] + 0.01,
                "urban {urban_only}: label {i} sticks out sideways"
            );
            assert!(
                y - hh >= vb[1] - 0.01 && y + hh <= vb[1] + vb[3] + 0.01,
                "urban {urban_only}: label {i} sticks out vertically"
            );
            for &(x2, y2, hw2, hh2) in &boxes[..i] {
                let apart = (x - x2).abs() >= hw + hw2 - 0.01 || (y - y2).abs() >= hh + hh2 - 0.01;
                assert!(apart, "urban {urban_only}: label {i} covers an earlier one");
            }
        }
    }
}

#[test]
fn the_legend_covers_the_largest_district_count_and_shows_the_attribution() {
    let map = layout(true);
    let labels: Vec<&str> = map.legend.iter().map(|e| e.label.as_str()).collect();
    assert_eq!(labels, ["0 löften", "1 löfte", "2 löften", "3 löften", "4–5 löften"]);
    assert_eq!(map.attribution, "Källa: SCB");
}

#[test]
fn shades_follow_the_facet_counts_and_the_selection() {
    let all = shades("");
    let counts: Vec<(&str, usize, u8)> = all.iter().map(|s| (s.id.as_str(), s.count, s.class)).collect();
    assert_eq!(counts, [("centrum", 1, 1), ("skiftinge", 5, 4), ("lagersberg", 5, 4), ("froslunda", 5, 4)]);
    assert!(all.iter().all(|s| !s.selected));

    let chosen = shades("omrade=froslunda");
    assert!(shade(&chosen, "froslunda").selected);
    assert!(!shade(&chosen, "skiftinge").selected);
    // A district's own choice does not change the district counts: the map still shows what else there is.
    assert_eq!(shade(&chosen, "skiftinge").count, 5);

    let polisen_2018 = shades("ar=2018&part=kommunen");
    assert_eq!(shade(&polisen_2018, "froslunda").count, 0);
    assert_eq!(shade(&polisen_2018, "froslunda").class, 0);
}

#[test]
fn accessible_names_start_with_the_district_and_give_the_count() {
    let all = shades("");
    assert_eq!(shade(&all, "skiftinge").label, "Skiftinge, 5 löften nämner området");
    assert_eq!(shade(&all, "centrum").label, "Eskilstunas centrum, 1 löfte nämner området");
    assert_eq!(shade(&all, "skiftinge").caption, "Skiftinge: 5 löften nämner området");
}

#[test]
fn a_district_code_missing_from_the_map_is_a_swedish_error_naming_district_and_code() {
    let text = edited(|v| v["districts"][1]["regso"][0] = "0484R099".into());
    let data = parse_dataset(&text).expect("the code is well-formed, only unknown to the map");
    let err = map_layout(&data, &geo(), true).expect_err("0484R099 is not in the map file");
    assert_eq!(err, GeoError::UnknownDistrictCode { district: "Skiftinge".into(), code: "0484R099".into() });
    assert_eq!(err.to_string(), "området Skiftinge hänvisar till områdeskoden 0484R099, som inte finns i kartfilen");
}

#[test]
fn another_kommun_needs_no_code_changes_a_district_in_the_countryside_is_drawn_only_on_the_whole_map() {
    // The centre re-pointed at Torshälla, outside the town: not on the town map, on the whole-kommun map.
    let text = edited(|v| {
        v["districts"][0]["regso"] = serde_json::json!(["0484R022"]);
        v["geometry"]["attribution"] = "Källa: Lantmäteriet".into();
    });
    let data = parse_dataset(&text).expect("valid");
    let geo = geo();
    assert_eq!(geo.area("0484R022").map(|a| a.urban), Some(false), "fixture: Torshälla is not urban");
    let town = map_layout(&data, &geo, true).expect("fits");
    assert!(town.districts.iter().all(|d| d.id != "centrum"));
    let whole = map_layout(&data, &geo, false).expect("fits");
    assert!(whole.districts.iter().any(|d| d.id == "centrum"));
    assert_eq!(whole.attribution, "Källa: Lantmäteriet");
}
