//! End-to-end tests of the editors' yearly commands: `ny`, `importera-text`, `uppfoljning`, `exportera`/`importera`
//! (with a workbook rewritten cell by cell, and one edited by Python's openpyxl), `forhandsgranska` and the help.
//! The built binary runs in a scratch folder; checks are on exit codes, the files written and the text shown.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use calamine::{open_workbook_auto, Data, Reader};
use medborgarloften_core::dataset::model::Amount;
use medborgarloften_core::{parse_dataset, Dataset};

const REPO: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

fn repo_file(path: &str) -> String {
    format!("{REPO}/{path}")
}

fn run(args: &[&str]) -> (i32, String, String) {
    let Output { status, stdout, stderr } =
        Command::new(env!("CARGO_BIN_EXE_medborgarloften")).args(args).output().expect("the binary runs");
    let text = |bytes: Vec<u8>| String::from_utf8(bytes).expect("output is UTF-8");
    (status.code().expect("exited normally"), text(stdout), text(stderr))
}

/// An empty scratch folder for one test.
fn folder(name: &str) -> PathBuf {
    let folder = Path::new(env!("CARGO_TARGET_TMPDIR")).join("editors").join(name);
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).expect("scratch folder");
    folder
}

fn s(path: &Path) -> &str {
    path.to_str().expect("scratch paths are UTF-8")
}

fn read_dataset(path: &Path) -> Dataset {
    let text = std::fs::read_to_string(path).expect("dataset written");
    parse_dataset(&text).expect("the written dataset is valid")
}

#[test]
fn export_then_import_gives_back_the_same_dataset() {
    for (name, file) in [
        ("eskilstuna", "public/data/eskilstuna.json"),
        ("exempelkommun", "public/data/exempelkommun.json"),
        ("norrhamn", "tests/fixtures/schema2/valid/norrhamn.json"),
    ] {
        let dir = folder(&format!("round-{name}"));
        let (book, back) = (dir.join("bok.xlsx"), dir.join("tillbaka.json"));
        let (code, out, err) = run(&["exportera", &repo_file(file), s(&book)]);
        assert_eq!(code, 0, "{out}{err}");
        let (code, out, err) = run(&["importera", s(&book), s(&back)]);
        assert_eq!(code, 0, "{name}: {out}{err}");
        let original = parse_dataset(&std::fs::read_to_string(repo_file(file)).expect("file")).expect("valid");
        assert_eq!(read_dataset(&back), original, "{name} comes back unchanged");
        let text = std::fs::read_to_string(&back).expect("written");
        assert!(text.starts_with("{\n  \"$schema\"") && text.ends_with("}\n"), "pretty JSON, stable key order");
    }
}

#[test]
fn the_workbook_has_one_sheet_per_table_with_swedish_headers() {
    let dir = folder("sheets");
    let book = dir.join("bok.xlsx");
    assert_eq!(run(&["exportera", &repo_file("tests/fixtures/schema2/valid/norrhamn.json"), s(&book)]).0, 0);
    let mut workbook = open_workbook_auto(&book).expect("an xlsx calamine reads");
    let names = workbook.sheet_names();
    for sheet in ["Kommun", "Perioder", "Grupper", "Löften", "Mål", "Uppföljningar", "Områden", "Teman", "Parter"] {
        assert!(names.iter().any(|n| n == sheet), "sheet {sheet} in {names:?}");
    }
    let promises = workbook.worksheet_range("Löften").expect("Löften");
    let header: Vec<String> = promises.rows().next().expect("header").iter().map(|c| c.to_string()).collect();
    assert_eq!(
        header,
        [
            "id",
            "period",
            "grupp",
            "parter",
            "rubrik",
            "text",
            "teman",
            "områden",
            "källa",
            "rubrik (en)",
            "text (en)",
            "rubrik (ar)",
            "text (ar)"
        ],
        "the Swedish columns, then one for each translated field and language"
    );
    let entries = workbook.worksheet_range("Uppföljningar").expect("Uppföljningar");
    let rows: Vec<_> = entries.rows().collect();
    assert_eq!(rows[1][1], Data::String("2024-09".into()), "a month-precision date stays text");
    assert_eq!(rows[1][7], Data::String("ett 15-tal".into()), "a result in words stays text");
    // The xlsx's own XML holds the frozen header and the drop-down lists.
    let sheet_xml = unzip_entry(&book, "xl/worksheets/sheet9.xml");
    assert!(sheet_xml.contains("state=\"frozen\""), "frozen header");
    assert!(
        sheet_xml.contains("<dataValidation") && sheet_xml.contains("delvis genomfört"),
        "status drop-down in Swedish"
    );
}

