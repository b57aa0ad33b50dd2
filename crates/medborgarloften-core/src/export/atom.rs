//! The Atom feed (RFC 4287) of a dataset: one entry per published follow-up entry of each promise and one per
//! period ("Nya medborgarlöften 2019"), so residents can follow the reports in any feed reader.
//!
//! Ids are tag URIs (RFC 4151) made only of the dataset's own stable facts — the host of its `source.url`, the
//! kommun code, the promise or period id and the entry's date — so a rebuild, or a new follow-up elsewhere in the
//! dataset, never makes a reader show an entry twice. Pure core: a `String` from a [`Dataset`]; deterministic.

use std::fmt::Write as _;

use super::xml::escape;
use super::{query_value, SiteAddress};
use crate::dataset::date::Date;
use crate::dataset::followup::{history, report_day, HistoryEntry};
use crate::dataset::model::{Dataset, Period, Promise};
use crate::dataset::schedule::join_sv;
use crate::page::card::promise_card;

/// The feed's file name in the site, next to `index.html`.
pub const FEED_FILE: &str = "flode.xml";

/// The feed's media type (its `<link rel="alternate">` and the Content-Type a host sends).
pub const FEED_MEDIA_TYPE: &str = "application/atom+xml";

/// The tag URI authority when the dataset's source has no usable host (RFC 2606 reserves `.invalid`).
pub(super) const FALLBACK_AUTHORITY: &str = "medborgarloften.invalid";

/// One entry of the feed, before it is written as XML.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeedEntry {
    /// Stable tag URI, e.g. `tag:example.org,2026-04-30:0000/lofte/2026-polisen-trafik/2026-04-30`.
    pub id: String,
    /// E.g. "Skiftinge: trygghetsvandringar — delrapport för tertial 1, maj 2026".
    pub title: String,
    /// The date the entry is about: the report's ([`report_day`]: the last day of its month or year when it is
    /// known only so far, the same day the CSV gives), or the period's start.
    pub updated: Date,
    /// The page the entry opens, relative to the site (`?lofte=…`, `?ar=…`).
    pub link: String,
    /// Plain text, e.g. "Pågår. 143 av 200 kontroller. Fler kontroller under sommaren."
    pub summary: String,
    /// The titles of a period's promises, each with its link (`?lofte=…`); empty for a follow-up.
    pub promises: Vec<(String, String)>,
    /// The report's source document (http(s) or relative), when published.
    pub source: Option<String>,
}

/// The feed's title: "Medborgarlöften i Eskilstuna – uppföljning".
pub fn feed_title(data: &Dataset) -> String {
    format!("{} – uppföljning", data.title)
}

/// Every entry of the feed, newest first (ties by id, so the order never depends on the dataset's).
pub fn feed_entries(data: &Dataset) -> Vec<FeedEntry> {
    let tags = Tags { authority: tag_authority(&data.source.url), code: &data.municipality.code };
    let mut entries: Vec<FeedEntry> = data.periods.iter().map(|period| period_entry(data, period, &tags)).collect();
    for promise in &data.promises {
        let place = join_sv(&promise_card(data, promise).districts);
        let start = data.periods.iter().find(|p| p.id == promise.period).map(|p| p.start);
        entries.extend(history(promise, start).into_iter().map(|entry| followup_entry(promise, &place, entry, &tags)));
    }
    entries.sort_by(|a, b| b.updated.cmp(&a.updated).then_with(|| a.id.cmp(&b.id)));
    entries
}

/// What every id of one dataset's feed starts from.
struct Tags<'a> {
    authority: String,
    code: &'a str,
}

impl Tags<'_> {
    /// `tag:<authority>,<date>:<kommun code>/<path>`.
    fn id(&self, date: impl std::fmt::Display, path: &str) -> String {
        format!("tag:{},{date}:{}/{path}", self.authority, self.code)
    }
}

fn period_entry(data: &Dataset, period: &Period, tags: &Tags) -> FeedEntry {
    let promises: Vec<(String, String)> = data
        .promises
        .iter()
        .filter(|promise| promise.period == period.id)
        .map(|promise| (promise.title.clone(), format!("?lofte={}", query_value(&promise.id))))
        .collect();
    let count = match promises.len() {
        1 => "1 löfte".to_string(),
        n => format!("{n} löften"),
    };
    FeedEntry {
        id: tags.id(period.start, &format!("perioder/{}", period.id)),
        title: format!("Nya medborgarlöften {}", period.years_label()),
        updated: period.start.first_day(),
        link: format!("?ar={}", period.year()),
        summary: sentences(&[period.title.clone(), count]),
        promises,
        source: None,
    }
}

