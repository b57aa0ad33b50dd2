//! The finder's search across every kommun's promises (a site built for many kommuner). The build writes one index
//! (`sok.json`, [`index_json`]) of every promise: its kommun, title, period, promisers, status and themes as the
//! card shows them, and the folded words of its verbatim text; the finder's module fetches it only when the
//! resident uses that search, and [`SearchIndex::search`] answers each keystroke with links that land on the
//! promise in its kommun's page (`<slug>/?lofte=<id>`).
//!
//! The index keeps each text's distinct words, folded, rather than the text: a word is found the same way and the
//! index is a fraction of the size.
//!
//! Page layer: may use `dataset`, `text`, `json` and the card; must not import `export`.

use std::collections::BTreeSet;

use crate::dataset::model::Dataset;
use crate::json::write::write_str;
use crate::json::{parse_value, Value};
use crate::page::card::promise_card;
use crate::page::query::param::PROMISE;
use crate::text::fold::{fold, search_terms};

/// The index's file at the site's root.
pub const INDEX_FILE: &str = "sok.json";
/// How many hits the finder lists at most.
pub const LIMIT: usize = 20;
/// The index format's version.
const VERSION: i64 = 1;

/// The index of `kommuner` (each its folder's name and its dataset), as compact JSON:
/// `{"v":1,"kommuner":[[slug,name],…],"lofte":[[kommun,id,title,period,promisers,status,themes,words],…]}`.
pub fn index_json(kommuner: &[(&str, &Dataset)]) -> String {
    let mut out = format!("{{\"v\":{VERSION},\"kommuner\":[");
    for (i, (slug, data)) in kommuner.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push('[');
        write_str(&mut out, slug);
        out.push(',');
        write_str(&mut out, &data.municipality.name);
        out.push(']');
    }
    out.push_str("],\"lofte\":[");
    let mut first = true;
    for (k, (_, data)) in kommuner.iter().enumerate() {
        for promise in &data.promises {
            let card = promise_card(data, promise);
            if !first {
                out.push(',');
            }
            first = false;
            out.push_str(&format!("[{k}"));
            for field in [
                card.id.as_str(),
                card.title.as_str(),
                card.period.as_str(),
                card.party_label.as_str(),
                card.status.label(),
                &card.themes.join(", "),
                &words(&[promise.text.as_str()]),
            ] {
                out.push(',');
                write_str(&mut out, field);
            }
            out.push(']');
        }
    }
    out.push_str("]}");
    out
}

/// The distinct folded words of `texts`, in first-seen order, separated by spaces.
fn words(texts: &[&str]) -> String {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for text in texts {
        for word in fold(text).split(|c: char| !c.is_alphanumeric()) {
            if word.chars().count() > 1 && seen.insert(word.to_string()) {
                out.push(word.to_string());
            }
        }
    }
    out.join(" ")
}

/// One promise in the index.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Entry {
    kommun: usize,
    id: String,
    title: String,
    /// "2020 · Polisen och kommunen · Ingen uppföljning publicerad".
    facts: String,
    /// Everything a search word may be found in, folded.
    key: String,
}

/// One hit: where it leads and what the finder shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// The promise in its kommun's page, relative to the finder: `ale/?lofte=2020-polisen-narkotika`.
    pub href: String,
    /// The promise's title.
    pub title: String,
    /// Its kommun's name.
    pub kommun: String,
    /// Period, promisers and status.
    pub facts: String,
}

/// What a search shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hits {
    /// At most [`LIMIT`] hits, in the finder's order (kommun, then the dataset's order).
    pub hits: Vec<Hit>,
    /// How many promises match.
    pub total: usize,
    /// The status line read out after each keystroke.
    pub status: String,
}

/// The index, read once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchIndex {
    kommuner: Vec<(String, String)>,
    entries: Vec<Entry>,
}

impl SearchIndex {
    /// Reads [`index_json`]'s text; a Swedish message when it is not that.
    pub fn parse(text: &str) -> Result<Self, String> {
        const BROKEN: &str = "Sökregistret kunde inte läsas.";
        let value = parse_value(text).map_err(|_| BROKEN.to_string())?;
        if value.get("v").and_then(Value::as_i64) != Some(VERSION) {
            return Err(BROKEN.to_string());
        }
        let strings = |row: &Value| -> Option<Vec<String>> {
            row.as_array()?.iter().map(|v| v.as_str().map(str::to_string)).collect()
        };
        let kommuner: Vec<(String, String)> = value
            .get("kommuner")
            .and_then(Value::as_array)
            .ok_or(BROKEN)?
            .iter()
            .map(|row| match strings(row).as_deref() {
                Some([slug, name]) => Some((slug.clone(), name.clone())),
                _ => None,
            })
            .collect::<Option<_>>()
            .ok_or(BROKEN)?;
        let mut entries = Vec::new();
        for row in value.get("lofte").and_then(Value::as_array).ok_or(BROKEN)? {
            let fields = row.as_array().ok_or(BROKEN)?;
            let kommun = fields.first().and_then(Value::as_u64).map(|k| k as usize).filter(|k| *k < kommuner.len());
            let rest: Option<Vec<&str>> = fields.iter().skip(1).map(Value::as_str).collect();
            let (Some(kommun), Some([id, title, period, promisers, status, themes, words])) = (kommun, rest.as_deref())
            else {
                return Err(BROKEN.to_string());
            };
            let key = fold(&[title, period, promisers, status, themes, kommuner[kommun].1.as_str(), words].join(" "));
            entries.push(Entry {
                kommun,
                id: id.to_string(),
                title: title.to_string(),
                facts: format!("{period} · {promisers} · {status}"),
                key,
            });
        }
        Ok(SearchIndex { kommuner, entries })
    }

