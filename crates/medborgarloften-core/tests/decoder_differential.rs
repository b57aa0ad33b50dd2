//! Differential test of the core's own JSON reader and decoders against the serde path they replace
//! (`medborgarloften_core::reference`, kept natively for this): for every input both must give the same dataset,
//! or the same error variant, line, column and Swedish message; the same schema version; the same JSON value
//! tree (or the same syntax error, with serde_json's own technical text), and the same stored visit state.
//!
//! Inputs: every dataset and schema in `public/data/`, the schema 2 fixtures in `tests/fixtures/schema2/`, a
//! visit state, and mutations of them: every field deleted, renamed, duplicated and given values of every other
//! kind (numbers at and past every limit, strings with every kind of escape and control character, lists and
//! objects in place of words, deep nesting), the text cut at every character, and random edits (proptest).
//!
//! Known, documented difference (exotic): for an unknown field name or an unknown word (a status, a report kind)
//! holding the text ", expected", serde's message was split at that text and came out garbled ("tillåtna värden
//! är \", expected \", …"); the new reader lists the allowed words. For such inputs the test asserts the same
//! error kind, line, column and problem paths, not the same words.

use medborgarloften_core::dataset::parse::schema_version_of;
use medborgarloften_core::json::{parse_value, Kind};
use medborgarloften_core::page::visit::Seen;
use medborgarloften_core::{parse_dataset, reference, DataError};
use proptest::prelude::*;
use serde_json::Value;

fn root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The texts every mutation starts from.
fn bases() -> Vec<String> {
    let mut paths = Vec::new();
    for dir in ["public/data", "tests/fixtures/schema2/valid", "tests/fixtures/schema2/invalid"] {
        let mut entries: Vec<_> = std::fs::read_dir(root().join(dir))
            .expect("fixture folder")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        entries.sort();
        paths.extend(entries);
    }
    assert!(paths.len() >= 14, "fixtures found: {paths:?}");
    paths.iter().map(|p| std::fs::read_to_string(p).expect("fixture is text")).collect()
}

/// The shipped datasets only (the mutation-heavy cases run on these).
fn datasets() -> Vec<String> {
    ["eskilstuna.json", "exempelkommun.json"]
        .iter()
        .map(|f| std::fs::read_to_string(root().join("public/data").join(f)).expect("dataset"))
        .chain(std::iter::once(
            std::fs::read_to_string(root().join("tests/fixtures/schema2/valid/norrhamn.json")).expect("fixture"),
        ))
        .collect()
}

fn shown(text: &str) -> String {
    let cut: String = text.chars().take(300).collect();
    format!("{} chars: {cut:?}", text.chars().count())
}

/// Both paths agree on `text`.
fn same(text: &str) {
    let new = parse_dataset(text);
    let old = reference::parse_dataset(text);
    if text.contains(", expected") && new != old {
        // The documented difference: serde's wording of a name holding ", expected" came out garbled. The place
        // and kind of every error must still agree.
        assert_eq!(placed(&new), placed(&old), "parse_dataset places differ for {}", shown(text));
    } else {
        assert_eq!(new, old, "parse_dataset differs for {}", shown(text));
    }
    assert_eq!(schema_version_of(text), reference::schema_version_of(text), "version of {}", shown(text));
    same_value(text);
}

/// An outcome without its messages: the error variant, line and column, and the problems' paths.
fn placed(outcome: &Result<medborgarloften_core::Dataset, DataError>) -> String {
    match outcome {
        Ok(_) => "ok".to_owned(),
        Err(DataError::Shape { line, column, .. }) => format!("shape {line}:{column}"),
        Err(DataError::Syntax { line, column, .. }) => format!("syntax {line}:{column}"),
        Err(DataError::Invalid(problems)) => {
            format!("invalid {:?}", problems.iter().map(|p| p.path.as_str()).collect::<Vec<_>>())
        }
        Err(other) => format!("{other:?}"),
    }
}

/// The JSON value tree (the GeoJSON parser's input) agrees.
fn same_value(text: &str) {
    match (parse_value(text), reference::parse_value(text)) {
        (Ok(new), Ok(old)) => assert!(new == old, "value differs for {}", shown(text)),
        (Err(new), Err((line, column, message, technical))) => {
            assert!(matches!(new.kind, Kind::Syntax(_)), "a value never has a shape error: {new:?}");
            assert_eq!(
                (new.line, new.column, new.message(), new.technical()),
                (line, column, message, technical),
                "value error differs for {}",
                shown(text)
            );
        }
        (new, old) => panic!("value: new {new:?}, old {old:?} for {}", shown(text)),
    }
}

