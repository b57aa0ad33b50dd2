//! What an editor meets when a workbook has mistakes (issue 26): every problem in one report, unknown ids with
//! what was meant or where to add them, choices in plain Swedish, numbers with a unit, whole suggestions. Each test
//! edits cells of the exported norrhamn fixture and checks the lines the editors' tool prints.

use medborgarloften_core::dataset::model::Amount;
use medborgarloften_core::{parse_dataset, Dataset};
use medborgarloften_workbook::cells::{Cell, Tables};
use medborgarloften_workbook::from_rows::from_tables;
use medborgarloften_workbook::to_rows::to_tables;
use medborgarloften_workbook::WorkbookProblem;

const NORRHAMN: &str = include_str!("../../../tests/fixtures/schema2/valid/norrhamn.json");

fn norrhamn() -> Dataset {
    parse_dataset(NORRHAMN).expect("valid")
}

fn tables_of(data: &Dataset) -> Tables {
    to_tables(data).into_iter().map(|(sheet, rows)| (sheet.name.to_string(), rows)).collect()
}

/// Writes `text` into the cell under `header` in `row` (numbered as the spreadsheet shows it) of `sheet`.
fn set(tables: &mut Tables, sheet: &str, row: usize, header: &str, text: &str) {
    let rows = tables.get_mut(sheet).expect("sheet");
    let column =
        rows[0].iter().position(|cell| *cell == Cell::Text(header.to_string())).expect("a column with that header");
    while rows.len() < row {
        rows.push(Vec::new());
    }
    let cells = &mut rows[row - 1];
    cells.resize(cells.len().max(column + 1), Cell::Empty);
    cells[column] = if text.is_empty() { Cell::Empty } else { Cell::Text(text.to_string()) };
}

fn problems(tables: &Tables) -> Vec<WorkbookProblem> {
    from_tables(tables).expect_err("refused")
}

fn lines(tables: &Tables) -> Vec<String> {
    problems(tables).iter().map(ToString::to_string).collect()
}

#[test]
fn every_problem_of_a_workbook_comes_in_one_report() {
    let mut tables = tables_of(&norrhamn());
    set(&mut tables, "Perioder", 2, "slut", "dec 2027");
    set(&mut tables, "Löften", 3, "rubrik", "");
    set(&mut tables, "Löften", 5, "teman", "trafik, brand, trygghet, unga");
    set(&mut tables, "Uppföljningar", 2, "datum", "maj 2024");
    // The cells' own problems and the core rule's together, sorted as the workbook reads; no rule repeats a bad
    // cell ("texten är tom"), and the unreadable end month does not make every later follow-up "too late".
    assert_eq!(
        lines(&tables),
        [
            "Perioder, rad 2, kolumn C (slut): \"dec 2027\" är ingen månad; skriv ÅÅÅÅ-MM, till exempel 2024-01.",
            "Löften, rad 3, kolumn E (rubrik): cellen är tom men måste fyllas i.",
            "Löften, rad 5, kolumn G (teman): ett löfte ska ha 1–3 teman, inte 4",
            "Uppföljningar, rad 2, kolumn B (datum): \"maj 2024\" är inget datum; skriv 2026-05-14, 2026-05 eller 2026.",
        ]
    );
}

#[test]
fn each_problem_carries_the_dataset_path_a_form_can_point_at() {
    let mut tables = tables_of(&norrhamn());
    set(&mut tables, "Löften", 3, "rubrik", "");
    set(&mut tables, "Löften", 5, "teman", "trafik, brand, trygghet, unga");
    let found = problems(&tables);
    let at = |row: u32| found.iter().find(|p| p.row == Some(row)).expect("a problem on that row");
    assert_eq!(at(3).path.as_deref(), Some("promises[1].title"), "a cell's field");
    assert_eq!(at(5).path.as_deref(), Some("promises[3] (trapphus).themes"), "the core's own path");
    assert_eq!(
        (at(5).sheet.as_deref(), at(5).column.as_deref(), at(5).header.as_deref()),
        (Some("Löften"), Some("G"), Some("teman"))
    );
}

