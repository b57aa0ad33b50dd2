//! The URL query codec: the public contract of shared links and embed snippets.
//!
//! Parameters: `ar` (year), `part` (party id), `omrade` (district id, or `hela-kommunen`), `tema` (theme id),
//! `status` (status id), `q` (free text), `lofte` (promise id), `data` (same-origin dataset path),
//! `visa` (how many cards are on screen), `inbaddad` (`1` for the embedded layout), `nytt` (`1`: only promises with
//! something new since the resident's last visit, see [`crate::page::visit`]). Several values of one parameter
//! are written comma-separated (`?ar=2018,2019`); a repeated parameter (`?ar=2018&ar=2019`) is read the same way.
//! Unknown parameters and invalid values are ignored and reported, never fatal. Pure core: no UI dependency.
//!
//! Page layer: may use `dataset`, `json` and `text`; must not import another module of `page` (the filters, chips,
//! notices and the view all use this one, so [`Facet`] lives here) nor `export`.

use std::collections::BTreeSet;

use crate::dataset::district::WHOLE_MUNICIPALITY;
use crate::dataset::links::is_same_origin_path;
use crate::dataset::model::Dataset;
use crate::dataset::status::Status;

/// Parameter names, in the order they are written.
pub mod param {
    /// Year.
    pub const YEAR: &str = "ar";
    /// Party id.
    pub const PARTY: &str = "part";
    /// District id.
    pub const DISTRICT: &str = "omrade";
    /// Theme id.
    pub const THEME: &str = "tema";
    /// Status id.
    pub const STATUS: &str = "status";
    /// Free text.
    pub const TEXT: &str = "q";
    /// Promise id.
    pub const PROMISE: &str = "lofte";
    /// Dataset path.
    pub const DATA: &str = "data";
    /// Embedded layout.
    pub const EMBED: &str = "inbaddad";
    /// How many matching cards are on screen ("Visa fler").
    pub const LIMIT: &str = "visa";
    /// Only the promises with something new since the last visit ("Visa bara nya").
    pub const NEW_ONLY: &str = "nytt";
}

/// The filter dimensions that have facets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Facet {
    /// `ar`
    Year,
    /// `part`
    Party,
    /// `omrade`
    District,
    /// `tema`
    Theme,
    /// `status`
    Status,
}

impl Facet {
    /// Every facet, in the filter panel's order.
    pub const ALL: [Facet; 5] = [Facet::Year, Facet::Party, Facet::District, Facet::Theme, Facet::Status];

    /// The facet's URL parameter, e.g. `ar`.
    pub fn param(self) -> &'static str {
        match self {
            Facet::Year => param::YEAR,
            Facet::Party => param::PARTY,
            Facet::District => param::DISTRICT,
            Facet::Theme => param::THEME,
            Facet::Status => param::STATUS,
        }
    }

    /// The facet whose URL parameter is `param`.
    pub fn from_param(param: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.param() == param)
    }
}

/// The largest `visa` value read: more cards than any dataset the app accepts can hold.
pub const MAX_LIMIT: usize = 1_000_000;

/// Longest free-text query kept, in characters.
pub const MAX_TEXT_CHARS: usize = 200;

/// Everything a link can say about the view.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    /// Selected years.
    pub years: BTreeSet<u16>,
    /// Selected party ids.
    pub parties: BTreeSet<String>,
    /// Selected district ids (may include [`WHOLE_MUNICIPALITY`]).
    pub districts: BTreeSet<String>,
    /// Selected theme ids.
    pub themes: BTreeSet<String>,
    /// Selected statuses.
    pub statuses: BTreeSet<Status>,
    /// Free-text search, as typed.
    pub text: String,
    /// The promise opened by a link.
    pub promise: Option<String>,
    /// Another dataset on the same origin, e.g. `data/exempelkommun.json`.
    pub data: Option<String>,
    /// The compact layout for an iframe.
    pub embed: bool,
    /// How many matching cards are on screen; `None` for the first page. Written by "Visa fler".
    pub limit: Option<usize>,
    /// Only the promises with something new since the resident's last visit ("Visa bara nya").
    pub new_only: bool,
}

/// A parameter or value that was ignored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ignored {
    /// Parameter name as given.
    pub param: String,
    /// Value as given (empty for an unknown parameter without value).
    pub value: String,
}

