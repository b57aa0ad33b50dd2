//! The build-time render (`ssr` feature): the default view of the site's dataset, rendered by the app's own
//! components to HTML, and the page around it — title, meta description, the dataset's address and the list of
//! downloads for the app, the feed's `<link rel="alternate">` and the installed app's manifest — all from that
//! dataset. The build tool (`crates/medborgarloften-build`) calls it and writes the result into the staged build.
//!
//! Shell layer, native only. It says what goes into the page ([`PageParts`]); it edits no HTML itself.

use std::sync::Arc;

use leptos::prelude::*;
use medborgarloften_core::export::atom::{feed_title, FEED_FILE, FEED_MEDIA_TYPE};
use medborgarloften_core::export::downloads::{to_meta, Download};
use medborgarloften_core::geo::GeoCollection;
use medborgarloften_core::page::interact::Ui;
use medborgarloften_core::page::query::param;
use medborgarloften_core::page::site::{site_meta_in, SiteMeta, SHORT_NAME};
use medborgarloften_core::page::view::Catalog;
use medborgarloften_core::Date;

use crate::app::App;
use crate::boot::{Boot, Preloaded};
use medborgarloften_core::contract::{id, meta};

/// What the build knows: the dataset, where the page finds it, its map and the day of the build.
pub struct Build {
    /// The site's dataset, validated and indexed.
    pub catalog: Arc<Catalog>,
    /// Its address relative to the page, e.g. `data/eskilstuna.json`.
    pub dataset_path: String,
    /// Its map file, when it names one.
    pub geometry: Option<Arc<GeoCollection>>,
    /// The build's date: the follow-up plan says "nästa" and "datum passerat" as of this day.
    pub today: Date,
    /// The files written for the dataset (CSV, feed, description) and the dataset and its schema, with sizes.
    pub downloads: Vec<Download>,
    /// The dataset file's fingerprint ([`medborgarloften_core::dataset::fingerprint::fingerprint`]).
    pub fingerprint: String,
}

/// The default view (no filters), rendered to HTML by the app's components in the catalog's language.
pub fn render_view(build: &Build) -> String {
    render_state(build, "", Ui::default())
}

/// The embedded layout's default view (`?inbaddad=1`), for the page the embed snippet opens
/// (`medborgarloften_core::page::embed::EMBED_PAGE`), in the catalog's language.
pub fn render_embedded(build: &Build) -> String {
    render_state(build, &format!("{}=1", param::EMBED), Ui::default())
}

/// The view of the address's query `search` with the page's own state `ui`, rendered to HTML by the app's
/// components in the catalog's language (the build renders the default; the page contract's test renders other
/// states too).
pub fn render_state(build: &Build, search: &str, ui: Ui) -> String {
    let boot = Boot {
        search: search.to_string(),
        today: Some(build.today),
        // One page for every screen: the phone layout, whose map starts closed (style/map.css shows it on a wide
        // screen until the app opens it).
        wide: false,
        link_base: String::new(),
        default_dataset: build.dataset_path.clone(),
        downloads: build.downloads.clone(),
        preloaded: Some(Preloaded { catalog: build.catalog.clone(), geometry: build.geometry.clone() }),
        ui,
        language: build.catalog.language(),
    };
    // A server context: Leptos then knows it renders to HTML and installs no browser listeners.
    let owner = Owner::new_root(Some(Arc::new(hydration_context::SsrSharedContext::new())));
    let html = owner.with(|| view! { <App boot=boot/> }.to_html());
    owner.unset();
    without_comments(&html)
}

/// `html` without comments: Leptos marks its dynamic parts with them for hydration, which the take-over does not
/// use, and they are about a tenth of the page. Text from the dataset is escaped, so `<!` starts only a comment.
fn without_comments(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<!") {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let end =
            if after.starts_with("<!--") { after.find("-->").map(|e| e + 3) } else { after.find('>').map(|e| e + 1) };
        match end {
            Some(end) => rest = &after[end..],
            None => {
                rest = after;
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Why the manifest could not be completed.
#[derive(Debug, thiserror::Error)]
pub enum PageError {
    /// The manifest is not a JSON object.
    #[error("manifest.webmanifest är inte ett JSON-objekt: {0}")]
    Manifest(String),
}

/// What the build writes into Trunk's page for the site's dataset. The build tool
/// (`crates/medborgarloften-build`) applies it in its one pass over the page; this module only says what goes
/// where, so the page's contract with the app (the meta names, the root's and the copy's ids) stays in the app.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageParts {
    /// The page's title, as text.
    pub title: String,
    /// The meta description, as text.
    pub description: String,
    /// HTML for the head: the dataset's address, its downloads and its fingerprint for the app, and the
    /// feed's `<link rel="alternate">`.
    pub head: String,
    /// The id of the app's (hidden) root element, before which [`PageParts::rendered`] goes.
    pub root_id: &'static str,
    /// The rendered view in its container, as HTML.
    pub rendered: String,
}

/// [`page_parts`] for the embed's page: its container says `data-layout="inbaddad"`, so that public/boot.js keeps
/// the rendered copy for an address without filters instead of showing the loading text.
pub fn embedded_parts(build: &Build, view: &str) -> PageParts {
    parts_in(build, view, &format!(r#" data-layout="{}""#, param::EMBED))
}

/// The site's title, description and head tags, and the rendered `view` in its container.
pub fn page_parts(build: &Build, view: &str) -> PageParts {
    parts_in(build, view, "")
}

/// [`page_parts`] with `attributes` (HTML, each with its leading space) on the rendered view's container.
fn parts_in(build: &Build, view: &str, attributes: &str) -> PageParts {
    let meta = site_meta_in(build.catalog.data(), build.catalog.language());
    let mut head = format!(r#"<meta name="{}" content="{}">"#, meta::DATASET, escape(&build.dataset_path));
    head.push_str(&format!(r#"<meta name="{}" content="{}">"#, meta::DOWNLOADS, escape(&to_meta(&build.downloads))));
    head.push_str(&format!(r#"<meta name="{}" content="{}">"#, meta::FINGERPRINT, build.fingerprint));
    head.push_str(&format!(
        r#"<link rel="alternate" type="{FEED_MEDIA_TYPE}" title="{}" href="{FEED_FILE}">"#,
        escape(&feed_title(build.catalog.data()))
    ));
    PageParts {
        title: meta.title,
        description: meta.description,
        head,
        root_id: id::APP_ROOT,
        rendered: format!(r#"<div id="{}"{attributes}>{view}</div>"#, id::PRERENDERED),
    }
}

/// The web app manifest with the site's name and description.
pub fn complete_manifest(manifest: &str, meta: &SiteMeta) -> Result<String, PageError> {
    let mut json: serde_json::Value = serde_json::from_str(manifest).map_err(|e| PageError::Manifest(e.to_string()))?;
    let object = json.as_object_mut().ok_or_else(|| PageError::Manifest("inget objekt".to_string()))?;
    object.insert("name".to_string(), meta.app_name.clone().into());
    object.insert("short_name".to_string(), SHORT_NAME.into());
    object.insert("description".to_string(), meta.description.clone().into());
    serde_json::to_string_pretty(&json).map_err(|e| PageError::Manifest(e.to_string()))
}

/// Text for an HTML attribute or element.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}
