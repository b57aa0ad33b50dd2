//! The national files of a site built for many kommuner (`MEDB_DATASETS`), written at its root beside the finder:
//! one Atom feed of the newest promises and follow-ups of every kommun ([`national_feed`], `flode.xml`), every
//! kommun's promises in one CSV ([`national_csv`], `medborgarloften.csv`) and a DCAT-AP-SE catalogue with one
//! dataset per kommun ([`national_catalog`], `data.json`).
//!
//! Each is made of the per-kommun writers' own pieces ([`super::atom`], [`super::csv`], [`super::dcat`]), so an
//! entry, a record or a dataset reads the same here as in the kommun's folder; only the links change: they point
//! into the kommun's folder (`<slug>/`), resolved with [`SiteAddress::folder_from_root`], relative or under the
//! site's `http(s)` address. The kommuner come as `(slug, dataset)` in the order given (the build's is by slug).
//!
//! Pure core: strings from validated datasets; no I/O, no clock.

use super::atom::{open_feed, tag_authority, write_entry, FeedEntry, FeedHead};
use super::csv::{promise_record, push_record, BOM, HEADER};
use super::dcat::{agent, catalog_json, dataset_node, Catalog, Terms, DESCRIPTION_FILE};
use super::downloads::Download;
use super::SiteAddress;
use crate::dataset::model::Dataset;
use crate::Date;

/// The combined CSV's file name at the site's root (beside the finder's `index.html`; the feed and the catalogue
/// have the kommun's file names, [`super::atom::FEED_FILE`] and [`super::dcat::DESCRIPTION_FILE`]).
pub const NATIONAL_CSV_FILE: &str = "medborgarloften.csv";

/// The most entries the national feed holds: the newest, as a reader only shows the latest ones anyway.
pub const FEED_LIMIT: usize = 100;

/// The columns the combined CSV has before the per-kommun ones ([`HEADER`]): the kommun's name and SCB code.
pub const KOMMUN_COLUMNS: [&str; 2] = ["kommun", "kommunkod"];

/// The date in the national feed's tag URI: a fixed year, so the feed's id never changes as kommuner are added.
const FEED_TAG_YEAR: u16 = 2026;

/// The newest of `dates`; 1970-01-01 for a site without kommuner (the build never writes one).
fn newest(dates: impl Iterator<Item = Date>) -> Date {
    dates.max().unwrap_or_else(|| Date(chrono::NaiveDate::default()))
}

/// "1 kommun", "5 kommuner".
fn kommuner_sv(count: usize) -> String {
    match count {
        1 => "1 kommun".to_string(),
        n => format!("{n} kommuner"),
    }
}

/// The national feed's title: "Medborgarlöften i Sverige – uppföljning" (as a kommun's feed is titled).
pub fn national_feed_title(site_name: &str) -> String {
    format!("{site_name} – uppföljning")
}

/// One entry of the national feed: a kommun's feed entry, titled with the kommun's name.
#[derive(Clone, Debug, PartialEq)]
pub struct NationalEntry<'a> {
    /// The kommun's folder.
    pub slug: &'a str,
    /// The kommun's dataset (its parties are the entry's authors).
    pub data: &'a Dataset,
    /// The entry, its title starting with the kommun's name ("Ale kommun: Nya medborgarlöften 2025"); its links
    /// still relative to the kommun's folder.
    pub entry: FeedEntry,
}

/// The `limit` newest entries of every kommun's feed, newest first (ties by id, which names the kommun's code, so
/// the order never depends on the order of the kommuner).
pub fn national_entries<'a>(kommuner: &[(&'a str, &'a Dataset)], limit: usize) -> Vec<NationalEntry<'a>> {
    let mut entries: Vec<NationalEntry> = kommuner
        .iter()
        .flat_map(|&(slug, data)| {
            super::atom::feed_entries(data).into_iter().map(move |mut entry| {
                entry.title = format!("{}: {}", data.municipality.name, entry.title);
                NationalEntry { slug, data, entry }
            })
        })
        .collect();
    entries.sort_by(|a, b| b.entry.updated.cmp(&a.entry.updated).then_with(|| a.entry.id.cmp(&b.entry.id)));
    entries.truncate(limit);
    entries
}

