//! The Uppföljningar sheet back into each promise's follow-ups: date, status, note, source, and the results in
//! `mål N`/`resultat N` column pairs.
//!
//! Pure: no files.

use std::collections::BTreeMap;

use medborgarloften_core::dataset::model::{Amount, FollowupEntry, Link};
use medborgarloften_core::{Dataset, Status};

use crate::cells::{cell_text, Cell};
use crate::choices::STATUSES;
use crate::ids::{IdKind, KnownIds};
use crate::problem::WorkbookProblem;
use crate::sheet_reader::{Places, Row, SheetReader};

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
        let date = row.report_date("datum");
        let status = match row.opt("status") {
            None => Some(Status::Reported),
            Some(_) => row.choice("status", &STATUSES),
        };
        let (note, source_title, source_url) = (row.opt("notering"), row.opt("källa rubrik"), row.opt("källa adress"));
        let source = match (source_title, source_url) {
            (None, None) => None,
            (title, url) => Some(Link { title: title.unwrap_or_default(), url: url.unwrap_or_default() }),
        };
        let mut achieved = BTreeMap::new();
        let mut pair_places = Vec::new();
        for (_, key_header, value_header) in &pairs {
            let key = row.opt(key_header);
            let value = match uppf.cell(i, value_header).0 {
                Cell::Number(n) if n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(n) => {
                    Some(Amount::Number(*n as u32))
                }
                Cell::Number(n) => {
                    row.fail(value_header, format!("{n} går inte; skriv ett heltal från 0 eller en text."));
                    None
                }
                cell => cell_text(cell).map(|words| match words.trim().parse::<u32>() {
                    Ok(n) => Amount::Number(n),
                    Err(_) => Amount::Text(words),
                }),
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
            followups.push(FollowupEntry { date, status, achieved, note, source });
            let at = format!("promises[{p}].followups[{}]", followups.len() - 1);
            uppf.field_places(i, &at, places);
            for (key, cell) in pair_places {
                places.push((format!("{at}.achieved.{key}"), cell));
            }
        }
    }
}