#[test]
fn a_missing_kommun_field_is_said_once() {
    let mut tables = tables_of(&norrhamn());
    let kommun = tables.get_mut("Kommun").expect("sheet");
    kommun.retain(|row| row.first() != Some(&Cell::Text("rubrik".into())));
    assert_eq!(lines(&tables), ["Kommun: fältet rubrik måste fyllas i."]);
}

#[test]
fn an_unknown_id_says_which_one_was_meant() {
    let mut tables = tables_of(&norrhamn());
    set(&mut tables, "Löften", 2, "parter", "polis, kommunen, norrtrafik");
    set(&mut tables, "Löften", 3, "teman", "Trygghet");
    set(&mut tables, "Stödlöften", 2, "parter", "kommnen");
    set(&mut tables, "Uppföljningar", 2, "löfte", "hallplats");
    set(&mut tables, "Uppföljningar", 3, "mål 1", "vandring");
    // Each said once, at its cell (the core's own "okänd part" for the same cell is left out).
    assert_eq!(
        lines(&tables),
        [
            "Löften, rad 2, kolumn D (parter): okänd part \"polis\" — menade du \"polisen\"?",
            "Löften, rad 3, kolumn G (teman): okänt tema \"Trygghet\" — menade du \"trygghet\"?",
            "Stödlöften, rad 2, kolumn B (parter): okänd part \"kommnen\" — menade du \"kommunen\"?",
            "Uppföljningar, rad 2, kolumn A (löfte): det finns inget löfte \"hallplats\" på bladet Löften — menade du \"hallplatser\"?",
            "Uppföljningar, rad 3, kolumn G (mål 1): löftet har inget mål \"vandring\" på bladet Mål — menade du \"vandringar\"?",
        ]
    );
}

#[test]
fn a_new_id_says_which_row_to_add_on_which_sheet() {
    let mut tables = tables_of(&norrhamn());
    set(&mut tables, "Löften", 5, "parter", "bostadsbolaget");
    set(&mut tables, "Löften", 5, "teman", "cykel");
    set(&mut tables, "Löften", 5, "områden", "lillby");
    set(&mut tables, "Löften", 5, "period", "2028");
    assert_eq!(
        lines(&tables),
        [
            "Löften, rad 5, kolumn B (period): det finns ingen period \"2028\" på bladet Perioder. Är det en ny period: lägg till en rad på bladet Perioder med id \"2028\", start, slut, rubrik, inledning, uppföljning rubrik och källa.",
            "Löften, rad 5, kolumn D (parter): okänd part \"bostadsbolaget\". Är det en ny part: lägg till en rad på bladet Parter med id \"bostadsbolaget\", namn och kortnamn.",
            "Löften, rad 5, kolumn G (teman): okänt tema \"cykel\". Är det ett nytt tema: lägg till en rad på bladet Teman med id \"cykel\" och namn.",
            "Löften, rad 5, kolumn H (områden): okänt område \"lillby\". Är det ett nytt område: lägg till en rad på bladet Områden med id \"lillby\" och namn.",
        ]
    );
}

#[test]
fn statuses_read_in_swedish_as_the_drop_down_offers_them_in_any_case_and_without_diacritics() {
    let mut tables = tables_of(&norrhamn());
    let cell = |tables: &Tables, row: usize| tables["Uppföljningar"][row - 1][2].clone();
    assert_eq!(cell(&tables, 4), Cell::Text("pågår".into()), "the export writes the drop-down's word");
    set(&mut tables, "Uppföljningar", 2, "status", "Pågår");
    set(&mut tables, "Uppföljningar", 3, "status", "försenad");
    set(&mut tables, "Uppföljningar", 4, "status", "UPPNATT");
    set(&mut tables, "Uppföljningar", 5, "status", "delvis-genomfört");
    set(&mut tables, "Uppföljningar", 6, "status", "Ej uppnått");
    set(&mut tables, "Mål", 2, "typ", "Minst");
    let data = from_tables(&tables).expect("read");
    let statuses: Vec<&str> = data.promises.iter().flat_map(|p| &p.followups).map(|f| f.status.id()).collect();
    assert_eq!(statuses, ["pagar", "forsenat", "genomfort", "delvis-genomfort", "ej-genomfort"]);
    assert_eq!(data.promises[0].targets[0].kind.map(|k| format!("{k:?}")).as_deref(), Some("Minst"));
}