/// The national feed as an Atom 1.0 document: the [`FEED_LIMIT`] newest entries of every kommun, each with the
/// kommun's parties as its authors and its links into the kommun's folder. `site` is the address of the site's
/// root (relative links resolve against the feed's own address, which is there).
pub fn national_feed(kommuner: &[(&str, &Dataset)], site: &SiteAddress, site_name: &str) -> String {
    let entries = national_entries(kommuner, FEED_LIMIT);
    let updated = newest(kommuner.iter().map(|(_, data)| data.updated).chain(entries.iter().map(|e| e.entry.updated)));
    let head = FeedHead {
        id: format!("tag:{},{FEED_TAG_YEAR}:medborgarloften", tag_authority(&site.of(""))),
        title: national_feed_title(site_name),
        subtitle: format!(
            "Nya medborgarlöften och uppföljningar från {}, de senaste först.",
            kommuner_sv(kommuner.len())
        ),
        updated,
        authors: &[],
    };
    let mut out = open_feed(&head, site);
    for NationalEntry { slug, data, mut entry } in entries {
        let folder = site.folder_from_root(slug);
        entry.source = entry.source.map(|source| from_root(&source, &folder));
        // Atom wants an author for every entry when the feed has none: the parties, or at least the kommun.
        let mut authors: Vec<&str> = data.parties.iter().map(|party| party.name.as_str()).collect();
        if authors.is_empty() {
            authors.push(&data.municipality.name);
        }
        write_entry(&mut out, &entry, &folder, &authors);
    }
    out.push_str("</feed>\n");
    out
}

/// A link of a kommun's dataset as read at the site's root: an http(s) address or a path from the site's root
/// (`/…`) as it is, any other relative one (written for the kommun's folder) under `folder`.
fn from_root(link: &str, folder: &SiteAddress) -> String {
    let lower = link.to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") || link.starts_with('/') {
        link.to_string()
    } else {
        folder.of(link.trim_start_matches("./"))
    }
}

/// Every kommun's promises in one CSV, as the kommun's own file has them ([`super::csv::promises_csv`]: byte order
/// mark, `;`, CRLF, one header row) with the kommun's name and SCB code first.
pub fn national_csv(kommuner: &[(&str, &Dataset)]) -> String {
    let mut out = String::from(BOM);
    let header: Vec<&str> = KOMMUN_COLUMNS.iter().chain(HEADER.iter()).copied().collect();
    push_record(&mut out, &header);
    for (_, data) in kommuner {
        let kommun = [data.municipality.name.as_str(), data.municipality.code.as_str()];
        for promise in &data.promises {
            let record = promise_record(data, promise);
            let fields: Vec<&str> = kommun.iter().copied().chain(record.iter().map(String::as_str)).collect();
            push_record(&mut out, &fields);
        }
    }
    out
}

