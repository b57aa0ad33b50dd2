//! Build step: completes the staged page for the site's dataset. Run by `scripts/prerender.sh` as Trunk's first
//! post_build hook, natively with Leptos SSR:
//!
//! ```sh
//! cargo run --profile prerender --no-default-features --features ssr --bin medborgarloften-prerender -- STAGING
//! ```
//!
//! `MEDB_DATASET` (default [`DEFAULT_DATASET`]) chooses the dataset: a file in `public/data/`, which Trunk copied
//! into the staging directory, or a `.json` file anywhere else, which is copied into the site's `data/`. `SOURCE_DATE_EPOCH`, when set, is the build's
//! date (reproducible builds); otherwise today (UTC). `MEDB_SITE_URL` (the site's address) makes the feed's and
//! the description's links absolute; `MEDB_LICENSE` (the data's licence, a web address) goes into the description.
//! Writes `data/<namn>.csv`, `flode.xml` and `data.json` ([`medborgarloften::published`]), `index.html` (the
//! rendered default view, title, meta description, the dataset's address and downloads for the app, the feed's
//! link) and `manifest.webmanifest` (name, description). Exits 1 with a
//! Swedish message when the dataset is missing or invalid: a site is never built for data that would not show.

use medborgarloften_core::dataset::fingerprint::fingerprint;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use medborgarloften::prerender::{complete_manifest, complete_page, render_view, Build};
use medborgarloften::published::{write_published, PublishSettings};
use medborgarloften_core::export::downloads::DownloadKind;
use medborgarloften_core::geo::parse_geojson_bytes;
use medborgarloften_core::page::site::site_meta;
use medborgarloften_core::page::view::Catalog;
use medborgarloften_core::{parse_dataset_bytes, Date};

/// The dataset a site is built for when `MEDB_DATASET` is not set.
const DEFAULT_DATASET: &str = "public/data/eskilstuna.json";

fn main() -> ExitCode {
    match run() {
        Ok(summary) => {
            println!("prerender: {summary}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("prerender: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<String, String> {
    let staging = std::env::var_os("TRUNK_STAGING_DIR")
        .or_else(|| std::env::args_os().nth(1))
        .map(PathBuf::from)
        .ok_or("TRUNK_STAGING_DIR saknas (kör steget som Trunk-krok eller ge katalogen som argument)")?;
    let chosen = std::env::var("MEDB_DATASET").ok().filter(|v| !v.is_empty());
    let dataset_path = publish(&staging, chosen.as_deref().unwrap_or(DEFAULT_DATASET))?;
    let bytes = read(&staging, &dataset_path)?;
    let data = parse_dataset_bytes(&bytes).map_err(|e| format!("{dataset_path} är inte en giltig datamängd: {e}"))?;
    let geometry = match data.geometry.as_ref() {
        Some(geo) => {
            let bytes = read(&staging, &geo.districts)?;
            let parsed = parse_geojson_bytes(&bytes).map_err(|e| format!("{} kan inte ritas: {e}", geo.districts))?;
            Some(Arc::new(parsed))
        }
        None => None,
    };
    let settings = PublishSettings::from_env()?;
    let downloads = write_published(&staging, &dataset_path, &bytes, &data, &settings)?;
    let build = Build {
        catalog: Arc::new(Catalog::new(data)),
        dataset_path,
        geometry,
        today: build_date()?,
        downloads,
        fingerprint: fingerprint(&bytes),
    };
    let view = render_view(&build);
    let page_path = staging.join("index.html");
    let page = std::fs::read_to_string(&page_path).map_err(|e| format!("{}: {e}", page_path.display()))?;
    let page = complete_page(&page, &build, &view).map_err(|e| e.to_string())?;
    std::fs::write(&page_path, page).map_err(|e| format!("{}: {e}", page_path.display()))?;
    let manifest_path = staging.join("manifest.webmanifest");
    let manifest = std::fs::read_to_string(&manifest_path).map_err(|e| format!("{}: {e}", manifest_path.display()))?;
    let manifest = complete_manifest(&manifest, &site_meta(build.catalog.data())).map_err(|e| e.to_string())?;
    std::fs::write(&manifest_path, manifest).map_err(|e| format!("{}: {e}", manifest_path.display()))?;
    Ok(format!(
        "{} rendered into index.html ({} kB of HTML, {} promises, {}); wrote {}",
        build.dataset_path,
        view.len() / 1000,
        build.catalog.data().promises.len(),
        if build.geometry.is_some() { "with its map" } else { "no map" },
        build
            .downloads
            .iter()
            .filter(|d| d.kind > DownloadKind::Schema)
            .map(|d| d.href.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    ))
}

/// The chosen dataset's address in the site (`data/x.json`). A file in `public/data/` is already there (Trunk
/// copied the folder); a file elsewhere, e.g. a kommun's own checkout, is copied into the site's `data/`.
fn publish(staging: &Path, chosen: &str) -> Result<String, String> {
    let normal = chosen.replace('\\', "/");
    let name = normal.rsplit('/').next().unwrap_or_default();
    let plain =
        !name.is_empty() && name.ends_with(".json") && !name.starts_with('.') && !name.contains(char::is_whitespace);
    if !plain {
        return Err(format!("MEDB_DATASET={chosen} ska vara en .json-fil, t.ex. {DEFAULT_DATASET}"));
    }
    let published = format!("data/{name}");
    let inside = normal.trim_start_matches("./") == format!("public/{published}");
    if !inside {
        let target = staging.join(&published);
        std::fs::create_dir_all(staging.join("data")).map_err(|e| format!("{}: {e}", staging.display()))?;
        std::fs::copy(chosen, &target).map_err(|e| format!("MEDB_DATASET={chosen} kan inte läsas: {e}"))?;
    }
    Ok(published)
}

fn read(staging: &Path, relative: &str) -> Result<Vec<u8>, String> {
    let path = staging.join(relative);
    std::fs::read(&path).map_err(|e| format!("{} kan inte läsas: {e}", path.display()))
}

/// The build's date: `SOURCE_DATE_EPOCH` when set, else now; both in UTC.
fn build_date() -> Result<Date, String> {
    let seconds = match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(text) => text.trim().parse::<u64>().map_err(|_| format!("SOURCE_DATE_EPOCH={text} är inget heltal"))?,
        Err(_) => SystemTime::now().duration_since(UNIX_EPOCH).map_err(|e| e.to_string())?.as_secs(),
    };
    Date::from_unix_days(seconds / 86_400).ok_or_else(|| "byggdatumet ligger utanför kalendern".to_string())
}
