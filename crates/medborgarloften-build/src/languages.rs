//! The site in every language of the app: the Swedish page at the root and a copy of the site's own files, with
//! the page rendered in the language, under each other language's prefix (`en/`, `ar/`). A language folder is
//! built like a kommun's folder on a site for many: its dataset, the files written from it and its map files are
//! its own, and the files every page shares (the modules, the stylesheet, boot.js, the icons) are the root's,
//! named with `../` ([`crate::relocate`]). Its service worker (`<prefix>/sw.js`, scope the folder) keeps it
//! offline.
//!
//! Each page gets the language switch ([`nav`]) before the rendered view, its `<link rel="alternate"
//! hreflang>` tags ([`alternates`]), and `lang`/`dir` on `<html>` (the rewrite, [`crate::page`]).
//!
//! Build layer (native). The words are the core's (`medborgarloften_core::lang`).

use std::path::Path;

use medborgarloften_core::lang::{link_to, Language, LANGUAGES};
use medborgarloften_core::page::embed::EMBED_PAGE;
use medborgarloften_core::page::statement::{ACCESSIBILITY_PAGE, PRIVACY_PAGE};

use crate::error::BuildError;
use crate::page::{rewrite, PageEdits};
use crate::relocate::relocate;
use crate::site::{render_site_in, SiteInput};
use crate::staging;

