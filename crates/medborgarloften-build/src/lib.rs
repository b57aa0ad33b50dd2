//! The build's own program (`medborgarloften-build`). Two jobs:
//!
//! - `trunk ARGS…` runs Trunk in the right environment ([`toolchain`]): a release compiles both wasm modules with
//!   the pinned nightly and a std built for size, and stops first, saying what to install, when that toolchain is
//!   missing.
//! - `post-build` is Trunk's one post_build hook ([`post_build`]): on the staged build, in order, the stylesheets
//!   joined ([`css`]), the site's page rendered for its dataset ([`site`]), only its own data and map files kept
//!   ([`ship`]), the first module named ([`first_module`]),
//!   the preloads ([`preload`]), every edit of `index.html` in one pass of an HTML rewriter ([`page`]), the service
//!   worker's precache list and build hash ([`precache`]) and the precompressed copies ([`compress`]).
//!   The accessibility statement and the privacy note are written at the root ([`statement`]).
//!   With `MEDB_DATASETS=<folder>` the site is one for many kommuner ([`many`]): a folder per dataset with its
//!   page ([`relocate`]d to the shared files at the root), the finder as the root's page ([`finder`]) and the
//!   national feed, CSV and catalogue beside it ([`national`]).
//!
//! Build layer, native only. It calls the app's `ssr` library (`medborgarloften::prerender`, `::published`) and
//! the core; nothing here is compiled into the wasm.

pub mod compress;
pub mod css;
pub mod editor_page;
pub mod error;
pub mod finder;
pub mod first_module;
pub mod hash;
pub mod languages;
pub mod many;
pub mod national;
pub mod page;
pub mod precache;
pub mod preload;
pub mod relocate;
pub mod ship;
pub mod site;
pub mod staging;
pub mod statement;
#[cfg(test)]
mod testing;
pub mod toolchain;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use medborgarloften::prerender::PageParts;

use medborgarloften_core::page::embed::EMBED_PAGE;

pub use error::BuildError;

/// What the post_build hook works from.
pub struct Settings {
    /// Trunk's staging folder (`TRUNK_STAGING_DIR`): the build before it becomes `dist/`.
    pub staging: PathBuf,
    /// A release build (`TRUNK_PROFILE`): only it uses the first module.
    pub release: bool,
    /// The site's dataset and the build's date and addresses.
    pub site: site::SiteInput,
    /// Datasets the site ships besides its own (`MEDB_EXTRA_DATASETS`), e.g. the example for `?data=`.
    pub extras: Vec<String>,
    /// The folder of datasets of a site for many kommuner (`MEDB_DATASETS`); `None` builds a one-kommun site.
    pub datasets: Option<PathBuf>,
    /// The name of a site for many kommuner (`MEDB_SITE_NAME`).
    pub site_name: String,
    /// Who publishes the site and where to report accessibility problems (`MEDB_PUBLISHER`, `MEDB_CONTACT`).
    pub statement: statement::StatementSettings,
}

impl Settings {
    /// From Trunk's and the README's environment variables: `TRUNK_STAGING_DIR` (or `staging`), `TRUNK_PROFILE`,
    /// `MEDB_DATASET`, `MEDB_EXTRA_DATASETS`, `SOURCE_DATE_EPOCH`, `MEDB_SITE_URL`, `MEDB_LICENSE`,
    /// `MEDB_PUBLISHER` and `MEDB_CONTACT`.
    pub fn from_env(staging: Option<PathBuf>) -> Result<Self, BuildError> {
        let var = |name: &str| std::env::var(name).ok().filter(|value| !value.is_empty());
        let staging = var("TRUNK_STAGING_DIR").map(PathBuf::from).or(staging).ok_or_else(|| {
            BuildError::Site(
                "TRUNK_STAGING_DIR saknas (kör steget som Trunk-krok eller ge katalogen som argument)".into(),
            )
        })?;
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_err(|e| BuildError::Site(e.to_string()))?
            .as_secs();
        let statement = statement::StatementSettings::from_env()?;
        // data.json's contact point is the publisher's, as the accessibility statement has it.
        let publish = medborgarloften::published::PublishSettings {
            publisher: statement.publisher.clone(),
            contact: statement.contact.clone(),
            ..medborgarloften::published::PublishSettings::from_env().map_err(BuildError::Site)?
        };
        Ok(Settings {
            staging,
            release: var("TRUNK_PROFILE").is_none_or(|profile| profile == "release"),
            site: site::SiteInput {
                dataset: var("MEDB_DATASET").unwrap_or_else(|| site::DEFAULT_DATASET.to_string()),
                today: site::build_date(var("SOURCE_DATE_EPOCH").as_deref(), now)?,
                publish,
            },
            extras: ship::extra_list(var(ship::EXTRA_SETTING).as_deref()),
            datasets: var(many::SETTING).map(PathBuf::from),
            site_name: var(many::NAME_SETTING)
                .unwrap_or_else(|| medborgarloften_core::page::finder::DEFAULT_SITE_NAME.to_string()),
            statement,
        })
    }
}