/// A DCAT-AP-SE catalogue (JSON-LD) of the site: one `dcat:Dataset` per kommun, as its own description
/// ([`super::dcat::dcat_description`]) has it, with `downloads` (relative to the kommun's folder) and its landing
/// page in that folder. The catalogue is titled and published by the site's name; `terms` as for a kommun.
pub fn national_catalog(
    kommuner: &[(&str, &Dataset, &[Download])],
    site: &SiteAddress,
    site_name: &str,
    terms: Terms,
) -> String {
    let datasets = kommuner
        .iter()
        .map(|&(slug, data, downloads)| dataset_node(data, &site.folder_from_root(slug), downloads, terms))
        .collect();
    let modified = newest(kommuner.iter().map(|(_, data, _)| data.updated));
    let catalog = Catalog {
        id: site.of(&format!("{DESCRIPTION_FILE}#katalog")),
        title: site_name.to_string(),
        description: format!(
            "Polisens och kommunernas medborgarlöften om trygghet i {}, kommun för kommun, och hur de följs upp.",
            kommuner_sv(kommuner.len())
        ),
        publisher: agent(site_name),
        modified,
        homepage: site.of(""),
    };
    catalog_json(catalog, datasets)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::downloads::DownloadKind;
    use crate::parse_dataset;

    /// The real kommuner the project ships (`datasets/`), by slug.
    fn shipped() -> Vec<(&'static str, Dataset)> {
        [
            ("ale", include_str!("../../../../datasets/ale.json")),
            ("eskilstuna", include_str!("../../../../public/data/eskilstuna.json")),
            ("katrineholm", include_str!("../../../../datasets/katrineholm.json")),
            ("laxa", include_str!("../../../../datasets/laxa.json")),
            ("trosa", include_str!("../../../../datasets/trosa.json")),
        ]
        .into_iter()
        .map(|(slug, text)| (slug, parse_dataset(text).expect("a shipped dataset is valid")))
        .collect()
    }

    fn pairs<'a>(kommuner: &'a [(&'static str, Dataset)]) -> Vec<(&'a str, &'a Dataset)> {
        kommuner.iter().map(|(slug, data)| (*slug, data)).collect()
    }

    fn downloads(slug: &str) -> Vec<Download> {
        vec![
            Download { kind: DownloadKind::Dataset, href: format!("data/{slug}.json"), bytes: Some(10_000) },
            Download { kind: DownloadKind::Csv, href: format!("data/{slug}.csv"), bytes: Some(3_000) },
            Download { kind: DownloadKind::Feed, href: "flode.xml".into(), bytes: Some(2_000) },
            Download { kind: DownloadKind::Description, href: "data.json".into(), bytes: None },
        ]
    }

    #[test]
    fn the_feed_merges_every_kommuns_entries_newest_first_named_by_kommun() {
        let kommuner = shipped();
        let all = pairs(&kommuner);
        let entries = national_entries(&all, FEED_LIMIT);
        let total: usize = kommuner.iter().map(|(_, data)| crate::export::atom::feed_entries(data).len()).sum();
        assert_eq!(entries.len(), total.min(FEED_LIMIT));
        assert!(entries.windows(2).all(|w| w[0].entry.updated >= w[1].entry.updated), "newest first");
        for NationalEntry { slug, data, entry } in &entries {
            assert!(entry.title.starts_with(&format!("{}: ", data.municipality.name)), "{}", entry.title);
            assert!(entry.id.contains(&format!(":{}/", data.municipality.code)), "{slug}: {}", entry.id);
        }
        for (slug, _) in &kommuner {
            assert!(entries.iter().any(|e| e.slug == *slug), "{slug} has an entry");
        }
        let feed = national_feed(&all, &SiteAddress::relative(), "Medborgarlöften i Sverige");
        assert_eq!(feed.matches("<entry>").count(), entries.len());
        assert!(feed.contains("<id>tag:medborgarloften.invalid,2026:medborgarloften</id>"), "{feed}");
        assert!(feed.contains("<title>Medborgarlöften i Sverige – uppföljning</title>"));
        assert!(feed.contains("<subtitle>Nya medborgarlöften och uppföljningar från 5 kommuner, de senaste först."));
        assert!(feed.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"./flode.xml\"/>"));
        assert!(feed.contains("<link rel=\"alternate\" type=\"text/html\" href=\"./\"/>"));
        assert!(feed.contains("<title>Laxå kommun: Nya medborgarlöften 2018–2020</title>"), "{feed}");
        assert!(feed.contains("href=\"./laxa/?ar=2018\""), "{feed}");
        assert!(feed.contains("<author><name>Alebyggen</name></author>"), "an entry's own parties");
        let ids: std::collections::BTreeSet<&str> = entries.iter().map(|e| e.entry.id.as_str()).collect();
        assert_eq!(ids.len(), entries.len(), "ids are unique across kommuner");
        assert_eq!(feed, national_feed(&all, &SiteAddress::relative(), "Medborgarlöften i Sverige"), "deterministic");
    }

    #[test]
    fn the_feed_keeps_only_the_newest_and_links_into_each_folder() {
        let kommuner = shipped();
        let all = pairs(&kommuner);
        let newest = national_entries(&all, 3);
        assert_eq!(newest.len(), 3);
        assert_eq!(newest, national_entries(&all, FEED_LIMIT)[..3].to_vec());
        let mut reversed = all.clone();
        reversed.reverse();
        assert_eq!(national_entries(&reversed, 3), newest, "the kommuner's order does not matter");

        let site = SiteAddress::absolute("https://lofte.example.se/sverige").expect("address");
        let feed = national_feed(&all, &site, "Medborgarlöften i Sverige");
        assert!(feed.contains("<id>tag:lofte.example.se,2026:medborgarloften</id>"));
        assert!(feed.contains("href=\"https://lofte.example.se/sverige/flode.xml\""));
        let ale = kommuner.iter().find(|(slug, _)| *slug == "ale").map(|(_, d)| d).expect("Ale");
        let followed = ale.promises.iter().find(|p| !p.followups.is_empty()).expect("Ale has a follow-up");
        assert!(
            feed.contains(&format!("href=\"https://lofte.example.se/sverige/ale/?lofte={}\"", followed.id)),
            "{feed}"
        );
        assert!(!feed.contains("href=\"./"), "no relative link left");
    }

    #[test]
    fn relative_sources_are_moved_into_the_kommuns_folder() {
        let folder = SiteAddress::relative().folder_from_root("ale");
        assert_eq!(from_root("dokument/rapport.pdf", &folder), "./ale/dokument/rapport.pdf");
        assert_eq!(from_root("./rapport.pdf", &folder), "./ale/rapport.pdf");
        assert_eq!(from_root("/rapport.pdf", &folder), "/rapport.pdf");
        assert_eq!(from_root("HTTPS://ale.se/r.pdf", &folder), "HTTPS://ale.se/r.pdf");
    }

    #[test]
    fn hostile_text_in_any_kommun_is_escaped() {
        let mut kommuner = shipped();
        let ale = &mut kommuner[0].1;
        ale.municipality.name = "<script>alert(1)</script> & ]]> \u{1}".to_string();
        ale.parties[0].name = "Polisen \"&\" co".to_string();
        let feed = national_feed(&pairs(&kommuner), &SiteAddress::relative(), "<b>Sverige</b> & co");
        assert!(!feed.contains("<script") && !feed.contains("<b>") && !feed.contains("]]>"), "{feed}");
        assert!(!feed.contains('\u{1}'));
        assert!(feed.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; ]]&gt; : "), "{feed}");
        assert!(feed.contains("<title>&lt;b&gt;Sverige&lt;/b&gt; &amp; co – uppföljning</title>"));
        assert!(feed.contains("<author><name>Polisen &quot;&amp;&quot; co</name></author>"));
    }

    #[test]
    fn the_csv_has_one_header_and_a_record_per_promise_of_every_kommun() {
        let kommuner = shipped();
        let csv = national_csv(&pairs(&kommuner));
        let mut lines = csv.split("\r\n");
        assert_eq!(
            lines.next(),
            Some(
                "\u{FEFF}kommun;kommunkod;id;år;parter;rubrik;text;teman;områden;mål;status;senaste uppföljning;senaste \
                 rapport;resultat;noteringar"
            )
        );
        let promises: usize = kommuner.iter().map(|(_, data)| data.promises.len()).sum();
        assert_eq!(csv.matches("\r\n").count(), promises + 1);
        assert_eq!(csv.matches('\u{FEFF}').count(), 1, "one byte order mark");
        for (_, data) in &kommuner {
            let own = super::super::csv::promises_csv(data);
            for (record, promise) in own.split("\r\n").skip(1).zip(&data.promises) {
                let line = format!("{};{};{record}", data.municipality.name, data.municipality.code);
                assert!(csv.contains(&line), "{}: {line}", promise.id);
            }
        }
        assert!(csv.contains("\r\nEskilstuna kommun;0484;"), "the code keeps its leading zero");
    }

    #[test]
    fn the_catalogue_has_a_dataset_per_kommun_with_its_files_in_its_folder() {
        let kommuner = shipped();
        let lists: Vec<Vec<Download>> = kommuner.iter().map(|(slug, _)| downloads(slug)).collect();
        let entries: Vec<(&str, &Dataset, &[Download])> =
            kommuner.iter().zip(&lists).map(|((slug, data), list)| (*slug, data, list.as_slice())).collect();
        let text = national_catalog(&entries, &SiteAddress::relative(), "Medborgarlöften i Sverige", Terms::default());
        let json: serde_json::Value = serde_json::from_str(&text).expect("JSON");
        assert_eq!(json["@type"], "dcat:Catalog");
        assert_eq!(json["dct:title"], "Medborgarlöften i Sverige");
        assert_eq!(json["dct:publisher"]["foaf:name"], "Medborgarlöften i Sverige");
        assert_eq!(json["foaf:homepage"]["@id"], "./");
        assert_eq!(json["dct:modified"]["@value"], "2026-12-07", "the newest kommun's");
        let datasets = json["dcat:dataset"].as_array().expect("datasets");
        assert_eq!(datasets.len(), kommuner.len());
        for ((slug, data), dataset) in kommuner.iter().zip(datasets) {
            assert_eq!(dataset["@id"], format!("./{slug}/data.json#datamangd-{}", data.municipality.code));
            assert_eq!(dataset["dcat:contactPoint"]["vcard:fn"], data.municipality.name.as_str());
            assert_eq!(dataset["dct:spatial"]["dct:identifier"], data.municipality.code.as_str());
            assert_eq!(dataset["dcat:landingPage"]["@id"], format!("./{slug}/"));
            let files = dataset["dcat:distribution"].as_array().expect("distributions");
            assert_eq!(files.len(), 3, "the description is not a distribution");
            assert_eq!(files[1]["dcat:downloadURL"]["@id"], format!("./{slug}/data/{slug}.csv"));
            assert_eq!(files[2]["dcat:accessURL"]["@id"], format!("./{slug}/flode.xml"));
            assert!(dataset.get("dct:license").is_none());
        }
        // A dataset reads as in the kommun's own description, but for the folder's addresses.
        let (slug, data) = (&kommuner[2].0, &kommuner[2].1);
        let own = super::super::dcat::dcat_description(data, &SiteAddress::relative(), &lists[2], Terms::default());
        let own: serde_json::Value = serde_json::from_str(&own).expect("JSON");
        let moved = serde_json::to_string(&datasets[2]).expect("JSON").replace(&format!("./{slug}/"), "./");
        assert_eq!(moved, serde_json::to_string(&own["dcat:dataset"][0]).expect("JSON"));
    }

    #[test]
    fn the_catalogue_uses_the_sites_address_and_licence() {
        let kommuner = shipped();
        let list = downloads("ale");
        let entries = [("ale", &kommuner[0].1, list.as_slice())];
        let site = SiteAddress::absolute("https://lofte.example.se/").expect("address");
        let licence = "https://creativecommons.org/publicdomain/zero/1.0/";
        let contact = crate::page::statement::Contact::parse("info@lofte.example.se").expect("an address");
        let terms =
            Terms { licence: Some(licence), publisher: Some("Medborgarlöften i Sverige"), contact: Some(&contact) };
        let text = national_catalog(&entries, &site, "Medborgarlöften i Sverige", terms);
        let json: serde_json::Value = serde_json::from_str(&text).expect("JSON");
        let dataset = &json["dcat:dataset"][0];
        assert_eq!(json["foaf:homepage"]["@id"], "https://lofte.example.se/");
        assert_eq!(dataset["dcat:landingPage"]["@id"], "https://lofte.example.se/ale/");
        assert_eq!(
            dataset["dcat:distribution"][0]["dcat:downloadURL"]["@id"],
            "https://lofte.example.se/ale/data/ale.json"
        );
        assert_eq!(dataset["dct:license"]["@id"], licence);
        assert_eq!(dataset["dcat:contactPoint"]["vcard:hasEmail"]["@id"], "mailto:info@lofte.example.se");
        assert_eq!(dataset["dcat:contactPoint"]["vcard:fn"], "Medborgarlöften i Sverige");
        assert_eq!(json["@id"], "https://lofte.example.se/data.json#katalog");
        assert_eq!(dataset["@id"], "https://lofte.example.se/ale/data.json#datamangd-1440");
        assert!(json["dct:description"].as_str().expect("text").contains("i 1 kommun,"));
    }
}
