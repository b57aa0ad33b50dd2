//! The workbook round trip, as an editor meets it: a dataset written to rows and read back is unchanged, a bad
//! cell is named by sheet, row and column, and a core rule's path finds its cell.

use crate::cells::{Cell, Tables};
use crate::from_rows::from_tables;
use crate::problem::Place;
use crate::sheet_reader::{place_of, Places};
use crate::to_rows::to_tables;
use medborgarloften_core::dataset::model::Translated;
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

#[test]
fn translations_come_back_unchanged_in_columns_after_the_swedish_ones() {
    let data = medborgarloften_core::parse_dataset(include_str!("../../../tests/fixtures/translated.json"))
        .expect("the translated fixture is valid");
    let tables = tables_of(&data);
    let promises = &tables["Löften"];
    let headers: Vec<&Cell> = promises[0].iter().skip(9).collect();
    let expected = ["rubrik (en)", "text (en)", "rubrik (ar)", "text (ar)"].map(|h| Cell::Text(h.into()));
    assert_eq!(headers, expected.iter().collect::<Vec<_>>(), "the Swedish columns keep their places");
    let row = promises.iter().position(|r| r[0] == Cell::Text("2019-polisen-trafikkontroller".into())).expect("row");
    assert_eq!(promises[row][9], Cell::Text("200 traffic checks in the priority neighbourhoods".into()));
    assert_eq!(promises[row][11], Cell::Text("200 عملية تفتيش مروري في الأحياء ذات الأولوية".into()));
    assert_eq!(promises[row][12], Cell::Empty, "no Arabic text: an empty cell");
    assert_eq!(from_tables(&tables), Ok(data));
}

/// Norrhamn with translations of its first list of supporting promises, its lead and its points.
fn norrhamn_with_translated_points() -> (Dataset, usize) {
    let fixture = include_str!("../../../tests/fixtures/schema2/valid/norrhamn.json");
    let mut data = medborgarloften_core::parse_dataset(fixture).expect("valid");
    let p = data.promises.iter().position(|p| p.sub_promises.iter().any(|s| s.items.len() >= 2)).expect("a list");
    let list = &mut data.promises[p].sub_promises[0];
    let points = (1..=list.items.len()).map(|n| format!("point {n}")).collect();
    list.translations.set("en", "lead", Translated::One("The city supports the promise by:".into()));
    list.translations.set("en", "items", Translated::List(points));
    (data, p)
}

#[test]
fn translated_supporting_promises_come_back_unchanged_point_by_point() {
    let (data, _) = norrhamn_with_translated_points();
    assert_eq!(from_tables(&tables_of(&data)), Ok(data));
}

#[test]
fn a_point_left_untranslated_in_a_translated_list_is_named_by_its_cell() {
    let (data, _) = norrhamn_with_translated_points();
    let mut tables = tables_of(&data);
    let subs = tables.get_mut("Stödlöften").expect("sheet");
    let column = subs[0].iter().position(|c| *c == Cell::Text("punkt (en)".into())).expect("a column of points");
    let row = subs.iter().position(|r| r[column] == Cell::Text("point 2".into())).expect("the second point");
    subs[row][column] = Cell::Empty;
    let err = lines(&tables);
    let letter = crate::layout::column_letters(column);
    assert_eq!(
        err,
        [format!(
            "Stödlöften, rad {}, kolumn {letter} (punkt (en)): texten är tom (eller har bara osynliga tecken)",
            row + 1
        )]
    );
}

#[test]
fn empty_translation_cells_and_a_workbook_without_the_columns_read_as_no_translations() {
    let fixture = include_str!("../../../tests/fixtures/schema2/valid/norrhamn.json");
    let data = medborgarloften_core::parse_dataset(fixture).expect("valid");
    let mut tables = tables_of(&data);
    // A workbook written before the translation columns: the same sheets without them.
    for (name, rows) in tables.iter_mut() {
        let sheet = crate::layout::SHEETS.iter().find(|s| s.name == name).expect("a sheet");
        let headers: Vec<Cell> =
            crate::layout::translation_columns(sheet).into_iter().map(|c| Cell::Text(c.header)).collect();
        let mut columns: Vec<usize> = (0..rows[0].len()).filter(|&i| headers.contains(&rows[0][i])).collect();
        assert_eq!(columns.len(), headers.len(), "{name}: every translation column is written");
        columns.reverse();
        for row in rows.iter_mut() {
            for &i in &columns {
                if i < row.len() {
                    row.remove(i);
                }
            }
        }
    }
    assert_eq!(from_tables(&tables), Ok(data));
}

#[test]
fn a_translation_in_a_language_column_is_checked_by_the_core_at_its_cell() {
    let data =
        medborgarloften_core::parse_dataset(include_str!("../../../tests/fixtures/translated.json")).expect("valid");
    let mut tables = tables_of(&data);
    let themes = tables.get_mut("Teman").expect("sheet");
    themes[1][2] = Cell::Text("\u{200b}".into());
    assert_eq!(lines(&tables), ["Teman, rad 2, kolumn C (namn (en)): texten är tom (eller har bara osynliga tecken)"]);
}
