//! The first page of a site built for many kommuner: the finder. A plain document, readable without JavaScript and
//! painted as fast as a static page: the site's name, one line on what medborgarlöften are, and every kommun as a
//! link to its own page, grouped by län, with its newest period and how many of its promises have a published
//! follow-up ([`medborgarloften_core::page::finder`] decides the words and the order). It loads the shared
//! stylesheet and, in a release build, the finder's small module (`crates/medborgarloften-finder`, started by
//! public/finder.js), which makes the search box above the list find a kommun as the resident types. Without
//! JavaScript the box is hidden (public/noscript.css) and the list is the page.
//!
//! Every text from a dataset is escaped here; the only addresses written are the kommuner's folders.
//!
//! Build layer (native). Uses the core's finder; nothing of the app.

use medborgarloften_core::page::finder::{by_lan, FinderEntry};

use crate::first_module::FirstModule;

/// The script that starts the finder's module (public/finder.js).
pub const LOADER: &str = "finder.js";

/// What the finder's document is made of besides the kommuner.
pub struct FinderPage<'a> {
    /// The site's name (`MEDB_SITE_NAME`), its `<title>` and heading.
    pub site_name: &'a str,
    /// The `<link>` tags of the shared stylesheet(s).
    pub stylesheets: &'a str,
    /// The finder's module (release builds): its search box and script are written only with it.
    pub module: Option<&'a FirstModule>,
}

/// The finder's HTML for `entries`.
pub fn render(page: &FinderPage, entries: Vec<FinderEntry>) -> String {
    let count = entries.len();
    let mut groups = String::new();
    for (index, (lan, kommuner)) in by_lan(entries).into_iter().enumerate() {
        let id = format!("lan-{}", index + 1);
        groups.push_str(&format!(
            r#"<section class="finder__lan" aria-labelledby="{id}"><h3 id="{id}">{}</h3><ul class="finder__list">"#,
            text(&lan)
        ));
        for kommun in kommuner {
            groups.push_str(&format!(
                r#"<li class="finder__kommun" data-testid="finder-kommun"><a href="{}/">{}</a> <span class="finder__summary">{}</span></li>"#,
                text(&kommun.slug),
                text(&kommun.name),
                text(&kommun.summary())
            ));
        }
        groups.push_str("</ul></section>");
    }
    let heading = match count {
        1 => "1 kommun".to_string(),
        n => format!("{n} kommuner"),
    };
    let name = text(page.site_name);
    let (script, search, promises) = match page.module {
        Some(module) => (
            format!(
                r#"<script type="module" id="medborgarloften-finder" src="{LOADER}" data-js="./{}" data-wasm="./{}"></script>"#,
                text(&module.js),
                text(&module.wasm)
            ),
            concat!(
                r#"<div class="search finder__search"><label for="kommun-sok">Sök din kommun</label>"#,
                r#"<input id="kommun-sok" type="search" autocomplete="off" placeholder="t.ex. göteborg" "#,
                r#"aria-describedby="kommun-sok-status"></div>"#,
                r#"<p id="kommun-sok-status" class="finder__status" role="status" data-testid="finder-status"></p>"#
            ),
            concat!(
                r#"<details id="lofte-sok-ruta" class="finder__promises"><summary>Sök bland alla kommuners löften</summary>"#,
                r#"<div class="search finder__search"><label for="lofte-sok">Ord i löftet, tema, vem som lovar, status eller år</label>"#,
                r#"<input id="lofte-sok" type="search" autocomplete="off" placeholder="t.ex. trafik polisen" "#,
                r#"aria-describedby="lofte-sok-status"></div>"#,
                r#"<p id="lofte-sok-status" class="finder__status" role="status" data-testid="promise-search-status"></p>"#,
                r#"<ol id="lofte-traffar" class="finder__list finder__hits" data-testid="promise-hits"></ol></details>"#
            ),
        ),
        None => (String::new(), "", ""),
    };
    format!(
        concat!(
            r#"<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8">"#,
            r#"<meta name="viewport" content="width=device-width, initial-scale=1"><title>{name}</title>"#,
            r#"<meta name="description" content="{name}: polisens och kommunernas medborgarlöften om trygghet, kommun för kommun, och hur de följs upp.">"#,
            r##"<meta name="theme-color" content="#1d3b66"><link rel="icon" href="favicon.svg" type="image/svg+xml">"##,
            r#"{stylesheets}<noscript><link rel="stylesheet" href="noscript.css"></noscript>{script}</head><body>"#,
            r##"<a href="#kommuner" class="skip-link">Hoppa till kommunerna</a>"##,
            r#"<header class="site-header"><div class="site-header__inner">"#,
            r#"<p class="site-header__eyebrow">Polisen och kommunerna lovar</p><h1>{name}</h1></div></header>"#,
            r#"<main id="innehall" class="page finder"><p class="finder__lead">Medborgarlöften är polisens och "#,
            r#"kommunens gemensamma löften om trygghet. Välj din kommun för att läsa vad de lovar, var det gäller "#,
            r#"och hur det följs upp.</p>{promises}"#,
            r#"<section id="kommuner" class="finder__kommuner" aria-labelledby="kommuner-rubrik" tabindex="-1">"#,
            r#"<h2 id="kommuner-rubrik">{heading}</h2>{search}{groups}</section></main>"#,
            r#"<footer class="site-footer"><p>Öppen källkod. Texten i löftena är återgiven ordagrant från "#,
            r#"kommunernas och polisens sidor.</p></footer></body></html>"#
        ),
        name = name,
        stylesheets = page.stylesheets,
        script = script,
        search = search,
        promises = promises,
        heading = heading,
        groups = groups
    )
}

