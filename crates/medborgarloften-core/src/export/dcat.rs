//! A DCAT-AP-SE description of the dataset (`data.json`, JSON-LD with the dcat, dct, foaf and vcard vocabularies),
//! so a kommun's open-data portal can harvest the catalogue, the dataset and its files.
//!
//! What DCAT-AP-SE asks for, and where it comes from (property names as in DIGG's specification):
//! - the catalogue's `dct:license` is CC0 1.0 ([`METADATA_LICENCE`]): DCAT-AP-SE requires it for the metadata
//!   in a catalogue. It is the licence of this description, not of the data.
//! - the data's licence (`dct:license` of the dataset and each distribution) only when the build is given one
//!   (`MEDB_LICENSE`, [`Terms::licence`]): the dataset format has no licence field, and nothing here invents one.
//! - `dcat:contactPoint`, a `vcard:Organization`: the dataset format has no contact, so it is the publisher's,
//!   as the build is given it for the accessibility statement too ([`Terms`]): named (`vcard:fn`) by
//!   `MEDB_PUBLISHER`, else the municipality the dataset names, with `MEDB_CONTACT` as `vcard:hasEmail` (an
//!   e-mail address, which DCAT-AP-SE asks of a contact point) or `vcard:hasURL` (a web page); without it the
//!   contact point has only the name, and nothing is invented.
//! - `dct:temporal`, a `dct:PeriodOfTime` from the first period's first day to the last period's last day
//!   (`dcat:startDate`, `dcat:endDate`).
//! - stable ids: the catalogue, the dataset, its contact point and its distributions are named by `@id`s made of
//!   the site's address, this file's name and the kommun code (`…/data.json#datamangd-0484`), never of anything a
//!   build changes; the dataset's `dct:identifier` is its `@id`.
//!
//! The publisher is the municipality the dataset names (with every promiser as `dct:creator`). A site for many
//! kommuner writes one catalogue of every kommun's dataset from the same pieces ([`super::national`]). Pure core:
//! deterministic JSON from a [`Dataset`].

use serde_json::{json, Map, Value};

use super::downloads::{Download, DownloadKind};
use super::SiteAddress;
use crate::dataset::model::Dataset;
use crate::page::site::site_meta;
use crate::page::statement::Contact;
use crate::Date;

/// The description's file name in the site, next to `index.html`.
pub const DESCRIPTION_FILE: &str = "data.json";

/// The licence of a catalogue's metadata: DCAT-AP-SE requires CC0 1.0 with this address.
pub const METADATA_LICENCE: &str = "http://creativecommons.org/publicdomain/zero/1.0/";

/// What the publisher states about the data beyond the dataset file: the build's settings.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Terms<'a> {
    /// The address of the data's licence (`MEDB_LICENSE`), when the publisher has stated one.
    pub licence: Option<&'a str>,
    /// Who publishes the site (`MEDB_PUBLISHER`), the contact point's name; without it the dataset's kommun.
    pub publisher: Option<&'a str>,
    /// The publisher's contact (`MEDB_CONTACT`: an e-mail address or a web page), when given.
    pub contact: Option<&'a Contact>,
}

/// The EU data theme "Justice, legal system and public safety" (DCAT-AP's recommended theme vocabulary).
const SAFETY_THEME: &str = "http://publications.europa.eu/resource/authority/data-theme/JUST";

/// The EU file-type authority's name for a download's format.
fn file_type(kind: DownloadKind) -> &'static str {
    match kind {
        DownloadKind::Csv => "CSV",
        DownloadKind::Feed => "ATOM",
        DownloadKind::Dataset | DownloadKind::Schema | DownloadKind::Description => "JSON",
    }
}

fn typed(value: String, datatype: &str) -> Value {
    json!({ "@value": value, "@type": datatype })
}

fn id(address: String) -> Value {
    json!({ "@id": address })
}