/// Runs the post_build steps on `settings.staging`, in order; one log line per step.
pub fn post_build(settings: &Settings) -> Result<Vec<String>, BuildError> {
    let staging = settings.staging.as_path();
    let page_path = staging.join("index.html");
    let html = staging::read_text(&page_path)?;
    let mut log = Vec::new();

    let css = css::bundle(staging, &page::scan(&html)?.stylesheets)?;
    log.push(match &css {
        Some(css) => format!("css: {} → {} ({} bytes)", css.parts.join(", "), css.name, css.bytes),
        None => "css: fewer than two stylesheets, nothing to join".to_string(),
    });

    let first = first_module::place(staging, settings.release)?;
    log.push(match &first {
        Some(first) => format!("first module: {}, {} ({} B)", first.js, first.wasm, first.wasm_bytes),
        None => "first module: left out of a debug build (the page loads the full app)".to_string(),
    });
    let finder_module = first_module::place_named(staging, first_module::FINDER_NAME, settings.release)?;
    let editor_module = first_module::place_named(staging, first_module::EDITOR_NAME, settings.release)?;
    let workbook_module = first_module::place_named(staging, first_module::WORKBOOK_NAME, settings.release)?;
    let editor = editor_page::Modules { editor: editor_module.as_ref(), workbook: workbook_module.as_ref() };
    if editor_module.is_none() {
        staging::remove(&staging.join(editor_page::LOADER))?;
    }
    let snippets = preload::snippets(staging)?;
    log.push(format!("preload: {} snippets named for boot.js", snippets.len()));
    let empty = PageParts::default();
    let shared = page::PageEdits {
        css: css.as_ref(),
        first: first.as_ref(),
        snippets: &snippets,
        ..page::PageEdits::only(&empty)
    };

    if let Some(folder) = &settings.datasets {
        let published = many_kommuner(settings, folder, &html, shared, finder_module.as_ref(), &mut log)?;
        let stylesheets = page::stylesheet_links(&html, css.as_ref())?;
        log.push(editor_page::write(staging, editor, &stylesheets, &published)?);
    } else {
        // The finder's module is only for a site built for many kommuner.
        for file in finder_module.iter().flat_map(|m| [m.js.as_str(), m.wasm.as_str()]).chain([finder::LOADER]) {
            staging::remove(&staging.join(file))?;
        }
        let published = one_kommun(settings, &html, shared, &mut log)?;
        let stylesheets = page::stylesheet_links(&html, css.as_ref())?;
        log.push(editor_page::write(staging, editor, &stylesheets, &[published])?);
    }

    let started = std::time::Instant::now();
    let compressed = compress::compress_dir(staging)?;
    log.push(format!(
        "compress: {} files, {:.1} KiB raw, {:.1} KiB as brotli (.br and .gz written next to them) in {:.1} s",
        compressed.files,
        compressed.raw as f64 / 1024.0,
        compressed.brotli as f64 / 1024.0,
        started.elapsed().as_secs_f64()
    ));
    Ok(log)
}

