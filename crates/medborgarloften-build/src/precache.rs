//! Step 5: the service worker's precache list and build hash, written into the staged `sw.js` after every other
//! step, so the list is what the release really has (hashed names, the finished page).
//!
//! The list holds what the built page itself loads and shows offline: index.html, boot.js, the JS glue and its
//! snippets, the wasm, the CSS, the manifest and the favicon; and the files the footer offers that the build wrote
//! from the site's dataset: the feed (flode.xml), the CSV (data/<name>.csv) and the description (data.json), so a
//! resident can open them offline too. Left out, each for a reason:
//! - `sw.js`, the worker itself;
//! - `data/*.json`, `geo/`: datasets and map files. The page keeps the last copy it *validated* (public/sw.js);
//!   the precache would store whatever the server had, and an unused file (the kommun outline, which the map never
//!   draws) would cost every first visit;
//! - `icons/`: install icons, which the browser fetches and keeps itself when the app is installed;
//! - `embed.js`, for the pages that embed the app, never loaded by the app;
//! - the full app's glue and wasm where the page has the first module: it loads them only when it needs them, and
//!   the worker keeps them then (public/sw.js, `fromShell`);
//! - `*.br`, `*.gz` (the server picks them, the browser never asks) and hidden files.
//!
//! `index.html` is listed as `./`, the address the page is opened at; the list is sorted and has no duplicates,
//! because `Cache.addAll()` rejects a list with a duplicate URL. BUILD is the first 16 hex digits of a SHA-256 over
//! the listed names and contents: a new build gets a new cache name, an identical rebuild keeps it (no pointless
//! "Ny version" prompt).
//!
//! Build layer (native). Imports nothing of the app.

use std::path::Path;

use sha2::{Digest, Sha256};

use crate::error::BuildError;
use crate::{hash, staging};

/// The service worker's file.
pub const SW: &str = "sw.js";
/// The line in public/sw.js that the build hash replaces.
pub const BUILD_PLACEHOLDER: &str = "const BUILD = 'dev';";
/// The line in public/sw.js that the precache list replaces.
pub const PRECACHE_PLACEHOLDER: &str = "const PRECACHE = [];";

/// What was written into the service worker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Precache {
    /// The build hash.
    pub build: String,
    /// The precached addresses.
    pub urls: Vec<String>,
}

/// Whether the staged file `file` (a forward-slash path) belongs in the precache list; `first_module` when the
/// page starts with the first module, so the full app is left out.
pub fn is_precached(file: &str, first_module: bool) -> bool {
    let hidden = file.starts_with('.') || file.contains("/.");
    let data_but_csv = file.starts_with("data/") && !file.ends_with(".csv");
    let left_out = file == SW
        || file == "embed.js"
        || data_but_csv
        || file.starts_with("geo/")
        || file.starts_with("icons/")
        || file.ends_with(".br")
        || file.ends_with(".gz")
        || hidden
        || (first_module && file.starts_with("medborgarloften-app-"))
        // The finder's module and its loader: only the finder loads them, and it is not an offline app.
        || file.starts_with(crate::first_module::FINDER_NAME)
        || file == crate::finder::LOADER
        // The editors' workspace: residents never download it; the worker keeps it once an editor opens it.
        || file.starts_with(crate::first_module::EDITOR_NAME)
        || file.starts_with(crate::first_module::WORKBOOK_NAME)
        || file == crate::editor_page::LOADER
        || file == crate::editor_page::STYLE
        || file.starts_with("redigera/")
        // A language's folder has its own worker (crate::languages).
        || crate::languages::prefixed().any(|language| file.starts_with(&format!("{}/", language.code)));
    !left_out
}

/// Computes the list and hash for `staging` and writes them into its `sw.js`.
pub fn write(staging: &Path, first_module: bool) -> Result<Precache, BuildError> {
    let items: Vec<(String, String)> = staging::files(staging)?
        .into_iter()
        .filter(|file| is_precached(file, first_module))
        .map(|file| (if file == "index.html" { "./".to_string() } else { file.clone() }, file))
        .collect();
    write_list(staging, &staging.join(SW), items)
}

/// [`write`] for the service worker of a kommun's folder on a site built for many (`<folder>/sw.js`, scope the
/// folder): its own files, and `shared`, the root's files its pages load (as `../name`).
pub fn write_folder(
    staging: &Path,
    folder: &str,
    shared: &[String],
    first_module: bool,
) -> Result<Precache, BuildError> {
    let dir = staging.join(folder);
    let own = staging::files(&dir)?
        .into_iter()
        .filter(|file| is_precached(file, first_module))
        .map(|file| (if file == "index.html" { "./".to_string() } else { file.clone() }, format!("{folder}/{file}")));
    let up =
        shared.iter().filter(|file| is_precached(file, first_module)).map(|file| (format!("../{file}"), file.clone()));
    write_list(staging, &dir.join(SW), own.chain(up).collect())
}