/// The description as pretty JSON-LD. `downloads` are the files to describe (the description itself is left
/// out); `terms` what the publisher states beyond the dataset (the data's licence, a contact e-mail address).
pub fn dcat_description(data: &Dataset, site: &SiteAddress, downloads: &[Download], terms: Terms) -> String {
    let catalog = Catalog {
        id: node_id(site, "katalog"),
        title: data.title.clone(),
        description: site_meta(data).description,
        publisher: publisher(data),
        modified: data.updated,
        homepage: site.of(""),
    };
    catalog_json(catalog, vec![dataset_node(data, site, downloads, terms)])
}

/// The `@id` of a node of the description at `site`: `<site>data.json#<name>`, resolved against the file's own
/// address when the site's address is not known (`./data.json#katalog`).
fn node_id(site: &SiteAddress, name: &str) -> String {
    site.of(&format!("{DESCRIPTION_FILE}#{name}"))
}

/// What a catalogue says about itself besides its datasets.
pub(super) struct Catalog {
    /// Its `@id` (`…/data.json#katalog`).
    pub id: String,
    pub title: String,
    pub description: String,
    /// A `foaf:Agent`.
    pub publisher: Value,
    pub modified: Date,
    /// The address of the site's page.
    pub homepage: String,
}

/// The kommun the dataset names, as a `foaf:Agent`.
fn publisher(data: &Dataset) -> Value {
    json!({ "@type": "foaf:Agent", "foaf:name": data.municipality.name })
}

/// The contact point: the publisher's, a `vcard:Organization` named by the build's publisher or else the kommun,
/// with the build's contact as an e-mail address or a web page.
fn contact_point(data: &Dataset, site: &SiteAddress, terms: Terms) -> Value {
    let mut contact = Map::new();
    contact.insert("@id".into(), node_id(site, &format!("kontakt-{}", data.municipality.code)).into());
    contact.insert("@type".into(), "vcard:Organization".into());
    contact.insert("vcard:fn".into(), terms.publisher.unwrap_or(&data.municipality.name).into());
    match terms.contact {
        Some(Contact::Email(address)) => {
            contact.insert("vcard:hasEmail".into(), id(format!("mailto:{address}")));
        }
        Some(Contact::Web(url)) => {
            contact.insert("vcard:hasURL".into(), id(url.clone()));
        }
        None => {}
    }
    Value::Object(contact)
}

/// The time the dataset covers: from its first period's first day to its last period's last day; `None` without
/// periods.
fn temporal(data: &Dataset) -> Option<Value> {
    let start = data.periods.iter().map(|p| p.start).min()?;
    let end = data.periods.iter().map(|p| p.end).max()?;
    Some(json!({
        "@type": "dct:PeriodOfTime",
        "dcat:startDate": typed(start.first_day().to_string(), "xsd:date"),
        "dcat:endDate": typed(end.last_day().to_string(), "xsd:date"),
    }))
}

/// A `foaf:Agent` named `name`.
pub(super) fn agent(name: &str) -> Value {
    json!({ "@type": "foaf:Agent", "foaf:name": name })
}

