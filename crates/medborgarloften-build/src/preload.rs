//! Step 4: what the page fetches early. The site's dataset is preloaded, `<link rel="preload" as="fetch"
//! crossorigin>`: the same mode and credentials as the app's own fetch (gloo-net: cors, same-origin), so the
//! browser hands that fetch the preloaded answer and the file is downloaded once, while the page is still loading,
//! before the app starts. Nothing else is preloaded in the page: it arrives rendered, and the app's JS and wasm wait
//! for the page's load event (public/boot.js) so they never compete with the first paint. The wasm-bindgen
//! snippets are named on boot.js's tag (`data-snippets`), and boot.js preloads them with the JS glue.
//!
//! Build layer (native). Imports nothing of the app.

use std::path::Path;

use crate::error::BuildError;
use crate::staging;

/// The preload of the site's dataset (`dataset_path`, relative to the page). Low priority: the rendered page
/// shows the same promises, so its styles go first; the app needs the file only once its wasm has arrived.
pub fn dataset_link(dataset_path: &str) -> String {
    format!(r#"<link rel="preload" href="{}" as="fetch" crossorigin fetchpriority="low">"#, href(dataset_path))
}

/// The hrefs of every `.js` file under the build's `snippets/` (wasm-bindgen's JS modules), sorted; none when
/// there is no such folder.
pub fn snippets(staging: &Path) -> Result<Vec<String>, BuildError> {
    let dir = staging.join("snippets");
    if !dir.is_dir() {
        return Ok(Vec::new());
    }
    let files = staging::files(&dir)?;
    Ok(files.iter().filter(|file| file.ends_with(".js")).map(|file| href(&format!("snippets/{file}"))).collect())
}

/// `./` and the file's path with what an address cannot hold percent-encoded, as JavaScript's `encodeURI` does.
pub fn href(file: &str) -> String {
    let mut out = String::from("./");
    for byte in file.bytes() {
        if byte.is_ascii_alphanumeric() || b";,/?:@&=+$-_.!~*'()#".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::TempDir;

    #[test]
    fn the_dataset_is_preloaded_as_the_app_fetches_it() {
        assert_eq!(
            dataset_link("data/eskilstuna.json"),
            r#"<link rel="preload" href="./data/eskilstuna.json" as="fetch" crossorigin fetchpriority="low">"#
        );
    }

    #[test]
    fn hrefs_are_encoded_like_encode_uri() {
        assert_eq!(href("data/örebro län.json"), "./data/%C3%B6rebro%20l%C3%A4n.json");
        assert_eq!(href("snippets/a-1/x_y.js"), "./snippets/a-1/x_y.js");
    }

    #[test]
    fn lists_the_snippets_scripts_only() {
        let dir = TempDir::new("snippets");
        assert_eq!(snippets(dir.path()).expect("works"), Vec::<String>::new(), "no snippets folder");
        dir.write("snippets/medborgarloften-web-abc/js/pwa.js", "");
        dir.write("snippets/medborgarloften-web-abc/js/visit.js", "");
        dir.write("snippets/medborgarloften-web-abc/README.txt", "");
        assert_eq!(
            snippets(dir.path()).expect("works"),
            ["./snippets/medborgarloften-web-abc/js/pwa.js", "./snippets/medborgarloften-web-abc/js/visit.js"]
        );
    }
}
