//! The `forhandsgranska` command: builds and serves the site for one dataset on this computer, through the
//! project's own `scripts/serve.sh` (`MEDB_DATASET=<fil>`), or prints how to.
//!
//! Shell layer: checks the dataset with the core first, so a broken file is reported here and not by the build.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::usage::{EXIT_OK, EXIT_USAGE};
use crate::validate::load;

/// The command line that serves the site for `dataset` (an absolute path) from the checkout at `root`.
pub fn serve_command(root: &Path, dataset: &Path) -> String {
    format!("cd '{}' && MEDB_DATASET='{}' bash scripts/serve.sh", root.display(), dataset.display())
}

/// The project checkout: the nearest folder at or above the working directory that holds `scripts/serve.sh`.
fn checkout() -> Option<PathBuf> {
    let here = std::env::current_dir().ok()?;
    here.ancestors().find(|folder| folder.join("scripts/serve.sh").is_file()).map(Path::to_path_buf)
}

/// `forhandsgranska DATASET [--visa]`. Returns the exit code.
pub fn run(path: &str, only_show: bool) -> u8 {
    if let Err(failure) = load(path) {
        for line in &failure.lines {
            eprintln!("{line}");
        }
        eprintln!("Rätta felen först; webbplatsen byggs inte för en datamängd med fel.");
        return failure.code;
    }
    let dataset = std::fs::canonicalize(path).unwrap_or_else(|_| PathBuf::from(path));
    let Some(root) = checkout() else {
        println!("Förhandsgranskningen byggs från projektets mapp (den med scripts/serve.sh). Gå dit och kör:");
        println!("  MEDB_DATASET='{}' bash scripts/serve.sh", dataset.display());
        println!("Öppna sedan http://127.0.0.1:8080 i webbläsaren.");
        return if only_show { EXIT_OK } else { EXIT_USAGE };
    };
    let command = serve_command(&root, &dataset);
    if only_show {
        println!("{command}");
        println!("Öppna sedan http://127.0.0.1:8080 i webbläsaren (Ctrl-C stoppar).");
        return EXIT_OK;
    }
    println!("Bygger webbplatsen för {path} (några minuter första gången) och visar den på http://127.0.0.1:8080.");
    println!("Ctrl-C stoppar. Samma sak för hand: {command}");
    let status = Command::new("bash").arg("scripts/serve.sh").current_dir(&root).env("MEDB_DATASET", &dataset).status();
    match status {
        Ok(status) if status.success() => EXIT_OK,
        Ok(_) => {
            eprintln!("Bygget eller servern stannade med ett fel; se raderna ovan.");
            EXIT_USAGE
        }
        Err(err) => {
            eprintln!("Kunde inte starta bash scripts/serve.sh: {err}.");
            EXIT_USAGE
        }
    }
}