/// One file inside an xlsx (a zip archive), read with Python's standard zipfile module.
fn unzip_entry(book: &Path, entry: &str) -> String {
    let script =
        format!("import sys,zipfile; sys.stdout.write(zipfile.ZipFile({:?}).read({entry:?}).decode())", s(book));
    let out = Command::new("python3").args(["-c", &script]).output().expect("python3 runs");
    String::from_utf8(out.stdout).expect("UTF-8 XML")
}

/// Rewrites every cell of `from` into a new .xlsx `to` with `rust_xlsxwriter`, letting `edit` change a cell's
/// text by sheet, row and column (all 0-based).
fn rewrite(from: &Path, to: &Path, edit: impl Fn(&str, usize, usize, &mut String)) {
    let mut source = open_workbook_auto(from).expect("readable");
    let mut book = rust_xlsxwriter::Workbook::new();
    for name in source.sheet_names() {
        let range = source.worksheet_range(&name).expect("sheet");
        let sheet = book.add_worksheet();
        sheet.set_name(&name).expect("name");
        let (height, width) = range.get_size();
        for r in 0..height {
            for c in 0..width.max(12) {
                let cell = range.get((r, c)).cloned().unwrap_or(Data::Empty);
                let mut text = match &cell {
                    Data::Empty => String::new(),
                    other => other.to_string(),
                };
                let before = text.clone();
                edit(&name, r, c, &mut text);
                match cell {
                    Data::Float(n) if text == before => sheet.write_number(r as u32, c as u16, n).map(|_| ()),
                    _ if text.is_empty() => Ok(()),
                    _ => sheet.write_string(r as u32, c as u16, &text).map(|_| ()),
                }
                .expect("cell written");
            }
        }
    }
    book.save(to).expect("saved");
}

#[test]
fn a_bad_cell_is_named_by_sheet_row_and_column_and_nothing_is_written() {
    let dir = folder("bad-cell");
    let (book, bad, out_file) = (dir.join("bok.xlsx"), dir.join("fel.xlsx"), dir.join("ut.json"));
    assert_eq!(run(&["exportera", &repo_file("tests/fixtures/schema2/valid/norrhamn.json"), s(&book)]).0, 0);
    rewrite(&book, &bad, |sheet, row, col, text| match (sheet, row, col) {
        ("Löften", 1, 6) => *text = "finns-inte".into(),
        ("Uppföljningar", 2, 2) => *text = "klar".into(),
        ("Kommun", 4, 1) => *text = "2026-13-40".into(),
        _ => {}
    });
    let (code, out, _) = run(&["importera", s(&bad), s(&out_file)]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("Uppföljningar, rad 3, kolumn C (status): \"klar\" går inte; välj en av rapporterad"),
        "{out}"
    );
    assert!(out.contains("Kommun, rad 5, kolumn B (värde): \"2026-13-40\" är inget datum"), "{out}");
    // The core's rules run in the same round and point at the theme cell: every problem at once.
    let line = out.lines().find(|l| l.contains("Löften, rad 2, kolumn G (teman)")).unwrap_or_else(|| panic!("{out}"));
    assert!(line.contains("finns-inte"), "{line}");
    assert!(out.contains("3 fel i") && out.contains("skrevs inte"), "{out}");
    assert!(!out_file.exists(), "nothing written");
}

/// A Python with openpyxl, or `None` after saying which test is skipped. The first Python on PATH may be a pyenv
/// one without Debian's packages, so the system one is tried too.
fn python_with_openpyxl(test: &str) -> Option<&'static str> {
    let python = ["python3", "/usr/bin/python3"]
        .into_iter()
        .find(|python| Command::new(python).args(["-c", "import openpyxl"]).output().is_ok_and(|o| o.status.success()));
    if python.is_none() {
        // scripts/test.sh installs it first and sets MEDB_REQUIRE_OPENPYXL: there a missing openpyxl is a failure.
        assert!(std::env::var_os("MEDB_REQUIRE_OPENPYXL").is_none(), "{test}: python3 med openpyxl saknas");
        eprintln!("HOPPAR ÖVER {test}: python3 med openpyxl saknas (apt-get install python3-openpyxl).");
    }
    python
}