/// A site for one kommun: its page, its embed's page and its files at the root.
fn one_kommun(
    settings: &Settings,
    html: &str,
    shared: page::PageEdits,
    log: &mut Vec<String>,
) -> Result<editor_page::Published, BuildError> {
    let staging = settings.staging.as_path();
    // Each language folder starts from Trunk's own copies of the files the root's page completes in place.
    let folder_files = languages::FolderFiles::read(staging)?;
    let site = site::render_site(staging, &settings.site)?;
    log.push(format!("site: {}", site.summary));

    let mut keep = site.files.clone();
    keep.extend(ship::extra_files(staging, &settings.extras)?);
    let shipped = ship::prune(staging, &keep)?;
    log.push(format!(
        "ship: {} kept; left out: {}",
        shipped.kept.join(", "),
        if shipped.removed.is_empty() { "nothing".to_string() } else { shipped.removed.join(", ") }
    ));

    let preload = preload::dataset_link(&site.dataset_path);
    log.push(format!("preload: {} preloaded", site.dataset_path));
    let sv = medborgarloften_core::lang::SWEDISH;
    let head = format!("{preload}{}", languages::alternates(sv, ""));
    let nav = languages::nav(sv, "");
    let edits = page::PageEdits { site: &site.parts, head_extra: &head, nav: &nav, ..shared };
    staging::write(&staging.join("index.html"), page::rewrite(html, &edits)?)?;
    // The embed's page: the same document with the embedded layout rendered in it; the host page has the switch.
    let embedded = page::PageEdits { site: &site.embedded, nav: "", ..edits };
    staging::write(&staging.join(EMBED_PAGE), page::rewrite(html, &embedded)?)?;
    let site_kind = statement::Site::OneKommun { dataset_path: &site.dataset_path };
    log.push(statement::write_pages(settings, site_kind, html, shared.css)?);
    // After the statement pages, which each language's folder links in its own place.
    for language in languages::prefixed() {
        log.push(languages::write_folder(staging, &settings.site, &folder_files, language, html, shared)?);
    }

    let precache = precache::write(staging, shared.first.is_some())?;
    log.push(format!(
        "precache: build {}, {} files precached in {}",
        precache.build,
        precache.urls.len(),
        precache::SW
    ));
    let codes: BTreeSet<String> = languages::prefixed().map(|language| language.code.to_string()).collect();
    let shared_files = many::shared_files(staging, &codes)?;
    for code in &codes {
        let folder = precache::write_folder(staging, code, &shared_files, shared.first.is_some())?;
        log.push(format!("precache: {code}/{}, {} files", precache::SW, folder.urls.len()));
    }
    let name = editor_page::kommun_name(staging, &site.dataset_path);
    Ok(editor_page::Published { name, dataset: site.dataset_path.clone(), page: String::new() })
}

/// A site for many kommuner: a folder per dataset in `folder`, the finder at the root.
fn many_kommuner(
    settings: &Settings,
    folder: &Path,
    html: &str,
    edits: page::PageEdits,
    module: Option<&first_module::FirstModule>,
    log: &mut Vec<String>,
) -> Result<Vec<editor_page::Published>, BuildError> {
    let staging = settings.staging.as_path();
    if module.is_none() {
        staging::remove(&staging.join(finder::LOADER))?;
    }
    let shared = many::Shared { html, edits };
    // Before the kommun folders, so that their pages link to these at the root (relocate.rs).
    log.push(statement::write_pages(settings, statement::Site::ManyKommuner { folder }, html, edits.css)?);
    let datasets = many::datasets_in(folder)?;
    let started = std::time::Instant::now();
    let mut entries = Vec::new();
    for (entry, line) in many::build_all(staging, &datasets, &settings.site, &shared)? {
        log.push(line);
        entries.push(entry);
    }
    log.push(format!("kommuner: {} rendered in {:.1} s", datasets.len(), started.elapsed().as_secs_f64()));
    let index = many::write_search_index(staging, &datasets)?;
    log.push(format!("search: sok.json indexes every promise ({index} bytes)"));
    let published = entries
        .iter()
        .map(|entry| editor_page::Published {
            name: entry.name.clone(),
            dataset: format!("{}/data/{}.json", entry.slug, entry.slug),
            page: format!("{}/", entry.slug),
        })
        .collect();
    let slugs: BTreeSet<String> = datasets.into_iter().map(|(slug, _)| slug).collect();
    let removed = many::clear_root(staging)?;
    log.push(format!("root: left out {}", removed.join(", ")));
    let national = national::write(staging, &slugs, &settings.site.publish, &settings.site_name)?;
    log.push(national.summary);
    let stylesheets = page::stylesheet_links(html, edits.css)?;
    let page = finder::FinderPage {
        site_name: &settings.site_name,
        stylesheets: &stylesheets,
        module,
        downloads: &national.downloads,
    };
    staging::write(&staging.join("index.html"), finder::render(&page, entries))?;
    log.push(format!("finder: index.html lists {} kommuner", slugs.len()));
    let precaches = many::write_precaches(staging, &slugs, edits.first.is_some())?;
    log.push(format!(
        "precache: {} kommun folders, at most {} files each",
        precaches.len(),
        precaches.iter().map(|p| p.urls.len()).max().unwrap_or(0)
    ));
    Ok(published)
}
