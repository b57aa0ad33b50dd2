//! Files of a staged build: every file under a folder as the site names it (forward slashes, relative), and reads
//! and writes that name the file when they fail.
//!
//! Build layer (native). Imports nothing of the app.

use std::path::Path;

use crate::error::BuildError;

/// Every file under `dir`, as forward-slash paths relative to it, sorted.
pub fn files(dir: &Path) -> Result<Vec<String>, BuildError> {
    let mut out = Vec::new();
    walk(dir, "", &mut out)?;
    out.sort();
    Ok(out)
}

fn walk(dir: &Path, prefix: &str, out: &mut Vec<String>) -> Result<(), BuildError> {
    for entry in std::fs::read_dir(dir).map_err(|e| BuildError::read(dir, e))? {
        let entry = entry.map_err(|e| BuildError::read(dir, e))?;
        let kind = entry.file_type().map_err(|e| BuildError::read(&entry.path(), e))?;
        let name = format!("{prefix}{}", entry.file_name().to_string_lossy());
        if kind.is_dir() {
            walk(&entry.path(), &format!("{name}/"), out)?;
        } else if kind.is_file() {
            out.push(name);
        }
    }
    Ok(())
}

/// The bytes of `path`.
pub fn read(path: &Path) -> Result<Vec<u8>, BuildError> {
    std::fs::read(path).map_err(|e| BuildError::read(path, e))
}

/// The text of `path` (UTF-8).
pub fn read_text(path: &Path) -> Result<String, BuildError> {
    std::fs::read_to_string(path).map_err(|e| BuildError::read(path, e))
}

/// Writes `bytes` to `path`.
pub fn write(path: &Path, bytes: impl AsRef<[u8]>) -> Result<(), BuildError> {
    std::fs::write(path, bytes).map_err(|e| BuildError::write(path, e))
}

/// Removes the file `path`; a file that is not there is fine.
pub fn remove(path: &Path) -> Result<(), BuildError> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(BuildError::write(path, e)),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::TempDir;

    #[test]
    fn lists_nested_files_with_forward_slashes_sorted() {
        let dir = TempDir::new("staging");
        dir.write("b.js", "b");
        dir.write("snippets/x-1/pwa.js", "p");
        dir.write("a.css", "a");
        assert_eq!(files(dir.path()).expect("works"), ["a.css", "b.js", "snippets/x-1/pwa.js"]);
    }

    #[test]
    fn removing_a_missing_file_is_fine_and_read_errors_name_the_file() {
        let dir = TempDir::new("staging-missing");
        remove(&dir.path().join("nothing.br")).expect("works");
        let error = read(&dir.path().join("nothing.js")).expect_err("an error").to_string();
        assert!(error.contains("nothing.js kan inte läsas"), "{error}");
    }
}
