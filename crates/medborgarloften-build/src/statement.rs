//! The two pages every Swedish public site must have, written at the site's root: the accessibility statement
//! (`tillganglighet.html`) and the note on what the browser keeps (`integritet.html`). Their words are the core's
//! ([`medborgarloften_core::page::statement`]); here they are filled from the build's settings (`MEDB_PUBLISHER`,
//! `MEDB_CONTACT`), the site's dataset or datasets and the build's date, and put in a plain document with the
//! main page's header and footer and the shared stylesheet. No JavaScript.
//!
//! On a site for many kommuner the pages are written before the kommun folders, so that [`crate::relocate`] finds
//! them at the root and each kommun page's footer links to them with `../`.
//!
//! Build layer (native). Uses the core; nothing of the app.

use std::path::Path;

use medborgarloften_core::page::embed::escape_attribute as text;
use medborgarloften_core::page::statement::{
    accessibility_statement, footer_links_html, privacy_note, Contact, InfoPage, SiteFacts, CONTACT_SETTING,
    PUBLISHER_SETTING,
};
use medborgarloften_core::parse_dataset_bytes;

use crate::css::CssBundle;
use crate::error::BuildError;
use crate::{many, page, staging, Settings};

/// The publisher and contact the build was given.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StatementSettings {
    /// Who publishes the site (`MEDB_PUBLISHER`); `None` names the kommun, or the site for many kommuner.
    pub publisher: Option<String>,
    /// Where to report accessibility problems (`MEDB_CONTACT`), when given.
    pub contact: Option<Contact>,
}

impl StatementSettings {
    /// From `MEDB_PUBLISHER` and `MEDB_CONTACT`; a Swedish message when the contact is neither an e-mail address
    /// nor a web address.
    pub fn from_env() -> Result<Self, BuildError> {
        let var = |name: &str| std::env::var(name).ok();
        Self::from_values(var(PUBLISHER_SETTING).as_deref(), var(CONTACT_SETTING).as_deref())
    }

    /// From the settings' values; empty or blank values count as unset.
    pub fn from_values(publisher: Option<&str>, contact: Option<&str>) -> Result<Self, BuildError> {
        Ok(StatementSettings {
            publisher: given(publisher).map(str::to_string),
            contact: given(contact).map(Contact::parse).transpose().map_err(BuildError::Site)?,
        })
    }
}

/// `value` trimmed, unless it is missing or blank.
fn given(value: Option<&str>) -> Option<&str> {
    value.map(str::trim).filter(|v| !v.is_empty())
}

/// Which site the pages are for.
pub enum Site<'a> {
    /// A site for one kommun, with its dataset at `dataset_path` in the staging folder (`data/eskilstuna.json`).
    OneKommun {
        /// The dataset's address in the site.
        dataset_path: &'a str,
    },
    /// A site for many kommuner, with the datasets of `folder` (`MEDB_DATASETS`).
    ManyKommuner {
        /// The folder of datasets.
        folder: &'a Path,
    },
}

/// Writes both pages at the root of `settings.staging`, with `html`'s stylesheets (or the joined `css`); returns
/// a line for the build's log.
pub fn write_pages(settings: &Settings, site: Site, html: &str, css: Option<&CssBundle>) -> Result<String, BuildError> {
    let staging = settings.staging.as_path();
    let (site_name, publisher, maps) = match site {
        Site::OneKommun { dataset_path } => {
            let data = parsed(&staging.join(dataset_path))?;
            let maps = data.geometry.is_some();
            (data.title, data.municipality.name, maps)
        }
        Site::ManyKommuner { folder } => {
            let mut maps = false;
            for (_, dataset) in many::datasets_in(folder)? {
                maps |= parsed(&dataset)?.geometry.is_some();
            }
            (settings.site_name.clone(), settings.site_name.clone(), maps)
        }
    };
    let facts = SiteFacts {
        site_name: &site_name,
        publisher: settings.statement.publisher.as_deref().unwrap_or(&publisher),
        contact: settings.statement.contact.as_ref(),
        maps,
        made: settings.site.today,
    };
    let stylesheets = page::stylesheet_links(html, css)?;
    let files = write(staging, &facts, &stylesheets)?;
    Ok(format!(
        "statement: {} for {}, contact {}",
        files.join(", "),
        facts.publisher,
        if facts.contact.is_some() { "given" } else { "not given (MEDB_CONTACT)" }
    ))
}

/// Writes the two pages for `facts` into `dir`; returns their file names.
pub fn write(dir: &Path, facts: &SiteFacts, stylesheets: &str) -> Result<Vec<&'static str>, BuildError> {
    let mut files = Vec::new();
    for page in [accessibility_statement(facts), privacy_note(facts)] {
        staging::write(&dir.join(page.file), document(&page, facts.site_name, stylesheets))?;
        files.push(page.file);
    }
    Ok(files)
}

