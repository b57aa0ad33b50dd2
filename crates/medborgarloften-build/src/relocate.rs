//! A page written for the site's root, moved one folder down: on a site built for many kommuner each kommun's page
//! is `<slug>/index.html`, while the files every page shares (the app, the first module, the stylesheet, boot.js,
//! the icons) are written once at the root. Every relative address in the page whose first segment names such a
//! shared file gets `../`; the kommun's own files (its dataset, feed, CSV, manifest, map files) and the page's own
//! links (`?omrade=…`, `#lofte-…`) stay as they are. Whether a file is shared is the caller's to say, by its path
//! in the site (a file at the root that the kommun's folder does not have). One pass of the same HTML rewriter as [`crate::page`].
//!
//! Build layer (native). Imports nothing of the app.

use lol_html::{element, rewrite_str, RewriteStrSettings};

use crate::error::BuildError;

/// The attributes that hold addresses in the built page: links and sources, and the files boot.js's tag names.
const ADDRESS_ATTRIBUTES: [&str; 6] = ["href", "src", "data-js", "data-wasm", "data-first-js", "data-first-wasm"];
/// boot.js's list of snippets: addresses separated by spaces.
const ADDRESS_LIST: &str = "data-snippets";

/// `address` as seen from a folder one level down, when it is relative and `shared` says its path (without query
/// or fragment, e.g. `icons/icon-192.png`) is one of the root's files; otherwise `None`.
pub fn from_folder(address: &str, shared: &dyn Fn(&str) -> bool) -> Option<String> {
    let path = address.strip_prefix("./").unwrap_or(address);
    let file = path.split(['?', '#']).next().unwrap_or_default();
    let first = file.split('/').next().unwrap_or_default();
    let relative = !file.is_empty() && !path.starts_with(['/', '?', '#', '.']) && !first.contains(':');
    (relative && shared(file)).then(|| format!("../{path}"))
}

/// `html` with every shared address moved one folder up ([`from_folder`]).
pub fn relocate(html: &str, shared: &dyn Fn(&str) -> bool) -> Result<String, BuildError> {
    rewrite_str(
        html,
        RewriteStrSettings::new().append_element_content_handler(element!("*", |el| {
            for name in ADDRESS_ATTRIBUTES {
                if let Some(moved) = el.get_attribute(name).and_then(|value| from_folder(&value, shared)) {
                    el.set_attribute(name, &moved)?;
                }
            }
            if let Some(list) = el.get_attribute(ADDRESS_LIST) {
                let moved: Vec<String> = list
                    .split_whitespace()
                    .map(|item| from_folder(item, shared).unwrap_or_else(|| item.to_string()))
                    .collect();
                el.set_attribute(ADDRESS_LIST, &moved.join(" "))?;
            }
            Ok(())
        })),
    )
    .map_err(|e| BuildError::Rewrite(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shared(file: &str) -> bool {
        ["boot.js", "style-1.css", "medborgarloften-app-1.js", "favicon.svg", "data/schema.json"].contains(&file)
            || file.starts_with("icons/")
            || file.starts_with("snippets/")
    }

    #[test]
    fn shared_files_move_up_and_the_kommuns_own_stay() {
        assert_eq!(from_folder("./boot.js", &shared).as_deref(), Some("../boot.js"));
        assert_eq!(from_folder("icons/icon-192.png", &shared).as_deref(), Some("../icons/icon-192.png"));
        assert_eq!(from_folder("data/schema.json", &shared).as_deref(), Some("../data/schema.json"), "by path");
        for own in [
            "data/ale.json",
            "flode.xml",
            "manifest.webmanifest",
            "?omrade=surte",
            "#lofte-1",
            "./",
            "",
            "/boot.js",
            "https://polisen.se/boot.js",
            "../boot.js",
            "mailto:x@y.se",
        ] {
            assert_eq!(from_folder(own, &shared), None, "{own}");
        }
    }

    #[test]
    fn the_page_is_rewritten_in_one_pass() {
        let html = concat!(
            r#"<link rel=stylesheet href="./style-1.css"><link rel=manifest href=manifest.webmanifest>"#,
            r#"<script id=medborgarloften-boot src=./boot.js data-js=./medborgarloften-app-1.js "#,
            r#"data-snippets="./snippets/a.js ./snippets/b.js"></script>"#,
            r#"<a href="data/ale.csv">CSV</a><a href="?ar=2024">2024</a><img src="favicon.svg" alt="">"#
        );
        let out = relocate(html, &shared).expect("works");
        for moved in [
            r#"href="../style-1.css""#,
            r#"src="../boot.js""#,
            r#"data-js="../medborgarloften-app-1.js""#,
            r#"data-snippets="../snippets/a.js ../snippets/b.js""#,
            r#"src="../favicon.svg""#,
        ] {
            assert!(out.contains(moved), "{moved} in {out}");
        }
        for kept in ["href=manifest.webmanifest", r#"href="data/ale.csv""#, r#"href="?ar=2024""#] {
            assert!(out.contains(kept), "{kept} in {out}");
        }
    }
}
