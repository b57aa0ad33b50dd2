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
use medborgarloften_core::dataset::look::{check_color, stylesheet, Logo, STYLESHEET};
use medborgarloften_core::dataset::model::Dataset;
use medborgarloften_core::export::downloads::DownloadKind;
use medborgarloften_core::geo::parse_geojson_bytes;
use medborgarloften_core::lang::{self, Language};
use medborgarloften_core::page::site::site_meta_in;
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

impl SiteInput {
    /// The input of a page in the site's folder `folder` (a kommun's, a language's), built from `dataset`: the same
    /// day, licence and publisher, the site's address with the folder.
    pub fn for_folder(&self, dataset: &Path, folder: &str) -> SiteInput {
        SiteInput {
            dataset: dataset.to_string_lossy().into_owned(),
            today: self.today,
            publish: medborgarloften::published::PublishSettings {
                site: self.publish.site.folder(folder),
                licence: self.publish.licence.clone(),
                publisher: self.publish.publisher.clone(),
                contact: self.publish.contact.clone(),
            },
        }
    }
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
    render_site_in(site, input, lang::SWEDISH)
}

/// [`render_site`] with the page in `language`.
pub fn render_site_in(site: &Path, input: &SiteInput, language: &'static Language) -> Result<SitePage, BuildError> {
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
        catalog: Arc::new(Catalog::in_language(data, language)),
        dataset_path,
        geometry,
        today: input.today,
        downloads,
        fingerprint: fingerprint(&bytes),
    };
    let mut files = crate::ship::dataset_files(&build.dataset_path, build.catalog.data().geometry.as_ref());
    files.extend(build.downloads.iter().filter(|d| d.kind > DownloadKind::Schema).map(|d| d.href.clone()));
    let look = write_look(site, &input.dataset, build.catalog.data())?;
    files.extend(look.files.iter().cloned());
    let view = render_view(&build);
    let manifest_path = site.join("manifest.webmanifest");
    let manifest = complete_manifest(
        &staging::read_text(&manifest_path)?,
        &site_meta_in(build.catalog.data(), build.catalog.language()),
    )
    .map_err(|e| BuildError::Site(e.to_string()))?;
    staging::write(&manifest_path, manifest)?;
    let written: Vec<&str> =
        build.downloads.iter().filter(|d| d.kind > DownloadKind::Schema).map(|d| d.href.as_str()).collect();
    let summary = format!(
        "{} rendered in {} into index.html ({} kB of HTML, {} promises, {}) and inbaddad.html; wrote {}{}",
        build.dataset_path,
        language.name,
        view.len() / 1000,
        build.catalog.data().promises.len(),
        if build.geometry.is_some() { "with its map" } else { "no map" },
        written.join(", "),
        look.files.iter().map(|file| format!(", {file}")).collect::<String>()
    );
    let mut embedded = embedded_parts(&build, &render_embedded(&build));
    let mut parts = page_parts(&build, &view);
    for head in [&mut parts.head, &mut embedded.head] {
        head.push_str(&look.head);
    }
    Ok(SitePage { parts, embedded, dataset_path: build.dataset_path, summary, files })
}

/// What a dataset's `look` adds to its site.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct LookFiles {
    /// The files written or copied into the site: the colour's stylesheet and the logo.
    pub files: Vec<String>,
    /// HTML for the head of the page and the embed's page, after the main stylesheet: the colour's stylesheet.
    pub head: String,
}

