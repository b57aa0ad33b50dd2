//! "Visa vad som gäller där jag är": a position looked up in the dataset's own map ([`Locator`]), on the shipped
//! Eskilstuna files with real places, and on small made-up maps for holes, MultiPolygons and a missing outline.

mod common;

use common::{eskilstuna, root};
use medborgarloften_core::dataset::model::District;
use medborgarloften_core::geo::{parse_geojson, Area, GeoCollection, Locator, LonLat, Polygon, Whereabouts};

fn read_map(name: &str) -> GeoCollection {
    let path = root().join("public/geo").join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    parse_geojson(&text).expect("the shipped map file parses")
}

/// The shipped dataset's districts on its district map, and the kommun as its outline draws it.
fn eskilstuna_locator() -> Locator {
    let data = eskilstuna();
    Locator::new(
        &data.districts,
        &read_map("eskilstuna-districts.geojson"),
        Some(&read_map("eskilstuna-kommun.geojson")),
    )
}

fn at(lat: f64, lon: f64) -> LonLat {
    LonLat { lon, lat }
}

fn district(id: &str) -> Whereabouts {
    Whereabouts::District(id.to_owned())
}

// ---- the shipped map, real places (latitude, longitude as a phone reports them) ----

#[test]
fn a_position_in_skiftinge_is_in_skiftinge() {
    // In Skiftinge-Djursta (RegSO 0484R017), one of Skiftinge's two areas.
    assert_eq!(eskilstuna_locator().find(at(59.3900, 16.5530)), district("skiftinge"));
    // In Skiftinge-Ärsta-Sal (0484R018), its other area.
    assert_eq!(eskilstuna_locator().find(at(59.4000, 16.5420)), district("skiftinge"));
}

#[test]
fn a_position_in_lagersberg_is_in_lagersberg() {
    // In Lagersberg-Råbergstorp (0484R011).
    assert_eq!(eskilstuna_locator().find(at(59.3532, 16.4769)), district("lagersberg"));
}

#[test]
fn a_position_in_the_countryside_is_in_the_kommun_but_in_no_district() {
    // Ärla, a village in Ärla-Hällberga (0484R029), which no district of the dataset covers.
    assert_eq!(eskilstuna_locator().find(at(59.2700, 16.6800)), Whereabouts::InKommunNoDistrict);
}

#[test]
fn a_position_in_stockholm_is_outside_the_kommun() {
    // Sergels torg, Stockholm.
    assert_eq!(eskilstuna_locator().find(at(59.3326, 18.0649)), Whereabouts::OutsideKommun);
}

#[test]
fn a_position_on_a_districts_boundary_is_in_the_district() {
    // Halfway along the edge Skiftinge-Djursta shares with Röksta-Eskilshem-Balsta (in no district):
    // from 16.54441 E 59.38378 N to 16.5545 E 59.3824 N in both files.
    let on_edge = at((59.38378 + 59.3824) / 2.0, (16.54441 + 16.5545) / 2.0);
    assert_eq!(eskilstuna_locator().find(on_edge), district("skiftinge"));
    // A corner of that edge, exactly as the file writes it.
    assert_eq!(eskilstuna_locator().find(at(59.38378, 16.54441)), district("skiftinge"));
}

#[test]
fn on_the_boundary_two_districts_share_the_first_in_the_datasets_order_has_it() {
    // Lagersberg (third in the dataset) and Fröslunda (fourth) share the edge 16.47901 E 59.35044 N to
    // 16.47757 E 59.34907 N.
    let on_edge = at((59.35044 + 59.34907) / 2.0, (16.47901 + 16.47757) / 2.0);
    assert_eq!(eskilstuna_locator().find(on_edge), district("lagersberg"));
}

/// Not an assertion (a benchmark is not a test): prints what one lookup costs on the shipped map, with
/// `cargo test -p medborgarloften-core --test locate -- --nocapture one_lookup` (the core is optimised in test builds).
#[test]
fn one_lookup_timed_on_the_shipped_map() {
    let locator = eskilstuna_locator();
    let places = [at(59.39, 16.553), at(59.3532, 16.4769), at(59.27, 16.68), at(59.3326, 18.0649)];
    let rounds = 2_000;
    let started = std::time::Instant::now();
    let mut found = 0;
    for _ in 0..rounds {
        for place in places {
            found += usize::from(matches!(locator.find(std::hint::black_box(place)), Whereabouts::District(_)));
        }
    }
    let each = started.elapsed() / (rounds * places.len() as u32);
    println!("one lookup on the shipped map: {each:?} ({found} found in districts)");
    let made = std::time::Instant::now();
    let _ = std::hint::black_box(eskilstuna_locator());
    println!("reading both map files and making the locator: {:?}", made.elapsed());
    assert_eq!(found, rounds as usize * 2);
}

