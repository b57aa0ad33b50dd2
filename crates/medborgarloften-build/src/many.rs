//! A site for many kommuner (`MEDB_DATASETS=<folder>`): every `*.json` dataset in the folder, with the map files
//! it names beside it, becomes the folder `<slug>/` of the site (`<slug>` is the file's name without `.json`):
//! the same page a one-kommun site has, pre-rendered for that dataset by [`crate::site::render_site`], with its own
//! `inbaddad.html`, dataset, CSV, feed, description, manifest (start and scope in the folder, so a resident installs
//! their kommun) and service worker (offline in the folder). What every page shares — the app, the first module,
//! the stylesheet, boot.js, the icons — is written once at the root and named with `../` ([`crate::relocate`]),
//! so a resident who opens a second kommun downloads only its HTML and data; so are the JSON Schemas
//! (`data/schema.json`). The root's `index.html` is the finder ([`crate::finder`]); beside it are the national
//! feed, CSV and catalogue ([`crate::national`]) and the search index, which no kommun's service worker precaches.
//!
//! One native run renders every kommun, one worker per core; the work grows with the number of promises.
//!
//! Build layer (native). Calls [`crate::site`] and the core; nothing of the app directly.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use medborgarloften_core::page::finder::FinderEntry;
use medborgarloften_core::parse_dataset_bytes;

use crate::error::BuildError;
use crate::page::{rewrite, PageEdits};
use crate::precache;
use crate::relocate::relocate;
use crate::site::{render_site, SiteInput};
use crate::staging;

/// The setting that names the folder of datasets.
pub const SETTING: &str = "MEDB_DATASETS";
/// The setting that names the site (the finder's heading).
pub const NAME_SETTING: &str = "MEDB_SITE_NAME";

/// Files every kommun folder gets its own copy of: the manifest and the service worker are completed per kommun;
/// embed.js is what a kommun's embed snippet names beside its page; noscript.css is linked inside `<noscript>`,
/// which the rewriter does not read.
pub(crate) const PER_KOMMUN: [&str; 4] = ["manifest.webmanifest", precache::SW, "embed.js", "noscript.css"];

/// The datasets of `folder`: `(slug, file)`, sorted by slug. A slug is lower-case ASCII letters, digits and `-`
/// (it is the kommun's address); anything else stops the build with a Swedish message.
pub fn datasets_in(folder: &Path) -> Result<Vec<(String, PathBuf)>, BuildError> {
    let entries = std::fs::read_dir(folder)
        .map_err(|e| BuildError::Site(format!("{SETTING}={} kan inte läsas: {e}", folder.display())))?;
    let mut found = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| BuildError::read(folder, e))?.path();
        let Some(slug) = path.file_name().and_then(|n| n.to_str()).and_then(|n| n.strip_suffix(".json")) else {
            continue;
        };
        let plain = !slug.is_empty()
            && slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !slug.starts_with('-');
        if !plain {
            return Err(BuildError::Site(format!(
                "{}: filnamnet blir kommunens adress och får bara ha små bokstäver a–z, siffror och bindestreck, t.ex. laxa.json",
                path.display()
            )));
        }
        found.push((slug.to_string(), path));
    }
    found.sort();
    if found.is_empty() {
        return Err(BuildError::Site(format!("{SETTING}={} har inga .json-filer", folder.display())));
    }
    Ok(found)
}

/// What every kommun page is made from.
pub struct Shared<'a> {
    /// Trunk's staged `index.html`, the page every kommun's is written from.
    pub html: &'a str,
    /// The page's edits that are the same for every kommun (stylesheet, first module, snippets).
    pub edits: PageEdits<'a>,
}

