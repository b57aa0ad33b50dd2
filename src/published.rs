//! The build step's files for others, written next to the page from the site's dataset (`ssr` feature): the
//! promises as CSV beside the dataset (`data/<namn>.csv`), the Atom feed (`flode.xml`) and the DCAT-AP-SE
//! description (`data.json`), and the list of downloads with their sizes that the footer shows.
//!
//! Shell layer, native only: file I/O around the core's pure writers (`medborgarloften_core::export`).

use std::path::Path;

use medborgarloften_core::dataset::links::is_safe_link;
use medborgarloften_core::export::atom::{atom_feed, FEED_FILE};
use medborgarloften_core::export::csv::promises_csv;
use medborgarloften_core::export::dcat::{dcat_description, Terms, DESCRIPTION_FILE};
use medborgarloften_core::export::downloads::{Download, DownloadKind};
use medborgarloften_core::export::SiteAddress;
use medborgarloften_core::page::statement::Contact;
use medborgarloften_core::Dataset;

/// The build's settings for these files.
pub struct PublishSettings {
    /// The site's address for absolute links (`MEDB_SITE_URL`), or relative links.
    pub site: SiteAddress,
    /// The address of the data's licence (`MEDB_LICENSE`), when the publisher has stated one.
    pub licence: Option<String>,
    /// Who publishes the site (`MEDB_PUBLISHER`), for `data.json`'s contact point; the build fills it from the
    /// accessibility statement's settings.
    pub publisher: Option<String>,
    /// The publisher's contact (`MEDB_CONTACT`), for `data.json`'s contact point; filled as `publisher`.
    pub contact: Option<Contact>,
}

impl PublishSettings {
    /// What `data.json` says beyond the dataset: the data's licence and the publisher's name and contact.
    pub fn terms(&self) -> Terms<'_> {
        Terms { licence: self.licence.as_deref(), publisher: self.publisher.as_deref(), contact: self.contact.as_ref() }
    }

    /// From `MEDB_SITE_URL` and `MEDB_LICENSE`; a Swedish message when one is set but is no web address. The
    /// publisher and contact are left for the build to fill in from its statement settings.
    pub fn from_env() -> Result<Self, String> {
        let value = |name: &str| std::env::var(name).ok().map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
        let site = match value("MEDB_SITE_URL") {
            Some(url) => SiteAddress::absolute(&url).ok_or_else(|| {
                format!("MEDB_SITE_URL={url} ska vara webbplatsens adress, t.ex. https://lofte.example.se/")
            })?,
            None => SiteAddress::relative(),
        };
        let licence = match value("MEDB_LICENSE") {
            Some(url) if is_safe_link(&url) && url.to_ascii_lowercase().starts_with("http") => Some(url),
            Some(url) => {
                return Err(format!(
                    "MEDB_LICENSE={url} ska vara licensens webbadress, t.ex. https://creativecommons.org/publicdomain/zero/1.0/"
                ))
            }
            None => None,
        };
        Ok(PublishSettings { site, licence, publisher: None, contact: None })
    }
}

/// Writes the CSV, the feed and the description for `data` (published at `dataset_path`, with the file's own
/// `bytes`) into `staging`, and returns every download in the footer's order with its size.
pub fn write_published(
    staging: &Path,
    dataset_path: &str,
    bytes: &[u8],
    data: &Dataset,
    settings: &PublishSettings,
) -> Result<Vec<Download>, String> {
    let size = |text: &str| Some(text.len() as u64);
    let mut downloads =
        vec![Download { kind: DownloadKind::Dataset, href: dataset_path.to_string(), bytes: Some(bytes.len() as u64) }];
    let schema = schema_path(bytes);
    if let Ok(info) = std::fs::metadata(staging.join(&schema)) {
        downloads.push(Download { kind: DownloadKind::Schema, href: schema, bytes: Some(info.len()) });
    }
    let csv_path = format!("{}.csv", dataset_path.strip_suffix(".json").unwrap_or(dataset_path));
    let csv = promises_csv(data);
    write(staging, &csv_path, &csv)?;
    downloads.push(Download { kind: DownloadKind::Csv, href: csv_path, bytes: size(&csv) });
    let feed = atom_feed(data, &settings.site);
    write(staging, FEED_FILE, &feed)?;
    downloads.push(Download { kind: DownloadKind::Feed, href: FEED_FILE.to_string(), bytes: size(&feed) });
    let description = dcat_description(data, &settings.site, &downloads, settings.terms());
    write(staging, DESCRIPTION_FILE, &description)?;
    downloads.push(Download {
        kind: DownloadKind::Description,
        href: DESCRIPTION_FILE.to_string(),
        bytes: size(&description),
    });
    Ok(downloads)
}

/// The JSON Schema of the file's own version, as the site publishes it: `data/schema-v1.json` for version 1,
/// else `data/schema.json` (also what the national catalogue of a site for many kommuner lists for each kommun).
pub fn schema_path(bytes: &[u8]) -> String {
    let text = std::str::from_utf8(bytes).unwrap_or_default().trim_start_matches('\u{FEFF}');
    let version = medborgarloften_core::json::parse_value(text).ok().and_then(|v| v.get("schema_version")?.as_u64());
    if version == Some(1) { "data/schema-v1.json" } else { "data/schema.json" }.to_string()
}

fn write(staging: &Path, relative: &str, text: &str) -> Result<(), String> {
    let path = staging.join(relative);
    std::fs::write(&path, text).map_err(|e| format!("{} kan inte skrivas: {e}", path.display()))
}
