//! Step 1: the page's stylesheets joined into one file. The styles are kept in small files named for what they
//! hold (`style/*.css`, one `<link data-trunk rel="css">` each), but every stylesheet in the head is a
//! render-blocking request, and on a phone's connection each one past the browser's few parallel connections waits
//! a round trip before the first paint. Trunk has already minified and hashed each file; this step concatenates
//! them in the page's order (so the cascade is unchanged) into `style-<hash>.css` and removes the parts. The page's
//! rewrite ([`crate::page`]) puts one `<link>` with a fresh Subresource Integrity hash where the first part was and
//! drops the others. Stylesheets outside Trunk's hashed names (`noscript.css`) are left as they are.
//!
//! Build layer (native). Imports nothing of the app.

use std::path::Path;

use crate::error::BuildError;
use crate::{hash, staging};

/// The joined stylesheet, written into the staged build.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CssBundle {
    /// Its file name, `style-<16 hex>.css`.
    pub name: String,
    /// Its Subresource Integrity value.
    pub integrity: String,
    /// The hrefs of the joined parts as the page names them (`./main-<hash>.css`), in the page's order.
    pub parts: Vec<String>,
    /// Its length in bytes.
    pub bytes: usize,
}

impl CssBundle {
    /// The `<link>` that takes the first part's place.
    pub fn link(&self) -> String {
        format!(r#"<link rel="stylesheet" href="./{}" integrity="{}">"#, self.name, self.integrity)
    }
}

/// The file name behind `href` when it is one of Trunk's hashed stylesheets (`./main-3bbe4f84dcf76e37.css`).
/// Trunk writes the hash in hex without leading zeros, so it may have fewer than 16 digits.
pub fn trunk_stylesheet(href: &str) -> Option<&str> {
    let name = href.strip_prefix("./")?;
    let (stem, hash) = name.strip_suffix(".css")?.rsplit_once('-')?;
    let stem_ok = !stem.is_empty()
        && stem.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-');
    let hash_ok =
        (10..=16).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    (stem_ok && hash_ok).then_some(name)
}

/// Joins the stylesheets `hrefs` (the page's Trunk stylesheets, in order) in `staging`: writes the bundle, removes
/// the parts. `None` when there are fewer than two: nothing to join.
pub fn bundle(staging: &Path, hrefs: &[String]) -> Result<Option<CssBundle>, BuildError> {
    if hrefs.len() < 2 {
        return Ok(None);
    }
    let mut css = String::new();
    for href in hrefs {
        let name = trunk_stylesheet(href).unwrap_or(href);
        let text = staging::read_text(&staging.join(name))?;
        if !css.is_empty() {
            // A newline between parts keeps a part's trailing comment from swallowing the next one.
            css.push('\n');
        }
        css.push_str(text.trim_end());
    }
    css.push('\n');
    let bundle = CssBundle {
        name: format!("style-{}.css", hash::short_hex(css.as_bytes())),
        integrity: hash::integrity(css.as_bytes()),
        parts: hrefs.to_vec(),
        bytes: css.len(),
    };
    staging::write(&staging.join(&bundle.name), &css)?;
    for href in hrefs {
        staging::remove(&staging.join(trunk_stylesheet(href).unwrap_or(href)))?;
    }
    Ok(Some(bundle))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::TempDir;

    #[test]
    fn knows_trunks_hashed_names_only() {
        assert_eq!(trunk_stylesheet("./main-3bbe4f84dcf76e37.css"), Some("main-3bbe4f84dcf76e37.css"));
        assert_eq!(trunk_stylesheet("./map-996c1f78b51d724.css"), Some("map-996c1f78b51d724.css"), "15 digits");
        assert_eq!(trunk_stylesheet("./follow_up-x-3bbe4f84dcf76e37.css"), Some("follow_up-x-3bbe4f84dcf76e37.css"));
        for other in [
            "noscript.css",
            "./noscript.css",
            "main-3bbe4f84dcf76e37.css",
            "./main-3BBE4F84DCF76E37.css",
            "./main-3bb.css",
            "./-3bbe4f84dcf76e37.css",
        ] {
            assert_eq!(trunk_stylesheet(other), None, "{other}");
        }
    }

    #[test]
    fn joins_in_the_pages_order_and_removes_the_parts() {
        let dir = TempDir::new("css");
        dir.write("main-1111111111111111.css", "body{color:red}\n\n");
        dir.write("map-2222222222222222.css", ".map{fill:none}/* end */");
        let hrefs = vec!["./main-1111111111111111.css".to_string(), "./map-2222222222222222.css".to_string()];
        let bundle = bundle(dir.path(), &hrefs).expect("works").expect("works");
        let css = "body{color:red}\n.map{fill:none}/* end */\n";
        assert_eq!(dir.read(&bundle.name), css);
        assert_eq!(bundle.name, format!("style-{}.css", hash::short_hex(css.as_bytes())));
        assert_eq!(bundle.integrity, hash::integrity(css.as_bytes()));
        assert_eq!(bundle.bytes, css.len());
        assert!(!dir.has("main-1111111111111111.css") && !dir.has("map-2222222222222222.css"));
        assert_eq!(
            bundle.link(),
            format!(r#"<link rel="stylesheet" href="./{}" integrity="{}">"#, bundle.name, bundle.integrity)
        );
    }

    #[test]
    fn one_stylesheet_is_left_alone() {
        let dir = TempDir::new("css-one");
        dir.write("main-1111111111111111.css", "body{}");
        assert_eq!(bundle(dir.path(), &["./main-1111111111111111.css".to_string()]).expect("works"), None);
        assert!(dir.has("main-1111111111111111.css"));
    }
}
