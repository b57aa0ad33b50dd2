//! The promises of a dataset as CSV for editors who review them in Swedish Excel: UTF-8 with a byte order mark
//! (so å, ä, ö survive a double-click), `;` between fields (Excel's list separator with a Swedish locale),
//! otherwise RFC 4180 (quoted fields, doubled quotes, CRLF).
//!
//! The editors' tool (`medborgarloften csv`) and the build (`data/<namn>.csv` next to the dataset) share it; a
//! site for many kommuner joins every kommun's records into one file ([`super::national`]).
//! Pure: builds a `String` from a validated [`Dataset`] through the core's card data; no I/O, no argument handling.

#[cfg(doc)]
use crate::dataset::followup::report_day;
use crate::dataset::model::{Dataset, Promise};
use crate::page::card::promise_card;

/// The media type of the file the build writes (with its charset, as a host should send it).
pub const CSV_MEDIA_TYPE: &str = "text/csv";

/// The header row, in column order.
pub const HEADER: [&str; 13] = [
    "id",
    "år",
    "parter",
    "rubrik",
    "text",
    "teman",
    "områden",
    "mål",
    "status",
    "senaste uppföljning",
    "senaste rapport",
    "resultat",
    "noteringar",
];

/// The field separator Swedish Excel expects.
pub const SEPARATOR: char = ';';

/// The UTF-8 byte order mark, first in the file: Excel reads the file as UTF-8 only with it.
pub const BOM: &str = "\u{FEFF}";

/// Joins the values of a list column (themes, districts, targets) inside one field.
const LIST_SEPARATOR: &str = "; ";

/// Joins the follow-ups' notes inside one field (a note is a sentence, often with its own `;` or `.`).
const NOTE_SEPARATOR: &str = " | ";

/// Every promise of `data` as one CSV record, after the byte order mark and a header row. Records end in CRLF, as
/// RFC 4180 says.
///
/// Names are resolved from ids as on the promise card: parties "Polisen och kommunen", an empty district list
/// as "Hela kommunen", and the status is the derived one in the words the page shows ("Pågår", "Ingen uppföljning
/// publicerad"), never a stored copy. The latest follow-up is one day ([`report_day`]: a month-only date is the
/// month's last day, as in the feed), the latest report is named by the tertial it reports on ("delrapport för
/// tertial 1"), the results read as the card's progress lines ("Trafikkontroller: 143 av 200"; a rate target "…:
/// 12 kontroller hittills · mål minst 1 per vecka"), and the notes are every follow-up's, oldest first, each
/// after its date ("maj 2026: Kontrollerna har kommit i gång.").
pub fn promises_csv(data: &Dataset) -> String {
    let mut out = String::from(BOM);
    push_record(&mut out, &HEADER);
    for promise in &data.promises {
        push_record(&mut out, &promise_record(data, promise));
    }
    out
}

/// The fields of `promise`'s record, in [`HEADER`]'s order (before quoting).
pub(super) fn promise_record(data: &Dataset, promise: &Promise) -> [String; HEADER.len()] {
    let card = promise_card(data, promise);
    [
        card.id,
        card.period.clone(),
        card.party_label,
        card.title,
        card.text,
        card.themes.join(LIST_SEPARATOR),
        card.districts.join(LIST_SEPARATOR),
        card.targets.join(LIST_SEPARATOR),
        card.status.label().to_string(),
        card.latest_followup.map(|date| date.to_string()).unwrap_or_default(),
        card.latest_report.unwrap_or_default(),
        card.progress.iter().map(|p| p.line()).collect::<Vec<_>>().join(LIST_SEPARATOR),
        notes(promise),
    ]
}

/// Every follow-up's note, oldest first, each after its date: "maj 2026: Kontrollerna har kommit i gång. | 31
/// augusti 2026: Fler kontroller under sommaren."
fn notes(promise: &Promise) -> String {
    let notes: Vec<String> = promise
        .followups
        .iter()
        .filter_map(|entry| {
            let note = entry.note.as_deref().map(str::trim).filter(|note| !note.is_empty())?;
            Some(format!("{}: {note}", entry.date.text_sv()))
        })
        .collect();
    notes.join(NOTE_SEPARATOR)
}