/// The whole document of `page`: the main page's skip link, header, `page` and footer.
fn document(page: &InfoPage, site_name: &str, stylesheets: &str) -> String {
    format!(
        concat!(
            r#"<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8">"#,
            r#"<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>"#,
            r##"<meta name="theme-color" content="#1d3b66"><link rel="icon" href="favicon.svg" type="image/svg+xml">"##,
            r#"{stylesheets}</head><body>"#,
            r##"<a href="#innehall" class="skip-link">Hoppa till innehållet</a>"##,
            r#"<header class="site-header"><div class="site-header__inner">"#,
            r#"<p class="site-header__eyebrow">{site}</p><h1>{heading}</h1></div></header>"#,
            r#"<main id="innehall" class="page info-page">"#,
            r#"<p class="info-page__back"><a href="./">Till medborgarlöftena</a></p>{body}</main>"#,
            r#"<footer class="site-footer">{links}</footer></body></html>"#
        ),
        title = text(&page.title),
        stylesheets = stylesheets,
        site = text(site_name),
        heading = text(&page.heading),
        body = page.body,
        links = footer_links_html(Some(page.file)),
    )
}

/// The dataset at `path`, parsed; the checker's message when it is not one.
fn parsed(path: &Path) -> Result<medborgarloften_core::Dataset, BuildError> {
    parse_dataset_bytes(&staging::read(path)?)
        .map_err(|e| BuildError::Site(format!("{} är inte en giltig datamängd: {e}", path.display())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::TempDir;
    use medborgarloften_core::Date;

    #[test]
    fn writes_both_pages_at_the_root_with_the_shared_stylesheet_header_and_footer() {
        let dir = TempDir::new("statement");
        let settings =
            StatementSettings::from_values(Some(" Eskilstuna kommun "), Some("https://eskilstuna.se/kontakt"))
                .expect("valid settings");
        let facts = SiteFacts {
            site_name: "Medborgarlöften i Eskilstuna",
            publisher: settings.publisher.as_deref().expect("a publisher"),
            contact: settings.contact.as_ref(),
            maps: true,
            made: Date::from_ymd(2026, 5, 4).expect("a date"),
        };
        let files = write(dir.path(), &facts, r#"<link rel="stylesheet" href="./style-1.css">"#).expect("written");
        assert_eq!(files, ["tillganglighet.html", "integritet.html"]);

        let statement = dir.read("tillganglighet.html");
        assert!(statement.starts_with(r#"<!DOCTYPE html><html lang="sv">"#));
        assert!(statement.contains("<title>Tillgänglighetsredogörelse – Medborgarlöften i Eskilstuna</title>"));
        assert!(statement.contains(r#"<link rel="stylesheet" href="./style-1.css"></head>"#));
        assert!(statement.contains(r#"<header class="site-header">"#));
        assert!(statement.contains("<h1>Tillgänglighets\u{ad}redogörelse</h1>"));
        assert!(statement.contains(r#"<main id="innehall" class="page info-page""#));
        assert!(statement.contains("<p>Eskilstuna kommun står bakom webbplatsen Medborgarlöften i Eskilstuna."));
        assert!(statement.contains(r#"<a href="https://eskilstuna.se/kontakt">"#));
        assert!(statement.contains(r#"<footer class="site-footer"><nav class="site-footer__about""#));
        assert!(statement.contains(r#"<a href="tillganglighet.html" aria-current="page">"#));
        assert!(!statement.contains("<script"), "no JavaScript");

        let privacy = dir.read("integritet.html");
        assert!(privacy.contains("<h1>Om lagring och integritet</h1>"));
        assert!(privacy.contains(r#"<a href="integritet.html" aria-current="page">"#));
        assert!(privacy.contains(r#"<a href="./">Till medborgarlöftena</a>"#));
    }

    #[test]
    fn a_kommun_folders_footer_links_move_up_to_the_pages_at_the_root() {
        let dir = TempDir::new("statement-many");
        let facts = SiteFacts {
            site_name: "Medborgarlöften i Sverige",
            publisher: "Medborgarlöften i Sverige",
            contact: None,
            maps: false,
            made: Date::from_ymd(2026, 5, 4).expect("a date"),
        };
        write(dir.path(), &facts, "").expect("written");
        dir.write("ale/index.html", "");
        // What many.rs asks of a root file: written at the root and not in the kommun's folder.
        let shared = |first: &str| dir.has(first) && !dir.has(&format!("ale/{first}"));
        let footer = crate::relocate::relocate(&footer_links_html(None), &shared).expect("rewritten");
        assert!(footer.contains(r#"href="../tillganglighet.html""#), "{footer}");
        assert!(footer.contains(r#"href="../integritet.html""#), "{footer}");
    }

    #[test]
    fn blank_settings_are_unset_and_a_bad_contact_stops_the_build() {
        assert_eq!(StatementSettings::from_values(Some("  "), Some("")).expect("fine"), StatementSettings::default());
        let error = StatementSettings::from_values(None, Some("ring oss")).expect_err("refused").to_string();
        assert!(error.starts_with("MEDB_CONTACT=ring oss ska vara en e-postadress"), "{error}");
    }

    #[test]
    fn the_site_name_in_the_header_is_text() {
        let page = InfoPage { file: "x.html", title: "<t>".into(), heading: "H".into(), body: String::new() };
        let html = document(&page, "<b>Region & län</b>", "");
        assert!(html.contains("<title>&lt;t&gt;</title>"));
        assert!(html.contains("&lt;b&gt;Region &amp; län&lt;/b&gt;"));
    }
}