impl Query {
    /// Parses a query string (with or without the leading `?`). Never fails: what cannot be read is returned
    /// in the second value.
    pub fn parse(search: &str) -> (Query, Vec<Ignored>) {
        let mut query = Query::default();
        let mut ignored = Vec::new();
        let search = search.strip_prefix('?').unwrap_or(search);
        for pair in search.split('&').filter(|p| !p.is_empty()) {
            let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
            let key = decode(raw_key);
            let value = decode(raw_value);
            let mut ignore = |v: &str| ignored.push(Ignored { param: key.clone(), value: v.to_string() });
            match key.as_str() {
                param::YEAR => {
                    for v in list(&value) {
                        match v.parse::<u16>() {
                            Ok(year) if (1900..=2999).contains(&year) => {
                                query.years.insert(year);
                            }
                            _ => ignore(v),
                        }
                    }
                }
                param::PARTY => slugs(&value, &mut query.parties, &mut ignore),
                param::DISTRICT => slugs(&value, &mut query.districts, &mut ignore),
                param::THEME => slugs(&value, &mut query.themes, &mut ignore),
                param::STATUS => {
                    for v in list(&value) {
                        match Status::from_id(v) {
                            Some(status) => {
                                query.statuses.insert(status);
                            }
                            None => ignore(v),
                        }
                    }
                }
                param::TEXT => query.text = value.chars().take(MAX_TEXT_CHARS).collect(),
                param::PROMISE => match crate::dataset::forms::is_slug(&value) {
                    true => query.promise = Some(value.clone()),
                    false => ignore(&value),
                },
                param::DATA => match is_same_origin_path(&value) && value.ends_with(".json") {
                    true => query.data = Some(value.clone()),
                    false => ignore(&value),
                },
                param::EMBED => match value.as_str() {
                    "1" | "" | "ja" | "true" => query.embed = true,
                    "0" | "nej" | "false" => query.embed = false,
                    _ => ignore(&value),
                },
                param::NEW_ONLY => match value.as_str() {
                    "1" | "" | "ja" | "true" => query.new_only = true,
                    "0" | "nej" | "false" => query.new_only = false,
                    _ => ignore(&value),
                },
                param::LIMIT => match value.parse::<usize>() {
                    Ok(n) if (1..=MAX_LIMIT).contains(&n) => query.limit = Some(n),
                    _ => ignore(&value),
                },
                // Tracking tags added by newsletters and social media are not worth a notice.
                k if k.starts_with("utm_") || k == "fbclid" || k == "gclid" => {}
                _ => ignore(&value),
            }
        }
        (query, ignored)
    }

    /// Writes the canonical query string, without the leading `?`; empty when nothing is set.
    pub fn to_query_string(&self) -> String {
        let mut parts = Vec::new();
        let mut join = |name: &str, values: Vec<String>| {
            if !values.is_empty() {
                let joined: Vec<String> = values.iter().map(|v| encode(v)).collect();
                parts.push(format!("{name}={}", joined.join(",")));
            }
        };
        join(param::YEAR, self.years.iter().map(u16::to_string).collect());
        join(param::PARTY, self.parties.iter().cloned().collect());
        join(param::DISTRICT, self.districts.iter().cloned().collect());
        join(param::THEME, self.themes.iter().cloned().collect());
        join(param::STATUS, self.statuses.iter().map(|s| s.id().to_string()).collect());
        if !self.text.is_empty() {
            parts.push(format!("{}={}", param::TEXT, encode(&self.text)));
        }
        if self.new_only {
            parts.push(format!("{}=1", param::NEW_ONLY));
        }
        if let Some(id) = &self.promise {
            parts.push(format!("{}={}", param::PROMISE, encode(id)));
        }
        if let Some(data) = &self.data {
            parts.push(format!("{}={}", param::DATA, encode_path(data)));
        }
        if let Some(limit) = self.limit {
            parts.push(format!("{}={limit}", param::LIMIT));
        }
        if self.embed {
            parts.push(format!("{}=1", param::EMBED));
        }
        parts.join("&")
    }