#[test]
fn a_workbook_saved_as_ods_imports() {
    let Some(python) = python_with_openpyxl("a_workbook_saved_as_ods_imports") else { return };
    let dir = folder("ods");
    let (book, ods, out_file) = (dir.join("bok.xlsx"), dir.join("bok.ods"), dir.join("ut.json"));
    let fixture = repo_file("tests/fixtures/schema2/valid/norrhamn.json");
    assert_eq!(run(&["exportera", &fixture, s(&book)]).0, 0);
    // A minimal OpenDocument spreadsheet, as LibreOffice would save the same sheets.
    let script = r#"
import sys, zipfile, openpyxl
from xml.sax.saxutils import escape, quoteattr
wb = openpyxl.load_workbook(sys.argv[1])
tables = []
for ws in wb.worksheets:
    rows = []
    for row in ws.iter_rows(values_only=True):
        cells = []
        for v in row:
            if v is None:
                cells.append("<table:table-cell/>")
            elif isinstance(v, (int, float)):
                cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
            else:
                cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % escape(str(v)))
        rows.append("<table:table-row>%s</table:table-row>" % "".join(cells))
    tables.append("<table:table table:name=%s>%s</table:table>" % (quoteattr(ws.title), "".join(rows)))
ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content %s office:version="1.2">'
           '<office:body><office:spreadsheet>%s</office:spreadsheet></office:body></office:document-content>') % (ns, "".join(tables))
manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
with zipfile.ZipFile(sys.argv[2], "w") as z:
    z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
    z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
"#;
    let status = Command::new(python).args(["-c", script, s(&book), s(&ods)]).status().expect("python3 runs");
    assert!(status.success());
    let (code, out, err) = run(&["importera", s(&ods), s(&out_file)]);
    assert_eq!(code, 0, "{out}{err}");
    let original = parse_dataset(&std::fs::read_to_string(&fixture).expect("file")).expect("valid");
    assert_eq!(read_dataset(&out_file), original, "the .ods gives the same dataset");
}

#[test]
fn a_workbook_edited_with_openpyxl_imports() {
    let Some(python) = python_with_openpyxl("a_workbook_edited_with_openpyxl_imports") else { return };
    let dir = folder("openpyxl");
    let (book, out_file) = (dir.join("bok.xlsx"), dir.join("ut.json"));
    assert_eq!(run(&["exportera", &repo_file("tests/fixtures/schema2/valid/norrhamn.json"), s(&book)]).0, 0);
    // As an editor would: a new period, a promise in it with a target, and a follow-up with a number.
    let script = r#"
import sys, openpyxl
path = sys.argv[1]
wb = openpyxl.load_workbook(path)
wb["Perioder"].append(["2028", "2028-01", "2028-12", "Medborgarlöfte 2028", "Vi lovar ett tryggare Norrhamn.", None, None, None, "Uppföljning", None, "https://example.org/norrhamn/2028"])
wb["Löften"].append(["2028-belysning", "2028", None, "kommunen", "Bättre belysning", "Att byta belysning på tio gångvägar.", "trygghet", "hamnen", None])
wb["Mål"].append(["2028-belysning", "gangvagar", 10, "minst", None, "gångvägar", "gångvägar med ny belysning"])
wb["Uppföljningar"].append(["2028-belysning", "2028-06", "pagar", "Fyra klara.", None, None, "gangvagar", 4])
wb["Löften"]["E2"] = "Trygga hållplatser i centrum"
wb.save(path)
"#;
    let status = Command::new(python).args(["-c", script, s(&book)]).status().expect("python3 runs");
    assert!(status.success());
    let (code, out, err) = run(&["importera", s(&book), s(&out_file)]);
    assert_eq!(code, 0, "{out}{err}");
    let data = read_dataset(&out_file);
    assert_eq!(data.periods.len(), 3);
    assert_eq!(data.promises[0].title, "Trygga hållplatser i centrum");
    let added = data.promises.iter().find(|p| p.id == "2028-belysning").expect("the new promise");
    assert_eq!(added.targets[0].value, Some(10));
    assert_eq!(added.followups[0].achieved.get("gangvagar"), Some(&Amount::Number(4)));
    assert_eq!(added.followups[0].date.to_string(), "2028-06");
}