/// Puts `data`'s look into the site folder `site`: its colour as [`STYLESHEET`] (linked from the head, since the
/// page's Content-Security-Policy allows no inline style) and its logo, copied from beside the dataset file
/// `chosen` to the same path beside the page (a logo already in the build, e.g. under `public/`, is used as it
/// is). A dataset without a look adds nothing.
pub fn write_look(site: &Path, chosen: &str, data: &Dataset) -> Result<LookFiles, BuildError> {
    let mut out = LookFiles::default();
    let Some(look) = &data.look else { return Ok(out) };
    if let Some(color) = &look.color {
        // Checked by the parser already; the build writes only what the check passed.
        let rgb = check_color(color).map_err(|e| BuildError::Site(format!("look.color: {e}")))?;
        staging::write(&site.join(STYLESHEET), stylesheet(rgb))?;
        out.files.push(STYLESHEET.to_string());
        out.head = format!(r#"<link rel="stylesheet" href="{STYLESHEET}">"#);
    }
    if let Some(logo) = Logo::of(data) {
        let to = site.join(&logo.src);
        let from = Path::new(chosen).parent().unwrap_or(Path::new(".")).join(&logo.src);
        if from.is_file() {
            if let Some(parent) = to.parent() {
                std::fs::create_dir_all(parent).map_err(|e| BuildError::write(parent, e))?;
            }
            std::fs::copy(&from, &to).map_err(|e| BuildError::write(&to, e))?;
        } else if !to.is_file() {
            return Err(BuildError::Site(format!(
                "{chosen} nämner logotypen {}, som saknas bredvid den ({})",
                logo.src,
                from.display()
            )));
        }
        out.files.push(logo.src);
    }
    Ok(out)
}

/// The address in the site (`data/x.json`) that [`publish`] gives the dataset file `chosen`.
pub fn publish_path(chosen: &str) -> String {
    let normal = chosen.replace('\\', "/");
    format!("data/{}", normal.rsplit('/').next().unwrap_or_default())
}

/// The files beside the page that the dataset file at `path` names, as paths in the site: its map files
/// (`geo/x.geojson`) and its logo; none without a map or a look.
pub fn named_files(path: &Path) -> Result<Vec<String>, BuildError> {
    let bytes = staging::read(path)?;
    let data = parse_dataset_bytes(&bytes)
        .map_err(|e| BuildError::Site(format!("{} är inte en giltig datamängd: {e}", path.display())))?;
    Ok(data
        .geometry
        .iter()
        .flat_map(|g| [Some(&g.districts), g.outline.as_ref()])
        .flatten()
        .cloned()
        .chain(Logo::of(&data).map(|logo| logo.src))
        .map(|file| file.trim_start_matches("./").to_string())
        .collect())
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
    let published = publish_path(chosen);
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
            publish: PublishSettings {
                site: medborgarloften_core::export::SiteAddress::relative(),
                licence: None,
                publisher: None,
                contact: None,
            },
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

    /// Renders norrhamn (no map) from a folder of its own, with `look` added when given, and a logo beside it.
    fn render_norrhamn(label: &str, look: Option<serde_json::Value>) -> (TempDir, Result<SitePage, BuildError>) {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let text = std::fs::read_to_string(root.join("tests/fixtures/schema2/valid/norrhamn.json")).expect("fixture");
        let mut json: serde_json::Value = serde_json::from_str(&text).expect("json");
        if let Some(look) = look {
            json["look"] = look;
        }
        let beside = TempDir::new(&format!("{label}-beside"));
        beside.write("norrhamn.json", json.to_string());
        beside.write("bilder/logga.svg", r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 4"/>"#);
        let site = TempDir::new(label);
        site.write("manifest.webmanifest", "{}");
        let input = SiteInput {
            dataset: beside.path().join("norrhamn.json").to_string_lossy().into_owned(),
            today: Date::from_unix_days(20_000).expect("works"),
            publish: PublishSettings {
                site: medborgarloften_core::export::SiteAddress::relative(),
                licence: None,
                publisher: None,
                contact: None,
            },
        };
        let page = render_site(site.path(), &input);
        (site, page)
    }

    #[test]
    fn a_look_writes_its_stylesheet_links_it_and_copies_the_logo() {
        let look = serde_json::json!({"color": "#005A9C", "logo": "bilder/logga.svg", "logo_alt": "Norrhamns logotyp"});
        let (site, page) = render_norrhamn("site-look", Some(look));
        let page = page.expect("works");
        let css = site.read("utseende.css");
        assert!(css.contains(":root { --header: #005a9c; }"), "{css}");
        let link = r#"<link rel="stylesheet" href="utseende.css">"#;
        assert!(page.parts.head.ends_with(link), "{}", page.parts.head);
        assert!(page.embedded.head.ends_with(link), "the embed's page too: {}", page.embedded.head);
        assert!(site.read("bilder/logga.svg").starts_with("<svg"), "the logo is copied beside the page");
        assert!(
            page.files.contains(&"utseende.css".to_string()) && page.files.contains(&"bilder/logga.svg".to_string())
        );
        for rendered in [&page.parts.rendered, &page.embedded.rendered] {
            assert!(
                rendered.contains(r#"<img src="bilder/logga.svg" alt="Norrhamns logotyp" data-testid="site-logo" class="site-header__logo">"#),
                "{rendered}"
            );
        }
    }

    #[test]
    fn without_a_look_nothing_is_written_or_linked() {
        let (site, page) = render_norrhamn("site-no-look", None);
        let page = page.expect("works");
        assert!(!site.has("utseende.css") && !site.has("bilder"));
        assert!(!page.parts.head.contains("utseende.css") && !page.embedded.head.contains("utseende.css"));
        assert!(!page.parts.rendered.contains("site-header__logo"));
    }

    #[test]
    fn a_missing_logo_stops_the_build() {
        let look = serde_json::json!({"logo": "bilder/saknas.png", "logo_alt": "Norrhamns logotyp"});
        let (_site, page) = render_norrhamn("site-no-logo", Some(look));
        let error = page.expect_err("an error").to_string();
        assert!(error.contains("nämner logotypen bilder/saknas.png, som saknas bredvid den"), "{error}");
    }

    #[test]
    fn an_invalid_dataset_stops_the_build_with_the_checkers_message() {
        let site = TempDir::new("site-invalid");
        site.write("data/trasig.json", "{\"schema_version\": 2,");
        site.write("manifest.webmanifest", "{}");
        let input = SiteInput {
            dataset: "public/data/trasig.json".to_string(),
            today: Date::from_unix_days(20_000).expect("works"),
            publish: PublishSettings {
                site: medborgarloften_core::export::SiteAddress::relative(),
                licence: None,
                publisher: None,
                contact: None,
            },
        };
        let error = render_site(site.path(), &input).expect_err("an error").to_string();
        assert!(error.starts_with("data/trasig.json är inte en giltig datamängd: "), "{error}");
    }
}
