//! Step 2b: what the site ships of `data/` and `geo/`. Trunk copies all of `public/data/` and `public/geo/` into
//! the build (index.html's `copy-dir` links), but a site built for one kommun ships only its own: the site's
//! dataset and the files the build wrote from it (the CSV), the map files that dataset names, and the JSON Schemas
//! (`data/schema.json`, `data/schema-v1.json`). Any other dataset — the made-up `exempelkommun.json` the
//! end-to-end tests and demonstrations open with `?data=` — ships only when asked for by
//! `MEDB_EXTRA_DATASETS` (comma-separated files, like `MEDB_DATASET` in `public/data/` or elsewhere), with the map
//! files it names. So Grästorp's site has no `data/eskilstuna.json`, and `?data=data/eskilstuna.json` finds
//! nothing there.
//!
//! It runs right after the site's page is rendered, before the precache list and the compressed copies are
//! written, so neither names a file the site does not have.
//!
//! Build layer (native). Uses the core's parser for the extra datasets; nothing of the app.

use std::collections::BTreeSet;
use std::path::Path;

use medborgarloften_core::dataset::model::Geometry;
use medborgarloften_core::parse_dataset_bytes;

use crate::error::BuildError;
use crate::site::publish_as;
use crate::staging;

/// The setting that names the datasets a site ships besides its own.
pub const EXTRA_SETTING: &str = "MEDB_EXTRA_DATASETS";

/// The JSON Schemas every site ships (the footer links the one of its dataset's version).
pub const SCHEMAS: [&str; 2] = ["data/schema.json", "data/schema-v1.json"];

/// The folders whose files the site ships only when they are its own.
pub const FOLDERS: [&str; 2] = ["data/", "geo/"];

/// What the site ships of `data/` and `geo/`, and what was taken out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shipped {
    /// The files kept, sorted.
    pub kept: Vec<String>,
    /// The files removed, sorted.
    pub removed: Vec<String>,
}

/// The files `MEDB_EXTRA_DATASETS` names: comma-separated, blanks ignored.
pub fn extra_list(value: Option<&str>) -> Vec<String> {
    value.unwrap_or_default().split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect()
}

/// A dataset's files in the site: the dataset and the map files its `geometry` names.
pub fn dataset_files(dataset_path: &str, geometry: Option<&Geometry>) -> Vec<String> {
    let mut files = vec![dataset_path.to_string()];
    if let Some(geo) = geometry {
        files.push(site_path(&geo.districts));
        files.extend(geo.outline.as_deref().map(site_path));
    }
    files
}

/// Publishes each extra dataset into `site`'s `data/`, checks it with the core's parser and returns its files. An
/// invalid extra dataset, or one whose district map is not in the build, stops the build.
pub fn extra_files(site: &Path, extras: &[String]) -> Result<Vec<String>, BuildError> {
    let mut files = Vec::new();
    for chosen in extras {
        let path = publish_as(site, chosen, EXTRA_SETTING)?;
        let data = parse_dataset_bytes(&staging::read(&site.join(&path))?)
            .map_err(|e| BuildError::Site(format!("{EXTRA_SETTING}: {path} är inte en giltig datamängd: {e}")))?;
        let own = dataset_files(&path, data.geometry.as_ref());
        if let Some(map) = own.get(1).filter(|map| !site.join(map).is_file()) {
            return Err(BuildError::Site(format!(
                "{EXTRA_SETTING}: kartfilen {map} som {path} nämner finns inte i bygget"
            )));
        }
        files.extend(own);
    }
    Ok(files)
}

/// Removes every file under `data/` and `geo/` of `site` that `keep` does not name (the JSON Schemas are always
/// kept), and those folders when they are left empty.
pub fn prune(site: &Path, keep: &[String]) -> Result<Shipped, BuildError> {
    let keep: BTreeSet<String> = keep.iter().map(|f| site_path(f)).chain(SCHEMAS.map(str::to_string)).collect();
    let (mut kept, mut removed) = (Vec::new(), Vec::new());
    for file in staging::files(site)?.into_iter().filter(|f| FOLDERS.iter().any(|folder| f.starts_with(folder))) {
        if keep.contains(&file) {
            kept.push(file);
        } else {
            staging::remove(&site.join(&file))?;
            removed.push(file);
        }
    }
    for folder in FOLDERS {
        let dir = site.join(folder);
        if dir.is_dir() && staging::files(&dir)?.is_empty() {
            std::fs::remove_dir_all(&dir).map_err(|e| BuildError::write(&dir, e))?;
        }
    }
    Ok(Shipped { kept, removed })
}