/// Writes the folder `slug/` for `dataset` into `staging`; returns the finder's entry and a line for the log.
pub fn build_kommun(
    staging: &Path,
    slug: &str,
    dataset: &Path,
    input: &SiteInput,
    shared: &Shared,
) -> Result<(FinderEntry, String), BuildError> {
    let dir = staging.join(slug);
    std::fs::create_dir_all(dir.join("data")).map_err(|e| BuildError::write(&dir, e))?;
    for file in PER_KOMMUN.iter().chain(crate::ship::SCHEMAS.iter()) {
        let from = staging.join(file);
        if from.is_file() {
            std::fs::copy(&from, dir.join(file)).map_err(|e| BuildError::write(&dir.join(file), e))?;
        }
    }
    let bytes = staging::read(dataset)?;
    let data = parse_dataset_bytes(&bytes)
        .map_err(|e| BuildError::Site(format!("{} är inte en giltig datamängd: {e}", dataset.display())))?;
    // The map files the dataset names, beside it in the folder.
    let beside = dataset.parent().unwrap_or(Path::new("."));
    for map in data.geometry.iter().flat_map(|g| [Some(&g.districts), g.outline.as_ref()]).flatten() {
        let relative = map.trim_start_matches("./");
        let to = dir.join(relative);
        if let Some(parent) = to.parent() {
            std::fs::create_dir_all(parent).map_err(|e| BuildError::write(parent, e))?;
        }
        std::fs::copy(beside.join(relative), &to).map_err(|e| {
            BuildError::Site(format!("{} nämner kartfilen {map}, som saknas bredvid den: {e}", dataset.display()))
        })?;
    }
    let entry = FinderEntry::new(slug, &data);

    let kommun_input = input.for_folder(dataset, slug);
    let site = render_site(&dir, &kommun_input)?;
    // The schemas were there for the footer's sizes; the page links the root's copy.
    for schema in crate::ship::SCHEMAS {
        staging::remove(&dir.join(schema))?;
    }
    let preload = crate::preload::dataset_link(&site.dataset_path);
    let is_shared = |file: &str| staging.join(file).is_file() && !dir.join(file).exists();
    for (file, parts) in [("index.html", &site.parts), (medborgarloften_core::page::embed::EMBED_PAGE, &site.embedded)]
    {
        let edits = PageEdits { site: parts, head_extra: &preload, ..shared.edits };
        let page = relocate(&rewrite(shared.html, &edits)?, &is_shared)?;
        staging::write(&dir.join(file), page)?;
    }
    relocate_manifest(&dir.join("manifest.webmanifest"), &is_shared)?;
    Ok((entry, format!("{slug}/: {}", site.summary)))
}

/// The kommun's manifest with its icons' addresses moved up like the page's.
pub(crate) fn relocate_manifest(path: &Path, shared: &dyn Fn(&str) -> bool) -> Result<(), BuildError> {
    let text = staging::read_text(path)?;
    let mut json: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| BuildError::Site(format!("manifest.webmanifest: {e}")))?;
    if let Some(icons) = json.get_mut("icons").and_then(|icons| icons.as_array_mut()) {
        for icon in icons {
            let moved = icon.get("src").and_then(|s| s.as_str()).and_then(|s| crate::relocate::from_folder(s, shared));
            if let (Some(moved), Some(object)) = (moved, icon.as_object_mut()) {
                object.insert("src".to_string(), moved.into());
            }
        }
    }
    let pretty = serde_json::to_string_pretty(&json).map_err(|e| BuildError::Site(e.to_string()))?;
    staging::write(path, pretty)
}

/// The root's files the kommun pages share (everything at the root but the kommun folders, the root's own pages —
/// the finder and anything else outside a kommun worker's scope —, the finder's module and search index, the
/// national files and what only a one-kommun site has), for each kommun's service worker.
pub fn shared_files(staging: &Path, slugs: &BTreeSet<String>) -> Result<Vec<String>, BuildError> {
    Ok(staging::files(staging)?
        .into_iter()
        .filter(|file| {
            let first = file.split('/').next().unwrap_or_default();
            !slugs.contains(first)
                && (file.contains('/') || !file.ends_with(".html"))
                && file != medborgarloften_core::page::promise_search::INDEX_FILE
                && file != crate::finder::LOADER
                && !file.starts_with(crate::first_module::FINDER_NAME)
                && !PER_KOMMUN.contains(&file.as_str())
                && !crate::national::FILES.contains(&file.as_str())
        })
        .collect())
}

/// Removes what a one-kommun site has at its root and a site for many has per kommun: Trunk's copies of
/// `public/data` (but the JSON Schemas, which every kommun's page links) and `public/geo`, the root's manifest,
/// service worker and embed script.
pub fn clear_root(staging: &Path) -> Result<Vec<String>, BuildError> {
    let mut removed = crate::ship::prune(staging, &[])?.removed;
    // noscript.css stays: the finder links it too.
    for file in PER_KOMMUN.iter().filter(|file| **file != "noscript.css") {
        let path = staging.join(file);
        if path.is_file() {
            staging::remove(&path)?;
            removed.push(file.to_string());
        }
    }
    Ok(removed)
}

