//! The published dataset in schema version 2, as it appears in `public/data/*.json` (schema:
//! `public/data/schema.json`; version 1 files are read by [`crate::dataset::v1`] and upgraded to this model).
//!
//! Plain data types, each declared once with [`record!`] or [`words!`]: the declaration gives the type and its reader,
//! which refuses unknown fields, so a misspelt field is an error instead of being dropped. The serde `Serialize`
//! derives write JSON (the editors' tool); nothing reads JSON with serde. A freshly read [`Dataset`] is not trusted:
//! [`crate::parse_dataset`] validates it before anything else sees it. Pure core: no UI or browser dependency.
//!
//! The head of a dataset (this file) is shared with version 1: [`Dataset`]'s type parameters are its parties,
//! periods and promises, which differ. The periods and the promises are in `period` and `promise`; the
//! translations a record's texts may carry in `translation`, and the accessors that read a text in a reader's
//! language in `localized`.
//!
//! Dataset layer: of its own layer uses only `decode` (the declaration macros), `date`, `month`, `status` and `forms`,
//! and the `lang` layer below (the accessors take a [`crate::lang::Language`]); must not
//! import the readers that use it (`parse`, `v1`), nor `geo`, `page` or `export`.

mod localized;
mod period;
mod promise;
mod translation;

use serde::Serialize;

pub use self::period::{lead_with_colon, Document, FollowupPlan, Goal, Group, Period, PlannedReport, ReportKind};
pub use self::promise::{Amount, FollowupEntry, Promise, SubPromises, Target, TargetKind};
pub use self::translation::{Localized, Text, Translatable, Translated, Translation, Translations};
use crate::dataset::date::Date;
use crate::dataset::decode::record;

/// The schema version this build of the app writes; it also reads version 1 ([`crate::dataset::v1::SCHEMA_VERSION`]).
pub const SCHEMA_VERSION: u32 = 2;

record! {
    /// One published dataset: a municipality's promises over one or more periods. Version 1 files have the same head
    /// with their own parties, periods and promises ([`crate::dataset::v1::Dataset`]).
    #[derive(Clone, Debug, PartialEq, Serialize)]
    pub struct Dataset<Pa = Party, Pe = Period, Pr = Promise> {
        /// Where an editor's tool finds the JSON Schema, e.g. `schema.json`; not used by the app.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub schema as "$schema": Option<String> = None,
        /// Format version; [`SCHEMA_VERSION`] once parsed.
        pub schema_version: u32,
        /// Short machine id of the dataset, e.g. `eskilstuna`.
        pub id: String,
        /// Title shown in the header, e.g. "Medborgarlöften i Eskilstuna".
        pub title: String,
        /// True for made-up demonstration data; the app labels it as example data.
        pub example: bool = false,
        /// The date the dataset was last compiled or updated.
        pub updated: Date,
        /// The municipality the promises concern.
        pub municipality: Municipality,
        /// Where the promises were published.
        pub source: Link,
        /// Geometry files for the map, relative to the dataset's folder's parent (the app root).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub geometry: Option<Geometry> = None,
        /// The kommun's own look on its page and its embed: a colour and a logo ([`Look`]).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub look: Option<Look> = None,
        /// The parties that make promises (police, municipality, and any other promiser).
        pub parties: Vec<Pa>,
        /// Themes a promise can be tagged with.
        pub themes: Vec<Theme>,
        /// Named districts that promises can concern.
        pub districts: Vec<District>,
        /// The promise periods, usually one a year.
        pub periods: Vec<Pe>,
        /// Every promise, in publication order.
        pub promises: Vec<Pr>,
    }
}

record! {
    /// A Swedish municipality.
    #[derive(Clone, Debug, PartialEq, Serialize)]
    pub struct Municipality {
        /// Name, e.g. "Eskilstuna kommun".
        pub name: String,
        /// SCB's four-digit municipality code, e.g. "0484".
        pub code: String,
    }
}

record! {
    /// A titled link. `url` is http(s) or relative; validation rejects anything else.
    #[derive(Clone, Debug, PartialEq, Eq, Serialize)]
    pub struct Link {
        /// Link text.
        pub title: String,
        /// Target address.
        pub url: String,
    }
}

