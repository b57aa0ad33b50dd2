//! The workbook round trip, as an editor meets it: a dataset written to rows and read back is unchanged, a bad
//! cell is named by sheet, row and column, and a core rule's path finds its cell.

use crate::cells::{Cell, Tables};
use crate::from_rows::from_tables;
use crate::problem::Place;
use crate::sheet_reader::{place_of, Places};
use crate::to_rows::to_tables;
use medborgarloften_core::Dataset;

/// The problems as the editors' tool prints them.
fn lines(tables: &Tables) -> Vec<String> {
    from_tables(tables).expect_err("refused").iter().map(ToString::to_string).collect()
}

fn tables_of(data: &Dataset) -> Tables {
    to_tables(data).into_iter().map(|(sheet, rows)| (sheet.name.to_string(), rows)).collect()
}

#[test]
fn the_shipped_datasets_and_the_v2_fixture_come_back_unchanged() {
    for text in [
        include_str!("../../../public/data/eskilstuna.json"),
        include_str!("../../../public/data/exempelkommun.json"),
        include_str!("../../../tests/fixtures/schema2/valid/norrhamn.json"),
    ] {
        let data = medborgarloften_core::parse_dataset(text).expect("valid");
        assert_eq!(from_tables(&tables_of(&data)), Ok(data));
    }
}

#[test]
fn a_bad_cell_is_named_by_sheet_row_and_column() {
    let fixture = include_str!("../../../tests/fixtures/schema2/valid/norrhamn.json");
    let data = medborgarloften_core::parse_dataset(fixture).expect("valid");
    let mut tables = tables_of(&data);
    let promises = tables.get_mut("Löften").expect("sheet");
    promises[3][6] = Cell::Text("trafik, brand, trygghet, unga".into());
    let followups = tables.get_mut("Uppföljningar").expect("sheet");
    followups[1][1] = Cell::Text("maj 2019".into());
    let err = lines(&tables);
    // The cell's problem and the core rule's, in one report, in the workbook's tab order.
    assert_eq!(err.len(), 2, "{err:?}");
    assert_eq!(err[0], "Löften, rad 4, kolumn G (teman): ett löfte ska ha 1–3 teman, inte 4");
    assert!(err[1].starts_with("Uppföljningar, rad 2, kolumn B (datum): \"maj 2019\""), "{}", err[1]);
}

#[test]
fn core_paths_find_their_cell() {
    let places: Places = vec![
        ("promises[3]".into(), Place::row("Löften", 4)),
        ("promises[3].themes".into(), Place::cell("Löften", 4, 6, "teman")),
        ("promises[30]".into(), Place::row("Löften", 31)),
    ];
    let at = |path: &str| place_of(&places, path).map(ToString::to_string);
    assert_eq!(at("promises[3] (x).themes[0]").as_deref(), Some("Löften, rad 5, kolumn G (teman)"));
    assert_eq!(at("promises[3] (x)").as_deref(), Some("Löften, rad 5"));
    assert_eq!(at("promises[30] (y).title").as_deref(), Some("Löften, rad 32"));
    assert_eq!(at("periods[0]"), None);
}

#[test]
fn a_look_comes_back_unchanged_and_its_colour_is_checked() {
    let fixture = include_str!("../../../tests/fixtures/schema2/valid/norrhamn.json");
    let mut data = medborgarloften_core::parse_dataset(fixture).expect("valid");
    data.look = Some(medborgarloften_core::dataset::model::Look {
        color: Some("#005a9c".into()),
        logo: Some("bilder/logga.svg".into()),
        logo_alt: Some("Norrhamns kommuns logotyp".into()),
    });
    let mut tables = tables_of(&data);
    assert_eq!(from_tables(&tables), Ok(data));
    let kommun = tables.get_mut("Kommun").expect("sheet");
    let row = kommun.iter().position(|row| row[0] == Cell::Text("färg".into())).expect("a row for the colour");
    kommun[row][1] = Cell::Text("#88aaff".into());
    let err = lines(&tables);
    assert!(err.iter().any(|e| e.contains("har kontrasten 2,2:1")), "{err:?}");
}