// ---- made-up maps: holes, MultiPolygons, no outline ----

fn square(x0: f64, y0: f64, size: f64) -> Vec<LonLat> {
    let corners = [(x0, y0), (x0 + size, y0), (x0 + size, y0 + size), (x0, y0 + size), (x0, y0)];
    corners.iter().map(|&(lon, lat)| LonLat { lon, lat }).collect()
}

fn area(code: &str, polygons: Vec<Polygon>) -> Area {
    Area { code: code.into(), id: code.into(), name: code.into(), urban: true, polygons }
}

fn named(id: &str, codes: &[&str]) -> District {
    District {
        translations: Default::default(),
        id: id.into(),
        name: id.into(),
        priority: false,
        regso: codes.iter().map(|c| (*c).to_owned()).collect(),
    }
}

/// Area A: the square 0..10 with a hole 4..6. Area B: two squares, 20..22 and 30..32 (a MultiPolygon). Area C:
/// 40..42, in no district. District `a` covers A, `b` covers B.
fn made_up() -> (Vec<District>, GeoCollection) {
    let areas = GeoCollection {
        areas: vec![
            area("A", vec![Polygon { rings: vec![square(0.0, 0.0, 10.0), square(4.0, 4.0, 2.0)] }]),
            area(
                "B",
                vec![Polygon { rings: vec![square(20.0, 0.0, 2.0)] }, Polygon { rings: vec![square(30.0, 0.0, 2.0)] }],
            ),
            area("C", vec![Polygon { rings: vec![square(40.0, 0.0, 2.0)] }]),
        ],
    };
    (vec![named("a", &["A"]), named("b", &["B"])], areas)
}

#[test]
fn a_hole_is_not_in_its_district_but_in_the_kommun_around_it() {
    let (districts, areas) = made_up();
    let outline = GeoCollection { areas: vec![area("K", vec![Polygon { rings: vec![square(-1.0, -1.0, 50.0)] }])] };
    let locator = Locator::new(&districts, &areas, Some(&outline));
    assert_eq!(locator.find(LonLat { lon: 1.0, lat: 1.0 }), district("a"));
    assert_eq!(locator.find(LonLat { lon: 5.0, lat: 5.0 }), Whereabouts::InKommunNoDistrict);
    assert_eq!(locator.find(LonLat { lon: 4.0, lat: 5.0 }), district("a"), "the hole's edge is the district's");
}

#[test]
fn every_polygon_of_a_multipolygon_is_in_its_district() {
    let (districts, areas) = made_up();
    let locator = Locator::new(&districts, &areas, None);
    assert_eq!(locator.find(LonLat { lon: 21.0, lat: 1.0 }), district("b"));
    assert_eq!(locator.find(LonLat { lon: 31.0, lat: 1.0 }), district("b"));
}

#[test]
fn without_an_outline_the_kommun_is_every_area_of_the_map() {
    let (districts, areas) = made_up();
    let locator = Locator::new(&districts, &areas, None);
    assert_eq!(locator.find(LonLat { lon: 41.0, lat: 1.0 }), Whereabouts::InKommunNoDistrict);
    assert_eq!(locator.find(LonLat { lon: 25.0, lat: 1.0 }), Whereabouts::OutsideKommun, "between B's two squares");
    assert_eq!(locator.find(LonLat { lon: 5.0, lat: 5.0 }), Whereabouts::OutsideKommun, "A's hole is in no area");
}

#[test]
fn a_district_whose_codes_are_not_on_the_map_is_never_found() {
    let (_, areas) = made_up();
    let locator = Locator::new(&[named("x", &["0484R999"]), named("a", &["A"])], &areas, None);
    assert_eq!(locator.find(LonLat { lon: 1.0, lat: 1.0 }), district("a"));
}

#[test]
fn a_position_that_is_not_a_number_is_outside() {
    let (districts, areas) = made_up();
    let locator = Locator::new(&districts, &areas, None);
    assert_eq!(locator.find(LonLat { lon: f64::NAN, lat: 1.0 }), Whereabouts::OutsideKommun);
}
