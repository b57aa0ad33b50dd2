//! The `exportera` and `importera` commands: a dataset file to an .xlsx workbook file and back. The workbook itself
//! (its sheets, the reading rules, every problem's wording) is `medborgarloften-workbook`'s, which the editors' page
//! in the browser shares.
//!
//! Shell layer: reads and writes files and prints; nothing here decides what a cell means.

use medborgarloften_workbook::{read_workbook, write_workbook};

use crate::dataset_file::{dataset_text, write};
use crate::usage::{EXIT_INVALID, EXIT_OK, EXIT_USAGE};
use crate::validate::{load, read};

/// `exportera DATASET BOK.xlsx`. Returns the exit code.
pub fn export(dataset: &str, workbook: &str) -> u8 {
    let data = match load(dataset) {
        Ok(data) => data,
        Err(failure) => {
            for line in &failure.lines {
                eprintln!("{line}");
            }
            return failure.code;
        }
    };
    let bytes = match write_workbook(&data) {
        Ok(bytes) => bytes,
        Err(err) => {
            eprintln!("Kunde inte skriva {workbook}: {err}");
            return EXIT_INVALID;
        }
    };
    match std::fs::write(workbook, bytes) {
        Ok(()) => {
            println!("OK: {workbook} har {} löften på 12 blad. Läs tillbaka med: medborgarloften importera {workbook} <datamängd.json>", data.promises.len());
            EXIT_OK
        }
        Err(err) => {
            eprintln!("Kunde inte skriva {workbook}: {err}.");
            EXIT_USAGE
        }
    }
}

/// `importera BOK DATASET`. Returns the exit code.
pub fn import(workbook: &str, dataset: &str) -> u8 {
    let bytes = match read(workbook) {
        Ok(bytes) => bytes,
        Err(line) => {
            eprintln!("{line}");
            return EXIT_USAGE;
        }
    };
    match read_workbook(&bytes, workbook) {
        Ok(data) => match write(dataset, &dataset_text(&data)) {
            Ok(()) => {
                println!("OK: {dataset} har {} löften från {workbook}.", data.promises.len());
                EXIT_OK
            }
            Err(line) => {
                eprintln!("{line}");
                EXIT_USAGE
            }
        },
        Err(errors) if errors.unreadable => {
            for problem in &errors.problems {
                eprintln!("{problem}");
            }
            EXIT_USAGE
        }
        Err(errors) => {
            for problem in &errors.problems {
                println!("{workbook}: {problem}");
            }
            println!("{} fel i {workbook}; {dataset} skrevs inte.", errors.problems.len());
            EXIT_INVALID
        }
    }
}