/// Raw JSON texts put in place of a value: every kind, at and past every limit, broken in every way.
fn payloads() -> Vec<String> {
    let mut list: Vec<String> = [
        "null",
        "true",
        "false",
        "0",
        "1",
        "-1",
        "42",
        "1.5",
        "-0",
        "-0.0",
        "1e3",
        "1E-3",
        "2.50",
        "0.1e1",
        "5000000000",
        "70000",
        "65535",
        "65536",
        "4294967295",
        "4294967296",
        "18446744073709551615",
        "18446744073709551616",
        "-9223372036854775808",
        "-9223372036854775809",
        "1e309",
        "-1e309",
        "1e-400",
        "123456789012345678901234567890",
        "1234567890123456789012.5e3",
        "0e999999999999",
        "1e99999999999",
        "01",
        "1.",
        ".5",
        "-",
        "1e",
        "1e+",
        "+1",
        "tru",
        "nul",
        "fals",
        "NaN",
        "Infinity",
        "'x'",
        "x",
        "\"\"",
        "\"x\"",
        "\"2019-05-31\"",
        "\"2019-13-01\"",
        "\"2019-02-29\"",
        "\"2026-05\"",
        "\"2026\"",
        "\"ett 15-tal\"",
        "\"genomfort\"",
        "\"rapporterad\"",
        "\"intern\"",
        "\"slut\"",
        "\"minst\"",
        "\"exakt\"",
        "\"day\"",
        "\"month\"",
        "\"klart\"",
        "{\"intern\": null}",
        "{\"slut\":1}",
        "{\"pagar\":null,\"x\":1}",
        "{\"nej\":null}",
        "{}",
        "{ }",
        "[]",
        "[ ]",
        "[1]",
        "[ 1 ]",
        "[\"a\"]",
        "[\"a\",\"b\"]",
        "[\"a\",]",
        "{\"a\":1}",
        "{\"a\":1,}",
        "{\"a\" 1}",
        "{1:2}",
        "{\"a\":}",
        "[null]",
        "[1,2,3]",
        "[[]]",
        "\"\\u00e5\"",
        "\"\\ud83d\\ude00\"",
        "\"\\ud800\"",
        "\"\\udc00\"",
        "\"\\ud800\\u0041\"",
        "\"\\ud800x\"",
        "\"\\ud800\\n\"",
        "\"\\u12\"",
        "\"\\u12g4\"",
        "\"\\x\"",
        "\"a\\\"b\"",
        "\"a\\\\b\"",
        "\"a\\/b\\b\\f\\n\\r\\t\"",
        "\"tab\there\"",
        "\"line\nbreak\"",
        "\"nul\u{0}byte\"",
        "\"\u{1f}\"",
        "\"back`tick\"",
        "\"`\"",
        "\"åäö ☃ 😀\"",
        "\"a, expected b\"",
        "\"x, expected struct Y\"",
        "\"x, expected enum Z\"",
        "\"\\\"quoted\\\"\"",
        "\"unterminated",
        "\"\\",
        "[1 2]",
        "{\"a\":1 \"b\":2}",
        "\u{feff}1",
        "\u{a0}1",
        "[1] 2",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    list.push(format!("\"{}\"", "lång ".repeat(30)));
    list.push(format!("{}1{}", "[".repeat(127), "]".repeat(127)));
    list.push(format!("{}1{}", "[".repeat(128), "]".repeat(128)));
    list.push(format!("{}{}", "{\"a\":".repeat(130), "1"));
    list.push("[".repeat(5000));
    list
}

/// Every path to a value in `value`, as JSON pointer-like steps.
fn paths(value: &Value, at: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    out.push(at.clone());
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                at.push(Step::Key(k.clone()));
                paths(v, at, out);
                at.pop();
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                at.push(Step::Index(i));
                paths(v, at, out);
                at.pop();
            }
        }
        _ => {}
    }
}

#[derive(Clone, Debug)]
enum Step {
    Key(String),
    Index(usize),
}

fn at_mut<'a>(value: &'a mut Value, path: &[Step]) -> &'a mut Value {
    path.iter().fold(value, |v, step| match step {
        Step::Key(k) => &mut v[k.as_str()],
        Step::Index(i) => &mut v[*i],
    })
}

const PLACEHOLDER: &str = "@@payload@@";
const DUPLICATE: &str = "@@dup@@";

