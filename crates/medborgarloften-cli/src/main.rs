//! The editors' tool: reads the arguments (with `clap`, see [`args`]) and hands them to a command.
//!
//! Shell layer: argument dispatch only. Rules live in `medborgarloften-core`; each command has its own module.

mod args;
mod dataset_file;
mod followup;
mod import_text;
mod preview;
mod report;
mod template;
mod upgrade;
mod usage;
mod validate;
mod workbook;

use std::io::Write;
use std::process::ExitCode;

use clap::error::ErrorKind;
use clap::FromArgMatches;

use args::{Cli, Command};
use medborgarloften_core::dataset::followup_edit::{EntryInput, FollowupEdit};
use usage::{EXIT_OK, EXIT_USAGE, SEE_HELP, USAGE};

fn main() -> ExitCode {
    let args: Result<Vec<String>, _> = std::env::args_os().skip(1).map(|arg| arg.into_string()).collect();
    let Ok(args) = args else {
        eprintln!("Ett argument är inte giltig UTF-8 text.\n{SEE_HELP}");
        return ExitCode::from(EXIT_USAGE);
    };
    if matches!(args.first().map(String::as_str), None | Some("hjälp" | "hjalp" | "help" | "--help" | "-h")) {
        print!("{USAGE}");
        return ExitCode::from(EXIT_OK);
    }
    let matches = args::command().try_get_matches_from(std::iter::once("medborgarloften".to_string()).chain(args));
    let cli = match matches.and_then(|matches| Cli::from_arg_matches(&matches)) {
        Ok(cli) => cli,
        Err(err) if err.kind() == ErrorKind::DisplayHelp => {
            print!("{}", args::swedish_usage(&err.render().to_string()));
            return ExitCode::from(EXIT_OK);
        }
        Err(err) => {
            eprintln!("{}\n{SEE_HELP}", args::swedish_error(&err));
            return ExitCode::from(EXIT_USAGE);
        }
    };
    ExitCode::from(run(cli.command))
}

/// Runs one command; returns its exit code.
fn run(command: Command) -> u8 {
    match command {
        Command::Validera { dataset, geo } => validate::run(&dataset, geo),
        Command::Csv { dataset } => csv_command(&dataset),
        Command::Uppgradera { input, output } => upgrade::run(&input, &output),
        Command::Ny { kommun, kod } => template::run(&kommun, &kod),
        Command::Uppfoljning {
            dataset,
            lofte,
            datum,
            status,
            values,
            notering,
            kalla,
            kalla_rubrik,
            ersatt,
            ta_bort,
        } => {
            let input = EntryInput {
                status: status.unwrap_or_default(),
                values,
                note: notering,
                source: kalla,
                source_title: kalla_rubrik,
            };
            let edit = match (ta_bort, ersatt) {
                (true, _) => FollowupEdit::Remove,
                (false, true) => FollowupEdit::Replace(input),
                (false, false) => FollowupEdit::Add(input),
            };
            followup::run(&dataset, &lofte, &datum, &edit)
        }
        Command::Exportera { dataset, workbook } => workbook::export(&dataset, &workbook),
        Command::Importera { workbook, dataset } => workbook::import(&workbook, &dataset),
        Command::ImporteraText { page, draft } => import_text::run(&page, &draft),
        Command::Forhandsgranska { dataset, visa } => preview::run(&dataset, visa),
    }
}

/// `csv <datamängd.json>`: the CSV goes to standard out, any problem to standard error.
fn csv_command(path: &str) -> u8 {
    match validate::load(path) {
        Ok(data) => {
            match std::io::stdout().lock().write_all(medborgarloften_core::export::csv::promises_csv(&data).as_bytes())
            {
                // A closed pipe (`| head`) is the reader's choice, not an error.
                Err(err) if err.kind() != std::io::ErrorKind::BrokenPipe => {
                    eprintln!("Kunde inte skriva CSV: {err}.");
                    EXIT_USAGE
                }
                _ => EXIT_OK,
            }
        }
        Err(failure) => {
            for line in &failure.lines {
                eprintln!("{line}");
            }
            failure.code
        }
    }
}
