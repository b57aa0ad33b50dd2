//! The golden corpus of the dataset reader (`tests/golden/`, see its README): every case is a file as an editor
//! might publish it and what the core makes of it — the dataset, written as pretty JSON, or the exact Swedish
//! message with its line and column. Each is read with [`parse_dataset_bytes`], the function the app and the
//! editors' tool use. Besides the files, `values.json` holds JSON texts for the reader's value tree (the GeoJSON
//! parser's input) and `visits.json` stored visit states, each with one expected line.
//!
//! When a message changes on purpose, write the expected files anew and review the diff:
//! `MEDB_GOLDEN_BLESS=1 cargo test -p medborgarloften-core --test golden -- --ignored bless`.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use medborgarloften_core::dataset::parse::schema_version_of;
use medborgarloften_core::json::{parse_value, write::to_json};
use medborgarloften_core::page::visit::Seen;
use medborgarloften_core::{parse_dataset_bytes, DataError};

fn golden() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

/// Every case's input file, in name order.
fn cases() -> Vec<PathBuf> {
    let mut cases: Vec<PathBuf> = fs::read_dir(golden().join("cases"))
        .expect("tests/golden/cases")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    cases.sort();
    cases
}

/// What the core makes of one file: the version it declares, then the dataset or the error.
fn outcome(bytes: &[u8]) -> String {
    let mut out = String::new();
    match std::str::from_utf8(bytes) {
        Ok(text) => match schema_version_of(text) {
            Some(version) => writeln!(out, "version {version}"),
            None => writeln!(out, "version none"),
        },
        Err(_) => writeln!(out, "version (not UTF-8)"),
    }
    .expect("write to a string");
    match parse_dataset_bytes(bytes) {
        Ok(data) => {
            out.push_str("ok\n");
            let compact = serde_json::to_string(&data).expect("a dataset serialises");
            out.push_str(&pretty(&tree(&mut compact.as_str()), 0));
            out.push('\n');
        }
        Err(err) => {
            out.push_str(&err.to_string());
            out.push('\n');
            if let DataError::Invalid(problems) = &err {
                for problem in problems {
                    writeln!(out, "- {problem}").expect("write to a string");
                }
            }
        }
    }
    out
}

/// A compact JSON text (serde's, so well formed) as a tree that keeps the order of the fields, which
/// `serde_json::Value` would sort.
enum Tree {
    Leaf(String),
    List(Vec<Tree>),
    Object(Vec<(String, Tree)>),
}

fn tree(rest: &mut &str) -> Tree {
    let (open, close) = match rest.as_bytes()[0] {
        b'[' => (true, b']'),
        b'{' => (false, b'}'),
        _ => {
            let end = leaf_end(rest);
            let (leaf, tail) = rest.split_at(end);
            *rest = tail;
            return Tree::Leaf(leaf.to_owned());
        }
    };
    *rest = &rest[1..];
    let (mut items, mut fields) = (Vec::new(), Vec::new());
    while rest.as_bytes()[0] != close {
        if open {
            items.push(tree(rest));
        } else {
            let end = leaf_end(rest);
            let name = rest[..end].to_owned();
            *rest = &rest[end + 1..];
            fields.push((name, tree(rest)));
        }
        *rest = rest.strip_prefix(',').unwrap_or(rest);
    }
    *rest = &rest[1..];
    if open {
        Tree::List(items)
    } else {
        Tree::Object(fields)
    }
}

/// Where a string, number or literal at the start of `text` ends.
fn leaf_end(text: &str) -> usize {
    let b = text.as_bytes();
    if b[0] != b'"' {
        return b.iter().position(|c| matches!(c, b',' | b']' | b'}')).unwrap_or(b.len());
    }
    let mut i = 1;
    while b[i] != b'"' {
        i += if b[i] == b'\\' { 2 } else { 1 };
    }
    i + 1
}

