//! A DCAT-AP-SE description of the dataset (`data.json`, JSON-LD with the dcat, dct and foaf vocabularies), so a
//! kommun's open-data portal can harvest the catalogue, the dataset and its files.
//!
//! The dataset format has no licence or publisher field, and nothing here invents one: the publisher is the
//! municipality the dataset names (with every promiser as `dct:creator`), and the licence is written only when
//! the build is given one (`MEDB_LICENSE`, see the README). A site for many kommuner writes one catalogue of
//! every kommun's dataset from the same pieces ([`super::national`]). Pure core: deterministic JSON from a
//! [`Dataset`].

use serde_json::{json, Map, Value};

use super::downloads::{Download, DownloadKind};
use super::SiteAddress;
use crate::dataset::model::Dataset;
use crate::page::site::site_meta;
use crate::Date;

/// The description's file name in the site, next to `index.html`.
pub const DESCRIPTION_FILE: &str = "data.json";

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
/// out); `licence` is the address of the data's licence, when the publisher has stated one.
pub fn dcat_description(data: &Dataset, site: &SiteAddress, downloads: &[Download], licence: Option<&str>) -> String {
    let catalog = Catalog {
        title: data.title.clone(),
        description: site_meta(data).description,
        publisher: publisher(data),
        modified: data.updated,
        homepage: site.of(""),
    };
    catalog_json(catalog, vec![dataset_node(data, site, downloads, licence)])
}

/// What a catalogue says about itself besides its datasets.
pub(super) struct Catalog {
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

/// A `foaf:Agent` named `name`.
pub(super) fn agent(name: &str) -> Value {
    json!({ "@type": "foaf:Agent", "foaf:name": name })
}

/// One `dcat:Dataset` for `data`, its landing page and `downloads` (each but the description, as a
/// `dcat:Distribution`) at their addresses under `site`.
pub(super) fn dataset_node(data: &Dataset, site: &SiteAddress, downloads: &[Download], licence: Option<&str>) -> Value {
    let creators: Vec<Value> = data.parties.iter().map(|party| agent(&party.name)).collect();
    let distributions: Vec<Value> = downloads
        .iter()
        .filter(|d| d.kind != DownloadKind::Description)
        .map(|download| {
            let address = site.of(&download.href);
            let mut distribution = Map::new();
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
    let mut dataset = Map::new();
    dataset.insert("@type".into(), "dcat:Dataset".into());
    dataset.insert("dct:identifier".into(), data.id.clone().into());
    dataset.insert("dct:title".into(), data.title.clone().into());
    dataset.insert("dct:description".into(), site_meta(data).description.into());
    dataset.insert("dct:publisher".into(), publisher(data));
    dataset.insert("dct:creator".into(), creators.into());
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
            "xsd": "http://www.w3.org/2001/XMLSchema#",
        },
        "@type": "dcat:Catalog",
        "dct:title": catalog.title,
        "dct:description": catalog.description,
        "dct:publisher": catalog.publisher,
        "dct:modified": typed(catalog.modified.to_string(), "xsd:date"),
        "foaf:homepage": id(catalog.homepage),
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

    #[test]
    fn describes_the_dataset_and_its_files_without_inventing_a_licence() {
        let text = dcat_description(&example(), &SiteAddress::relative(), &downloads(), None);
        let json: Value = serde_json::from_str(&text).expect("JSON");
        let dataset = &json["dcat:dataset"][0];
        assert_eq!(json["@type"], "dcat:Catalog");
        assert_eq!(dataset["dct:title"], "Exempelkommun – exempeldata");
        assert_eq!(dataset["dct:publisher"]["foaf:name"], "Exempelkommun");
        assert_eq!(dataset["dct:spatial"]["dct:identifier"], "0000");
        assert_eq!(dataset["dct:modified"]["@value"], "2026-09-15");
        assert!(dataset.get("dct:license").is_none(), "no licence unless the build is given one");
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
        let text = dcat_description(&example(), &site, &downloads(), Some(licence));
        let json: Value = serde_json::from_str(&text).expect("JSON");
        let dataset = &json["dcat:dataset"][0];
        assert_eq!(dataset["dct:license"]["@id"], licence);
        assert_eq!(dataset["dcat:distribution"][2]["dct:license"]["@id"], licence);
        assert_eq!(dataset["dcat:distribution"][2]["dcat:downloadURL"]["@id"], "https://lofte.example.se/flode.xml");
        assert_eq!(dataset["dcat:landingPage"]["@id"], "https://lofte.example.se/");
        assert_eq!(text, dcat_description(&example(), &site, &downloads(), Some(licence)), "deterministic");
    }
}
