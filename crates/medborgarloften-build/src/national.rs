//! The national files of a site built for many kommuner (`MEDB_DATASETS`), at its root beside the finder: the Atom
//! feed of the newest promises and follow-ups of every kommun (`flode.xml`), every kommun's promises in one CSV
//! (`medborgarloften.csv`) and a DCAT-AP-SE catalogue with one dataset per kommun (`data.json`). The core writes
//! them ([`medborgarloften_core::export::national`]); this reads each kommun's dataset as its folder publishes it
//! (`<slug>/data/<slug>.json`), lists the files beside it with their sizes for the catalogue, and writes the three
//! files. The finder's footer links them ([`crate::finder`]); no kommun's service worker precaches them
//! ([`crate::many::shared_files`]).
//!
//! Runs after every kommun's folder is written and after [`crate::many::clear_root`], which would remove a `data/`
//! folder at the root (the national files are not in one).
//!
//! Build layer (native). Calls the core and the app's `published` settings; nothing of the app's components.

use std::collections::BTreeSet;
use std::path::Path;

use medborgarloften::published::{schema_path, PublishSettings};
use medborgarloften_core::export::atom::FEED_FILE;
use medborgarloften_core::export::dcat::DESCRIPTION_FILE;
use medborgarloften_core::export::downloads::{Download, DownloadKind};
use medborgarloften_core::export::national::{national_catalog, national_csv, national_feed, NATIONAL_CSV_FILE};
use medborgarloften_core::{parse_dataset_bytes, Dataset};

use crate::error::BuildError;
use crate::staging;

/// The national files at the site's root, in the footer's order: CSV, feed, catalogue.
pub const FILES: [&str; 3] = [NATIONAL_CSV_FILE, FEED_FILE, DESCRIPTION_FILE];

/// What [`write`] wrote.
pub struct National {
    /// The three files with their sizes, for the finder's footer.
    pub downloads: Vec<Download>,
    /// One line for the build's log.
    pub summary: String,
}

