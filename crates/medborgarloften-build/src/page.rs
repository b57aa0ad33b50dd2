//! The page's one rewrite: every edit the build makes to Trunk's `index.html`, in one pass of a streaming HTML
//! rewriter ([`lol_html`]) that finds elements by CSS selectors, whatever the minifier did to attribute order and
//! quoting. Before it, [`scan`] reads (without editing) which stylesheets the page links, for [`crate::css`].
//!
//! The edits: the site's title and description, the dataset's tags and its preload at the end of the head (in place
//! of index.html's [`HEAD_SLOT`] tag: Trunk's minifier drops the optional `<head>` start tag, so there is no head
//! element to append to), one joined stylesheet in place of the parts, the first module and the snippets named on
//! boot.js's tag, and the rendered view before the app's root. Each element the build fills in must be there, or the
//! build stops.
//!
//! Build layer (native). Imports the app's [`PageParts`] only as data.

use std::cell::{Cell, RefCell};

use lol_html::html_content::{ContentType, Element};
use lol_html::{element, rewrite_str, HandlerResult, RewriteStrSettings};
use medborgarloften::prerender::PageParts;
use medborgarloften_core::lang::Language;

use crate::css::{trunk_stylesheet, CssBundle};
use crate::error::BuildError;
use crate::first_module::FirstModule;

/// The `id` of public/boot.js's script tag (Trunk.toml's `pattern_script`).
pub const BOOT_ID: &str = "medborgarloften-boot";

/// The `name` of the `<meta>` at the end of index.html's head that the site's head tags replace.
pub const HEAD_SLOT: &str = "medborgarloften-head";

/// What the page links, as Trunk staged it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageScan {
    /// The hrefs of Trunk's hashed stylesheets, in the page's order.
    pub stylesheets: Vec<String>,
}

/// Reads `html` for [`PageScan`]; edits nothing.
pub fn scan(html: &str) -> Result<PageScan, BuildError> {
    let stylesheets = RefCell::new(Vec::new());
    rewrite_str(
        html,
        RewriteStrSettings::new().append_element_content_handler(element!("link[rel=stylesheet][href]", |el| {
            if let Some(href) = el.get_attribute("href").filter(|href| trunk_stylesheet(href).is_some()) {
                stylesheets.borrow_mut().push(href);
            }
            Ok(())
        })),
    )
    .map_err(|e| BuildError::Rewrite(e.to_string()))?;
    Ok(PageScan { stylesheets: stylesheets.into_inner() })
}