/// One `dcat:Dataset` for `data`, its landing page and `downloads` (each but the description, as a
/// `dcat:Distribution`) at their addresses under `site`.
pub(super) fn dataset_node(data: &Dataset, site: &SiteAddress, downloads: &[Download], terms: Terms) -> Value {
    let licence = terms.licence;
    let code = &data.municipality.code;
    let creators: Vec<Value> = data.parties.iter().map(|party| agent(&party.name)).collect();
    let distributions: Vec<Value> = downloads
        .iter()
        .filter(|d| d.kind != DownloadKind::Description)
        .map(|download| {
            let address = site.of(&download.href);
            let mut distribution = Map::new();
            distribution.insert("@id".into(), node_id(site, &format!("{}-{code}", download.kind.id())).into());
            distribution.insert("@type".into(), "dcat:Distribution".into());
            distribution.insert("dct:title".into(), download.kind.label().into());
            distribution.insert("dcat:accessURL".into(), id(address.clone()));
            distribution.insert("dcat:downloadURL".into(), id(address));
            distribution.insert(
                "dcat:mediaType".into(),
                id(format!("http://www.iana.org/assignments/media-types/{}", download.kind.media_type())),
            );
            distribution.insert(
                "dct:format".into(),
                id(format!("http://publications.europa.eu/resource/authority/file-type/{}", file_type(download.kind))),
            );
            if let Some(bytes) = download.bytes {
                distribution.insert("dcat:byteSize".into(), typed(bytes.to_string(), "xsd:nonNegativeInteger"));
            }
            if let Some(licence) = licence {
                distribution.insert("dct:license".into(), id(licence.to_string()));
            }
            Value::Object(distribution)
        })
        .collect();
    let dataset_id = node_id(site, &format!("datamangd-{code}"));
    let mut dataset = Map::new();
    dataset.insert("@id".into(), dataset_id.clone().into());
    dataset.insert("@type".into(), "dcat:Dataset".into());
    dataset.insert("dct:identifier".into(), dataset_id.into());
    dataset.insert("dct:title".into(), data.title.clone().into());
    dataset.insert("dct:description".into(), site_meta(data).description.into());
    dataset.insert("dct:publisher".into(), publisher(data));
    dataset.insert("dct:creator".into(), creators.into());
    dataset.insert("dcat:contactPoint".into(), contact_point(data, site, terms));
    dataset.insert("dct:modified".into(), typed(data.updated.to_string(), "xsd:date"));
    dataset.insert("dct:language".into(), id("http://publications.europa.eu/resource/authority/language/SWE".into()));
    dataset.insert(
        "dct:spatial".into(),
        json!({
            "@type": "dct:Location",
            "dct:identifier": data.municipality.code,
            "skos:prefLabel": data.municipality.name,
        }),
    );
    if let Some(temporal) = temporal(data) {
        dataset.insert("dct:temporal".into(), temporal);
    }
    dataset.insert("dcat:theme".into(), id(SAFETY_THEME.into()));
    dataset.insert("dcat:keyword".into(), data.themes.iter().map(|t| Value::from(t.name.clone())).collect());
    dataset.insert("dcat:landingPage".into(), id(site.of("")));
    dataset.insert("dct:source".into(), id(data.source.url.clone()));
    if let Some(licence) = licence {
        dataset.insert("dct:license".into(), id(licence.to_string()));
    }
    dataset.insert("dcat:distribution".into(), distributions.into());
    Value::Object(dataset)
}