/// Writes the national feed, CSV and catalogue of the kommuner `slugs` (each a folder of `staging` that
/// [`crate::many::build_kommun`] wrote) at `staging`'s root; `publish` gives the site's address and the data's
/// licence, `site_name` the feed's and catalogue's title.
pub fn write(
    staging: &Path,
    slugs: &BTreeSet<String>,
    publish: &PublishSettings,
    site_name: &str,
) -> Result<National, BuildError> {
    let mut kommuner: Vec<(&str, Dataset, Vec<Download>)> = Vec::with_capacity(slugs.len());
    for slug in slugs {
        let folder = staging.join(slug);
        let dataset_path = format!("data/{slug}.json");
        let bytes = staging::read(&folder.join(&dataset_path))?;
        let data = parse_dataset_bytes(&bytes)
            .map_err(|e| BuildError::Site(format!("{slug}/{dataset_path} är inte en giltig datamängd: {e}")))?;
        let files = [
            (DownloadKind::Dataset, dataset_path.clone()),
            (DownloadKind::Schema, schema_path(&bytes)),
            (DownloadKind::Csv, format!("data/{slug}.csv")),
            (DownloadKind::Feed, FEED_FILE.to_string()),
            (DownloadKind::Description, DESCRIPTION_FILE.to_string()),
        ];
        let downloads = files
            .into_iter()
            .filter_map(|(kind, href)| {
                let bytes = std::fs::metadata(folder.join(&href)).ok()?.len();
                Some(Download { kind, href, bytes: Some(bytes) })
            })
            .collect();
        kommuner.push((slug, data, downloads));
    }
    let pairs: Vec<(&str, &Dataset)> = kommuner.iter().map(|(slug, data, _)| (*slug, data)).collect();
    let with_files: Vec<(&str, &Dataset, &[Download])> =
        kommuner.iter().map(|(slug, data, downloads)| (*slug, data, downloads.as_slice())).collect();

    let csv = national_csv(&pairs);
    let feed = national_feed(&pairs, &publish.site, site_name);
    let catalog = national_catalog(&with_files, &publish.site, site_name, publish.terms());
    let mut downloads = Vec::new();
    for (kind, file, text) in [
        (DownloadKind::Csv, NATIONAL_CSV_FILE, csv),
        (DownloadKind::Feed, FEED_FILE, feed),
        (DownloadKind::Description, DESCRIPTION_FILE, catalog),
    ] {
        staging::write(&staging.join(file), &text)?;
        downloads.push(Download { kind, href: file.to_string(), bytes: Some(text.len() as u64) });
    }
    let promises: usize = pairs.iter().map(|(_, data)| data.promises.len()).sum();
    let summary = format!(
        "national: {} ({promises} promises), {} and {} for {} kommuner",
        NATIONAL_CSV_FILE,
        FEED_FILE,
        DESCRIPTION_FILE,
        slugs.len()
    );
    Ok(National { downloads, summary })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::TempDir;
    use medborgarloften_core::export::SiteAddress;

    /// A staged site with the kommun folders `ale` and `laxa` as [`crate::many::build_kommun`] leaves them (the
    /// dataset, its CSV, feed and description; Ale's schema).
    fn staged() -> TempDir {
        let dir = TempDir::new("national");
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        for slug in ["ale", "laxa"] {
            let text = std::fs::read_to_string(root.join(format!("datasets/{slug}.json"))).expect("shipped dataset");
            dir.write(&format!("{slug}/data/{slug}.json"), &text);
            dir.write(&format!("{slug}/data/{slug}.csv"), "id\r\n");
            dir.write(&format!("{slug}/flode.xml"), "<feed/>");
            dir.write(&format!("{slug}/data.json"), "{}");
        }
        let schema = schema_path(dir.read("ale/data/ale.json").as_bytes());
        dir.write(&format!("ale/{schema}"), "{}");
        dir
    }

    fn slugs() -> BTreeSet<String> {
        ["ale", "laxa"].into_iter().map(String::from).collect()
    }

    #[test]
    fn writes_the_feed_csv_and_catalogue_at_the_root() {
        let dir = staged();
        let publish = PublishSettings { site: SiteAddress::relative(), licence: None, publisher: None, contact: None };
        let national = write(dir.path(), &slugs(), &publish, "Medborgarlöften i Sverige").expect("written");
        let kinds: Vec<DownloadKind> = national.downloads.iter().map(|d| d.kind).collect();
        assert_eq!(kinds, [DownloadKind::Csv, DownloadKind::Feed, DownloadKind::Description]);
        for download in &national.downloads {
            assert_eq!(Some(dir.read(&download.href).len() as u64), download.bytes, "{}", download.href);
        }
        assert!(!dir.has("data"), "no data/ folder at the root");
        assert!(national.summary.contains("for 2 kommuner"), "{}", national.summary);

        let csv = dir.read(NATIONAL_CSV_FILE);
        assert!(csv.starts_with("\u{FEFF}kommun;kommunkod;id;"));
        assert!(csv.contains("\r\nAle kommun;1440;") && csv.contains("\r\nLaxå kommun;1860;"));

        let feed = dir.read(FEED_FILE);
        assert!(feed.contains("<title>Medborgarlöften i Sverige – uppföljning</title>"));
        assert!(feed.contains("href=\"./ale/?lofte=") && feed.contains("href=\"./laxa/?ar="), "{feed}");

        let catalog: serde_json::Value = serde_json::from_str(&dir.read(DESCRIPTION_FILE)).expect("JSON");
        let datasets = catalog["dcat:dataset"].as_array().expect("datasets");
        assert_eq!(datasets.len(), 2);
        let ale: Vec<&str> = datasets[0]["dcat:distribution"]
            .as_array()
            .expect("distributions")
            .iter()
            .map(|d| d["dcat:downloadURL"]["@id"].as_str().expect("address"))
            .collect();
        let schema = schema_path(dir.read("ale/data/ale.json").as_bytes());
        assert_eq!(
            ale,
            [
                "./ale/data/ale.json".to_string(),
                format!("./ale/{schema}"),
                "./ale/data/ale.csv".into(),
                "./ale/flode.xml".into()
            ]
        );
        assert_eq!(datasets[1]["dcat:distribution"].as_array().expect("distributions").len(), 3, "Laxå has no schema");
        assert_eq!(datasets[0]["dcat:distribution"][2]["dcat:byteSize"]["@value"], "4", "the file's own size");
    }

    #[test]
    fn the_sites_address_and_licence_are_used() {
        let dir = staged();
        let publish = PublishSettings {
            site: SiteAddress::absolute("https://lofte.example.se/").expect("address"),
            licence: Some("https://creativecommons.org/publicdomain/zero/1.0/".into()),
            publisher: None,
            contact: Some(medborgarloften_core::page::statement::Contact::Email("info@lofte.example.se".into())),
        };
        write(dir.path(), &slugs(), &publish, "Medborgarlöften i Sverige").expect("written");
        assert!(dir.read(FEED_FILE).contains("href=\"https://lofte.example.se/laxa/?ar="));
        let catalog: serde_json::Value = serde_json::from_str(&dir.read(DESCRIPTION_FILE)).expect("JSON");
        assert_eq!(catalog["dcat:dataset"][1]["dcat:landingPage"]["@id"], "https://lofte.example.se/laxa/");
        assert_eq!(
            catalog["dcat:dataset"][1]["dct:license"]["@id"],
            "https://creativecommons.org/publicdomain/zero/1.0/"
        );
        assert_eq!(
            catalog["dcat:dataset"][1]["dcat:contactPoint"]["vcard:hasEmail"]["@id"],
            "mailto:info@lofte.example.se"
        );
    }

    #[test]
    fn a_kommun_folder_without_its_dataset_stops_the_build() {
        let dir = staged();
        let mut slugs = slugs();
        slugs.insert("trosa".into());
        let publish = PublishSettings { site: SiteAddress::relative(), licence: None, publisher: None, contact: None };
        assert!(write(dir.path(), &slugs, &publish, "X").is_err());
    }
}
