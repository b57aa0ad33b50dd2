//! The Uppföljningar sheet back into each promise's follow-ups: date, status, note, source, the note's
//! translations, and the results in `mål N`/`resultat N` column pairs.
//!
//! Pure: no files.

use std::collections::BTreeMap;

use medborgarloften_core::dataset::model::{Amount, FollowupEntry, Link};
use medborgarloften_core::{Dataset, Status};

use crate::amounts::{read_amount, Typed};
use crate::cells::{cell_text, Cell};
use crate::ids::{IdKind, KnownIds};
use crate::problem::WorkbookProblem;
use crate::sheet_reader::{Places, Row, SheetReader};
use crate::translation_cells::read;
use medborgarloften_core::dataset::choices::STATUSES;

/// Reads every row of the Uppföljningar sheet into the follow-ups of the promise it names (one of `promises`). A
/// result whose target the promise does not have is a problem of its `mål N` cell and is left out.
pub fn read_followups(
    uppf: &SheetReader,
    promises: &KnownIds,
    data: &mut Dataset,
    problems: &mut Vec<WorkbookProblem>,
    places: &mut Places,
) {
    // The result pairs present in the header: `mål N` beside `resultat N`.
    let pairs: Vec<(usize, String, String)> = (1..=64)
        .filter_map(|n| {
            let (key, value) = (format!("mål {n}"), format!("resultat {n}"));
            (uppf.columns.contains_key(&key) && uppf.columns.contains_key(&value)).then_some((n, key, value))
        })
        .collect();
    for i in uppf.data_rows() {
        let mut row = Row { reader: uppf, index: i, problems };
        let promise = row.id_in("löfte", promises);
        let targets =
            promise.map(|p| KnownIds::new(IdKind::Target, data.promises[p].targets.iter().map(|t| t.id.as_str())));
        let unit_of = |key: &str| {
            let targets = &data.promises[promise?].targets;
            targets.iter().find(|t| t.id == key).map(|t| t.unit.clone())
        };
        let date = row.report_date("datum");
        let status = match row.opt("status") {
            None => Some(Status::Reported),
            Some(_) => row.choice("status", &STATUSES),
        };
        let (note, source_title, source_url) = (row.opt("notering"), row.opt("källa rubrik"), row.opt("källa adress"));
        let translations = read(&mut row, "");
        let source = match (source_title, source_url) {
            (None, None) => None,
            (title, url) => Some(Link { title: title.unwrap_or_default(), url: url.unwrap_or_default() }),
        };
        let mut achieved = BTreeMap::new();
        let mut pair_places = Vec::new();
        for (_, key_header, value_header) in &pairs {
            let Some((key, typed)) = pair_text(&mut row, key_header, value_header) else { continue };
            let value = match (uppf.cell(i, value_header).0, typed) {
                (Cell::Number(n), _) if n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(n) => {
                    Some(Amount::Number(*n as u32))
                }
                (Cell::Number(n), _) => {
                    row.fail(value_header, format!("{n} går inte; skriv ett heltal från 0 eller en text."));
                    None
                }
                (_, None) => None,
                (_, Some(text)) => match read_amount(&text, key.as_deref().and_then(unit_of).as_deref()) {
                    Ok(Typed::Number(n)) => Some(Amount::Number(n)),
                    Ok(Typed::Words(words)) => Some(Amount::Text(words)),
                    Err(message) => {
                        row.fail(value_header, message);
                        continue;
                    }
                },
            };
            let unknown = key.as_deref().and_then(|key| targets.as_ref()?.problem(key.trim()));
            if let Some(message) = unknown {
                row.fail(key_header, message);
                continue;
            }
            match (key, value) {
                (None, None) => {}
                (Some(key), Some(value)) => {
                    pair_places.push((key.clone(), uppf.place(i, value_header)));
                    achieved.insert(key, value);
                }
                (Some(_), None) => {
                    row.fail(value_header, "målet har inget resultat; fyll i resultatet eller töm målet.".into())
                }
                (None, Some(_)) => row.fail(key_header, "resultatet saknar mål; skriv målets id.".into()),
            }
        }
        if let (Some(p), Some(date), Some(status)) = (promise, date, status) {
            let followups = &mut data.promises[p].followups;
            followups.push(FollowupEntry { date, status, achieved, note, source, translations });
            let at = format!("promises[{p}].followups[{}]", followups.len() - 1);
            uppf.field_places(i, &at, places);
            for (key, cell) in pair_places {
                places.push((format!("{at}.achieved.{key}"), cell));
            }
        }
    }
}

/// A result pair's target id and result text, each when there is one.
type PairText = (Option<String>, Option<String>);

/// The target id and the result text of one `mål N`/`resultat N` pair, as the editor meant them: a result typed as
/// the editors' tool takes it on its command line, `kontroller=12`, in either cell, is split into the two (a
/// problem when `mål N` names another target). The text is `None` for a number cell. `None` after a problem.
fn pair_text(row: &mut Row, key_header: &str, value_header: &str) -> Option<PairText> {
    let key = row.opt(key_header).map(|k| k.trim().to_string()).filter(|k| !k.is_empty());
    let value = match row.reader.cell(row.index, value_header).0 {
        Cell::Number(_) => return Some((key, None)),
        cell => cell_text(cell),
    };
    let split = |text: &str| text.split_once('=').map(|(k, v)| (k.trim().to_string(), v.trim().to_string()));
    match (key, value) {
        (Some(key), None) => match split(&key) {
            Some((key, value)) => Some((Some(key), Some(value))),
            None => Some((Some(key), None)),
        },
        (key, Some(value)) => match (key, split(&value)) {
            (None, Some((named, value))) => Some((Some(named), Some(value))),
            (Some(key), Some((named, _))) if key != named => {
                let message = format!(
                    "{value:?} går inte: {key_header} är {key:?}, inte {named:?}; skriv målets id i {key_header} och bara \
                     talet i {value_header}."
                );
                row.fail(value_header, message);
                None
            }
            (key, Some((_, value))) => Some((key, Some(value))),
            (key, None) => Some((key, Some(value))),
        },
        (None, None) => Some((None, None)),
    }
}
