//! The `uppfoljning` command: adds one dated follow-up entry to a promise, checks the dataset and writes it.
//!
//! Shell layer around a pure step: [`add_entry`] changes a dataset in memory or says why it cannot, in Swedish;
//! [`run`] reads, checks with the core's rules and writes only a dataset that passes them.

use std::collections::BTreeMap;

use medborgarloften_core::dataset::model::{Amount, FollowupEntry, Link};
use medborgarloften_core::dataset::month::ReportDate;
use medborgarloften_core::dataset::validate::validate;
use medborgarloften_core::{DataError, Dataset, Date, Status};

use crate::dataset_file::{dataset_text, today, write};
use crate::report::data_error_lines;
use crate::usage::{EXIT_INVALID, EXIT_OK, EXIT_USAGE};
use crate::validate::load;

/// What the editor asked to add, as typed.
pub struct NewEntry {
    /// The promise's id.
    pub promise: String,
    /// `2026-05-14`, `2026-05` or `2026`.
    pub date: String,
    /// A status id, e.g. `pagar`.
    pub status: String,
    /// `MÅL=TAL` or `MÅL=text`, one per target.
    pub values: Vec<String>,
    /// The note.
    pub note: Option<String>,
    /// The report's address.
    pub source: Option<String>,
    /// The report link's title.
    pub source_title: Option<String>,
}

/// Adds `entry` to its promise in `data`, after any entry of the same or an earlier date, and sets `updated` to
/// `today`. Every problem with the input comes back as one Swedish line; the dataset's own rules are checked
/// afterwards by the caller.
pub fn add_entry(data: &mut Dataset, entry: &NewEntry, today: Date) -> Result<(), Vec<String>> {
    let mut problems = Vec::new();
    let promise_index = data.promises.iter().position(|promise| promise.id == entry.promise);
    if promise_index.is_none() {
        let ids: Vec<&str> = data.promises.iter().map(|promise| promise.id.as_str()).take(8).collect();
        problems.push(format!(
            "Det finns inget löfte med id {:?}. Några id i datamängden: {}.",
            entry.promise,
            ids.join(", ")
        ));
    }
    let date = ReportDate::parse(entry.date.trim());
    if date.is_none() {
        problems.push(format!("Datumet {:?} går inte att läsa; skriv 2026-05-14, 2026-05 eller 2026.", entry.date));
    }
    let status = Status::from_id(entry.status.trim()).filter(|status| *status != Status::NotFollowedUp);
    if status.is_none() {
        let ids: Vec<&str> =
            Status::ALL.iter().filter(|s| **s != Status::NotFollowedUp).map(|status| status.id()).collect();
        problems.push(format!("Okänd status {:?}; välj en av {}.", entry.status, ids.join(", ")));
    }
    let mut achieved = BTreeMap::new();
    for value in &entry.values {
        match value.split_once('=') {
            Some((key, amount)) if !key.trim().is_empty() && !amount.trim().is_empty() => {
                let amount = amount.trim();
                let amount = amount.parse::<u32>().map_or_else(|_| Amount::Text(amount.to_string()), Amount::Number);
                achieved.insert(key.trim().to_string(), amount);
            }
            _ => problems.push(format!("--varde {value:?} ska skrivas MÅL=TAL, till exempel kontroller=120.")),
        }
    }
    let (Some(index), Some(date), Some(status), true) = (promise_index, date, status, problems.is_empty()) else {
        return Err(problems);
    };
    let source = entry.source.as_ref().map(|url| Link {
        title: entry.source_title.clone().unwrap_or_else(|| format!("Uppföljning {date}")),
        url: url.trim().to_string(),
    });
    let new = FollowupEntry { date, status, achieved, note: entry.note.clone(), source };
    let followups = &mut data.promises[index].followups;
    let at = followups.iter().position(|existing| existing.date > date).unwrap_or(followups.len());
    followups.insert(at, new);
    data.updated = today;
    Ok(())
}

/// `uppfoljning DATASET --lofte ID --datum DATUM --status S …`. Returns the exit code; writes nothing on error.
pub fn run(path: &str, entry: &NewEntry) -> u8 {
    let mut data = match load(path) {
        Ok(data) => data,
        Err(failure) => {
            for line in &failure.lines {
                eprintln!("{line}");
            }
            eprintln!("{path} har fel och ändras inte; rätta dem först.");
            return failure.code;
        }
    };
    let Some(today) = today() else {
        eprintln!("Datorns klocka visar ett datum före 1970; ställ den rätt och försök igen.");
        return EXIT_USAGE;
    };
    if let Err(lines) = add_entry(&mut data, entry, today) {
        for line in lines {
            eprintln!("{line}");
        }
        eprintln!("Inget skrevs till {path}.");
        return EXIT_INVALID;
    }
    let problems = validate(&data);
    if !problems.is_empty() {
        for line in data_error_lines(path, &DataError::Invalid(problems)) {
            eprintln!("{line}");
        }
        eprintln!("Uppföljningen bryter mot reglerna ovan; inget skrevs till {path}.");
        return EXIT_INVALID;
    }
    match write(path, &dataset_text(&data)) {
        Ok(()) => {
            println!("OK: uppföljningen {} av {} är tillagd i {path}.", entry.date.trim(), entry.promise);
            EXIT_OK
        }
        Err(line) => {
            eprintln!("{line}");
            EXIT_USAGE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eskilstuna() -> Dataset {
        medborgarloften_core::parse_dataset(include_str!("../../../public/data/eskilstuna.json")).expect("valid")
    }

    fn entry(promise: &str, date: &str, status: &str, values: &[&str]) -> NewEntry {
        NewEntry {
            promise: promise.into(),
            date: date.into(),
            status: status.into(),
            values: values.iter().map(|v| v.to_string()).collect(),
            note: None,
            source: None,
            source_title: None,
        }
    }

    #[test]
    fn an_entry_is_added_in_date_order_with_numbers_and_words() {
        let mut data = eskilstuna();
        let today = Date::from_ymd(2026, 12, 2).expect("date");
        let id = data.promises[0].id.clone();
        let before = data.promises[0].followups.len();
        add_entry(&mut data, &entry(&id, "2019-05", "pagar", &["a=3", "b=ett 15-tal"]), today).expect("added");
        let followups = &data.promises[0].followups;
        assert_eq!(followups.len(), before + 1);
        let added = followups.iter().find(|f| f.date.to_string() == "2019-05").expect("the new entry");
        assert_eq!(added.achieved.get("a"), Some(&Amount::Number(3)));
        assert_eq!(added.achieved.get("b"), Some(&Amount::Text("ett 15-tal".into())));
        assert!(followups.windows(2).all(|pair| pair[0].date <= pair[1].date), "kept in date order");
        assert_eq!(data.updated, today);
    }

    #[test]
    fn unknown_ids_dates_statuses_and_values_are_each_named() {
        let mut data = eskilstuna();
        let today = Date::from_ymd(2026, 12, 2).expect("date");
        let err = add_entry(&mut data, &entry("finns-inte", "maj", "klar", &["utan-likhetstecken"]), today)
            .expect_err("refused");
        assert_eq!(err.len(), 4, "{err:?}");
        assert!(err[0].contains("inget löfte med id \"finns-inte\""), "{}", err[0]);
        assert!(err[1].contains("\"maj\""), "{}", err[1]);
        assert!(err[2].contains("\"klar\""), "{}", err[2]);
        assert!(err[3].contains("MÅL=TAL"), "{}", err[3]);
        assert_eq!(data, eskilstuna(), "nothing changed");
    }
}
