//! Step 2: the site's page for one dataset. The dataset chosen for the site is published into the build
//! (`data/<name>.json`), checked, and turned into the files written for others (CSV, feed, description), the
//! installed app's name and description (the manifest), and the page's title, description, head tags and its
//! default view, rendered by the app's own components with Leptos SSR ([`medborgarloften::prerender`]).
//!
//! One call renders one dataset into one site folder, so a site with several datasets or languages is a loop over
//! [`render_site`]. A site is never built for data that would not show: an invalid dataset or map stops the build
//! with the checker's Swedish message.
//!
//! Build layer (native): calls the app's `ssr` library and the core; no HTML editing here (that is
//! [`crate::page`]).

use std::path::Path;
use std::sync::Arc;

use medborgarloften::prerender::{
    complete_manifest, embedded_parts, page_parts, render_embedded, render_view, Build, PageParts,
};
use medborgarloften::published::{write_published, PublishSettings};
use medborgarloften_core::dataset::fingerprint::fingerprint;
use medborgarloften_core::export::downloads::DownloadKind;
use medborgarloften_core::geo::parse_geojson_bytes;
use medborgarloften_core::page::site::site_meta;
use medborgarloften_core::page::view::Catalog;
use medborgarloften_core::{parse_dataset_bytes, Date};

use crate::error::BuildError;
use crate::staging;

/// The dataset a site is built for when `MEDB_DATASET` is not set.
pub const DEFAULT_DATASET: &str = "public/data/eskilstuna.json";

/// What one site page is built from.
pub struct SiteInput {
    /// The chosen dataset file: in `public/data/` (Trunk copied it into the build) or anywhere else (it is copied
    /// into the site's `data/`).
    pub dataset: String,
    /// The build's date: the follow-up plan says "nästa" and "datum passerat" as of this day.
    pub today: Date,
    /// The site's address and the data's licence for the files written for others.
    pub publish: PublishSettings,
}

/// The page of one dataset, ready for the page's rewrite.
#[derive(Debug)]
pub struct SitePage {
    /// The dataset's address in the site, e.g. `data/eskilstuna.json`.
    pub dataset_path: String,
    /// What goes into the page.
    pub parts: PageParts,
    /// What goes into the embed's page (`inbaddad.html`): the embedded layout.
    pub embedded: PageParts,
    /// One line for the build's log.
    pub summary: String,
    /// The site's own files in `data/` and `geo/`: the dataset, the files written from it and the map files it
    /// names ([`crate::ship`] removes the rest).
    pub files: Vec<String>,
}

/// Publishes `input`'s dataset into the site folder `site` and renders its page; writes the CSV, the feed, the
/// description and the completed `manifest.webmanifest` there.
pub fn render_site(site: &Path, input: &SiteInput) -> Result<SitePage, BuildError> {
    let dataset_path = publish(site, &input.dataset)?;
    let bytes = staging::read(&site.join(&dataset_path))?;
    let data = parse_dataset_bytes(&bytes)
        .map_err(|e| BuildError::Site(format!("{dataset_path} är inte en giltig datamängd: {e}")))?;
    let geometry = match data.geometry.as_ref() {
        Some(geo) => {
            let map = staging::read(&site.join(&geo.districts))?;
            let parsed = parse_geojson_bytes(&map)
                .map_err(|e| BuildError::Site(format!("{} kan inte ritas: {e}", geo.districts)))?;
            Some(Arc::new(parsed))
        }
        None => None,
    };
    let downloads = write_published(site, &dataset_path, &bytes, &data, &input.publish).map_err(BuildError::Site)?;
    let build = Build {
        catalog: Arc::new(Catalog::new(data)),
        dataset_path,
        geometry,
        today: input.today,
        downloads,
        fingerprint: fingerprint(&bytes),
    };
    let mut files = crate::ship::dataset_files(&build.dataset_path, build.catalog.data().geometry.as_ref());
    files.extend(build.downloads.iter().filter(|d| d.kind > DownloadKind::Schema).map(|d| d.href.clone()));
    let view = render_view(&build);
    let manifest_path = site.join("manifest.webmanifest");
    let manifest = complete_manifest(&staging::read_text(&manifest_path)?, &site_meta(build.catalog.data()))
        .map_err(|e| BuildError::Site(e.to_string()))?;
    staging::write(&manifest_path, manifest)?;
    let written: Vec<&str> =
        build.downloads.iter().filter(|d| d.kind > DownloadKind::Schema).map(|d| d.href.as_str()).collect();
    let summary = format!(
        "{} rendered into index.html ({} kB of HTML, {} promises, {}) and inbaddad.html; wrote {}",
        build.dataset_path,
        view.len() / 1000,
        build.catalog.data().promises.len(),
        if build.geometry.is_some() { "with its map" } else { "no map" },
        written.join(", ")
    );
    let embedded = embedded_parts(&build, &render_embedded(&build));
    Ok(SitePage { parts: page_parts(&build, &view), embedded, dataset_path: build.dataset_path, summary, files })
}

/// The chosen dataset's address in the site (`data/x.json`). A file in `public/data/` is already there (Trunk
/// copied the folder); a file elsewhere, e.g. a kommun's own checkout, is copied into the site's `data/`.
pub fn publish(site: &Path, chosen: &str) -> Result<String, BuildError> {
    publish_as(site, chosen, "MEDB_DATASET")
}

