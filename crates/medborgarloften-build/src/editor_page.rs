//! The editors' workspace page, `redigera/index.html`: a plain page that names the site's published datasets (as
//! JSON data the workspace reads, never run) and loads the workspace's module (`crates/medborgarloften-editor`,
//! through public/redigera.js), naming its workbook module for later. Only this page loads the module: no resident's page names it, and the offline app
//! does not precache it (public/sw.js keeps the workspace's files once an editor has opened it).
//!
//! Build layer (native).

use std::path::Path;

use crate::error::BuildError;
use crate::first_module::FirstModule;
use crate::staging;

/// The workspace's folder at the site's root.
pub const FOLDER: &str = "redigera";
/// The script that starts the module (public/redigera.js).
pub const LOADER: &str = "redigera.js";
/// The workspace's own stylesheet (public/redigera.css), beside the site's.
pub const STYLE: &str = "redigera.css";

/// One dataset the site publishes, for the workspace's "Öppna …".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Published {
    /// The kommun's name.
    pub name: String,
    /// The dataset's address relative to the site's root (`data/eskilstuna.json`, `laxa/data/laxa.json`).
    pub dataset: String,
    /// The kommun's page relative to the site's root (`` for a one-kommun site, `laxa/`).
    pub page: String,
}

/// The workspace's modules, named on the loader's tag (release builds).
#[derive(Clone, Copy, Debug)]
pub struct Modules<'a> {
    /// The workspace.
    pub editor: Option<&'a FirstModule>,
    /// Its workbook module.
    pub workbook: Option<&'a FirstModule>,
}

/// Writes `redigera/index.html` into `staging`. `stylesheets` are the site's stylesheet links as a page at the root
/// names them. Without the module (a debug build) the page says the workspace needs a release build.
pub fn write(
    staging: &Path,
    modules: Modules<'_>,
    stylesheets: &str,
    published: &[Published],
) -> Result<String, BuildError> {
    let list: Vec<serde_json::Value> = published
        .iter()
        .map(|p| serde_json::json!({"name": p.name, "url": format!("../{}", p.dataset), "page": format!("../{}", p.page)}))
        .collect();
    // JSON inside <script>: "</" must not end the element.
    let data = serde_json::Value::Array(list).to_string().replace("</", "<\\/");
    let styles = stylesheets.replace("href=\"./", "href=\"../");
    let script = match (modules.editor, modules.workbook) {
        (Some(m), Some(w)) => format!(
            r#"<script type="module" id="medborgarloften-redigera" src="../{LOADER}" data-js="../{}" data-wasm="../{}" data-workbook-js="../{}" data-workbook-wasm="../{}"></script>"#,
            m.js, m.wasm, w.js, w.wasm
        ),
        _ => String::new(),
    };
    let html = format!(
        r#"<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Redigera medborgarlöften</title>
<link rel="icon" href="../favicon.svg" type="image/svg+xml">
{styles}
<link rel="stylesheet" href="../{STYLE}">
</head>
<body class="redigera-sida">
<header class="redigera-huvud"><p><a href="../">Till sidan med löftena</a></p></header>
<main id="redigera" class="redigera">
<h1>Redigera medborgarlöften</h1>
<p id="redigera-laddar" role="status">Redigeringsverktyget laddas …</p>
<noscript><p>Redigeringsverktyget behöver JavaScript. Slå på JavaScript i webbläsaren, eller använd kommandot medborgarloften i en terminal (se docs/redaktorer.md).</p></noscript>
</main>
<script type="application/json" id="redigera-datamangder">{data}</script>
{script}
</body>
</html>
"#
    );
    let folder = staging.join(FOLDER);
    std::fs::create_dir_all(&folder).map_err(|e| BuildError::write(&folder, e))?;
    staging::write(&folder.join("index.html"), html)?;
    Ok(format!("editor: {FOLDER}/index.html names {} published dataset(s)", published.len()))
}

/// The kommun's name in the dataset at `path` (relative to `staging`); the file name when it cannot be read.
pub fn kommun_name(staging: &Path, path: &str) -> String {
    staging::read(&staging.join(path))
        .ok()
        .and_then(|bytes| medborgarloften_core::parse_dataset_bytes(&bytes).ok())
        .map(|data| data.municipality.name)
        .unwrap_or_else(|| path.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::TempDir;

    #[test]
    fn names_the_datasets_as_data_and_loads_the_module_from_the_root() {
        let dir = TempDir::new("editor");
        let module = FirstModule {
            js: "medborgarloften-editor-1.js".into(),
            wasm: "medborgarloften-editor-1_bg.wasm".into(),
            wasm_bytes: 1,
        };
        let published = [Published {
            name: "Eskilstuna </script> kommun".into(),
            dataset: "data/eskilstuna.json".into(),
            page: String::new(),
        }];
        let workbook = FirstModule { js: "w-1.js".into(), wasm: "w-1_bg.wasm".into(), wasm_bytes: 1 };
        let modules = Modules { editor: Some(&module), workbook: Some(&workbook) };
        let log = write(dir.path(), modules, r#"<link rel="stylesheet" href="./style-1.css">"#, &published);
        assert!(log.is_ok());
        let html = std::fs::read_to_string(dir.path().join("redigera/index.html")).unwrap_or_default();
        assert!(html.contains(r#""url":"../data/eskilstuna.json""#), "{html}");
        assert!(html.contains(r"Eskilstuna <\/script> kommun"), "a name cannot end the data element");
        assert!(html.contains(r#"href="../style-1.css""#));
        assert!(html.contains(r#"data-wasm="../medborgarloften-editor-1_bg.wasm""#));
        assert!(html.contains(r#"data-workbook-wasm="../w-1_bg.wasm""#));
    }
}