    /// Drops ids the dataset does not know and returns them, so the app can say which part of a link was ignored.
    pub fn retain_known(&mut self, data: &Dataset) -> Vec<Ignored> {
        let mut ignored = Vec::new();
        // Every year a period spans is known: `ar=2025` finds the period 2024–2027.
        let years: BTreeSet<u16> = data.periods.iter().flat_map(|p| p.year()..=p.last_year()).collect();
        self.years.retain(|y| keep(years.contains(y), param::YEAR, &y.to_string(), &mut ignored));
        retain(&mut self.parties, data.parties.iter().map(|p| p.id.as_str()), param::PARTY, &mut ignored);
        let districts = data.districts.iter().map(|d| d.id.as_str()).chain([WHOLE_MUNICIPALITY]);
        retain(&mut self.districts, districts, param::DISTRICT, &mut ignored);
        retain(&mut self.themes, data.themes.iter().map(|t| t.id.as_str()), param::THEME, &mut ignored);
        if let Some(id) = self.promise.take() {
            if data.promises.iter().any(|p| p.id == id) {
                self.promise = Some(id);
            } else {
                ignored.push(Ignored { param: param::PROMISE.to_string(), value: id });
            }
        }
        ignored
    }

    /// True when any filter is set (the opened promise, dataset and layout are not filters).
    pub fn has_filters(&self) -> bool {
        !(self.years.is_empty()
            && self.parties.is_empty()
            && self.districts.is_empty()
            && self.themes.is_empty()
            && self.statuses.is_empty()
            && self.text.trim().is_empty()
            && !self.new_only)
    }

    /// The same view with every filter cleared; dataset and layout stay.
    pub fn cleared(&self) -> Query {
        Query { data: self.data.clone(), embed: self.embed, ..Query::default() }
    }
}

fn keep(known: bool, param: &str, value: &str, ignored: &mut Vec<Ignored>) -> bool {
    if !known {
        ignored.push(Ignored { param: param.to_string(), value: value.to_string() });
    }
    known
}

fn retain<'a>(
    set: &mut BTreeSet<String>,
    known: impl Iterator<Item = &'a str>,
    param: &str,
    ignored: &mut Vec<Ignored>,
) {
    let known: BTreeSet<&str> = known.collect();
    set.retain(|v| keep(known.contains(v.as_str()), param, v, ignored));
}

fn list(value: &str) -> impl Iterator<Item = &str> {
    value.split(',').map(str::trim).filter(|v| !v.is_empty())
}

fn slugs(value: &str, set: &mut BTreeSet<String>, ignore: &mut impl FnMut(&str)) {
    for v in list(value) {
        if crate::dataset::forms::is_slug(v) {
            set.insert(v.to_string());
        } else {
            ignore(v);
        }
    }
}

/// Percent-decodes a query component (`+` is a space). Invalid escapes are kept as written.
pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).and_then(|d| u8::try_from(d).ok())
}

/// Percent-encodes everything but unreserved characters, so commas in free text cannot split it.
pub fn encode(text: &str) -> String {
    encode_except(text, b"-._~")
}

/// Like [`encode`] but keeps `/`, so a dataset path stays readable in the address bar.
fn encode_path(text: &str) -> String {
    encode_except(text, b"-._~/")
}

fn encode_except(text: &str, keep: &[u8]) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || keep.contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

impl Query {
    /// The same query with `id` added to or removed from one facet. An unparsable year or status is ignored.
    pub fn toggled(&self, facet: Facet, id: &str) -> Query {
        fn flip<T: Ord>(set: &mut BTreeSet<T>, value: T) {
            if !set.remove(&value) {
                set.insert(value);
            }
        }
        // A new filter starts again from the first page of cards.
        let mut next = Query { limit: None, ..self.clone() };
        match facet {
            Facet::Year => {
                // "2019", or "2024-2027" for a period over several years: on when any of its years is chosen.
                let span = match id.split_once('-') {
                    Some((first, last)) => first.parse::<u16>().ok().zip(last.parse::<u16>().ok()),
                    None => id.parse::<u16>().ok().map(|year| (year, year)),
                };
                if let Some((first, last)) = span.filter(|(first, last)| first <= last) {
                    if next.years.range(first..=last).next().is_some() {
                        next.years.retain(|y| !(first..=last).contains(y));
                    } else {
                        next.years.insert(first);
                    }
                }
            }
            Facet::Party => flip(&mut next.parties, id.to_string()),
            Facet::District => flip(&mut next.districts, id.to_string()),
            Facet::Theme => flip(&mut next.themes, id.to_string()),
            Facet::Status => {
                if let Some(status) = Status::from_id(id) {
                    flip(&mut next.statuses, status);
                }
            }
        }
        next
    }
}