/// First characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection").
const FORMULA_LEAD: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// One field, quoted when it holds a separator (`;` or `,`), a quote or a line break; quotes inside are doubled. A field that
/// starts like a formula gets a leading `'`, so a spreadsheet shows it as text instead of running it.
pub fn field(text: &str) -> String {
    let text = if text.starts_with(FORMULA_LEAD) { format!("'{text}") } else { text.to_string() };
    if text.contains([SEPARATOR, ',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

pub(super) fn push_record(out: &mut String, fields: &[impl AsRef<str>]) {
    for (i, value) in fields.iter().enumerate() {
        if i > 0 {
            out.push(SEPARATOR);
        }
        out.push_str(&field(value.as_ref()));
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_left_alone() {
        assert_eq!(field("Krogar mot knark"), "Krogar mot knark");
        assert_eq!(field(""), "");
    }

    #[test]
    fn commas_quotes_and_line_breaks_are_quoted() {
        assert_eq!(field("trafik, narkotika"), "\"trafik, narkotika\"");
        assert_eq!(field("nätverket \"krogar mot knark\""), "\"nätverket \"\"krogar mot knark\"\"\"");
        assert_eq!(field("rad ett\nrad två"), "\"rad ett\nrad två\"");
        assert_eq!(field("a\rb"), "\"a\rb\"");
    }

    #[test]
    fn formula_leading_cells_are_made_text() {
        assert_eq!(field("=HYPERLINK(\"https://evil.example\")"), "\"'=HYPERLINK(\"\"https://evil.example\"\")\"");
        assert_eq!(field("+46 16 710 10 00"), "'+46 16 710 10 00");
        assert_eq!(field("-1"), "'-1");
        assert_eq!(field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(field("\tcmd"), "'\tcmd");
        assert_eq!(field("\r=1"), "\"'\r=1\"");
        assert_eq!(field("a=b"), "a=b", "only the first character counts");
        assert_eq!(field("2019-05-31"), "2019-05-31");
    }

    #[test]
    fn records_are_joined_by_semicolons_and_end_in_crlf() {
        let mut out = String::new();
        push_record(&mut out, &["a", "b,c", "d;e", ""]);
        assert_eq!(out, "a;\"b,c\";\"d;e\";\r\n");
    }

    #[test]
    fn real_dataset_has_a_header_and_one_record_per_promise() {
        let text = include_str!("../../../../public/data/eskilstuna.json");
        let data = crate::parse_dataset(text).expect("the shipped dataset is valid");
        let csv = promises_csv(&data);
        let mut lines = csv.split("\r\n");
        assert_eq!(
            lines.next(),
            Some(
                "\u{FEFF}id;år;parter;rubrik;text;teman;områden;mål;status;senaste uppföljning;senaste rapport;resultat;\
                 noteringar"
            )
        );
        assert_eq!(csv.matches("\r\n").count(), data.promises.len() + 1);
        assert!(csv.contains(";Hela kommunen;"), "a promise without districts says so");
    }

    #[test]
    fn reports_and_results_read_as_on_the_card() {
        let text = include_str!("../../../../public/data/exempelkommun.json");
        let mut data = crate::parse_dataset(text).expect("the example is valid");
        let csv = promises_csv(&data);
        let traffic = csv.lines().find(|l| l.starts_with("2026-polisen-trafik;")).expect("the traffic promise");
        assert!(
            traffic.contains(
                ";Pågår;2026-08-31;delrapport för tertial 2;Trafikkontroller i Norrby och Ängsbacken: 143 av 200;"
            ),
            "{traffic}"
        );
        // A weekly target with its total so far, reported in May: tertial 1, and never "12 av 1".
        let promise = data.promises.iter_mut().find(|p| p.id == "2026-polisen-trafik").expect("promise");
        promise.targets[0].value = Some(1);
        promise.targets[0].rate = Some("per vecka".into());
        promise.followups.truncate(1);
        promise.followups[0].date = crate::dataset::month::ReportDate::parse("2026-05").expect("month");
        promise.followups[0].achieved.insert("kontroller".into(), crate::dataset::model::Amount::Number(12));
        let csv = promises_csv(&data);
        let traffic = csv.lines().find(|l| l.starts_with("2026-polisen-trafik;")).expect("the traffic promise");
        assert!(
            traffic.contains(";2026-05-31;delrapport för tertial 1;Trafikkontroller i Norrby och Ängsbacken: 12 kontroller hittills · mål 1 per vecka;"),
            "{traffic}"
        );
        assert!(!traffic.contains("12 av 1"), "{traffic}");
    }

    #[test]
    fn status_words_and_notes_are_as_the_page_shows_them() {
        let text = include_str!("../../../../public/data/exempelkommun.json");
        let data = crate::parse_dataset(text).expect("the example is valid");
        let csv = promises_csv(&data);
        let traffic = csv.lines().find(|l| l.starts_with("2026-polisen-trafik;")).expect("the traffic promise");
        assert!(
            traffic.ends_with(
                ";30 april 2026: Kontrollerna har kommit i gång enligt plan. | 31 augusti 2026: Fler kontroller \
                 under sommaren."
            ),
            "{traffic}"
        );
        assert!(!traffic.contains(";pagar;"), "the status in the page's words, not its id: {traffic}");
        let unreported = data.promises.iter().find(|p| p.followups.is_empty()).expect("a promise without follow-ups");
        let line = csv.lines().find(|l| l.starts_with(&format!("{};", unreported.id))).expect("its record");
        assert!(line.contains(";Ingen uppföljning publicerad;;;"), "{line}");
    }
}