record! {
    /// The map files of a dataset.
    #[derive(Clone, Debug, PartialEq, Serialize)]
    pub struct Geometry {
        /// GeoJSON FeatureCollection of statistical areas (property `regsokod` is the key).
        pub districts: String,
        /// GeoJSON outline of the municipality.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub outline: Option<String> = None,
        /// Attribution to show on the map, e.g. "Källa: SCB".
        pub attribution: String,
    }
}

record! {
    /// The kommun's own look, optional: its colour for the page's header, links and buttons, and its logo in the
    /// header. Validation refuses a colour without WCAG AA contrast on the page ([`crate::dataset::look`]).
    #[derive(Clone, Debug, PartialEq, Eq, Serialize)]
    pub struct Look {
        /// The kommun's primary colour as `#rrggbb`, e.g. `#005a9c`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub color: Option<String> = None,
        /// The logo file (SVG, PNG or WebP), relative to the dataset's folder, e.g. `bilder/logga.svg`; the build
        /// copies it beside the page under the same path.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub logo: Option<String> = None,
        /// The logo's text alternative, e.g. "Eskilstuna kommuns logotyp"; required with a logo.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub logo_alt: Option<String> = None,
    }
}

record! {
    /// A party that makes promises.
    #[derive(Clone, Debug, PartialEq, Serialize)]
    pub struct Party {
        /// URL value, e.g. `polisen`.
        pub id: String,
        /// Full name, e.g. "Polismyndigheten".
        pub name: String,
        /// Short name for badges and filters, e.g. "Polisen".
        pub short: String,
        /// The short name as written inside a sentence, e.g. "kommunen" ("Polisen och kommunen"); without it the
        /// short name is used as written ("Polisen och Västtrafik").
        #[serde(skip_serializing_if = "Option::is_none")]
        pub in_sentence: Option<String> = None,
        /// Translations of the texts above into the app's other languages, e.g. `{"en": {…}}`; none when empty.
        #[serde(skip_serializing_if = "Translations::is_empty")]
        pub translations: Translations<Party> = Translations::new(),
    }
}

impl Party {
    /// The two promisers of every medborgarlöfte: Polismyndigheten (`polisen`) and the kommun named `kommun`
    /// (`kommunen`), as a new dataset starts with them.
    pub fn police_and_kommun(kommun: &str) -> Vec<Party> {
        let party = |id: &str, name: &str, short: &str| Party {
            translations: Default::default(),
            id: id.to_owned(),
            name: name.to_owned(),
            short: short.to_owned(),
            in_sentence: Some(id.to_owned()),
        };
        vec![party("polisen", "Polismyndigheten", "Polisen"), party("kommunen", kommun, "Kommunen")]
    }
}

record! {
    /// A theme tag.
    #[derive(Clone, Debug, PartialEq, Serialize)]
    pub struct Theme {
        /// URL value, e.g. `narkotika`.
        pub id: String,
        /// Display name, e.g. "Narkotika".
        pub name: String,
        /// Translations of the texts above into the app's other languages, e.g. `{"en": {…}}`; none when empty.
        #[serde(skip_serializing_if = "Translations::is_empty")]
        pub translations: Translations<Theme> = Translations::new(),
    }
}

record! {
    /// A named district, made of one or more statistical areas (SCB RegSO).
    #[derive(Clone, Debug, PartialEq, Serialize)]
    pub struct District {
        /// URL value, e.g. `skiftinge`.
        pub id: String,
        /// Display name, e.g. "Skiftinge".
        pub name: String,
        /// True for the police's and municipality's priority districts.
        pub priority: bool = false,
        /// SCB RegSO codes the district covers, e.g. `["0484R017", "0484R018"]`.
        pub regso: Vec<String> = Vec::new(),
        /// Translations of the texts above into the app's other languages, e.g. `{"en": {…}}`; none when empty.
        #[serde(skip_serializing_if = "Translations::is_empty")]
        pub translations: Translations<District> = Translations::new(),
    }
}