#[test]
fn ny_prints_a_template_that_validates() {
    let dir = folder("ny");
    let (code, out, err) = run(&["ny", "--kommun", "Grästorps kommun", "--kod", "1444"]);
    assert_eq!(code, 0, "{err}");
    let path = dir.join("grastorp.json");
    std::fs::write(&path, &out).expect("written");
    let data = read_dataset(&path);
    assert!(data.example, "marked as example data");
    assert_eq!((data.municipality.name.as_str(), data.municipality.code.as_str()), ("Grästorps kommun", "1444"));
    assert_eq!((data.periods.len(), data.promises.len()), (1, 1));
    let (code, out, _) = run(&["validera", s(&path)]);
    assert_eq!(code, 0, "{out}");
    let (code, _, err) = run(&["ny", "--kommun", "Grästorps kommun"]);
    assert_eq!(code, 2);
    assert!(err.contains("Det saknas: --kod <KOD>"), "{err}");
    let (code, _, err) = run(&["ny", "--kommun", "Grästorp", "--kod", "14"]);
    assert_eq!(code, 1);
    assert!(err.contains("kommunkoden ska vara fyra siffror"), "{err}");
}

fn norrhamn_copy(name: &str) -> PathBuf {
    let path = folder(name).join("norrhamn.json");
    std::fs::copy(repo_file("tests/fixtures/schema2/valid/norrhamn.json"), &path).expect("copied");
    path
}

#[test]
fn importera_text_writes_a_draft_and_lists_what_to_check() {
    let dir = folder("importera-text");
    let draft = dir.join("utkast.json");
    let (code, out, err) =
        run(&["importera-text", &repo_file("tests/fixtures/polisen-eskilstuna-seed.txt"), s(&draft)]);
    assert_eq!(code, 0, "{out}{err}");
    let checks: Vec<&str> = out.lines().filter(|l| l.starts_with("Kontrollera: ")).collect();
    assert!(checks.iter().any(|l| l.starts_with("Kontrollera: municipality.code: ") && l.contains("0000")), "{out}");
    assert!(checks.iter().any(|l| l.starts_with("Kontrollera: promises[3] (2019-polisen-4).targets[0]: ")), "{out}");
    assert!(!checks.iter().any(|l| l.starts_with("Kontrollera: updated")), "today's date needs no check: {out}");
    let summary = format!(
        "Utkast med 2 perioder och 15 löften skrivet till {}; {} saker att kontrollera.",
        s(&draft),
        checks.len()
    );
    assert!(out.contains(&summary), "{summary}\n{out}");
    let data = read_dataset(&draft);
    assert_eq!(
        (data.periods.len(), data.promises.len(), data.municipality.name.as_str()),
        (2, 15, "Eskilstuna kommun")
    );
    let (code, out, _) = run(&["validera", s(&draft)]);
    assert_eq!(code, 0, "{out}");
    assert!(out.starts_with("OK: 15 löften i 2 perioder (Eskilstuna kommun)"), "{out}");
}

