//! The `importera-text` command: reads the text of a kommun's medborgarlöfte page (copied from polisen.se in a browser
//! and saved as a text file), writes the draft dataset the core makes of it, and prints everything the editor must
//! check, one line each.
//!
//! Shell layer: file I/O, the clock and printing only; reading the page is the core's
//! (`medborgarloften_core::import::draft_from_page_text_on`).

use medborgarloften_core::dataset::parse::decode_text;
use medborgarloften_core::import::draft_from_page_text_on;

use crate::dataset_file::{today, write};
use crate::usage::{EXIT_OK, EXIT_USAGE};

/// `importera-text <sida.txt> <utkast.json>`. Returns the exit code: 0 when the draft was written (whatever it
/// holds; the lines say what to check), 2 when a file could not be read or written.
pub fn run(page: &str, output: &str) -> u8 {
    let bytes = match std::fs::read(page) {
        Ok(bytes) => bytes,
        Err(err) => {
            eprintln!("Kunde inte läsa {page}: {err}.");
            return EXIT_USAGE;
        }
    };
    let text = match decode_text(&bytes) {
        Ok(text) => text,
        Err(err) => {
            eprintln!("Kunde inte läsa {page}: {err}");
            return EXIT_USAGE;
        }
    };
    let Some(today) = today() else {
        eprintln!("Datorns klocka visar ett datum före 1970; ställ den rätt och försök igen.");
        return EXIT_USAGE;
    };
    let draft = draft_from_page_text_on(text, today);
    if let Err(line) = write(output, &draft.json) {
        eprintln!("{line}");
        return EXIT_USAGE;
    }
    for item in &draft.confirm {
        println!("Kontrollera: {}: {}", item.path, item.message);
    }
    let (periods, promises) = draft.counts();
    println!("{}", summary(periods, promises, output, draft.confirm.len()));
    println!("Gå igenom punkterna ovan i {output} och kontrollera sedan filen med: medborgarloften validera {output}");
    EXIT_OK
}

/// "Utkast med 2 perioder och 15 löften skrivet till utkast.json; 27 saker att kontrollera."
fn summary(periods: usize, promises: usize, output: &str, checks: usize) -> String {
    let periods = if periods == 1 { "1 period".to_string() } else { format!("{periods} perioder") };
    let promises = if promises == 1 { "1 löfte".to_string() } else { format!("{promises} löften") };
    let checks = if checks == 1 { "1 sak".to_string() } else { format!("{checks} saker") };
    format!("Utkast med {periods} och {promises} skrivet till {output}; {checks} att kontrollera.")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_counts_in_swedish() {
        assert_eq!(
            summary(2, 15, "utkast.json", 12),
            "Utkast med 2 perioder och 15 löften skrivet till utkast.json; 12 saker att kontrollera."
        );
        assert_eq!(
            summary(1, 1, "a.json", 1),
            "Utkast med 1 period och 1 löfte skrivet till a.json; 1 sak att kontrollera."
        );
    }
}
