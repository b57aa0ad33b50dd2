//! The crate's two entry points as the editors' tool and the browser call them: a dataset written to .xlsx bytes
//! and read back is unchanged, the same dataset gives the same bytes, and bytes that are no workbook say so.

use std::io::Cursor;

use calamine::{open_workbook_from_rs, Xlsx};
use medborgarloften_core::{parse_dataset, Dataset};
use medborgarloften_workbook::{read_workbook, write_workbook};

const REPO: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

fn dataset(path: &str) -> Dataset {
    let text = std::fs::read_to_string(format!("{REPO}/{path}")).expect("dataset file");
    parse_dataset(&text).expect("valid")
}

#[test]
fn written_bytes_read_back_to_the_same_dataset() {
    for path in
        ["public/data/eskilstuna.json", "public/data/exempelkommun.json", "tests/fixtures/schema2/valid/norrhamn.json"]
    {
        let data = dataset(path);
        let bytes = write_workbook(&data).expect("written");
        assert_eq!(read_workbook(&bytes, "bok.xlsx"), Ok(data.clone()), "{path}");
        // A browser's download may lose its name: the bytes alone say it is an .xlsx.
        assert_eq!(read_workbook(&bytes, "nedladdning"), Ok(data), "{path} without an extension");
    }
}

#[test]
fn the_same_dataset_gives_the_same_bytes_dated_by_its_updated_day() {
    let data = dataset("tests/fixtures/schema2/valid/norrhamn.json");
    let bytes = write_workbook(&data).expect("written");
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(&bytes)).expect("an xlsx");
    let properties = book.workbook_properties().expect("document properties");
    assert_eq!(properties.created, Some(format!("{}T00:00:00Z", data.updated)), "no clock: the dataset's day");
    assert_eq!(write_workbook(&data).expect("written again"), bytes);
}

#[test]
fn bytes_that_are_no_workbook_are_refused_in_one_swedish_sentence() {
    let err = read_workbook(b"id;rubrik\n1;Trygghet\n", "loften.csv").expect_err("refused");
    assert!(err.unreadable);
    assert_eq!(err.problems.len(), 1);
    let line = err.problems[0].to_string();
    assert!(line.starts_with("Kunde inte läsa loften.csv som arbetsbok (.xlsx eller .ods)"), "{line}");
    assert!(line.contains("Spara den som .xlsx eller .ods"), "{line}");
    let sheets = read_workbook(b"PK\x03\x04 inte en riktig zip", "bok.xlsx").expect_err("refused");
    assert!(sheets.unreadable && sheets.problems[0].to_string().contains("bok.xlsx"), "{sheets}");
}

#[test]
fn a_translated_dataset_comes_back_from_the_xlsx_bytes_with_its_translations() {
    let data = dataset("tests/fixtures/translated.json");
    let bytes = write_workbook(&data).expect("written");
    assert_eq!(read_workbook(&bytes, "bok.xlsx"), Ok(data));
}
