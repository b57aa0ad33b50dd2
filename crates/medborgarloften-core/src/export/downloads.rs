//! The files the footer offers under "Ladda ner uppgifterna": what each is, its format and its size, all known at
//! build time. The build writes the list into the page (`<meta name="medborgarloften-downloads">`), so the app in
//! the browser shows the very list the build rendered.
//!
//! Pure core: the list, its one-line form for the page and sizes in Swedish.

use crate::dataset::links::is_same_origin_path;
use crate::lang::Language;

/// What a downloadable file is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum DownloadKind {
    /// The dataset itself (JSON).
    Dataset,
    /// The JSON Schema of the dataset's format.
    Schema,
    /// The promises as a table (CSV).
    Csv,
    /// The Atom feed of the follow-ups.
    Feed,
    /// The DCAT-AP-SE description for open-data portals.
    Description,
}

impl DownloadKind {
    /// Every kind, in the footer's order.
    pub const ALL: [DownloadKind; 5] =
        [DownloadKind::Dataset, DownloadKind::Schema, DownloadKind::Csv, DownloadKind::Feed, DownloadKind::Description];

    /// The id in the page's list, e.g. `csv`.
    pub fn id(self) -> &'static str {
        match self {
            DownloadKind::Dataset => "dataset",
            DownloadKind::Schema => "schema",
            DownloadKind::Csv => "csv",
            DownloadKind::Feed => "atom",
            DownloadKind::Description => "dcat",
        }
    }

    /// What the link says the file is, in Swedish.
    pub fn label(self) -> &'static str {
        self.label_in(crate::lang::SWEDISH)
    }

    /// What the link says the file is, in `lang`.
    pub fn label_in(self, lang: &Language) -> &'static str {
        let words = &lang.words.site;
        match self {
            DownloadKind::Dataset => words.download_dataset,
            DownloadKind::Schema => words.download_schema,
            DownloadKind::Csv => words.download_csv,
            DownloadKind::Feed => words.download_feed,
            DownloadKind::Description => words.download_description,
        }
    }

    /// The format's name as a reader knows it: "JSON", "JSON Schema", "CSV", "Atom", "DCAT-AP-SE".
    pub fn format(self) -> &'static str {
        match self {
            DownloadKind::Dataset => "JSON",
            DownloadKind::Schema => "JSON Schema",
            DownloadKind::Csv => "CSV",
            DownloadKind::Feed => "Atom",
            DownloadKind::Description => "DCAT-AP-SE",
        }
    }

    /// The file's media type.
    pub fn media_type(self) -> &'static str {
        match self {
            DownloadKind::Csv => super::csv::CSV_MEDIA_TYPE,
            DownloadKind::Feed => super::atom::FEED_MEDIA_TYPE,
            DownloadKind::Description => "application/ld+json",
            DownloadKind::Dataset => "application/json",
            DownloadKind::Schema => "application/schema+json",
        }
    }

    fn from_id(id: &str) -> Option<Self> {
        DownloadKind::ALL.into_iter().find(|kind| kind.id() == id)
    }
}

/// One file to download.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Download {
    /// What it is.
    pub kind: DownloadKind,
    /// Its address relative to the page, e.g. `data/eskilstuna.csv`.
    pub href: String,
    /// Its size in bytes, when known.
    pub bytes: Option<u64>,
}

impl Download {
    /// The link's text: what the file is, its format and size, e.g. "Löftena som tabell (CSV, 12 kB)".
    pub fn text(&self) -> String {
        self.text_in(crate::lang::SWEDISH)
    }

    /// [`Download::text`] in `lang`: "The promises as a table (CSV, 12 kB)".
    pub fn text_in(&self, lang: &Language) -> String {
        let label = self.kind.label_in(lang);
        match self.bytes {
            Some(bytes) => {
                let size = size_sv(bytes).replace(',', lang.words.site.decimal);
                format!("{label} ({}, {size})", self.kind.format())
            }
            None => format!("{label} ({})", self.kind.format()),
        }
    }
}

/// The list in one line for the page's `<meta>`: `kind:bytes:href` separated by spaces (hrefs have none).
pub fn to_meta(downloads: &[Download]) -> String {
    let items: Vec<String> = downloads
        .iter()
        .map(|d| format!("{}:{}:{}", d.kind.id(), d.bytes.map(|b| b.to_string()).unwrap_or_default(), d.href))
        .collect();
    items.join(" ")
}

