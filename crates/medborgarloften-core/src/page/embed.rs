//! The HTML a kommun editor pastes into their own site to embed the app: an `<iframe>` with the current view's
//! filters in its address, plus the host-side script (`embed.js`) that sizes the frame to its content.
//!
//! Pure core: string building and HTML escaping, no UI dependency.
//!
//! Page layer: of its own layer uses `query`; must not import `export`.

use crate::lang::{Language, SWEDISH};
use crate::page::query::Query;

/// Height of the frame, in CSS px, until the app reports its real height.
pub const INITIAL_HEIGHT_PX: u32 = 800;

/// The words of the link under the frame, in Swedish ([`crate::lang::NoticeWords::open_page`] in each language).
pub const OPEN_PAGE: &str = SWEDISH.words.notice.open_page;

/// The page the frame opens, beside the site's `index.html`: the build renders the embedded layout into it, so the
/// first promises are painted with the frame's first paint, before any wasm has arrived.
pub const EMBED_PAGE: &str = "inbaddad.html";

/// The site's own page for the address `path` of a page of the site: `path` itself, or the folder of
/// [`EMBED_PAGE`] (links made inside the frame lead to the page, not to the frame's layout).
pub fn own_page(path: &str) -> &str {
    path.strip_suffix(EMBED_PAGE).filter(|folder| folder.ends_with('/')).unwrap_or(path)
}

/// The snippet that embeds the view `query` of the app at `base_url` (its address without query, e.g.
/// `https://lofte.example.se/medborgarloften/`). The frame opens [`EMBED_PAGE`] beside it with `?inbaddad=1` and
/// all of the query's filters;
/// `title` names the frame for screen readers; `allow="clipboard-write"` lets a card's "Dela länk" copy inside it.
/// Under the frame, a link to the same view on the app's own page: where the host's site strips the script, the
/// frame keeps its first height and scrolls inside, and the whole page is a tap away. Every attribute value is
/// HTML-escaped.
pub fn iframe_snippet(base_url: &str, query: &Query, title: &str) -> String {
    iframe_snippet_in(base_url, query, title, SWEDISH)
}

/// [`iframe_snippet`] with the link under the frame in `lang`; the code is the same in every language.
pub fn iframe_snippet_in(base_url: &str, query: &Query, title: &str, lang: &Language) -> String {
    let base = base_url.split(['?', '#']).next().unwrap_or_default();
    // "Visa bara nya" depends on this reader's visits, which the host page's visitors do not share.
    let shared = Query { new_only: false, ..query.clone() };
    let folder = directory_of(base);
    let src = format!("{folder}{EMBED_PAGE}?{}", Query { embed: true, ..shared.clone() }.to_query_string());
    let own = Query { embed: false, ..shared }.to_query_string();
    let page = if own.is_empty() { base.to_owned() } else { format!("{base}?{own}") };
    let script = format!("{folder}embed.js");
    format!(
        "<iframe src=\"{src}\" title=\"{title}\" width=\"100%\" height=\"{INITIAL_HEIGHT_PX}\" loading=\"lazy\" \
         allow=\"clipboard-write\" data-medborgarloften></iframe>\n<p><a href=\"{page}\">{open}</a></p>\n\
         <script src=\"{script}\" async></script>",
        src = escape_attribute(&src),
        title = escape_attribute(title),
        page = escape_attribute(&page),
        script = escape_attribute(&script),
        open = lang.words.notice.open_page,
    )
}

/// The directory part of `url`: everything up to and including the last `/` of its path.
fn directory_of(url: &str) -> &str {
    let path_start = url.find("://").map_or(0, |i| i + 3);
    match url[path_start..].rfind('/') {
        Some(i) => &url[..path_start + i + 1],
        None => url,
    }
}

