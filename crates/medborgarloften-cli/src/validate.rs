//! The `validera` command: reads a dataset (and its map file), checks them with the core, prints the report.
//!
//! Shell layer: file and terminal I/O only. The checks are the core's; the lines are built in [`crate::report`].

use std::io;
use std::path::{Path, PathBuf};

use medborgarloften_core::dataset::look::Logo;
use medborgarloften_core::dataset::warnings::warnings;
use medborgarloften_core::geo::{map_layout, parse_geojson_bytes};
use medborgarloften_core::{parse_dataset_bytes, Dataset};

use crate::report::{app_root, data_error_lines, map_ok_line, missing_code_lines, ok_line, warning_lines};
use crate::usage::{EXIT_INVALID, EXIT_OK, EXIT_USAGE};

/// Why a file could not be used: the exit code and the lines that say why.
pub struct Failure {
    /// [`EXIT_USAGE`] when the file could not be read, [`EXIT_INVALID`] when its content is wrong.
    pub code: u8,
    /// One line per problem, each naming the file.
    pub lines: Vec<String>,
}

/// Reads and validates the dataset at `path`, through the same core entry as the app (bytes, so the encoding
/// is checked with line and column, and a byte order mark is accepted).
pub fn load(path: &str) -> Result<Dataset, Failure> {
    let bytes = read(path).map_err(|line| Failure { code: EXIT_USAGE, lines: vec![line] })?;
    parse_dataset_bytes(&bytes).map_err(|err| Failure { code: EXIT_INVALID, lines: data_error_lines(path, &err) })
}

/// `validera <datamängd.json> [--geo <områden.geojson>]`. Returns the exit code.
pub fn run(dataset: &str, geo: Option<PathBuf>) -> u8 {
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
    for line in warning_lines(dataset, &warnings(&data)) {
        println!("{line}");
    }
    if let Some(logo) = Logo::of(&data) {
        // The build copies the logo from beside the dataset, and stops when it is not there.
        let beside = Path::new(dataset).parent().unwrap_or(Path::new(".")).join(&logo.src);
        if !beside.is_file() {
            println!("Logotypen {} finns inte bredvid datamängden; lägg den där innan sajten byggs.", beside.display());
        }
    }
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

/// Parses the map file, checks that every district's area codes are in it, and lays the map out as the app does.
fn check_map(dataset: &str, data: &Dataset, geo: &Path) -> u8 {
    let geo_file = geo.display().to_string();
    let bytes = match read(&geo_file) {
        Ok(bytes) => bytes,
        Err(line) => {
            eprintln!("{line}");
            return EXIT_USAGE;
        }
    };
    let collection = match parse_geojson_bytes(&bytes) {
        Ok(collection) => collection,
        Err(err) => {
            println!("{geo_file}: {err}");
            return EXIT_INVALID;
        }
    };
    let lines = missing_code_lines(dataset, data, &collection, &geo_file);
    if lines.is_empty() {
        // The same layouts the app draws (town and whole kommun), so a file that passes here draws there.
        for urban_only in [true, false] {
            if let Err(err) = map_layout(data, &collection, urban_only) {
                println!("{geo_file}: {err}");
                return EXIT_INVALID;
            }
        }
        println!("{}", map_ok_line(data, &geo_file));
        return EXIT_OK;
    }
    for line in &lines {
        println!("{line}");
    }
    println!("{} fel i områdeskoderna.", lines.len());
    EXIT_INVALID
}

/// Reads a file's bytes (the core decodes them); the error is one Swedish line that names the file.
pub fn read(path: &str) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|err| {
        let why = match err.kind() {
            io::ErrorKind::NotFound => "filen finns inte".to_string(),
            io::ErrorKind::PermissionDenied => "behörighet saknas".to_string(),
            io::ErrorKind::IsADirectory => "det är en mapp, inte en fil".to_string(),
            _ => "filen gick inte att läsa".to_string(),
        };
        format!("Kunde inte läsa {path}: {why}.")
    })
}