/// A follow-up's entry, titled with the report named by the tertial it reports on ("delrapport för tertial 1").
fn followup_entry(promise: &Promise, place: &str, entry: HistoryEntry, tags: &Tags) -> FeedEntry {
    let date = entry.date;
    let mut summary = vec![entry.status.label().to_string()];
    summary.extend(entry.achieved);
    summary.extend(entry.note);
    FeedEntry {
        id: tags.id(date, &format!("lofte/{}/{date}", promise.id)),
        title: format!("{place}: {} — {}, {}", promise.title, entry.report, date.text_sv()),
        updated: report_day(date),
        link: format!("?lofte={}", query_value(&promise.id)),
        summary: sentences(&summary),
        promises: Vec::new(),
        source: entry.source.map(|link| link.url),
    }
}

/// Parts as sentences: each ends in a full stop unless it already ends in one (or `!`, `?`).
fn sentences(parts: &[String]) -> String {
    let mut out = Vec::with_capacity(parts.len());
    for part in parts.iter().map(|p| p.trim()).filter(|p| !p.is_empty()) {
        out.push(if part.ends_with(['.', '!', '?']) { part.to_string() } else { format!("{part}.") });
    }
    out.join(" ")
}

/// The host of `url` when it is an http(s) address with a host name, lower-cased and without port or user;
/// otherwise [`FALLBACK_AUTHORITY`].
pub(super) fn tag_authority(url: &str) -> String {
    let lower = url.trim().to_ascii_lowercase();
    let rest = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://")).unwrap_or("");
    let host_port = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host_port.rsplit('@').next().unwrap_or("").split(':').next().unwrap_or("");
    let dns = !host.is_empty()
        && host.split('.').all(|label| {
            !label.is_empty()
                && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                && !label.starts_with('-')
                && !label.ends_with('-')
        });
    if dns {
        host.to_string()
    } else {
        FALLBACK_AUTHORITY.to_string()
    }
}

/// An RFC 3339 timestamp at the start of `date` (UTC).
fn timestamp(date: Date) -> String {
    format!("{date}T00:00:00Z")
}

/// The feed's id: `tag:<host>,<first period's start year>:<kommun code>`.
fn feed_id(data: &Dataset) -> String {
    let first =
        data.periods.iter().map(|p| p.start.year).min().unwrap_or(chrono::Datelike::year(&data.updated.0) as u16);
    format!("tag:{},{first}:{}", tag_authority(&data.source.url), data.municipality.code)
}

/// The whole feed as an Atom 1.0 document (UTF-8). `site` makes its links absolute when the site's address is
/// known; relative links are valid Atom and resolve against the feed's own address.
pub fn atom_feed(data: &Dataset, site: &SiteAddress) -> String {
    let entries = feed_entries(data);
    let updated = entries.iter().map(|e| e.updated).chain([data.updated]).max().unwrap_or(data.updated);
    let authors: Vec<&str> = data.parties.iter().map(|party| party.name.as_str()).collect();
    let head = FeedHead {
        id: feed_id(data),
        title: feed_title(data),
        subtitle: crate::page::site::site_meta(data).description,
        updated,
        authors: &authors,
    };
    let mut out = open_feed(&head, site);
    for entry in &entries {
        write_entry(&mut out, entry, site, &[]);
    }
    out.push_str("</feed>\n");
    out
}

/// What a feed says about itself before its entries.
pub(super) struct FeedHead<'a> {
    pub id: String,
    pub title: String,
    pub subtitle: String,
    pub updated: Date,
    /// The feed's `<author>`s; none when every entry names its own.
    pub authors: &'a [&'a str],
}

/// The XML declaration, the open `<feed>` and its head (id, title, subtitle, updated, `self` and `alternate`
/// links under `site`, authors); the caller writes the entries and `</feed>`.
pub(super) fn open_feed(head: &FeedHead, site: &SiteAddress) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    out.push_str("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"sv\">\n");
    let _ = writeln!(out, "  <id>{}</id>", escape(&head.id));
    let _ = writeln!(out, "  <title>{}</title>", escape(&head.title));
    let _ = writeln!(out, "  <subtitle>{}</subtitle>", escape(&head.subtitle));
    let _ = writeln!(out, "  <updated>{}</updated>", timestamp(head.updated));
    let _ = writeln!(out, "  <link rel=\"self\" type=\"{FEED_MEDIA_TYPE}\" href=\"{}\"/>", escape(&site.of(FEED_FILE)));
    let _ = writeln!(out, "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>", escape(&site.of("")));
    for author in head.authors {
        let _ = writeln!(out, "  <author><name>{}</name></author>", escape(author));
    }
    out
}