/// Escapes text for a double-quoted HTML attribute value.
pub fn escape_attribute(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(search: &str) -> Query {
        Query::parse(search).0
    }

    #[test]
    fn keeps_the_filters_and_adds_the_embed_flag_with_escaped_ampersands() {
        let snippet = iframe_snippet("https://lofte.example.se/", &query("ar=2019&tema=krogar"), "Medborgarlöften");
        assert!(
            snippet.starts_with(
                "<iframe src=\"https://lofte.example.se/inbaddad.html?ar=2019&amp;tema=krogar&amp;inbaddad=1\""
            ),
            "{snippet}"
        );
        assert!(snippet.contains(" title=\"Medborgarlöften\""));
        assert!(snippet.contains(" allow=\"clipboard-write\""));
        assert!(snippet.contains(" height=\"800\""));
        assert!(snippet.ends_with("<script src=\"https://lofte.example.se/embed.js\" async></script>"));
    }

    #[test]
    fn under_the_frame_a_link_opens_the_same_view_on_the_page_itself() {
        let snippet = iframe_snippet("https://lofte.example.se/", &query("ar=2019&tema=krogar&nytt=1"), "x");
        assert!(
            snippet.contains("</iframe>\n<p><a href=\"https://lofte.example.se/?ar=2019&amp;tema=krogar\">Visa medborgarlöftena på en egen sida</a></p>\n<script"),
            "{snippet}"
        );
        let plain = iframe_snippet("https://lofte.example.se/", &Query::default(), "x");
        assert!(plain.contains("<a href=\"https://lofte.example.se/\">"), "{plain}");
    }

    #[test]
    fn without_filters_the_frame_still_gets_the_embed_flag() {
        let snippet = iframe_snippet("https://lofte.example.se/", &Query::default(), "x");
        assert!(snippet.contains("src=\"https://lofte.example.se/inbaddad.html?inbaddad=1\""), "{snippet}");
    }

    #[test]
    fn works_under_a_sub_path_and_drops_an_old_query() {
        let snippet = iframe_snippet("https://www.example.se/medborgarloften/?ar=2018#x", &query("ar=2019"), "x");
        assert!(
            snippet.contains("src=\"https://www.example.se/medborgarloften/inbaddad.html?ar=2019&amp;inbaddad=1\""),
            "{snippet}"
        );
        assert!(snippet.contains("src=\"https://www.example.se/medborgarloften/embed.js\""), "{snippet}");
    }

    #[test]
    fn page_file_names_are_not_taken_for_directories() {
        let snippet = iframe_snippet("https://x.se/app/index.html", &Query::default(), "x");
        assert!(snippet.contains("src=\"https://x.se/app/inbaddad.html?inbaddad=1\""));
        assert!(snippet.contains("src=\"https://x.se/app/embed.js\""));
    }

    #[test]
    fn free_text_cannot_break_out_of_the_attribute() {
        let snippet = iframe_snippet("https://x.se/", &query("q=%22%3E%3Cscript%3E"), "a \"b\" <c> & 'd'");
        assert!(!snippet.contains("<script>"), "{snippet}");
        assert!(snippet.contains("title=\"a &quot;b&quot; &lt;c&gt; &amp; &#39;d&#39;\""), "{snippet}");
        // The query codec percent-encodes the text; the quote never reaches the attribute raw.
        assert!(snippet.contains("q=%22%3E%3Cscript%3E"), "{snippet}");
    }

    #[test]
    fn an_opened_promise_stays_in_the_embedded_view() {
        let snippet = iframe_snippet("https://x.se/", &query("lofte=2019-polisen-a"), "x");
        assert!(snippet.contains("?lofte=2019-polisen-a&amp;inbaddad=1"), "{snippet}");
    }

    #[test]
    fn every_navigation_from_an_embedded_view_stays_embedded() {
        use crate::page::active::{without, ActiveFilter};
        use crate::page::query::Facet;
        let embedded = query("inbaddad=1&ar=2019&q=krog");
        assert!(embedded.toggled(Facet::Party, "polisen").embed);
        assert!(embedded.toggled(Facet::Year, "2019").embed);
        assert!(embedded.cleared().embed);
        assert!(Query { text: "natt".into(), ..embedded.clone() }.embed);
        let chip = ActiveFilter { facet: None, id: String::new(), label: String::new() };
        assert!(without(&embedded, &chip).embed);
    }

    #[test]
    fn links_made_in_the_frame_lead_to_the_page_itself() {
        assert_eq!(own_page("/inbaddad.html"), "/");
        assert_eq!(own_page("/medborgarloften/inbaddad.html"), "/medborgarloften/");
        assert_eq!(own_page("/medborgarloften/"), "/medborgarloften/");
        assert_eq!(own_page("/index.html"), "/index.html");
        assert_eq!(own_page("/app/xinbaddad.html"), "/app/xinbaddad.html");
    }

    #[test]
    fn escapes_every_special_character() {
        assert_eq!(escape_attribute("&\"'<>å"), "&amp;&quot;&#39;&lt;&gt;å");
    }
}
