//! The `validera` command: reads a dataset (and its map file), checks them with the core, prints the report.
//!
//! Shell layer: file and terminal I/O only. The checks are the core's; the lines are built in [`crate::report`].

use std::io;
use std::path::{Path, PathBuf};

use medborgarloften_core::geo::parse_geojson;
use medborgarloften_core::{parse_dataset, Dataset};

use crate::report::{app_root, data_error_lines, map_ok_line, missing_code_lines, ok_line};
use crate::usage::{EXIT_INVALID, EXIT_OK, EXIT_USAGE, SEE_HELP};

/// Why a file could not be used: the exit code and the lines that say why.
pub struct Failure {
    /// [`EXIT_USAGE`] when the file could not be read, [`EXIT_INVALID`] when its content is wrong.
    pub code: u8,
    /// One line per problem, each naming the file.
    pub lines: Vec<String>,
}

/// Reads and validates the dataset at `path`.
pub fn load(path: &str) -> Result<Dataset, Failure> {
    let text = read(path).map_err(|line| Failure { code: EXIT_USAGE, lines: vec![line] })?;
    parse_dataset(&text).map_err(|err| Failure { code: EXIT_INVALID, lines: data_error_lines(path, &err) })
}

/// `validera <datamängd.json> [--geo <områden.geojson>]`. Returns the exit code.
pub fn run(args: &[String]) -> u8 {
    let (dataset, geo) = match args {
        [dataset] => (dataset, None),
        [dataset, flag, geo] | [flag, geo, dataset] if flag == "--geo" => (dataset, Some(PathBuf::from(geo))),
        _ => {
            eprintln!("validera behöver en datamängd: medborgarloften validera <datamängd.json> [--geo <fil>]");
            eprintln!("{SEE_HELP}");
            return EXIT_USAGE;
        }
    };
    let data = match load(dataset) {
        Ok(data) => data,
        Err(failure) => {
            for line in &failure.lines {
                println!("{line}");
            }
            if failure.code == EXIT_INVALID {
                println!("{} fel i {dataset}.", failure.lines.len());
            }
            return failure.code;
        }
    };
    println!("{}", ok_line(&data));
    let geo = match (geo, &data.geometry) {
        (Some(geo), _) => geo,
        (None, Some(geometry)) => {
            let geo = app_root(Path::new(dataset)).join(&geometry.districts);
            if !geo.exists() {
                println!("Kartfilen {} finns inte, så kartan kontrolleras inte.", geo.display());
                return EXIT_OK;
            }
            geo
        }
        (None, None) => return EXIT_OK,
    };
    check_map(dataset, &data, &geo)
}

/// Parses the map file and checks that every district's area codes are in it.
fn check_map(dataset: &str, data: &Dataset, geo: &Path) -> u8 {
    let geo_file = geo.display().to_string();
    let text = match read(&geo_file) {
        Ok(text) => text,
        Err(line) => {
            eprintln!("{line}");
            return EXIT_USAGE;
        }
    };
    let collection = match parse_geojson(&text) {
        Ok(collection) => collection,
        Err(err) => {
            println!("{geo_file}: {err}");
            return EXIT_INVALID;
        }
    };
    let lines = missing_code_lines(dataset, data, &collection, &geo_file);
    if lines.is_empty() {
        println!("{}", map_ok_line(data, &geo_file));
        return EXIT_OK;
    }
    for line in &lines {
        println!("{line}");
    }
    println!("{} fel i områdeskoderna.", lines.len());
    EXIT_INVALID
}

/// Reads a text file; the error is one Swedish line that names the file.
fn read(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|err| {
        let why = match err.kind() {
            io::ErrorKind::NotFound => "filen finns inte".to_string(),
            io::ErrorKind::PermissionDenied => "behörighet saknas".to_string(),
            io::ErrorKind::InvalidData => "filen är inte UTF-8-text".to_string(),
            _ => err.to_string(),
        };
        format!("Kunde inte läsa {path}: {why}.")
    })
}
