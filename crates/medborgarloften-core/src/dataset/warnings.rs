//! Warnings: a valid dataset whose words and numbers disagree, e.g. "genomfört" when 1 of 6 was done. They do
//! not refuse the file (the report may say so); the editors' tool prints them so someone looks again.
//!
//! Pure core: no UI dependency.
//!
//! Dataset layer: may use `json` and `text`; must not import `geo`, `page` or `export`.

use crate::dataset::error::Problem;
use crate::dataset::model::{Dataset, Promise, Target, TargetKind};
use crate::dataset::progress::total_target;
use crate::dataset::status::Status;
use crate::json::message::id_in_path;

/// Every disagreement between a promise's latest verdict and its latest numbers, in dataset order.
pub fn warnings(data: &Dataset) -> Vec<Problem> {
    data.promises.iter().enumerate().flat_map(|(i, promise)| promise_warnings(i, promise)).collect()
}

fn promise_warnings(index: usize, promise: &Promise) -> Vec<Problem> {
    let Some((j, entry)) = promise.followups.iter().enumerate().max_by_key(|(_, e)| e.date) else {
        return Vec::new();
    };
    let path = format!("promises[{index}]{}.followups[{j}]", id_in_path(&promise.id));
    let counted: Vec<(&Target, u32, u32)> = promise
        .targets
        .iter()
        .filter_map(|t| {
            // A rate's total so far says nothing about whether the rate was kept (dataset/progress.rs).
            let value = total_target(t)?;
            let achieved = latest_number(promise, &t.id)?;
            Some((t, value, achieved))
        })
        .collect();
    let met = |(t, value, achieved): &(&Target, u32, u32)| match t.kind {
        Some(TargetKind::Exakt) => achieved == value,
        _ => achieved >= value,
    };
    let mut out = Vec::new();
    match entry.status {
        Status::Done => {
            for shortfall in counted.iter().filter(|c| !met(c)) {
                let (t, value, achieved) = shortfall;
                out.push(Problem {
                    path: path.clone(),
                    message: format!(
                        "status \"genomfort\" men {achieved} av {value} {} är uppnått; stämmer status eller siffran?",
                        t.unit
                    ),
                });
            }
        }
        Status::NotDone if !counted.is_empty() && counted.iter().all(met) => out.push(Problem {
            path,
            message: "status \"ej-genomfort\" men alla mål är uppnådda enligt siffrorna; stämmer status?".to_string(),
        }),
        _ => {}
    }
    out
}

/// The number of the latest entry that reports target `id` as a number.
fn latest_number(promise: &Promise, id: &str) -> Option<u32> {
    promise
        .followups
        .iter()
        .filter_map(|e| e.achieved.get(id).and_then(|a| a.number()).map(|n| (e.date, n)))
        .max_by_key(|(date, _)| *date)
        .map(|(_, n)| n)
}