/// A dataset's relative path as the site names it (`./geo/x.geojson` → `geo/x.geojson`).
fn site_path(path: &str) -> String {
    path.replace('\\', "/").trim_start_matches("./").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::{render_site, SiteInput};
    use crate::testing::TempDir;
    use medborgarloften::published::PublishSettings;
    use medborgarloften_core::Date;

    fn root() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
    }

    /// A staged build as Trunk leaves it: every file of public/data and public/geo, and a manifest.
    fn staged(label: &str) -> TempDir {
        let site = TempDir::new(label);
        for folder in ["data", "geo"] {
            for entry in std::fs::read_dir(root().join("public").join(folder)).expect("public folder") {
                let entry = entry.expect("entry");
                let name = format!("{folder}/{}", entry.file_name().to_string_lossy());
                site.write(&name, std::fs::read(entry.path()).expect("readable"));
            }
        }
        site.write("manifest.webmanifest", r#"{"name": "Medborgarlöften"}"#);
        site
    }

    /// Renders the site for `dataset` and ships its files with `extras`, as the post_build hook does.
    fn build(site: &TempDir, dataset: &str, extras: &[String]) -> Shipped {
        let input = SiteInput {
            dataset: dataset.to_string(),
            today: Date::from_unix_days(20_000).expect("works"),
            publish: PublishSettings {
                site: medborgarloften_core::export::SiteAddress::relative(),
                licence: None,
                publisher: None,
                contact: None,
            },
        };
        let page = render_site(site.path(), &input).expect("renders");
        let mut keep = page.files;
        keep.extend(extra_files(site.path(), extras).expect("extras"));
        prune(site.path(), &keep).expect("prunes")
    }

    #[test]
    fn a_kommun_without_a_map_ships_no_file_of_another_kommun() {
        let site = staged("ship-norrhamn");
        let norrhamn = root().join("tests/fixtures/schema2/valid/norrhamn.json");
        let shipped = build(&site, &norrhamn.to_string_lossy(), &[]);
        assert_eq!(
            shipped.kept,
            ["data/norrhamn.csv", "data/norrhamn.json", "data/schema-v1.json", "data/schema.json"],
            "only its own dataset, its CSV and the schemas"
        );
        let everything = staging::files(site.path()).expect("files");
        assert!(everything.iter().all(|f| !f.contains("eskilstuna") && !f.contains("exempelkommun")), "{everything:?}");
        assert!(!site.has("geo"), "no map folder without a map");
        assert!(shipped.removed.contains(&"geo/eskilstuna-districts.geojson".to_string()), "{:?}", shipped.removed);
    }

    #[test]
    fn eskilstuna_ships_its_map_and_the_example_only_when_asked_for() {
        let site = staged("ship-eskilstuna");
        let shipped = build(&site, "public/data/eskilstuna.json", &[]);
        assert_eq!(
            shipped.kept,
            [
                "data/eskilstuna.csv",
                "data/eskilstuna.json",
                "data/schema-v1.json",
                "data/schema.json",
                "geo/eskilstuna-districts.geojson",
                "geo/eskilstuna-kommun.geojson",
            ]
        );
        assert_eq!(shipped.removed, ["data/exempelkommun.json"]);

        let asked = staged("ship-extra");
        let extras = extra_list(Some(" public/data/exempelkommun.json , "));
        let shipped = build(&asked, "public/data/eskilstuna.json", &extras);
        assert!(shipped.kept.contains(&"data/exempelkommun.json".to_string()), "{:?}", shipped.kept);
        assert!(shipped.removed.is_empty(), "{:?}", shipped.removed);
    }

    #[test]
    fn an_extra_dataset_must_be_valid() {
        let site = staged("ship-invalid");
        site.write("data/trasig.json", "{\"schema_version\": 2,");
        let error =
            extra_files(site.path(), &["public/data/trasig.json".to_string()]).expect_err("refused").to_string();
        assert!(error.starts_with("MEDB_EXTRA_DATASETS: data/trasig.json är inte en giltig datamängd: "), "{error}");
        let error = extra_files(site.path(), &["inte-json.txt".to_string()]).expect_err("refused").to_string();
        assert!(error.starts_with("MEDB_EXTRA_DATASETS=inte-json.txt ska vara en .json-fil"), "{error}");
    }

    #[test]
    fn the_list_is_comma_separated() {
        assert_eq!(extra_list(None), Vec::<String>::new());
        assert_eq!(extra_list(Some("a.json,b.json")), ["a.json", "b.json"]);
        assert_eq!(extra_list(Some(" , ")), Vec::<String>::new());
        assert_eq!(site_path("./geo/x.geojson"), "geo/x.geojson");
    }
}