fn one_line(tree: &Tree) -> String {
    match tree {
        Tree::Leaf(text) => text.clone(),
        Tree::List(items) => format!("[{}]", items.iter().map(one_line).collect::<Vec<_>>().join(", ")),
        Tree::Object(fields) => {
            let fields: Vec<String> = fields.iter().map(|(k, v)| format!("{k}: {}", one_line(v))).collect();
            format!("{{{}}}", fields.join(", "))
        }
    }
}

/// Pretty JSON as the inputs are written: a list or object on one line when it fits in 110 columns.
fn pretty(tree: &Tree, indent: usize) -> String {
    let line = one_line(tree);
    let pad = " ".repeat(indent + 2);
    let (open, close, parts): (char, char, Vec<String>) = match tree {
        _ if indent + line.chars().count() <= 110 => return line,
        Tree::Leaf(_) => return line,
        Tree::List(items) => ('[', ']', items.iter().map(|v| pretty(v, indent + 2)).collect()),
        Tree::Object(fields) => {
            ('{', '}', fields.iter().map(|(k, v)| format!("{k}: {}", pretty(v, indent + 2))).collect())
        }
    };
    let parts: Vec<String> = parts.iter().map(|part| format!("{pad}{part}")).collect();
    format!("{open}\n{}\n{}{close}", parts.join(",\n"), " ".repeat(indent))
}

/// The inputs of a list file (`values.json`, `visits.json`): a JSON list of texts.
fn texts(name: &str) -> Vec<String> {
    let text = fs::read_to_string(golden().join(name)).expect("list file");
    serde_json::from_str(&text).expect("a JSON list of texts")
}

/// One line per JSON text: the value as the core writes it, or the error with its place, in Swedish and as the
/// developers' log shows it.
fn value_line(text: &str) -> String {
    match parse_value(text) {
        Ok(value) => format!("ok {}", to_json(&value)),
        Err(err) => format!("err {}:{} {} | {}", err.line, err.column, err.message(), err.technical()),
    }
}

/// One line per stored visit state: the state as written back, or `none` (read as a first visit).
fn visit_line(text: &str) -> String {
    Seen::from_json(text).map_or_else(|| "none".to_owned(), |seen| format!("ok {}", seen.to_json()))
}

fn lines(name: &str, line: fn(&str) -> String) -> String {
    texts(name).iter().map(|text| line(text) + "\n").collect()
}

/// Every expected file with what the core gives now, in order.
fn all() -> Vec<(PathBuf, String)> {
    let mut out: Vec<(PathBuf, String)> = cases()
        .into_iter()
        .map(|case| (case.with_extension("expected"), outcome(&fs::read(&case).expect("read"))))
        .collect();
    out.push((golden().join("values.expected"), lines("values.json", value_line)));
    out.push((golden().join("visits.expected"), lines("visits.json", visit_line)));
    out
}

#[test]
fn every_golden_case_reads_as_expected() {
    let all = all();
    assert!(all.len() > 300, "the corpus has {} cases; is tests/golden/cases there?", all.len());
    let mut wrong = Vec::new();
    for (file, actual) in &all {
        let expected = fs::read_to_string(file).unwrap_or_default();
        if expected != *actual {
            let at = expected.lines().zip(actual.lines()).position(|(e, a)| e != a);
            let at = at.unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
            let shown = |text: &str| text.lines().nth(at).unwrap_or("(end)").to_owned();
            wrong.push(format!(
                "{}, line {}:\n  expected: {}\n  actual:   {}",
                file.display(),
                at + 1,
                shown(&expected),
                shown(actual)
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} golden files differ (if on purpose, see the module's doc for how to write them anew):\n{}",
        wrong.len(),
        all.len(),
        wrong.join("\n")
    );
}

#[test]
#[ignore = "writes the expected files; run with MEDB_GOLDEN_BLESS=1"]
fn bless() {
    assert!(std::env::var_os("MEDB_GOLDEN_BLESS").is_some(), "set MEDB_GOLDEN_BLESS=1 to write the expected files");
    for (file, actual) in all() {
        fs::write(&file, actual).expect("write an expected file");
    }
}
