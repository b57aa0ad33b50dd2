//! The first page of a site built for many kommuner: the finder. A plain document, readable without JavaScript and
//! painted as fast as a static page: the site's name, one line on what medborgarlöften are, and every kommun as a
//! link to its own page, grouped by län, with its newest period and how many of its promises have a published
//! follow-up ([`medborgarloften_core::page::finder`] decides the words and the order). It loads the shared
//! stylesheet and, in a release build, the finder's small module (`crates/medborgarloften-finder`, started by
//! public/finder.js), which makes the search box above the list find a kommun as the resident types. Without
//! JavaScript the box is hidden (public/noscript.css) and the list is the page. Its footer offers the national
//! files under "Ladda ner uppgifterna för alla kommuner" (as a kommun page's footer does its own), and its head
//! names the national feed.
//!
//! Every text from a dataset is escaped here; the only addresses written are the kommuner's folders and the
//! national files' names.
//!
//! Build layer (native). Uses the core's finder; nothing of the app.

use medborgarloften_core::export::atom::FEED_MEDIA_TYPE;
use medborgarloften_core::export::downloads::{Download, DownloadKind};
use medborgarloften_core::export::national::national_feed_title;
use medborgarloften_core::page::embed::escape_attribute as text;
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
    /// The national files at the root ([`crate::national`]), for the footer; none when empty.
    pub downloads: &'a [Download],
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
    let (feed_link, downloads) = national_links(page);
    format!(
        concat!(
            r#"<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8">"#,
            r#"<meta name="viewport" content="width=device-width, initial-scale=1"><title>{name}</title>"#,
            r#"<meta name="description" content="{name}: polisens och kommunernas medborgarlöften om trygghet, kommun för kommun, och hur de följs upp.">"#,
            r##"<meta name="theme-color" content="#1d3b66"><link rel="icon" href="favicon.svg" type="image/svg+xml">"##,
            r#"{stylesheets}<noscript><link rel="stylesheet" href="noscript.css"></noscript>{script}{feed_link}</head><body>"#,
            r##"<a href="#kommuner" class="skip-link">Hoppa till kommunerna</a>"##,
            r#"<header class="site-header"><div class="site-header__inner">"#,
            r#"<p class="site-header__eyebrow">Polisen och kommunerna lovar</p><h1>{name}</h1></div></header>"#,
            r#"<main id="innehall" class="page finder"><p class="finder__lead">Medborgarlöften är polisens och "#,
            r#"kommunens gemensamma löften om trygghet. Välj din kommun för att läsa vad de lovar, var det gäller "#,
            r#"och hur det följs upp.</p>{promises}"#,
            r#"<section id="kommuner" class="finder__kommuner" aria-labelledby="kommuner-rubrik" tabindex="-1">"#,
            r#"<h2 id="kommuner-rubrik">{heading}</h2>{search}{groups}</section></main>"#,
            r#"<footer class="site-footer">{downloads}<p>Öppen källkod. Texten i löftena är återgiven ordagrant från "#,
            r#"kommunernas och polisens sidor.</p>{about}</footer></body></html>"#
        ),
        name = name,
        stylesheets = page.stylesheets,
        script = script,
        search = search,
        promises = promises,
        about = medborgarloften_core::page::statement::footer_links_html(None),
        heading = heading,
        groups = groups,
        feed_link = feed_link,
        downloads = downloads
    )
}

/// The head's `<link rel="alternate">` to the national feed and the footer's list of the national files, as a
/// kommun page has them; empty without files.
fn national_links(page: &FinderPage) -> (String, String) {
    let feed = page.downloads.iter().find(|d| d.kind == DownloadKind::Feed).map(|feed| {
        format!(
            r#"<link rel="alternate" type="{FEED_MEDIA_TYPE}" title="{}" href="{}">"#,
            text(&national_feed_title(page.site_name)),
            text(&feed.href)
        )
    });
    if page.downloads.is_empty() {
        return (feed.unwrap_or_default(), String::new());
    }
    let mut list = String::from(concat!(
        r#"<section class="downloads" aria-labelledby="ladda-ner" data-testid="downloads">"#,
        r#"<h2 id="ladda-ner">Ladda ner uppgifterna för alla kommuner</h2><ul>"#
    ));
    for download in page.downloads {
        list.push_str(&format!(
            r#"<li><a href="{}" type="{}">{}</a></li>"#,
            text(&download.href),
            download.kind.media_type(),
            text(&download.text())
        ));
    }
    list.push_str("</ul></section>");
    (feed.unwrap_or_default(), list)
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
            downloads: &[],
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
        assert!(!html.contains("Ladda ner") && !html.contains("alternate"), "no national files, no links to them");
    }

    #[test]
    fn with_the_module_the_search_box_and_its_script_are_written() {
        let module = FirstModule { js: "m-1.js".into(), wasm: "m-2_bg.wasm".into(), wasm_bytes: 1 };
        let page = FinderPage { site_name: "S", stylesheets: "", module: Some(&module), downloads: &[] };
        let html = render(&page, vec![entry("ale", "Ale kommun", "Västra Götalands län")]);
        assert!(html.contains(r#"<script type="module" id="medborgarloften-finder" src="finder.js" data-js="./m-1.js" data-wasm="./m-2_bg.wasm"></script>"#));
        assert!(html.contains(r#"<input id="kommun-sok" type="search""#));
        assert!(html.contains(r#"role="status""#));
    }

    #[test]
    fn the_footer_and_head_link_the_national_files() {
        let downloads = [
            Download { kind: DownloadKind::Csv, href: "medborgarloften.csv".into(), bytes: Some(25_300) },
            Download { kind: DownloadKind::Feed, href: "flode.xml".into(), bytes: Some(9_000) },
            Download { kind: DownloadKind::Description, href: "data.json".into(), bytes: Some(30_000) },
        ];
        let page = FinderPage { site_name: "Löften & <mer>", stylesheets: "", module: None, downloads: &downloads };
        let html = render(&page, vec![entry("ale", "Ale kommun", "Västra Götalands län")]);
        assert!(html.contains(
            r#"<link rel="alternate" type="application/atom+xml" title="Löften &amp; &lt;mer&gt; – uppföljning" href="flode.xml"></head>"#
        ), "{html}");
        let footer = &html[html.find("<footer").expect("a footer")..];
        assert!(footer.contains(r#"<h2 id="ladda-ner">Ladda ner uppgifterna för alla kommuner</h2>"#));
        assert!(
            footer.contains(
                "<li><a href=\"medborgarloften.csv\" type=\"text/csv\">Löftena som tabell (CSV, 25\u{a0}kB)</a></li>"
            ),
            "{footer}"
        );
        assert!(footer.contains(
            "<a href=\"flode.xml\" type=\"application/atom+xml\">Följ uppföljningen (Atom, 9,0\u{a0}kB)</a>"
        ));
        assert!(footer.contains("<a href=\"data.json\" type=\"application/ld+json\">Beskrivning för dataportaler (DCAT-AP-SE, 30\u{a0}kB)</a>"));
    }

    #[test]
    fn text_from_a_dataset_is_never_markup() {
        let page = FinderPage { site_name: "<b>Region</b>", stylesheets: "", module: None, downloads: &[] };
        let html = render(&page, vec![entry("x", "<script>alert(1)</script> kommun", "Y län")]);
        assert!(!html.contains("<script>") && !html.contains("<b>"));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; kommun"));
    }
}