#[test]
fn importera_text_says_when_no_promise_was_found_and_refuses_unreadable_files() {
    let dir = folder("importera-text-edges");
    let (page, draft) = (dir.join("sida.txt"), dir.join("utkast.json"));
    std::fs::write(&page, "Dela\nSkriv ut\n").expect("page");
    let (code, out, err) = run(&["importera-text", s(&page), s(&draft)]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("Kontrollera: promises: Inga löften hittades i texten."), "{out}");
    assert!(out.contains("Utkast med 0 perioder och 0 löften skrivet till"), "{out}");
    assert!(draft.exists());
    let (code, _, err) = run(&["importera-text", "/finns/inte.txt", s(&draft)]);
    assert_eq!(code, 2);
    assert!(err.contains("Kunde inte läsa /finns/inte.txt"), "{err}");
    std::fs::write(&page, b"\xFF\xFEM\0e\0").expect("page");
    let (code, _, err) = run(&["importera-text", s(&page), s(&draft)]);
    assert_eq!(code, 2);
    assert!(err.contains("UTF-16"), "{err}");
    let (code, _, err) = run(&["importera-text", s(&page)]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn uppfoljning_adds_a_dated_entry_and_writes_pretty_json() {
    let path = norrhamn_copy("uppfoljning");
    let args = [
        "uppfoljning",
        s(&path),
        "--lofte",
        "brandsakerhet",
        "--datum",
        "2026-05",
        "--status",
        "genomfort",
        "--varde",
        "traffar=4",
        "--notering",
        "Alla träffar hållna.",
        "--kalla",
        "https://example.org/rapport.pdf",
    ];
    let (code, out, err) = run(&args);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.starts_with("OK: uppföljningen 2026-05 av brandsakerhet"), "{out}");
    let data = read_dataset(&path);
    let promise = data.promises.iter().find(|p| p.id == "brandsakerhet").expect("promise");
    let last = promise.followups.last().expect("an entry");
    assert_eq!(last.date.to_string(), "2026-05");
    assert_eq!(last.achieved.get("traffar"), Some(&Amount::Number(4)));
    assert_eq!(last.source.as_ref().map(|s| s.url.as_str()), Some("https://example.org/rapport.pdf"));
    let text = std::fs::read_to_string(&path).expect("file");
    assert!(text.contains("\n  \"schema_version\": 2,\n"), "pretty, two-space indent");
    // A year-only date and a text result.
    let args = [
        "uppfoljning",
        s(&path),
        "--lofte",
        "hallplatser",
        "--datum",
        "2026",
        "--status",
        "rapporterad",
        "--varde",
        "kontroller=flertalet",
    ];
    assert_eq!(run(&args).0, 0);
    let data = read_dataset(&path);
    let last = data.promises[0].followups.last().expect("an entry");
    assert_eq!(
        (last.date.to_string().as_str(), last.achieved.get("kontroller")),
        ("2026", Some(&Amount::Text("flertalet".into())))
    );
}

#[test]
fn uppfoljning_refuses_an_unknown_promise_or_a_broken_rule_and_writes_nothing() {
    let path = norrhamn_copy("uppfoljning-fel");
    let before = std::fs::read(&path).expect("file");
    let (code, _, err) =
        run(&["uppfoljning", s(&path), "--lofte", "finns-inte", "--datum", "2026-05", "--status", "pagar"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("inget löfte med id \"finns-inte\"") && err.contains("Inget skrevs"), "{err}");
    let (code, _, err) = run(&[
        "uppfoljning",
        s(&path),
        "--lofte",
        "brandsakerhet",
        "--datum",
        "2026-05",
        "--status",
        "pagar",
        "--varde",
        "okant=3",
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("Löftet \"brandsakerhet\" har inget mål \"okant\""), "{err}");
    let (code, _, err) =
        run(&["uppfoljning", s(&path), "--lofte", "brandsakerhet", "--datum", "maj", "--status", "pagar"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("\"maj\" går inte att läsa"), "{err}");
    assert_eq!(std::fs::read(&path).expect("file"), before, "the file is unchanged");
    let (code, _, err) = run(&["uppfoljning", s(&path), "--lofte", "brandsakerhet"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("Det saknas:"), "{err}");
}

/// `uppfoljning` on `path` for the fire safety promise in May 2026 with `more` arguments.
fn may_followup(path: &Path, more: &[&str]) -> (i32, String, String) {
    let mut args = vec!["uppfoljning", s(path), "--lofte", "brandsakerhet", "--datum", "2026-05"];
    args.extend_from_slice(more);
    run(&args)
}

fn may_entry(path: &Path) -> Vec<medborgarloften_core::dataset::model::FollowupEntry> {
    let data = read_dataset(path);
    let promise = data.promises.iter().find(|p| p.id == "brandsakerhet").expect("promise");
    promise.followups.iter().filter(|f| f.date.to_string() == "2026-05").cloned().collect()
}

#[test]
fn uppfoljning_twice_for_the_same_date_is_refused_with_how_to_replace_it() {
    let path = norrhamn_copy("uppfoljning-dubbel");
    assert_eq!(may_followup(&path, &["--status", "pagar", "--varde", "traffar=4"]).0, 0);
    let once = std::fs::read(&path).expect("file");
    let (code, _, err) = may_followup(&path, &["--status", "pagar", "--varde", "traffar=4"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("har redan en uppföljning daterad 2026-05"), "{err}");
    assert!(err.contains("kör samma kommando med --ersatt"), "{err}");
    assert!(
        err.contains(&format!(
            "medborgarloften uppfoljning {} --lofte brandsakerhet --datum 2026-05 --ta-bort",
            s(&path)
        )),
        "{err}"
    );
    assert_eq!(std::fs::read(&path).expect("file"), once, "no second entry");
    assert_eq!(may_entry(&path).len(), 1);
}

#[test]
fn uppfoljning_ersatt_replaces_and_ta_bort_removes_the_entry_of_the_date() {
    let path = norrhamn_copy("uppfoljning-andra");
    let original = read_dataset(&path);
    assert_eq!(may_followup(&path, &["--status", "pagar", "--varde", "traffar=4"]).0, 0);
    let (code, out, err) =
        may_followup(&path, &["--status", "genomfört", "--varde", "traffar=4 st", "--notering", "Rättat.", "--ersatt"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("OK: uppföljningen 2026-05 av brandsakerhet är utbytt i"), "{out}");
    let entries = may_entry(&path);
    assert_eq!(entries.len(), 1, "replaced, not added");
    assert_eq!(entries[0].status, medborgarloften_core::Status::Done, "\"genomfört\" with ö");
    assert_eq!(entries[0].achieved.get("traffar"), Some(&Amount::Number(4)), "\"4 st\" is the number 4");
    assert_eq!(entries[0].note.as_deref(), Some("Rättat."));
    let (code, out, err) = may_followup(&path, &["--ta-bort"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("OK: uppföljningen 2026-05 av brandsakerhet är borttagen ur"), "{out}");
    let mut back = read_dataset(&path);
    back.updated = original.updated;
    assert_eq!(back, original, "added, replaced and removed: the promise is as it was");
    let text = std::fs::read_to_string(&path).expect("file");
    assert!(text.starts_with("{\n  \"$schema\"") && text.ends_with("}\n"), "written as before: pretty, stable order");
    let (code, _, err) = may_followup(&path, &["--ta-bort"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("har ingen uppföljning daterad 2026-05"), "{err}");
}

#[test]
fn uppfoljning_refuses_a_value_with_other_words_than_a_unit_and_mixed_flags() {
    let path = norrhamn_copy("uppfoljning-varde");
    let before = std::fs::read(&path).expect("file");
    let (code, _, err) = may_followup(&path, &["--status", "pågår", "--varde", "traffar=2 per månad"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("\"2 per månad\" går inte att läsa som ett antal"), "{err}");
    let (code, _, err) = may_followup(&path, &["--ta-bort", "--status", "pagar"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("kan inte användas tillsammans med"), "{err}");
    let (code, _, err) = may_followup(&path, &["--ta-bort", "--ersatt"]);
    assert_eq!(code, 2, "{err}");
    assert_eq!(std::fs::read(&path).expect("file"), before, "the file is unchanged");
}

#[test]
fn forhandsgranska_shows_how_the_site_is_built_for_the_dataset() {
    let (code, out, err) =
        run(&["forhandsgranska", &repo_file("tests/fixtures/schema2/valid/norrhamn.json"), "--visa"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("MEDB_DATASET='") && out.contains("norrhamn.json' bash scripts/serve.sh"), "{out}");
    let broken = folder("preview").join("trasig.json");
    std::fs::write(&broken, "{").expect("written");
    let (code, _, err) = run(&["forhandsgranska", s(&broken), "--visa"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("rad 1") && err.contains("byggs inte"), "{err}");
}

#[test]
fn every_command_has_swedish_help_and_usage_errors_exit_2() {
    for command in [
        "validera",
        "csv",
        "uppgradera",
        "ny",
        "uppfoljning",
        "exportera",
        "importera",
        "importera-text",
        "forhandsgranska",
    ] {
        let (code, out, _) = run(&[command, "--help"]);
        assert_eq!(code, 0, "{command}");
        assert!(out.contains("Användning: medborgarloften") && out.contains("Visar den här hjälpen"), "{out}");
        assert!(!out.contains("Usage") && !out.contains("Print help") && !out.contains("OPTIONS"), "{out}");
    }
    let (code, _, err) = run(&["validera", "a.json", "--okand"]);
    assert_eq!(code, 2);
    assert!(err.contains("Okänd flagga eller okänt argument: --okand"), "{err}");
    let (code, _, err) = run(&["importera", "/finns/inte.xlsx", "ut.json"]);
    assert_eq!(code, 2);
    assert!(err.contains("Kunde inte läsa /finns/inte.xlsx"), "{err}");
}

#[test]
fn a_translated_dataset_goes_through_the_workbook_and_back_to_the_same_file() {
    let file = repo_file("tests/fixtures/translated.json");
    let dir = folder("round-translated");
    let (book, back) = (dir.join("bok.xlsx"), dir.join("tillbaka.json"));
    let (code, out, err) = run(&["exportera", &file, s(&book)]);
    assert_eq!(code, 0, "{out}{err}");
    let (code, out, err) = run(&["importera", s(&book), s(&back)]);
    assert_eq!(code, 0, "{out}{err}");
    let written = std::fs::read_to_string(&back).expect("written");
    assert_eq!(written, std::fs::read_to_string(&file).expect("the fixture"), "byte for byte, translations included");
}