/// The list from its one-line form; an item that is misshapen, of an unknown kind or not a same-site relative
/// address is left out.
pub fn from_meta(text: &str) -> Vec<Download> {
    text.split_whitespace()
        .filter_map(|item| {
            let (kind, rest) = item.split_once(':')?;
            let (bytes, href) = rest.split_once(':')?;
            let bytes = if bytes.is_empty() { None } else { Some(bytes.parse().ok()?) };
            let href = href.to_string();
            (is_same_origin_path(&href) && !href.starts_with('/')).then_some(Download {
                kind: DownloadKind::from_id(kind)?,
                href,
                bytes,
            })
        })
        .collect()
}

/// What the footer offers for the dataset at `shown`: the build's list when it is the site's own dataset
/// (`built_for`), else only that dataset's own file, without a size — the build's CSV, feed and description
/// describe another dataset.
pub fn downloads_for(built: &[Download], built_for: &str, shown: &str) -> Vec<Download> {
    if shown == built_for {
        built.to_vec()
    } else if is_same_origin_path(shown) {
        vec![Download { kind: DownloadKind::Dataset, href: shown.to_string(), bytes: None }]
    } else {
        Vec::new()
    }
}

/// A file size in Swedish with SI prefixes: "850 byte", "4,2 kB", "41 kB", "1,9 MB" (rounded half up), with a
/// no-break space, so the number and its unit never part at a line break.
pub fn size_sv(bytes: u64) -> String {
    if bytes < 1000 {
        return format!("{bytes}\u{a0}byte");
    }
    let tenths_k = (bytes + 50) / 100;
    if tenths_k < 100 {
        return format!("{},{}\u{a0}kB", tenths_k / 10, tenths_k % 10);
    }
    let k = (bytes + 500) / 1000;
    if k < 1000 {
        return format!("{k}\u{a0}kB");
    }
    let tenths_m = (bytes + 50_000) / 100_000;
    if tenths_m < 100 {
        format!("{},{}\u{a0}MB", tenths_m / 10, tenths_m % 10)
    } else {
        format!("{}\u{a0}MB", (bytes + 500_000) / 1_000_000)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list() -> Vec<Download> {
        vec![
            Download { kind: DownloadKind::Dataset, href: "data/eskilstuna.json".into(), bytes: Some(41_234) },
            Download { kind: DownloadKind::Csv, href: "data/eskilstuna.csv".into(), bytes: Some(999) },
            Download { kind: DownloadKind::Feed, href: "flode.xml".into(), bytes: None },
        ]
    }

    #[test]
    fn sizes_read_in_swedish() {
        let cases = [
            (0, "0 byte"),
            (999, "999 byte"),
            (1000, "1,0 kB"),
            (4_249, "4,2 kB"),
            (4_250, "4,3 kB"),
            (9_949, "9,9 kB"),
            (9_950, "10 kB"),
            (41_234, "41 kB"),
            (999_499, "999 kB"),
            (999_500, "1,0 MB"),
            (1_920_000, "1,9 MB"),
            (12_345_678, "12 MB"),
        ];
        for (bytes, text) in cases {
            assert_eq!(size_sv(bytes), text.replace(' ', "\u{a0}"), "{bytes}");
        }
    }

    #[test]
    fn link_texts_say_what_format_and_size() {
        let texts: Vec<String> = list().iter().map(|d| d.text().replace('\u{a0}', " ")).collect();
        assert_eq!(
            texts,
            [
                "Löftena och uppföljningen (JSON, 41 kB)",
                "Löftena som tabell (CSV, 999 byte)",
                "Följ uppföljningen (Atom)"
            ]
        );
    }

    #[test]
    fn the_page_line_round_trips_and_refuses_foreign_addresses() {
        let line = to_meta(&list());
        assert_eq!(line, "dataset:41234:data/eskilstuna.json csv:999:data/eskilstuna.csv atom::flode.xml");
        assert_eq!(from_meta(&line), list());
        let hostile = "dataset:1:https://evil.example/x.json csv:1:javascript:alert(1) okänd:1:a.csv atom:x:flode.xml feed:1:/abs.xml";
        assert_eq!(from_meta(hostile), vec![]);
        assert_eq!(from_meta(""), vec![]);
    }

    #[test]
    fn another_dataset_gets_only_its_own_file() {
        let built = list();
        assert_eq!(downloads_for(&built, "data/eskilstuna.json", "data/eskilstuna.json"), built);
        assert_eq!(
            downloads_for(&built, "data/eskilstuna.json", "data/exempelkommun.json"),
            vec![Download { kind: DownloadKind::Dataset, href: "data/exempelkommun.json".into(), bytes: None }]
        );
        assert_eq!(downloads_for(&built, "data/eskilstuna.json", "https://evil.example/x.json"), vec![]);
    }
}