#[test]
fn a_status_that_is_none_of_the_words_names_the_one_meant_and_the_choices() {
    let mut tables = tables_of(&norrhamn());
    set(&mut tables, "Uppföljningar", 2, "status", "genomförr");
    set(&mut tables, "Uppföljningar", 3, "status", "klar");
    assert_eq!(
        lines(&tables),
        [
            "Uppföljningar, rad 2, kolumn C (status): \"genomförr\" går inte — menade du \"genomfört\"? Välj en av rapporterad, pågår, försenat, genomfört, delvis genomfört, ej genomfört.",
            "Uppföljningar, rad 3, kolumn C (status): \"klar\" går inte; välj en av rapporterad, pågår, försenat, genomfört, delvis genomfört, ej genomfört.",
        ]
    );
}

#[test]
fn a_result_typed_with_its_unit_is_read_as_the_number() {
    let mut tables = tables_of(&norrhamn());
    // hallplatser's target "kontroller" (unit kontroller); trygghetsvandringar's "vandringar" (trygghetsvandringar).
    set(&mut tables, "Uppföljningar", 2, "resultat 1", "12 st");
    set(&mut tables, "Uppföljningar", 3, "resultat 1", "37 vandringar");
    set(&mut tables, "Mål", 2, "värde", "200 kontroller");
    let data = from_tables(&tables).expect("read");
    assert_eq!(data.promises[0].followups[0].achieved.get("kontroller"), Some(&Amount::Number(12)));
    assert_eq!(data.promises[1].followups[0].achieved.get("vandringar"), Some(&Amount::Number(37)));
    assert_eq!(data.promises[0].targets[0].value, Some(200));
}

#[test]
fn a_result_typed_as_target_equals_value_is_split_into_the_two() {
    let mut tables = tables_of(&norrhamn());
    set(&mut tables, "Uppföljningar", 2, "mål 1", "");
    set(&mut tables, "Uppföljningar", 2, "resultat 1", "kontroller=12 st");
    let data = from_tables(&tables).expect("read");
    assert_eq!(data.promises[0].followups[0].achieved.get("kontroller"), Some(&Amount::Number(12)));
}

#[test]
fn a_number_with_another_word_is_refused_never_kept_as_words() {
    let mut tables = tables_of(&norrhamn());
    set(&mut tables, "Uppföljningar", 2, "resultat 1", "12 timmar");
    set(&mut tables, "Uppföljningar", 3, "resultat 1", "kontroller=12");
    set(&mut tables, "Mål", 3, "värde", "12,5");
    assert_eq!(
        lines(&tables),
        [
            "Mål, rad 3, kolumn C (värde): \"12,5\" går inte: skriv ett heltal, utan decimaler.",
            "Uppföljningar, rad 2, kolumn H (resultat 1): \"12 timmar\" går inte: skriv bara talet, 12; målets enhet är \"kontroller\" (bladet Mål).",
            "Uppföljningar, rad 3, kolumn H (resultat 1): \"kontroller=12\" går inte: mål 1 är \"vandringar\", inte \"kontroller\"; skriv målets id i mål 1 och bara talet i resultat 1.",
        ]
    );
}

#[test]
fn a_suggested_fix_is_printed_whole_however_long() {
    let mut tables = tables_of(&norrhamn());
    let bare = "www.norrhamn.se/kommun-och-politik/trygghet-och-sakerhet/medborgarloften-2024-2027";
    set(&mut tables, "Perioder", 2, "källa", bare);
    let spaced = "dokument/Uppföljning av medborgarlöftena i Norrhamn tertial 1 2024.pdf";
    set(&mut tables, "Löften", 2, "källa", spaced);
    let found = lines(&tables);
    let whole = [format!("skriv \"https://{bare}\""), format!("(\"{}\")", spaced.replace(' ', "%20"))];
    for (line, fix) in found.iter().zip(&whole) {
        assert!(line.contains(fix.as_str()), "{line} has the whole fix {fix}");
        let after = &line[line.find(fix.as_str()).unwrap_or(0)..];
        assert!(!after.contains('…'), "{line}");
    }
    assert_eq!(found.len(), 2, "{found:?}");
}