/// One `<entry>`: its links (`link` and each promise's) under `site`, its source as it is, and `authors` of its
/// own (none when the feed's authors are the entry's).
pub(super) fn write_entry(out: &mut String, entry: &FeedEntry, site: &SiteAddress, authors: &[&str]) {
    out.push_str("  <entry>\n");
    let _ = writeln!(out, "    <id>{}</id>", escape(&entry.id));
    let _ = writeln!(out, "    <title>{}</title>", escape(&entry.title));
    let _ = writeln!(out, "    <updated>{}</updated>", timestamp(entry.updated));
    let _ =
        writeln!(out, "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>", escape(&site.of(&entry.link)));
    if let Some(source) = &entry.source {
        let _ = writeln!(out, "    <link rel=\"related\" href=\"{}\"/>", escape(source));
    }
    for author in authors {
        let _ = writeln!(out, "    <author><name>{}</name></author>", escape(author));
    }
    let _ = writeln!(out, "    <summary>{}</summary>", escape(&entry.summary));
    if !entry.promises.is_empty() {
        // HTML inside XML: each dataset text is escaped for HTML, then the whole for XML, so a reader shows it
        // as text and never as markup.
        let mut html = format!("<p>{}</p><ul>", escape(&entry.summary));
        for (title, link) in &entry.promises {
            let _ = write!(html, "<li><a href=\"{}\">{}</a></li>", escape(&site.of(link)), escape(title));
        }
        html.push_str("</ul>");
        let _ = writeln!(out, "    <content type=\"html\">{}</content>", escape(&html));
    }
    out.push_str("  </entry>\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::month::ReportDate;
    use crate::parse_dataset;

    fn example() -> Dataset {
        parse_dataset(include_str!("../../../../public/data/exempelkommun.json")).expect("the example is valid")
    }

    fn eskilstuna() -> Dataset {
        parse_dataset(include_str!("../../../../public/data/eskilstuna.json")).expect("the real dataset is valid")
    }

    #[test]
    fn one_entry_per_followup_entry_and_per_period_dated_by_it() {
        let data = example();
        let entries = feed_entries(&data);
        let followups: usize = data.promises.iter().map(|p| p.followups.len()).sum();
        assert!(followups > 0);
        assert_eq!(entries.len(), followups + data.periods.len());
        for promise in &data.promises {
            let mine: Vec<_> = entries.iter().filter(|e| e.id.contains(&format!("/lofte/{}/", promise.id))).collect();
            assert_eq!(mine.len(), promise.followups.len(), "{}", promise.id);
            for (entry, followup) in mine.iter().rev().zip(&promise.followups) {
                assert_eq!(entry.updated, report_day(followup.date));
                assert!(entry.id.ends_with(&format!("/{}", followup.date)), "{}", entry.id);
                assert_eq!(entry.link, format!("?lofte={}", promise.id));
            }
        }
        let dates: Vec<Date> = entries.iter().map(|e| e.updated).collect();
        assert!(dates.windows(2).all(|w| w[0] >= w[1]), "newest first");
    }

    #[test]
    fn titles_and_summaries_say_where_what_and_how_far() {
        let entries = feed_entries(&example());
        let entry = entries
            .iter()
            .find(|e| e.id.ends_with("/lofte/2026-polisen-trafik/2026-08-31"))
            .expect("the T2 report of the traffic promise");
        assert_eq!(
            entry.title,
            "Norrby (påhittat) och Ängsbacken (påhittat): 200 trafikkontroller i Norrby och Ängsbacken — delrapport för \
             tertial 2, 31 augusti 2026"
        );
        assert_eq!(entry.summary, "Pågår. 143 av 200 kontroller. Fler kontroller under sommaren.");
        assert_eq!(entry.id, "tag:example.org,2026-08-31:0000/lofte/2026-polisen-trafik/2026-08-31");
        assert_eq!(entry.source.as_deref(), Some("https://example.org/medborgarloften/uppfoljning-2026-t2"));
        let period = entries.iter().find(|e| e.title == "Nya medborgarlöften 2026").expect("the 2026 period");
        assert_eq!((period.link.as_str(), period.updated), ("?ar=2026", Date::from_ymd(2026, 1, 1).expect("date")));
        assert_eq!(period.id, "tag:example.org,2026-01:0000/perioder/2026");
    }

    #[test]
    fn a_month_only_report_has_the_same_day_in_the_feed_as_in_the_csv() {
        let mut data = example();
        let promise = data.promises.iter_mut().find(|p| p.id == "2026-polisen-trafik").expect("promise");
        promise.followups.truncate(1);
        promise.followups[0].date = ReportDate::parse("2026-05").expect("month");
        let entry = feed_entries(&data)
            .into_iter()
            .find(|e| e.id.ends_with("/lofte/2026-polisen-trafik/2026-05"))
            .expect("the May report");
        assert_eq!(entry.updated, Date::from_ymd(2026, 5, 31).expect("date"), "the month's last day");
        let csv = crate::export::csv::promises_csv(&data);
        let record = csv.lines().find(|l| l.starts_with("2026-polisen-trafik;")).expect("the record");
        assert!(record.contains(";2026-05-31;"), "{record}");
    }

    #[test]
    fn the_same_dataset_gives_the_same_feed_and_ids() {
        let data = example();
        let site = SiteAddress::relative();
        assert_eq!(atom_feed(&data, &site), atom_feed(&data.clone(), &site));
        // A new follow-up elsewhere changes no existing id.
        let before: Vec<String> = feed_entries(&data).into_iter().map(|e| e.id).collect();
        let mut more = data.clone();
        let mut added = more.promises[0].followups[0].clone();
        added.date = ReportDate::parse("2026-12-31").expect("date");
        more.promises[0].followups.push(added);
        let after: Vec<String> = feed_entries(&more).into_iter().map(|e| e.id).collect();
        assert!(before.iter().all(|id| after.contains(id)));
        assert_eq!(after.len(), before.len() + 1);
        let unique: std::collections::BTreeSet<&String> = after.iter().collect();
        assert_eq!(unique.len(), after.len(), "ids are unique");
    }

    #[test]
    fn the_real_dataset_gives_a_feed_of_its_periods() {
        let data = eskilstuna();
        let entries = feed_entries(&data);
        assert_eq!(entries.len(), data.periods.len());
        assert_eq!(entries[0].title, "Nya medborgarlöften 2019");
        assert!(entries[0].summary.ends_with("löften."), "{}", entries[0].summary);
        let feed = atom_feed(&data, &SiteAddress::relative());
        assert!(feed.contains("<id>tag:polisen.se,2018:0484</id>"), "{feed}");
        assert!(feed.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"./flode.xml\"/>"));
        assert!(feed.contains("<author><name>Polismyndigheten</name></author>"));
        assert!(feed.contains("<updated>2019-01-01T00:00:00Z</updated>"));
    }

    #[test]
    fn absolute_links_when_the_site_is_known() {
        let site = SiteAddress::absolute("https://lofte.example.se/").expect("address");
        let feed = atom_feed(&example(), &site);
        assert!(feed.contains("href=\"https://lofte.example.se/flode.xml\""));
        assert!(feed.contains("href=\"https://lofte.example.se/?lofte=2026-polisen-trafik\""));
        assert!(!feed.contains("href=\"./"), "no relative link left");
    }

    #[test]
    fn hostile_text_is_escaped_and_forbidden_characters_dropped() {
        let mut data = example();
        data.title = "Löften <script>alert(1)</script> & ]]> \u{1}\u{FFFF}".to_string();
        data.parties[0].name = "Polisen & \"co\"".to_string();
        data.promises[0].title = "<b>fet</b> ]]> & \u{0}".to_string();
        data.promises[0].followups[0].note = Some("<img src=x onerror=alert(1)>".to_string());
        let feed = atom_feed(&data, &SiteAddress::relative());
        assert!(!feed.contains("<script"), "{feed}");
        assert!(!feed.contains("<b>") && !feed.contains("<img") && !feed.contains("]]>"));
        assert!(!feed.contains(['\u{0}', '\u{1}', '\u{FFFF}']));
        assert!(feed.contains("Löften &lt;script&gt;alert(1)&lt;/script&gt; &amp; ]]&gt; "));
        assert!(feed.contains("<author><name>Polisen &amp; &quot;co&quot;</name></author>"));
        // In HTML content the text is escaped twice: a reader unescapes the XML and shows the HTML's text.
        assert!(feed.contains("&lt;li&gt;&lt;a href=&quot;./?lofte="), "{feed}");
        assert!(feed.contains("&amp;lt;b&amp;gt;fet&amp;lt;/b&amp;gt;"), "{feed}");
    }

    #[test]
    fn tag_authorities_are_host_names() {
        assert_eq!(tag_authority("https://polisen.se/om-polisen/x"), "polisen.se");
        assert_eq!(tag_authority("https://User@Example.ORG:8443/a"), "example.org");
        assert_eq!(tag_authority("om/sida.html"), FALLBACK_AUTHORITY);
        assert_eq!(tag_authority("https://bad_host.se/"), FALLBACK_AUTHORITY);
    }
}