/// The `<link>` tags of the page's stylesheets for a page the build writes beside it (the finder, the statement):
/// the joined stylesheet, or (when nothing was joined) Trunk's stylesheets as `html` links them.
pub fn stylesheet_links(html: &str, css: Option<&CssBundle>) -> Result<String, BuildError> {
    Ok(match css {
        Some(css) => css.link(),
        None => {
            scan(html)?.stylesheets.iter().map(|href| format!(r#"<link rel="stylesheet" href="{href}">"#)).collect()
        }
    })
}

/// Everything the rewrite writes into the page.
#[derive(Clone, Copy)]
pub struct PageEdits<'a> {
    /// The site's title, description, head tags and rendered view.
    pub site: &'a PageParts,
    /// More HTML for the head, after the site's tags (the dataset's preload).
    pub head_extra: &'a str,
    /// The joined stylesheet, when the parts were joined.
    pub css: Option<&'a CssBundle>,
    /// The first module, named on boot.js's tag (release builds).
    pub first: Option<&'a FirstModule>,
    /// The wasm-bindgen snippets' hrefs, named on boot.js's tag.
    pub snippets: &'a [String],
    /// The page's language: `<html lang dir>` and boot.js's notices.
    pub language: &'static Language,
    /// HTML before the rendered view: the language switch ([`crate::languages::nav`]); empty for the embed's page.
    pub nav: &'a str,
}

impl<'a> PageEdits<'a> {
    /// Only `site`'s parts, on a Swedish page: no more head, no joined stylesheet, first module, snippets or
    /// language switch.
    pub fn only(site: &'a PageParts) -> Self {
        PageEdits {
            site,
            head_extra: "",
            css: None,
            first: None,
            snippets: &[],
            language: medborgarloften_core::lang::SWEDISH,
            nav: "",
        }
    }
}

/// `html` with `edits` applied, in one pass.
pub fn rewrite(html: &str, edits: &PageEdits) -> Result<String, BuildError> {
    let seen = Seen::default();
    let stylesheet = Cell::new(0usize);
    let root = format!("div#{}", edits.site.root_id);
    let boot = format!("script#{BOOT_ID}");
    let slot = format!("meta[name={HEAD_SLOT}]");
    let head = format!("{}{}", edits.site.head, edits.head_extra);
    let out = rewrite_str(
        html,
        RewriteStrSettings::new()
            .append_element_content_handler(element!("title", |el| {
                once(&seen.title, el, |el| {
                    el.set_inner_content(&edits.site.title, ContentType::Text);
                    Ok(())
                })
            }))
            .append_element_content_handler(element!(slot.as_str(), |el| {
                once(&seen.slot, el, |el| {
                    el.replace(&head, ContentType::Html);
                    Ok(())
                })
            }))
            .append_element_content_handler(element!("meta[name=description]", |el| {
                // A whole new tag, written as the pre-render always wrote it (name first, quoted).
                once(&seen.description, el, |el| {
                    let tag = format!(r#"<meta name="description" content="{}">"#, attribute(&edits.site.description));
                    el.replace(&tag, ContentType::Html);
                    Ok(())
                })
            }))
            .append_element_content_handler(element!("link[rel=stylesheet][href]", |el| {
                let Some(css) = edits.css else { return Ok(()) };
                if el.get_attribute("href").is_some_and(|href| css.parts.contains(&href)) {
                    if stylesheet.replace(stylesheet.get() + 1) == 0 {
                        el.replace(&css.link(), ContentType::Html);
                    } else {
                        el.remove();
                    }
                }
                Ok(())
            }))
            .append_element_content_handler(element!("html", |el| {
                el.set_attribute("lang", edits.language.code)?;
                el.set_attribute("dir", edits.language.dir.attr())?;
                Ok(())
            }))
            .append_element_content_handler(element!(boot.as_str(), |el| {
                once(&seen.boot, el, |el| {
                    el.set_attribute("data-snippets", &attribute(&edits.snippets.join(" ")))?;
                    if let Some(first) = edits.first {
                        el.set_attribute("data-first-js", &attribute(&format!("./{}", first.js)))?;
                        el.set_attribute("data-first-wasm", &attribute(&format!("./{}", first.wasm)))?;
                    }
                    for (name, text) in crate::languages::boot_words(edits.language) {
                        el.set_attribute(name, &attribute(text))?;
                    }
                    Ok(())
                })
            }))
            .append_element_content_handler(element!(root.as_str(), |el| {
                once(&seen.root, el, |el| {
                    el.before(edits.nav, ContentType::Html);
                    el.before(&edits.site.rendered, ContentType::Html);
                    Ok(())
                })
            })),
    )
    .map_err(|e| BuildError::Rewrite(e.to_string()))?;
    for (flag, what) in [
        (&seen.title, "<title>"),
        (&seen.description, r#"<meta name="description">"#),
        (&seen.slot, r#"<meta name="medborgarloften-head">"#),
        (&seen.boot, r#"<script id="medborgarloften-boot"> (Trunk.toml: pattern_script)"#),
        (&seen.root, r#"<div id="app">"#),
    ] {
        if !flag.get() {
            return Err(BuildError::PageMissing(what));
        }
    }
    Ok(out)
}

/// Which elements the rewrite found.
#[derive(Default)]
struct Seen {
    title: Cell<bool>,
    description: Cell<bool>,
    slot: Cell<bool>,
    boot: Cell<bool>,
    root: Cell<bool>,
}

/// Runs `edit` on the first element a handler sees; later ones are left as they are.
fn once(seen: &Cell<bool>, el: &mut Element, edit: impl FnOnce(&mut Element) -> HandlerResult) -> HandlerResult {
    if seen.replace(true) {
        return Ok(());
    }
    edit(el)
}

/// `text` as a quoted attribute value. (The rewriter's `set_attribute` escapes `"` but takes `&` as the start of an
/// entity, so its values are escaped here too.)
fn attribute(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page as Trunk stages it: minified, some attributes unquoted and reordered, no `<head>` start tag.
    const STAGED: &str = concat!(
        r#"<!doctype html><html lang=sv><meta charset=utf-8>"#,
        r#"<meta content="Medborgarlöften om trygghet." name=description><title>Medborgarlöften</title>"#,
        r#"<link href=./main-3bbe4f84dcf76e37.css integrity=sha384-AAA rel=stylesheet>"#,
        r#"<link href=./map-996c1f78b51d724.css integrity=sha384-BBB rel=stylesheet>"#,
        r#"<noscript><link href=noscript.css rel=stylesheet></noscript>"#,
        r#"<script data-js=./medborgarloften-app-1.js data-wasm=./medborgarloften-app-1_bg.wasm fetchpriority=low id=medborgarloften-boot src=./boot.js type=module></script>"#,
        r#"<meta content=yes name=mobile-web-app-capable><meta name=medborgarloften-head>"#,
        r#"</head><body><div hidden id=app></div></body></html>"#
    );

    fn parts() -> PageParts {
        PageParts {
            title: "Medborgarlöften i Eskilstuna & <Torshälla>".to_string(),
            description: r#"Polisens "löften" & kommunens"#.to_string(),
            head: r#"<meta name="medborgarloften-dataset" content="data/eskilstuna.json">"#.to_string(),
            root_id: "app",
            rendered: r#"<div id="forhandsvisning"><h1>Löften</h1></div>"#.to_string(),
        }
    }

    fn bundle() -> CssBundle {
        CssBundle {
            name: "style-0123456789abcdef.css".to_string(),
            integrity: "sha384-CCC".to_string(),
            parts: vec!["./main-3bbe4f84dcf76e37.css".to_string(), "./map-996c1f78b51d724.css".to_string()],
            bytes: 10,
        }
    }

    #[test]
    fn scan_finds_trunks_stylesheets_in_order() {
        assert_eq!(scan(STAGED).expect("works").stylesheets, bundle().parts);
    }

    #[test]
    fn one_pass_makes_every_edit() {
        let site = parts();
        let css = bundle();
        let first = FirstModule {
            js: "medborgarloften-first-aa.js".into(),
            wasm: "medborgarloften-first-bb_bg.wasm".into(),
            wasm_bytes: 1,
        };
        let snippets = vec!["./snippets/w-1/pwa.js".to_string(), "./snippets/w-1/visit.js".to_string()];
        let edits = PageEdits {
            head_extra: r#"<link rel="preload" href="./data/eskilstuna.json" as="fetch" crossorigin fetchpriority="low">"#,
            css: Some(&css),
            first: Some(&first),
            snippets: &snippets,
            ..PageEdits::only(&site)
        };
        let page = rewrite(STAGED, &edits).expect("works");
        assert!(page.contains("<title>Medborgarlöften i Eskilstuna &amp; &lt;Torshälla&gt;</title>"), "{page}");
        assert!(
            page.contains(r#"<meta name="description" content="Polisens &quot;löften&quot; &amp; kommunens">"#),
            "{page}"
        );
        assert!(
            page.contains(concat!(
                r#"<meta content=yes name=mobile-web-app-capable>"#,
                r#"<meta name="medborgarloften-dataset" content="data/eskilstuna.json">"#,
                r#"<link rel="preload" href="./data/eskilstuna.json" as="fetch" crossorigin fetchpriority="low"></head>"#,
            )),
            "{page}"
        );
        assert!(!page.contains(HEAD_SLOT), "the slot is replaced");
        assert!(
            page.contains(concat!(
                r#"&lt;Torshälla&gt;</title>"#,
                r#"<link rel="stylesheet" href="./style-0123456789abcdef.css" integrity="sha384-CCC"><noscript>"#,
            )),
            "{page}"
        );
        assert!(
            page.contains(r#"<html lang="sv" dir="ltr"><meta charset=utf-8><meta name="description""#),
            "the rest is untouched"
        );
        assert!(page.contains(r#"<noscript><link href=noscript.css rel=stylesheet></noscript>"#), "{page}");
        assert!(!page.contains("main-3bbe4f84dcf76e37") && !page.contains("map-996c1f78b51d724"));
        assert!(page.contains(concat!(
            r#"id=medborgarloften-boot src=./boot.js type=module data-snippets="./snippets/w-1/pwa.js ./snippets/w-1/visit.js" "#,
            r#"data-first-js="./medborgarloften-first-aa.js" data-first-wasm="./medborgarloften-first-bb_bg.wasm" "#,
            r#"data-loading="Laddar löften…" "#
        )), "{page}");
        assert!(
            page.contains(r#"<body><div id="forhandsvisning"><h1>Löften</h1></div><div hidden id=app></div></body>"#),
            "{page}"
        );
    }

    #[test]
    fn without_a_bundle_or_first_module_the_tags_stay() {
        let site = parts();
        let edits = PageEdits::only(&site);
        let page = rewrite(STAGED, &edits).expect("works");
        assert!(page.contains("href=./main-3bbe4f84dcf76e37.css") && page.contains("href=./map-996c1f78b51d724.css"));
        assert!(page.contains(r#"type=module data-snippets="" data-loading="#), "{page}");
        assert!(!page.contains("data-first-js"));
    }

    #[test]
    fn a_page_in_arabic_is_right_to_left_with_its_switch_and_notices_in_arabic() {
        let site = parts();
        let arabic = medborgarloften_core::lang::of_path("/ar/");
        let nav = crate::languages::nav(arabic, "");
        let edits = PageEdits { language: arabic, nav: &nav, ..PageEdits::only(&site) };
        let page = rewrite(STAGED, &edits).expect("works");
        assert!(page.contains(r#"<html lang="ar" dir="rtl">"#), "{page}");
        assert!(page.contains(r#"data-loading="جارٍ تحميل الوعود…""#), "{page}");
        assert!(page.contains(r#"<body><nav class="sprak" aria-label="اللغة">"#), "{page}");
        assert!(page.contains(r#"</nav><div id="forhandsvisning">"#), "the switch comes before the rendered view");
    }

    #[test]
    fn a_missing_element_stops_the_build() {
        let site = parts();
        let edits = PageEdits::only(&site);
        for (missing, without) in [
            ("<title>", STAGED.replace("<title>Medborgarlöften</title>", "")),
            (r#"<meta name="description">"#, STAGED.replace("name=description", "name=keywords")),
            (r#"<div id="app">"#, STAGED.replace("id=app", "id=appen")),
            (r#"<meta name="medborgarloften-head">"#, STAGED.replace("<meta name=medborgarloften-head>", "")),
            (
                r#"<script id="medborgarloften-boot"> (Trunk.toml: pattern_script)"#,
                STAGED.replace("id=medborgarloften-boot", ""),
            ),
        ] {
            let error = rewrite(&without, &edits).expect_err("an error").to_string();
            assert_eq!(error, format!("index.html saknar {missing}"));
        }
    }
}
