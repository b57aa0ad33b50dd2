//! The `ny` command: a template dataset for a new kommun, printed to standard out, that passes every rule.
//!
//! Shell layer: the dataset is the core's (`medborgarloften_core::edit::template`); this prints it.

use medborgarloften_core::dataset::validate::validate;
use medborgarloften_core::edit::template::template;

use crate::dataset_file::{dataset_text, today};
use crate::report::data_error_lines;
use crate::usage::{EXIT_INVALID, EXIT_OK, EXIT_USAGE};

/// `ny --kommun NAMN --kod KOD`. Returns the exit code.
pub fn run(name: &str, code: &str) -> u8 {
    let Some(today) = today() else {
        eprintln!("Datorns klocka visar ett datum före 1970; ställ den rätt och försök igen.");
        return EXIT_USAGE;
    };
    let data = template(name, code, today);
    let problems = validate(&data);
    if !problems.is_empty() {
        for line in data_error_lines("mallen", &medborgarloften_core::DataError::Invalid(problems)) {
            eprintln!("{line}");
        }
        return EXIT_INVALID;
    }
    print!("{}", dataset_text(&data));
    EXIT_OK
}