/// [`publish`] for a dataset chosen by the setting `setting`, which the messages name.
pub fn publish_as(site: &Path, chosen: &str, setting: &str) -> Result<String, BuildError> {
    let normal = chosen.replace('\\', "/");
    let name = normal.rsplit('/').next().unwrap_or_default();
    let plain =
        !name.is_empty() && name.ends_with(".json") && !name.starts_with('.') && !name.contains(char::is_whitespace);
    if !plain {
        return Err(BuildError::Site(format!("{setting}={chosen} ska vara en .json-fil, t.ex. {DEFAULT_DATASET}")));
    }
    let published = format!("data/{name}");
    if normal.trim_start_matches("./") != format!("public/{published}") {
        let data = site.join("data");
        std::fs::create_dir_all(&data).map_err(|e| BuildError::write(&data, e))?;
        std::fs::copy(chosen, site.join(&published))
            .map_err(|e| BuildError::Site(format!("{setting}={chosen} kan inte läsas: {e}")))?;
    }
    Ok(published)
}

/// The build's date from `SOURCE_DATE_EPOCH` (`source_date_epoch`) when set, else from `now` (seconds since
/// 1970); both in UTC.
pub fn build_date(source_date_epoch: Option<&str>, now: u64) -> Result<Date, BuildError> {
    let seconds = match source_date_epoch {
        Some(text) => text
            .trim()
            .parse::<u64>()
            .map_err(|_| BuildError::Site(format!("SOURCE_DATE_EPOCH={text} är inget heltal")))?,
        None => now,
    };
    Date::from_unix_days(seconds / 86_400)
        .ok_or_else(|| BuildError::Site("byggdatumet ligger utanför kalendern".to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::TempDir;

    #[test]
    fn a_dataset_in_public_data_is_already_in_the_build() {
        let site = TempDir::new("site-publish");
        assert_eq!(publish(site.path(), "public/data/eskilstuna.json").expect("works"), "data/eskilstuna.json");
        assert_eq!(publish(site.path(), "./public/data/eskilstuna.json").expect("works"), "data/eskilstuna.json");
        assert!(!site.has("data"), "nothing copied");
    }

    #[test]
    fn a_dataset_elsewhere_is_copied_into_data() {
        let site = TempDir::new("site-copy");
        let elsewhere = TempDir::new("site-elsewhere");
        elsewhere.write("var-kommun.json", "{}");
        let chosen = elsewhere.path().join("var-kommun.json");
        assert_eq!(publish(site.path(), &chosen.to_string_lossy()).expect("works"), "data/var-kommun.json");
        assert_eq!(site.read("data/var-kommun.json"), "{}");
    }

    #[test]
    fn only_a_plain_json_file_name_is_published() {
        let site = TempDir::new("site-names");
        for chosen in ["data/lista.csv", "public/data/", "public/data/.dold.json", "public/data/min fil.json"] {
            let error = publish(site.path(), chosen).expect_err("an error").to_string();
            assert!(error.starts_with(&format!("MEDB_DATASET={chosen} ska vara en .json-fil")), "{error}");
        }
        let error = publish(site.path(), "/finns/inte.json").expect_err("an error").to_string();
        assert!(error.contains("kan inte läsas"), "{error}");
    }

    #[test]
    fn the_build_date_is_source_date_epoch_or_now_in_utc() {
        let day = |seconds: u64| Date::from_unix_days(seconds / 86_400).expect("works");
        assert_eq!(build_date(Some("1700000000"), 0).expect("works"), day(1_700_000_000));
        assert_eq!(
            build_date(Some(" 86399 "), 5_000_000_000).expect("works"),
            day(0),
            "the first day, whatever now is"
        );
        assert_eq!(build_date(None, 1_700_000_000).expect("works"), day(1_700_000_000));
        assert_eq!(
            build_date(Some("igår"), 0).expect_err("an error").to_string(),
            "SOURCE_DATE_EPOCH=igår är inget heltal"
        );
    }

    #[test]
    fn renders_the_real_dataset_and_writes_the_files_for_others() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let site = TempDir::new("site-render");
        for file in ["data/eskilstuna.json", "data/schema-v1.json", "geo/eskilstuna-districts.geojson"] {
            site.write(file, std::fs::read(root.join("public").join(file)).expect("works"));
        }
        site.write("manifest.webmanifest", r#"{"name": "Medborgarlöften", "display": "standalone"}"#);
        let input = SiteInput {
            dataset: "public/data/eskilstuna.json".to_string(),
            today: Date::from_unix_days(20_000).expect("works"),
            publish: PublishSettings { site: medborgarloften_core::export::SiteAddress::relative(), licence: None },
        };
        let page = render_site(site.path(), &input).expect("works");
        assert_eq!(page.dataset_path, "data/eskilstuna.json");
        assert!(page.parts.title.contains("Eskilstuna"), "{}", page.parts.title);
        assert!(page.parts.head.contains(r#"<meta name="medborgarloften-dataset" content="data/eskilstuna.json">"#));
        assert!(page.parts.rendered.starts_with(r#"<div id="forhandsvisning">"#));
        assert!(!page.parts.rendered.contains("<!--"), "no hydration comments");
        for written in ["data/eskilstuna.csv", "flode.xml", "data.json"] {
            assert!(site.has(written), "{written}");
        }
        assert!(site.read("manifest.webmanifest").contains("\"display\": \"standalone\""));
    }

    #[test]
    fn an_invalid_dataset_stops_the_build_with_the_checkers_message() {
        let site = TempDir::new("site-invalid");
        site.write("data/trasig.json", "{\"schema_version\": 2,");
        site.write("manifest.webmanifest", "{}");
        let input = SiteInput {
            dataset: "public/data/trasig.json".to_string(),
            today: Date::from_unix_days(20_000).expect("works"),
            publish: PublishSettings { site: medborgarloften_core::export::SiteAddress::relative(), licence: None },
        };
        let error = render_site(site.path(), &input).expect_err("an error").to_string();
        assert!(error.starts_with("data/trasig.json är inte en giltig datamängd: "), "{error}");
    }
}