/// `value` for an HTML element or a quoted attribute.
fn text(value: &str) -> String {
    value.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(slug: &str, name: &str, lan: &str) -> FinderEntry {
        FinderEntry {
            slug: slug.into(),
            name: name.into(),
            lan: lan.into(),
            period: "Medborgarlöfte 2024".into(),
            promises: 3,
            followed_up: 1,
        }
    }

    #[test]
    fn lists_every_kommun_by_lan_with_a_link_to_its_folder() {
        let page = FinderPage {
            site_name: "Medborgarlöften i Sverige",
            stylesheets: "<link rel=stylesheet href=./s.css>",
            module: None,
        };
        let html = render(
            &page,
            vec![entry("laxa", "Laxå kommun", "Örebro län"), entry("ale", "Ale kommun", "Västra Götalands län")],
        );
        assert!(html.contains("<title>Medborgarlöften i Sverige</title>"));
        assert!(html.contains(r#"<h2 id="kommuner-rubrik">2 kommuner</h2>"#));
        let ale = html.find(r#"<a href="ale/">Ale kommun</a>"#).expect("Ale listed");
        let laxa = html.find(r#"<a href="laxa/">Laxå kommun</a>"#).expect("Laxå listed");
        assert!(ale < laxa, "Västra Götalands län before Örebro län");
        assert!(html.contains("Medborgarlöfte 2024: 3 löften, 1 med publicerad uppföljning"));
        assert!(html.contains("<link rel=stylesheet href=./s.css><noscript>"));
        assert!(!html.contains("kommun-sok"), "no search box without the module");
    }

    #[test]
    fn with_the_module_the_search_box_and_its_script_are_written() {
        let module = FirstModule { js: "m-1.js".into(), wasm: "m-2_bg.wasm".into(), wasm_bytes: 1 };
        let page = FinderPage { site_name: "S", stylesheets: "", module: Some(&module) };
        let html = render(&page, vec![entry("ale", "Ale kommun", "Västra Götalands län")]);
        assert!(html.contains(r#"<script type="module" id="medborgarloften-finder" src="finder.js" data-js="./m-1.js" data-wasm="./m-2_bg.wasm"></script>"#));
        assert!(html.contains(r#"<input id="kommun-sok" type="search""#));
        assert!(html.contains(r#"role="status""#));
    }

    #[test]
    fn text_from_a_dataset_is_never_markup() {
        let page = FinderPage { site_name: "<b>Region</b>", stylesheets: "", module: None };
        let html = render(&page, vec![entry("x", "<script>alert(1)</script> kommun", "Y län")]);
        assert!(!html.contains("<script>") && !html.contains("<b>"));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; kommun"));
    }
}