/// The mutations of one value: its path, then each edited text.
fn value_mutations(text: &str, path: &[Step], choice: usize, payloads: &[String]) -> Vec<String> {
    let Ok(base) = serde_json::from_str::<Value>(text) else { return vec![] };
    let pretty = |v: &Value| serde_json::to_string_pretty(v).expect("serialises");
    let mut out = Vec::new();
    for k in 0..3 {
        let payload = &payloads[(choice * 7 + k * 31) % payloads.len()];
        let mut v = base.clone();
        *at_mut(&mut v, path) = Value::String(PLACEHOLDER.into());
        out.push(pretty(&v).replacen(&format!("\"{PLACEHOLDER}\""), payload, 1));
    }
    if let Some((Step::Key(key), parent)) = path.split_last() {
        let mut deleted = base.clone();
        if let Some(map) = at_mut(&mut deleted, parent).as_object_mut() {
            map.remove(key);
        }
        out.push(pretty(&deleted));
        let mut renamed = base.clone();
        if let Some(map) = at_mut(&mut renamed, parent).as_object_mut() {
            let moved = map.remove(key).unwrap_or(Value::Null);
            let new_key = match choice % 4 {
                0 => format!("{key}x"),
                1 => key.to_uppercase(),
                2 => format!("{key}`s"),
                _ => key.chars().skip(1).collect(),
            };
            map.insert(new_key, moved);
        }
        out.push(pretty(&renamed));
        let mut doubled = base.clone();
        if let Some(map) = at_mut(&mut doubled, parent).as_object_mut() {
            let copy = map.get(key).cloned().unwrap_or(Value::Null);
            map.insert(DUPLICATE.into(), copy);
        }
        out.push(pretty(&doubled).replacen(&format!("\"{DUPLICATE}\""), &format!("\"{key}\""), 1));
    }
    out
}

#[test]
fn every_shipped_dataset_and_fixture_reads_the_same() {
    for text in bases() {
        same(&text);
        same(&format!("\u{feff}{text}"));
        same(&serde_json::to_string(&serde_json::from_str::<Value>(&text).expect("JSON")).expect("compact"));
    }
}

#[test]
fn every_value_deleted_renamed_duplicated_or_replaced_reads_the_same() {
    let payloads = payloads();
    for text in datasets() {
        let base: Value = serde_json::from_str(&text).expect("JSON");
        let mut all = Vec::new();
        paths(&base, &mut Vec::new(), &mut all);
        for (choice, path) in all.iter().enumerate() {
            for mutated in value_mutations(&text, path, choice, &payloads) {
                same(&mutated);
            }
        }
    }
}

#[test]
fn every_payload_in_every_kind_of_field_reads_the_same() {
    // One promise's fields (every type of the model) each get every payload.
    let text = std::fs::read_to_string(root().join("tests/fixtures/schema2/valid/norrhamn.json")).expect("fixture");
    let base: Value = serde_json::from_str(&text).expect("JSON");
    let mut all = Vec::new();
    paths(&base, &mut Vec::new(), &mut all);
    let payloads = payloads();
    let pretty = |v: &Value| serde_json::to_string_pretty(v).expect("serialises");
    // The first path of every distinct field name (and list element) is enough to cover every type.
    let mut names = std::collections::BTreeSet::new();
    for path in all {
        let name = format!("{:?}", path.iter().map(|s| matches!(s, Step::Key(_))).collect::<Vec<_>>())
            + &path.last().map(|s| format!("{s:?}")).unwrap_or_default();
        if !names.insert(name) {
            continue;
        }
        for payload in &payloads {
            let mut v = base.clone();
            *at_mut(&mut v, &path) = Value::String(PLACEHOLDER.into());
            same(&pretty(&v).replacen(&format!("\"{PLACEHOLDER}\""), payload, 1));
        }
    }
}

#[test]
fn a_file_cut_at_every_character_reads_the_same() {
    for text in datasets() {
        for (at, _) in text.char_indices() {
            same(&text[..at]);
        }
    }
}

#[test]
fn bad_bytes_inserted_everywhere_read_the_same() {
    let inserts =
        [",", "]", "}", "{", "[", ":", "\"", "\\", "\u{0}", "\n", "x", "0", "-", ".", "e", " ", "\t\r\n", "//"];
    for (k, text) in datasets().iter().enumerate() {
        let cuts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        // Every other character of the first dataset, every seventh of the others (the same kinds of place recur;
        // the inserted text changes with the place, so each kind of place gets every kind of insert).
        let step = if k == 0 { 2 } else { 7 };
        for (count, (n, at)) in cuts.iter().enumerate().step_by(step).enumerate() {
            let insert = inserts[count % inserts.len()];
            same(&format!("{}{insert}{}", &text[..*at], &text[*at..]));
            if count % 3 == 0 {
                let next = cuts.get(n + 1).copied().unwrap_or(text.len());
                same(&format!("{}{}", &text[..*at], &text[next..]));
            }
        }
    }
}

