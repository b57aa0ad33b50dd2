//! Step 3: the page's first module (`crates/medborgarloften-first`) under content-hashed names. Trunk builds it
//! beside the app, as a second `rel="rust"` asset (`data-type="worker"`, so Trunk injects no script for it, and
//! `data-bindgen-target="web"`: an ES module that public/boot.js imports), with the same toolchain, std and
//! wasm-opt as the app. Trunk gives a worker's files fixed names; this step names them by content (the glue's name
//! carries the wasm's, so a new wasm is a new glue) for the page's rewrite to name on boot.js's tag. Its JS
//! snippets are wasm-bindgen's for `medborgarloften-web`, the very files the full app imports, so a page that
//! loads both shares one copy of each.
//!
//! Only release builds use it: a debug build's page loads the full app, and its copy of the module is removed.
//!
//! Build layer (native). Imports nothing of the app.

use std::path::Path;

use crate::error::BuildError;
use crate::{hash, staging};

/// The name Trunk gives the module's files (`<name>.js`, `<name>_bg.wasm`): the crate's package name.
pub const TRUNK_NAME: &str = "medborgarloften-first";
/// The finder's module (`crates/medborgarloften-finder`), built and named the same way for the first page of a
/// site built for many kommuner.
pub const FINDER_NAME: &str = "medborgarloften-finder";
/// The editors' workspace (`crates/medborgarloften-editor`), built and named the same way for `redigera/` only.
pub const EDITOR_NAME: &str = "medborgarloften-editor";
/// The workspace's workbook module (`crates/medborgarloften-workbook-web`), started only when a workbook is used.
pub const WORKBOOK_NAME: &str = "medborgarloften-workbook-web";

/// The first module's files in the staged build.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FirstModule {
    /// The JS glue, `medborgarloften-first-<hash>.js`.
    pub js: String,
    /// The wasm, `medborgarloften-first-<hash>_bg.wasm`.
    pub wasm: String,
    /// The wasm's size in bytes.
    pub wasm_bytes: usize,
}

/// Renames Trunk's build of the first module in `staging` to content-hashed names (`release`), or removes it
/// (a debug build). Fails when a release build lacks it: Trunk did not build it.
pub fn place(staging: &Path, release: bool) -> Result<Option<FirstModule>, BuildError> {
    place_named(staging, TRUNK_NAME, release)
}

/// [`place`] for the module Trunk built as `name` (the first module, or the finder's: [`FINDER_NAME`]).
pub fn place_named(staging: &Path, name: &str, release: bool) -> Result<Option<FirstModule>, BuildError> {
    let glue_path = staging.join(format!("{name}.js"));
    let wasm_path = staging.join(format!("{name}_bg.wasm"));
    if !release {
        staging::remove(&glue_path)?;
        staging::remove(&wasm_path)?;
        return Ok(None);
    }
    const WHY: &str = "index.html ska bygga modulen med <link data-trunk rel=\"rust\" data-type=\"worker\" \
                       href=\"crates/<modulen>/Cargo.toml\">";
    if !wasm_path.is_file() {
        return Err(BuildError::NotStaged(format!("{name}_bg.wasm"), WHY));
    }
    if !glue_path.is_file() {
        return Err(BuildError::NotStaged(format!("{name}.js"), WHY));
    }
    let wasm = staging::read(&wasm_path)?;
    let glue = staging::read(&glue_path)?;
    let wasm_name = format!("{name}-{}_bg.wasm", hash::short_hex(&wasm));
    let js_name = format!("{name}-{}.js", hash::short_hex(&[glue.as_slice(), wasm_name.as_bytes()].concat()));
    rename(&wasm_path, &staging.join(&wasm_name))?;
    rename(&glue_path, &staging.join(&js_name))?;
    Ok(Some(FirstModule { js: js_name, wasm: wasm_name, wasm_bytes: wasm.len() }))
}

fn rename(from: &Path, to: &Path) -> Result<(), BuildError> {
    std::fs::rename(from, to).map_err(|e| BuildError::write(to, e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::TempDir;

    #[test]
    fn a_release_names_the_files_by_content() {
        let dir = TempDir::new("first");
        dir.write("medborgarloften-first.js", "export default function init() {}");
        dir.write("medborgarloften-first_bg.wasm", b"\0asm\x01\0\0\0");
        let first = place(dir.path(), true).expect("works").expect("works");
        let wasm_name = format!("medborgarloften-first-{}_bg.wasm", hash::short_hex(b"\0asm\x01\0\0\0"));
        assert_eq!(first.wasm, wasm_name);
        let glue = format!("export default function init() {{}}{wasm_name}");
        assert_eq!(first.js, format!("medborgarloften-first-{}.js", hash::short_hex(glue.as_bytes())));
        assert_eq!(first.wasm_bytes, 8);
        assert!(dir.has(&first.js) && dir.has(&first.wasm));
        assert!(!dir.has("medborgarloften-first.js") && !dir.has("medborgarloften-first_bg.wasm"));
    }

    #[test]
    fn a_new_wasm_is_a_new_glue_name() {
        let names = |wasm: &[u8]| {
            let dir = TempDir::new("first-names");
            dir.write("medborgarloften-first.js", "glue");
            dir.write("medborgarloften-first_bg.wasm", wasm);
            place(dir.path(), true).expect("works").expect("works")
        };
        let (a, b) = (names(b"one"), names(b"two"));
        assert_ne!(a.wasm, b.wasm);
        assert_ne!(a.js, b.js);
    }

    #[test]
    fn a_debug_build_removes_it_and_a_release_without_it_fails() {
        let dir = TempDir::new("first-debug");
        dir.write("medborgarloften-first.js", "glue");
        dir.write("medborgarloften-first_bg.wasm", "wasm");
        assert_eq!(place(dir.path(), false).expect("works"), None);
        assert!(!dir.has("medborgarloften-first.js") && !dir.has("medborgarloften-first_bg.wasm"));
        let error = place(dir.path(), true).expect_err("an error").to_string();
        assert!(
            error.starts_with("medborgarloften-first_bg.wasm saknas i bygget: index.html ska bygga modulen"),
            "{error}"
        );
    }
}