/// One kommun built: the finder's entry and the log's line.
type Built = Result<(FinderEntry, String), BuildError>;

/// Builds every kommun of `datasets` ([`build_kommun`]), one worker per core; the results in `datasets`' order.
pub fn build_all(
    staging: &Path,
    datasets: &[(String, PathBuf)],
    input: &SiteInput,
    shared: &Shared,
) -> Result<Vec<(FinderEntry, String)>, BuildError> {
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).min(datasets.len().max(1));
    let mut results: Vec<(usize, Built)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|worker| {
                scope.spawn(move || {
                    datasets
                        .iter()
                        .enumerate()
                        .skip(worker)
                        .step_by(workers)
                        .map(|(index, (slug, file))| (index, build_kommun(staging, slug, file, input, shared)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|handle| {
                handle.join().unwrap_or_else(|_| vec![(0, Err(BuildError::Site("en kommun kunde inte byggas".into())))])
            })
            .collect()
    });
    results.sort_by_key(|(index, _)| *index);
    results.into_iter().map(|(_, result)| result).collect()
}

/// Writes the finder's index of every kommun's promises (`sok.json`, the core's
/// [`medborgarloften_core::page::promise_search::index_json`]); returns its size in bytes.
pub fn write_search_index(staging: &Path, datasets: &[(String, PathBuf)]) -> Result<usize, BuildError> {
    let mut parsed = Vec::new();
    for (slug, file) in datasets {
        let data = parse_dataset_bytes(&staging::read(file)?)
            .map_err(|e| BuildError::Site(format!("{} är inte en giltig datamängd: {e}", file.display())))?;
        parsed.push((slug.as_str(), data));
    }
    let kommuner: Vec<(&str, &medborgarloften_core::dataset::model::Dataset)> =
        parsed.iter().map(|(slug, data)| (*slug, data)).collect();
    let index = medborgarloften_core::page::promise_search::index_json(&kommuner);
    staging::write(&staging.join(medborgarloften_core::page::promise_search::INDEX_FILE), &index)?;
    Ok(index.len())
}

/// Writes each kommun's service worker's list (after every page is written).
pub fn write_precaches(
    staging: &Path,
    slugs: &BTreeSet<String>,
    first_module: bool,
) -> Result<Vec<precache::Precache>, BuildError> {
    let shared = shared_files(staging, slugs)?;
    slugs.iter().map(|slug| precache::write_folder(staging, slug, &shared, first_module)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::TempDir;

    #[test]
    fn a_folder_gives_its_json_files_by_slug() {
        let dir = TempDir::new("many-list");
        dir.write("laxa.json", "{}");
        dir.write("ale.json", "{}");
        dir.write("ale.kallor.md", "källor");
        let found = datasets_in(dir.path()).expect("works");
        let slugs: Vec<&str> = found.iter().map(|(slug, _)| slug.as_str()).collect();
        assert_eq!(slugs, ["ale", "laxa"]);
    }

    #[test]
    fn the_kommuner_share_the_app_but_not_the_finder_or_the_national_files() {
        let dir = TempDir::new("many-shared");
        for file in
            ["index.html", "app.js", "style.css", "sw.js", "ale/index.html"].into_iter().chain(crate::national::FILES)
        {
            dir.write(file, "x");
        }
        let slugs = BTreeSet::from(["ale".to_string()]);
        assert_eq!(shared_files(dir.path(), &slugs).expect("listed"), ["app.js", "style.css"]);
    }

    #[test]
    fn a_file_name_that_is_no_address_stops_the_build() {
        for bad in ["Laxå.json", "min kommun.json", "-x.json"] {
            let dir = TempDir::new("many-bad");
            dir.write(bad, "{}");
            let error = datasets_in(dir.path()).expect_err("an error").to_string();
            assert!(error.contains("får bara ha små bokstäver"), "{bad}: {error}");
        }
        let empty = TempDir::new("many-empty");
        empty.write("README.md", "");
        assert!(datasets_in(empty.path()).expect_err("an error").to_string().contains("har inga .json-filer"));
    }
}
