//! The `uppfoljning` command: adds, replaces (`--ersatt`) or removes (`--ta-bort`) one dated follow-up of a
//! promise, checks the dataset and writes it.
//!
//! Shell layer: reads the file, hands the edit to the core (`dataset::followup_edit::edit_followups`, which
//! decides whether the entry exists and what is replaced or removed), checks the result with the core's rules and
//! writes only a dataset that passes them, formatted as every writing command writes it.

use medborgarloften_core::dataset::followup_edit::{edit_followups, FollowupEdit, FollowupEditError, FollowupEdited};
use medborgarloften_core::dataset::validate::validate;
use medborgarloften_core::DataError;

use crate::dataset_file::{dataset_text, today, write};
use crate::report::data_error_lines;
use crate::usage::{EXIT_INVALID, EXIT_OK, EXIT_USAGE};
use crate::validate::load;

/// The lines an editor sees when the core refuses an edit: its own, and for an entry that exists already how to
/// replace or remove it with this command.
pub fn refusal_lines(err: &FollowupEditError, path: &str, promise: &str, date: &str) -> Vec<String> {
    let mut lines: Vec<String> = err.to_string().lines().map(str::to_string).collect();
    if matches!(err, FollowupEditError::Exists { .. }) {
        lines.push(format!(
            "Vill du byta ut den: kör samma kommando med --ersatt. Vill du ta bort den: medborgarloften uppfoljning \
             {path} --lofte {promise} --datum {date} --ta-bort"
        ));
    }
    lines.push(format!("Inget skrevs till {path}."));
    lines
}

/// "OK: uppföljningen 2026-05 av trygghetsvandringar är tillagd i data.json." and the like.
pub fn ok_line(done: FollowupEdited, path: &str, promise: &str, date: &str) -> String {
    let what = match done {
        FollowupEdited::Added => "är tillagd i".to_string(),
        FollowupEdited::Replaced(1) => "är utbytt i".to_string(),
        FollowupEdited::Replaced(n) => format!("ersätter de {n} med samma datum i"),
        FollowupEdited::Removed(1) => "är borttagen ur".to_string(),
        FollowupEdited::Removed(n) => format!("är borttagen ur (alla {n} med samma datum)"),
    };
    format!("OK: uppföljningen {date} av {promise} {what} {path}.")
}

/// `uppfoljning DATASET --lofte ID --datum DATUM (--status S … [--ersatt] | --ta-bort)`. Returns the exit code;
/// writes nothing on error.
pub fn run(path: &str, promise: &str, date: &str, edit: &FollowupEdit) -> u8 {
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
    let (promise, date) = (promise.trim(), date.trim());
    let done = match edit_followups(&mut data, promise, date, edit, today) {
        Ok(done) => done,
        Err(err) => {
            for line in refusal_lines(&err, path, promise, date) {
                eprintln!("{line}");
            }
            return EXIT_INVALID;
        }
    };
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
            println!("{}", ok_line(done, path, promise, date));
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
    use medborgarloften_core::dataset::month::ReportDate;
    use medborgarloften_core::Status;

    #[test]
    fn an_existing_entry_is_refused_with_how_to_replace_or_remove_it() {
        let err = FollowupEditError::Exists {
            promise: "hallplatser".into(),
            date: ReportDate::parse("2026-05").expect("date"),
            status: Status::InProgress,
        };
        let lines = refusal_lines(&err, "data.json", "hallplatser", "2026-05");
        assert_eq!(
            lines,
            vec![
                "Löftet \"hallplatser\" har redan en uppföljning daterad 2026-05 (status \"pågår\"); en till med samma \
                 datum läggs inte till."
                    .to_string(),
                "Vill du byta ut den: kör samma kommando med --ersatt. Vill du ta bort den: medborgarloften \
                 uppfoljning data.json --lofte hallplatser --datum 2026-05 --ta-bort"
                    .to_string(),
                "Inget skrevs till data.json.".to_string(),
            ]
        );
    }

    #[test]
    fn the_ok_line_says_what_was_done() {
        assert_eq!(
            ok_line(FollowupEdited::Added, "d.json", "p", "2026"),
            "OK: uppföljningen 2026 av p är tillagd i d.json."
        );
        assert_eq!(
            ok_line(FollowupEdited::Replaced(1), "d.json", "p", "2026"),
            "OK: uppföljningen 2026 av p är utbytt i d.json."
        );
        assert_eq!(
            ok_line(FollowupEdited::Removed(1), "d.json", "p", "2026"),
            "OK: uppföljningen 2026 av p är borttagen ur d.json."
        );
    }
}