#[test]
fn whole_texts_that_are_no_dataset_read_the_same() {
    let mut texts: Vec<String> = payloads();
    texts.extend(
        [
            "",
            " ",
            "\n\n  ",
            "{",
            "}",
            "{}",
            "[]",
            "{\"schema_version\": 1}",
            "{\"schema_version\": 2}",
            "{\"schema_version\": 3}",
            "{\"schema_version\": null}",
            "{\"schema_version\": \"2\"}",
            "{\"schema_version\": -1}",
            "{\"schema_version\": 1.0}",
            "{\"schema_version\": 1, \"schema_version\": 2}",
            "{\"schema_version\": 99999999999}",
            "{\"x\": [1,]}",
            "{\"x\": [1,], \"schema_version\": 2}",
            "{\"x\": \"\\ud800\"}",
            "{\"x\": 1e999}",
            "{\"promises\": [{\"id\": 5}]}",
            "{\"promises\": 5}",
            "{\"promises\": [{}, {\"id\": \"a\"}, 3]}",
            "{\"id\": \"a\"} x",
            "\u{a0}{}",
            "\u{feff}{}",
        ]
        .iter()
        .map(|s| s.to_string()),
    );
    texts.push(format!("{{\"x\": {}{}}}", "[".repeat(10_000), "]".repeat(10_000)));
    texts.push(format!("{{\"x\": {}}}", "[".repeat(10_000)));
    texts.push(format!("{}{}", "{\"a\":".repeat(200), "}".repeat(200)));
    for text in texts {
        same(&text);
    }
}

#[test]
fn the_visit_state_reads_and_writes_the_same() {
    let data = parse_dataset(&std::fs::read_to_string(root().join("public/data/eskilstuna.json")).expect("read"))
        .expect("valid");
    let today = medborgarloften_core::Date::from_ymd(2026, 12, 2).expect("date");
    let seen = Seen::of(&data, today);
    let text = seen.to_json();
    assert_eq!(text, reference::seen_to_json(&seen), "the stored text is written as before");
    assert_eq!(Seen::from_json(&text), Some(seen));
    let mut inputs = vec![
        text.clone(),
        String::new(),
        "{}".into(),
        "{\"v\":1,\"besok\":\"2026-12-02\",\"lofte\":{}}".into(),
        "{\"v\":2,\"besok\":\"2026-12-02\",\"lofte\":{}}".into(),
        "{\"v\":1,\"besok\":\"2026-12-02\",\"lofte\":{\"a\":[1]}}".into(),
        "{\"v\":1,\"besok\":\"2026-12-02\",\"lofte\":{\"a\":[1,null,3]}}".into(),
        "{\"v\":1,\"besok\":\"2026-12-02\",\"lofte\":{\"a\":{\"0\":1}}}".into(),
        "{\"v\":1,\"besok\":\"2026-12-02\",\"lofte\":{\"a\":[-1,null]}}".into(),
        "{\"v\":1,\"besok\":\"2026-12-02\",\"lofte\":{\"a\":[18446744073709551615,null]}}".into(),
        "[1,\"2026-12-02\",{}]".into(),
        "{\"v\":1,\"besok\":\"2026-12-02\",\"lofte\":{},\"x\":1}".into(),
    ];
    let cuts: Vec<usize> = text.char_indices().map(|(i, _)| i).step_by(7).collect();
    inputs.extend(cuts.iter().map(|&at| text[..at].to_string()));
    for input in inputs {
        assert_eq!(Seen::from_json(&input), reference::seen_from_json(&input), "visit state {}", shown(&input));
    }
}

fn floor_boundary(text: &str, at: usize) -> usize {
    (0..=at.min(text.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, .. ProptestConfig::default() })]

    #[test]
    fn random_edits_read_the_same(
        base in 0usize..3,
        edits in prop::collection::vec((0usize..20_000, 0usize..8, 0usize..200, 0usize..40), 1..4),
    ) {
        let payloads = payloads();
        let mut text = datasets()[base].clone();
        for (at, kind, len, pick) in edits {
            let at = floor_boundary(&text, at % (text.len() + 1));
            let end = floor_boundary(&text, (at + len % 40).min(text.len()));
            let payload = &payloads[pick * 3 % payloads.len()];
            text = match kind {
                0 => text[..at].to_string(),
                1 | 2 => format!("{}{payload}{}", &text[..at], &text[at..]),
                3 | 4 => format!("{}{payload}{}", &text[..at], &text[end..]),
                5 => format!("{}{}", &text[..at], &text[end..]),
                6 => format!("{}{}{}", &text[..end], &text[at..end], &text[end..]),
                _ => format!("{}{}{}", &text[..at], ["\u{0}", "\u{1f}", "\u{feff}", "\u{a0}", "é", "\\"][pick % 6], &text[at..]),
            };
        }
        same(&text);
    }
}
