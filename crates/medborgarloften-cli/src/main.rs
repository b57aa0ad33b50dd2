//! The editors' command-line tool: reads the arguments and hands them to a command.
//!
//! Shell layer: argument dispatch only. Rules live in `medborgarloften-core`, CSV writing in [`csv`], the
//! validation command in [`validate`] (its lines in [`report`]), the help text in [`usage`].

mod csv;
mod report;
mod upgrade;
mod usage;
mod validate;

use std::io::Write;
use std::process::ExitCode;

use usage::{EXIT_OK, EXIT_USAGE, SEE_HELP, USAGE};

fn main() -> ExitCode {
    let args: Result<Vec<String>, _> = std::env::args_os().skip(1).map(|arg| arg.into_string()).collect();
    let Ok(args) = args else {
        eprintln!("Ett argument är inte giltig UTF-8 text.\n{SEE_HELP}");
        return ExitCode::from(EXIT_USAGE);
    };
    let code = match args.first().map(String::as_str) {
        None | Some("hjälp" | "hjalp" | "help" | "--help" | "-h") => {
            print!("{USAGE}");
            EXIT_OK
        }
        Some("validera") => validate::run(&args[1..]),
        Some("csv") => csv_command(&args[1..]),
        Some("uppgradera") => upgrade::run(&args[1..]),
        Some(other) => {
            eprintln!("Okänt kommando: {other}\n{SEE_HELP}");
            EXIT_USAGE
        }
    };
    ExitCode::from(code)
}

/// `csv <datamängd.json>`: the CSV goes to standard out, any problem to standard error.
fn csv_command(args: &[String]) -> u8 {
    let [path] = args else {
        eprintln!("csv behöver exakt en datamängd: medborgarloften csv <datamängd.json>\n{SEE_HELP}");
        return EXIT_USAGE;
    };
    match validate::load(path) {
        Ok(data) => match std::io::stdout().lock().write_all(csv::promises_csv(&data).as_bytes()) {
            // A closed pipe (`| head`) is the reader's choice, not an error.
            Err(err) if err.kind() != std::io::ErrorKind::BrokenPipe => {
                eprintln!("Kunde inte skriva CSV: {err}.");
                EXIT_USAGE
            }
            _ => EXIT_OK,
        },
        Err(failure) => {
            for line in &failure.lines {
                eprintln!("{line}");
            }
            failure.code
        }
    }
}