/// The `dcat:Catalog` of `datasets` as pretty JSON-LD, with its context and a final line break.
pub(super) fn catalog_json(catalog: Catalog, datasets: Vec<Value>) -> String {
    let catalog = json!({
        "@context": {
            "dcat": "http://www.w3.org/ns/dcat#",
            "dct": "http://purl.org/dc/terms/",
            "foaf": "http://xmlns.com/foaf/0.1/",
            "skos": "http://www.w3.org/2004/02/skos/core#",
            "vcard": "http://www.w3.org/2006/vcard/ns#",
            "xsd": "http://www.w3.org/2001/XMLSchema#",
        },
        "@id": catalog.id,
        "@type": "dcat:Catalog",
        "dct:title": catalog.title,
        "dct:description": catalog.description,
        "dct:publisher": catalog.publisher,
        "dct:modified": typed(catalog.modified.to_string(), "xsd:date"),
        "foaf:homepage": id(catalog.homepage),
        "dct:license": id(METADATA_LICENCE.to_string()),
        "dcat:dataset": datasets,
    });
    let mut text = serde_json::to_string_pretty(&catalog).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse_dataset;

    fn downloads() -> Vec<Download> {
        vec![
            Download { kind: DownloadKind::Dataset, href: "data/exempelkommun.json".into(), bytes: Some(20_000) },
            Download { kind: DownloadKind::Csv, href: "data/exempelkommun.csv".into(), bytes: Some(3_000) },
            Download { kind: DownloadKind::Feed, href: "flode.xml".into(), bytes: Some(9_000) },
            Download { kind: DownloadKind::Description, href: "data.json".into(), bytes: None },
        ]
    }

    fn example() -> Dataset {
        parse_dataset(include_str!("../../../../public/data/exempelkommun.json")).expect("the example is valid")
    }

    fn eskilstuna() -> Dataset {
        parse_dataset(include_str!("../../../../public/data/eskilstuna.json")).expect("the real dataset is valid")
    }

    #[test]
    fn describes_the_dataset_and_its_files_without_inventing_a_licence() {
        let text = dcat_description(&example(), &SiteAddress::relative(), &downloads(), Terms::default());
        let json: Value = serde_json::from_str(&text).expect("JSON");
        let dataset = &json["dcat:dataset"][0];
        assert_eq!(json["@type"], "dcat:Catalog");
        assert_eq!(dataset["dct:title"], "Exempelkommun – exempeldata");
        assert_eq!(dataset["dct:publisher"]["foaf:name"], "Exempelkommun");
        assert_eq!(dataset["dct:spatial"]["dct:identifier"], "0000");
        assert_eq!(dataset["dct:modified"]["@value"], "2026-09-15");
        assert!(dataset.get("dct:license").is_none(), "no licence for the data unless the build is given one");
        assert_eq!(json["dct:license"]["@id"], METADATA_LICENCE, "the catalogue's metadata is CC0, as DCAT-AP-SE asks");
        let files = dataset["dcat:distribution"].as_array().expect("distributions");
        assert_eq!(files.len(), 3, "the description does not list itself");
        assert_eq!(files[1]["dcat:downloadURL"]["@id"], "./data/exempelkommun.csv");
        assert_eq!(files[1]["dcat:mediaType"]["@id"], "http://www.iana.org/assignments/media-types/text/csv");
        assert_eq!(files[2]["dct:format"]["@id"], "http://publications.europa.eu/resource/authority/file-type/ATOM");
        assert_eq!(files[0]["dcat:byteSize"]["@value"], "20000");
    }

    #[test]
    fn a_given_licence_and_site_address_are_used() {
        let site = SiteAddress::absolute("https://lofte.example.se/").expect("address");
        let licence = "https://creativecommons.org/publicdomain/zero/1.0/";
        let terms = Terms { licence: Some(licence), ..Terms::default() };
        let text = dcat_description(&example(), &site, &downloads(), terms);
        let json: Value = serde_json::from_str(&text).expect("JSON");
        let dataset = &json["dcat:dataset"][0];
        assert_eq!(dataset["dct:license"]["@id"], licence);
        assert_eq!(dataset["dcat:distribution"][2]["dct:license"]["@id"], licence);
        assert_eq!(dataset["dcat:distribution"][2]["dcat:downloadURL"]["@id"], "https://lofte.example.se/flode.xml");
        assert_eq!(dataset["dcat:landingPage"]["@id"], "https://lofte.example.se/");
        assert_eq!(text, dcat_description(&example(), &site, &downloads(), terms), "deterministic");
    }

    #[test]
    fn the_contact_point_is_the_publishers_as_the_build_is_given_it() {
        let describe = |terms: Terms| -> Value {
            let text = dcat_description(&example(), &SiteAddress::relative(), &downloads(), terms);
            serde_json::from_str(&text).expect("JSON")
        };
        let email = Contact::parse("oppnadata@exempel.se").expect("an address");
        let json = describe(Terms { contact: Some(&email), ..Terms::default() });
        let contact = &json["dcat:dataset"][0]["dcat:contactPoint"];
        assert_eq!(contact["@type"], "vcard:Organization");
        assert_eq!(contact["vcard:fn"], "Exempelkommun", "the kommun when no publisher is given");
        assert_eq!(contact["vcard:hasEmail"]["@id"], "mailto:oppnadata@exempel.se");
        assert_eq!(json["@context"]["vcard"], "http://www.w3.org/2006/vcard/ns#");
        let page = Contact::parse("https://exempel.se/kontakt").expect("a page");
        let json = describe(Terms { publisher: Some("Exempelbolaget"), contact: Some(&page), ..Terms::default() });
        let contact = &json["dcat:dataset"][0]["dcat:contactPoint"];
        assert_eq!(contact["vcard:fn"], "Exempelbolaget");
        assert_eq!(contact["vcard:hasURL"]["@id"], "https://exempel.se/kontakt");
        assert!(contact.get("vcard:hasEmail").is_none());
        let json = describe(Terms::default());
        let contact = &json["dcat:dataset"][0]["dcat:contactPoint"];
        assert_eq!(contact["vcard:fn"], "Exempelkommun", "the publisher's name even without an address");
        assert!(contact.get("vcard:hasEmail").is_none() && contact.get("vcard:hasURL").is_none(), "none invented");
    }

    #[test]
    fn the_temporal_coverage_spans_the_periods() {
        let json: Value = serde_json::from_str(&dcat_description(
            &eskilstuna(),
            &SiteAddress::relative(),
            &downloads(),
            Terms::default(),
        ))
        .expect("JSON");
        let temporal = &json["dcat:dataset"][0]["dct:temporal"];
        assert_eq!(temporal["@type"], "dct:PeriodOfTime");
        assert_eq!(temporal["dcat:startDate"]["@value"], "2018-01-01", "the first period's first day");
        assert_eq!(temporal["dcat:endDate"]["@value"], "2019-12-31", "the last period's last day");
        assert_eq!(temporal["dcat:endDate"]["@type"], "xsd:date");
    }

    #[test]
    fn ids_are_made_of_the_sites_address_and_the_kommun_code_and_stay_the_same() {
        let site = SiteAddress::absolute("https://lofte.example.se/").expect("address");
        let text = dcat_description(&eskilstuna(), &site, &downloads(), Terms::default());
        let json: Value = serde_json::from_str(&text).expect("JSON");
        let dataset = &json["dcat:dataset"][0];
        assert_eq!(json["@id"], "https://lofte.example.se/data.json#katalog");
        assert_eq!(dataset["@id"], "https://lofte.example.se/data.json#datamangd-0484");
        assert_eq!(dataset["dct:identifier"], "https://lofte.example.se/data.json#datamangd-0484");
        assert_eq!(dataset["dcat:contactPoint"]["@id"], "https://lofte.example.se/data.json#kontakt-0484");
        assert_eq!(dataset["dcat:distribution"][1]["@id"], "https://lofte.example.se/data.json#csv-0484");
        // A newer dataset (another day, another follow-up) keeps every id.
        let mut newer = eskilstuna();
        newer.updated = Date::from_ymd(2030, 1, 1).expect("date");
        newer.title = "Ny rubrik".into();
        let again: Value =
            serde_json::from_str(&dcat_description(&newer, &site, &downloads(), Terms::default())).expect("JSON");
        for pointer in [
            "/@id",
            "/dcat:dataset/0/@id",
            "/dcat:dataset/0/dcat:contactPoint/@id",
            "/dcat:dataset/0/dcat:distribution/2/@id",
        ] {
            assert_eq!(json.pointer(pointer), again.pointer(pointer), "{pointer}");
        }
        let relative: Value = serde_json::from_str(&dcat_description(
            &eskilstuna(),
            &SiteAddress::relative(),
            &downloads(),
            Terms::default(),
        ))
        .expect("JSON");
        assert_eq!(relative["dcat:dataset"][0]["@id"], "./data.json#datamangd-0484", "resolved against the file");
    }
}