    /// How many promises the index holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the index holds no promise.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The promises whose title, text, period, promisers, status, themes or kommun hold every word of `query`,
    /// whatever the case and diacritics.
    pub fn search(&self, query: &str) -> Hits {
        let terms = search_terms(query);
        if terms.is_empty() {
            return Hits { hits: Vec::new(), total: 0, status: String::new() };
        }
        let mut total = 0;
        let mut kommuner = BTreeSet::new();
        let mut hits = Vec::new();
        for entry in &self.entries {
            if terms.iter().all(|term| entry.key.contains(term.as_str())) {
                total += 1;
                kommuner.insert(entry.kommun);
                if hits.len() < LIMIT {
                    let (slug, name) = &self.kommuner[entry.kommun];
                    hits.push(Hit {
                        href: format!("{slug}/?{PROMISE}={}", crate::page::query::encode(&entry.id)),
                        title: entry.title.clone(),
                        kommun: name.clone(),
                        facts: entry.facts.clone(),
                    });
                }
            }
        }
        let status = match (total, kommuner.len()) {
            (0, _) => format!("Inget löfte matchar ”{}”.", query.trim()),
            (1, _) => "1 löfte matchar.".to_string(),
            (n, 1) => format!("{n} löften i 1 kommun matchar."),
            (n, k) if n <= LIMIT => format!("{n} löften i {k} kommuner matchar."),
            (n, k) => {
                format!("{n} löften i {k} kommuner matchar. Här visas de {LIMIT} första; skriv fler ord för färre.")
            }
        };
        Hits { hits, total, status }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse_dataset_bytes;

    fn eskilstuna() -> Dataset {
        parse_dataset_bytes(include_bytes!("../../../../public/data/eskilstuna.json")).expect("reads")
    }

    fn laxa() -> Dataset {
        parse_dataset_bytes(include_bytes!("../../../../datasets/laxa.json")).expect("reads")
    }

    fn katrineholm() -> Dataset {
        parse_dataset_bytes(include_bytes!("../../../../datasets/katrineholm.json")).expect("reads")
    }

    fn index() -> SearchIndex {
        let (e, l, k) = (eskilstuna(), laxa(), katrineholm());
        SearchIndex::parse(&index_json(&[("eskilstuna", &e), ("laxa", &l), ("katrineholm", &k)]))
            .expect("its own index reads")
    }

    #[test]
    fn every_promise_of_every_kommun_is_indexed() {
        let (e, l, k) = (eskilstuna(), laxa(), katrineholm());
        assert_eq!(index().len(), e.promises.len() + l.promises.len() + k.promises.len());
    }

    #[test]
    fn a_word_of_a_text_finds_the_promise_and_links_into_its_kommun() {
        let data = eskilstuna();
        let promise = &data.promises[0];
        let word = promise
            .text
            .split_whitespace()
            .filter(|w| w.chars().all(char::is_alphabetic))
            .max_by_key(|w| w.len())
            .expect("a word");
        let hits = index().search(&word.to_uppercase());
        let hit = hits.hits.iter().find(|h| h.title == promise.title).expect("found by a word of its text");
        assert_eq!(hit.href, format!("eskilstuna/?lofte={}", promise.id));
        assert_eq!(hit.kommun, "Eskilstuna kommun");
    }

    #[test]
    fn kommun_theme_and_status_words_narrow_the_search() {
        let index = index();
        let laxa = laxa();
        let all_laxa = index.search("laxa");
        assert_eq!(all_laxa.total, laxa.promises.len(), "the kommun's name, without diacritics");
        assert!(all_laxa.hits.iter().all(|h| h.href.starts_with("laxa/")));
        let theme = &laxa.themes[0].name;
        let narrowed = index.search(&format!("laxå {theme}"));
        assert!(narrowed.total >= 1 && narrowed.total <= laxa.promises.len());
        let not_followed = index.search("ingen uppföljning publicerad");
        assert!(not_followed.total >= 1);
    }

    #[test]
    fn the_status_line_counts_in_swedish_and_empty_is_quiet() {
        let index = index();
        assert_eq!(index.search("   ").status, "");
        assert_eq!(index.search("zzzq").status, "Inget löfte matchar ”zzzq”.");
        assert_eq!(index.search("zzzq").hits, []);
        let many = index.search("e");
        assert!(many.total > LIMIT);
        assert_eq!(many.hits.len(), LIMIT);
        assert!(many.status.ends_with("Här visas de 20 första; skriv fler ord för färre."), "{}", many.status);
    }

    #[test]
    fn a_broken_index_is_refused_with_a_message() {
        for broken in [
            "",
            "{",
            "{\"v\":2,\"kommuner\":[],\"lofte\":[]}",
            "{\"v\":1,\"kommuner\":[[\"a\",\"A\"]],\"lofte\":[[5,\"x\",\"t\",\"p\",\"q\",\"s\",\"th\",\"w\"]]}",
        ] {
            assert_eq!(SearchIndex::parse(broken), Err("Sökregistret kunde inte läsas.".to_string()), "{broken}");
        }
    }
}