/// Trunk's own copies of the files a page's folder completes in place (its manifest, its service worker, the
/// embed script and the no-script stylesheet), read before the root's page completes them.
pub struct FolderFiles(Vec<(&'static str, Vec<u8>)>);

impl FolderFiles {
    /// Reads them from the staged build's root.
    pub fn read(staging: &Path) -> Result<Self, BuildError> {
        let mut files = Vec::new();
        for file in crate::many::PER_KOMMUN {
            let path = staging.join(file);
            if path.is_file() {
                files.push((file, staging::read(&path)?));
            }
        }
        Ok(Self(files))
    }
}

/// Writes `language`'s folder of a one-kommun site (`en/`): the folder's own files, the site's dataset and map
/// files and what is written from them, and its page and the embed's page, rendered in the language from Trunk's
/// `html` with the edits every page shares (`shared`). Returns a line for the build's log.
pub fn write_folder(
    staging: &Path,
    input: &SiteInput,
    files: &FolderFiles,
    language: &'static Language,
    html: &str,
    shared: PageEdits,
) -> Result<String, BuildError> {
    let dir = staging.join(language.code);
    std::fs::create_dir_all(&dir).map_err(|e| BuildError::write(&dir, e))?;
    for (file, bytes) in &files.0 {
        staging::write(&dir.join(file), bytes)?;
    }
    // The root's published dataset and the files it names: render_site copies a dataset from outside the folder
    // into its data/, and the maps and the logo are copied here to the same paths.
    let root_dataset = staging.join(crate::site::publish_path(&input.dataset));
    let folder_input = input.for_folder(&root_dataset, language.code);
    // Its map files and logo, as the root's page has them.
    for file in crate::site::named_files(&root_dataset)? {
        let to = dir.join(&file);
        if let Some(parent) = to.parent() {
            std::fs::create_dir_all(parent).map_err(|e| BuildError::write(parent, e))?;
        }
        std::fs::copy(staging.join(&file), &to).map_err(|e| BuildError::write(&to, e))?;
    }
    let site = render_site_in(&dir, &folder_input, language)?;
    let head = format!("{}{}", crate::preload::dataset_link(&site.dataset_path), alternates(language, ""));
    let nav = nav(language, "");
    let is_shared = |file: &str| staging.join(file).is_file() && !dir.join(file).exists();
    for (file, parts, nav) in [("index.html", &site.parts, nav.as_str()), (EMBED_PAGE, &site.embedded, "")] {
        let edits = PageEdits { site: parts, head_extra: &head, language, nav, ..shared };
        staging::write(&dir.join(file), relocate(&rewrite(html, &edits)?, &is_shared)?)?;
    }
    crate::many::relocate_manifest(&dir.join("manifest.webmanifest"), &is_shared)?;
    // The accessibility statement and the privacy note are Swedish; the folder has them too, so that the footer's
    // links work from its page whichever module drew it.
    for page in [ACCESSIBILITY_PAGE, PRIVACY_PAGE] {
        let root = staging.join(page);
        if root.is_file() {
            staging::write(&dir.join(page), relocate(&staging::read_text(&root)?, &is_shared)?)?;
        }
    }
    Ok(format!("{}/: {}", language.code, site.summary))
}

/// The language switch for `current`'s page, whose folder below the language prefix is `rest` ("" or "ale/"): a
/// link per language, named in itself, and for each other language a hidden offer in that language ("Read this
/// page in English") that public/boot.js shows once to a reader whose browser prefers it.
pub fn nav(current: &Language, rest: &str) -> String {
    let links: String = LANGUAGES
        .iter()
        .map(|language| {
            let href = link_to(current, language, rest);
            let here = if language.code == current.code { r#" aria-current="page""# } else { "" };
            format!(
                r#"<li><a href="{href}" hreflang="{code}" lang="{code}" dir="{dir}" data-sprak="{code}"{here}>{name}</a></li>"#,
                code = language.code,
                dir = language.dir.attr(),
                name = language.name,
            )
        })
        .collect();
    let offers: String = LANGUAGES
        .iter()
        .filter(|language| language.code != current.code)
        .map(|language| {
            format!(
                r#"<p class="sprak__forslag" data-sprak-forslag="{code}" lang="{code}" dir="{dir}" hidden><a href="{href}" hreflang="{code}" data-sprak="{code}">{read}</a> <button type="button" class="sprak__nej" data-sprak-nej>{no}</button></p>"#,
                code = language.code,
                dir = language.dir.attr(),
                href = link_to(current, language, rest),
                read = language.words.site.read_in,
                no = language.words.site.no_thanks,
            )
        })
        .collect();
    format!(
        r#"<nav class="sprak" aria-label="{label}"><ul class="sprak__val">{links}</ul>{offers}</nav>"#,
        label = current.words.site.languages
    )
}

/// The head's `<link rel="alternate" hreflang>` tags of `current`'s page: one per language and `x-default`, the
/// Swedish page.
pub fn alternates(current: &Language, rest: &str) -> String {
    let default = LANGUAGES[0];
    LANGUAGES
        .iter()
        .map(|language| (language.code, link_to(current, language, rest)))
        .chain([("x-default", link_to(current, default, rest))])
        .map(|(code, href)| format!(r#"<link rel="alternate" hreflang="{code}" href="{href}">"#))
        .collect()
}

/// The attributes public/boot.js reads its notices from, in `language`: (name, text).
pub fn boot_words(language: &Language) -> [(&'static str, &'static str); 3] {
    let site = &language.words.site;
    [("data-loading", language.words.app.loading), ("data-waiting", site.waiting), ("data-failed", site.failed)]
}

/// The languages with a folder of their own: all but the default.
pub fn prefixed() -> impl Iterator<Item = &'static Language> {
    LANGUAGES.into_iter().filter(|language| !language.is_default())
}

#[cfg(test)]
mod tests {
    use super::*;
    use medborgarloften_core::lang::{of_path, SWEDISH};

    #[test]
    fn the_switch_names_each_language_in_itself_and_marks_the_page_s_own() {
        let html = nav(of_path("/en/"), "");
        assert!(
            html.contains(r#"<a href="../" hreflang="sv" lang="sv" dir="ltr" data-sprak="sv">Svenska</a>"#),
            "{html}"
        );
        assert!(
            html.contains(r#"href="./" hreflang="en" lang="en" dir="ltr" data-sprak="en" aria-current="page">English"#)
        );
        assert!(html.contains(r#"href="../ar/" hreflang="ar" lang="ar" dir="rtl" data-sprak="ar">العربية"#));
        assert!(html.contains(r#"aria-label="Language""#));
    }

    #[test]
    fn the_offers_are_in_their_own_language_and_hidden() {
        let html = nav(SWEDISH, "");
        assert!(html.contains(r#"data-sprak-forslag="en" lang="en" dir="ltr" hidden><a href="en/""#), "{html}");
        assert!(html.contains("Read this page in English"));
        assert!(html.contains("اقرأ هذه الصفحة بالعربية"));
        assert!(!html.contains(r#"data-sprak-forslag="sv""#), "no offer of the page's own language");
    }

    #[test]
    fn every_page_names_all_its_languages_and_the_default() {
        let html = alternates(of_path("/ar/"), "ale/");
        for tag in [
            r#"hreflang="sv" href="../../ale/""#,
            r#"hreflang="en" href="../../en/ale/""#,
            r#"hreflang="ar" href="./""#,
            r#"hreflang="x-default" href="../../ale/""#,
        ] {
            assert!(html.contains(tag), "{tag} in {html}");
        }
    }
}