/// Writes `items` (address, staged file) and their build hash into the worker at `sw_path`.
fn write_list(staging: &Path, sw_path: &Path, items: Vec<(String, String)>) -> Result<Precache, BuildError> {
    let mut digest = Sha256::new();
    for (_, file) in &items {
        digest.update(file.as_bytes());
        digest.update([0]);
        digest.update(staging::read(&staging.join(file))?);
        digest.update([0]);
    }
    let build = hash::hex16(digest.finalize().as_slice());
    let mut urls: Vec<String> = items.into_iter().map(|(url, _)| url).collect();
    urls.sort();
    urls.dedup();
    let source = staging::read_text(sw_path)?;
    let written = fill(&source, &build, &urls)?;
    staging::write(sw_path, written)?;
    Ok(Precache { build, urls })
}

/// `source` (public/sw.js) with the build hash and the list in place of their placeholders.
pub fn fill(source: &str, build: &str, urls: &[String]) -> Result<String, BuildError> {
    for placeholder in [BUILD_PLACEHOLDER, PRECACHE_PLACEHOLDER] {
        if source.matches(placeholder).count() != 1 {
            return Err(BuildError::Placeholder(placeholder));
        }
    }
    let list = if urls.is_empty() {
        "[]".to_string()
    } else {
        let items: Vec<String> = urls.iter().map(|url| format!("  {}", json_string(url))).collect();
        format!("[\n{}\n]", items.join(",\n"))
    };
    Ok(source.replacen(BUILD_PLACEHOLDER, &format!("const BUILD = '{build}';"), 1).replacen(
        PRECACHE_PLACEHOLDER,
        &format!("const PRECACHE = {list};"),
        1,
    ))
}

/// `text` as a JSON string.
fn json_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::TempDir;

    const SW_SOURCE: &str = "const BUILD = 'dev';\nconst PRECACHE = [];\nself.addEventListener('install', () => {});\n";

    #[test]
    fn lists_the_shell_and_leaves_out_the_rest() {
        for kept in [
            "index.html",
            "boot.js",
            "style-1.css",
            "flode.xml",
            "data.json",
            "data/eskilstuna.csv",
            "snippets/w/pwa.js",
            "medborgarloften-app-1_bg.wasm",
        ] {
            assert!(is_precached(kept, false), "{kept}");
        }
        for left in [
            "sw.js",
            "embed.js",
            "data/eskilstuna.json",
            "data/schema.json",
            "geo/k.geojson",
            "icons/192.png",
            "boot.js.br",
            "finder.js",
            "medborgarloften-finder-1_bg.wasm",
            "index.html.gz",
            ".hidden",
            "snippets/.x",
        ] {
            assert!(!is_precached(left, false), "{left}");
        }
        assert!(!is_precached("medborgarloften-app-1_bg.wasm", true), "the first module loads the full app later");
        assert!(is_precached("medborgarloften-first-1_bg.wasm", true));
    }

    #[test]
    fn writes_the_sorted_list_and_a_hash_of_names_and_contents() {
        let dir = TempDir::new("precache");
        dir.write("index.html", "<p>x</p>");
        dir.write("boot.js", "b");
        dir.write("sw.js", SW_SOURCE);
        dir.write("data/eskilstuna.json", "{}");
        let precache = write(dir.path(), false).expect("works");
        assert_eq!(precache.urls, ["./", "boot.js"]);
        let expected = hash::hex16(Sha256::digest(b"boot.js\0b\0index.html\0<p>x</p>\0").as_slice());
        assert_eq!(precache.build, expected);
        assert_eq!(
            dir.read("sw.js"),
            format!("const BUILD = '{expected}';\nconst PRECACHE = [\n  \"./\",\n  \"boot.js\"\n];\nself.addEventListener('install', () => {{}});\n")
        );
    }

    #[test]
    fn an_identical_rebuild_keeps_its_hash_and_a_change_gets_a_new_one() {
        let build = |page: &str| {
            let dir = TempDir::new("precache-again");
            dir.write("index.html", page);
            dir.write("sw.js", SW_SOURCE);
            write(dir.path(), false).expect("works").build
        };
        assert_eq!(build("a"), build("a"));
        assert_ne!(build("a"), build("b"));
    }

    #[test]
    fn each_placeholder_must_be_there_once() {
        assert_eq!(fill(SW_SOURCE, "x", &[]).expect("works").lines().nth(1), Some("const PRECACHE = [];"));
        for broken in ["const PRECACHE = [];", "const BUILD = 'dev';const BUILD = 'dev';const PRECACHE = [];"] {
            let error = fill(broken, "x", &[]).expect_err("an error").to_string();
            assert_eq!(error, "sw.js ska innehålla \"const BUILD = 'dev';\" exakt en gång");
        }
    }
}
