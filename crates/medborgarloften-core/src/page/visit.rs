//! "Nytt sedan ditt senaste besök": what a resident had seen of a dataset at their last visit ([`Seen`], kept in the
//! browser's storage by the shell, never sent anywhere) and which promises have something new since ([`News`]).
//!
//! Comparing dates with the day of the last visit would miss a report published later than the date it carries
//! (a "delrapport maj" put online in September), so the state remembers, per promise, how many follow-up entries
//! it had and the newest entry's date. A promise is new when it has more entries or a newer one
//! ([`Novelty::Followup`]), or when it was not in the dataset at all at the last visit ([`Novelty::Promise`]: a
//! promise or a whole period added since). Without a stored state — the first visit — nothing is new.
//!
//! Pure core: no UI dependency, no storage access; the shell reads and writes the text of [`Seen::to_json`].
//!
//! Page layer: may use `dataset`, `json` and `text`; of its own layer uses nothing; must not import `view` (which uses
//! it) or `export`.

use std::collections::BTreeMap;

use crate::dataset::date::Date;
use crate::dataset::model::{Dataset, Promise};
use crate::lang::{fill, Language, SWEDISH};

/// Largest stored state read back, in bytes: far more than the state of any dataset the app accepts (2 MB).
pub const MAX_SEEN_BYTES: usize = 4 * 1024 * 1024;

/// The version written into the stored state; another version is read as no state (a first visit).
const VERSION: u32 = 1;

/// What a resident had seen of one dataset, and when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Seen {
    /// Format version.
    v: u32,
    /// The day of the visit (`besok`).
    pub visited: Date,
    /// Per promise id (`lofte`): how many follow-up entries it had, and the last day of the newest.
    pub promises: BTreeMap<String, SeenPromise>,
}

/// What was seen of one promise: its number of follow-up entries and the last day of its newest one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SeenPromise(pub usize, pub Option<Date>);

impl SeenPromise {
    /// What `promise` shows now.
    pub fn of(promise: &Promise) -> Self {
        SeenPromise(promise.followups.len(), promise.followups.iter().map(|e| e.date.last_day()).max())
    }
}

impl Seen {
    /// Everything `data` shows, seen on `today`.
    pub fn of(data: &Dataset, today: Date) -> Self {
        let promises = data.promises.iter().map(|p| (p.id.clone(), SeenPromise::of(p))).collect();
        Seen { v: VERSION, visited: today, promises }
    }

    /// The compact JSON the shell stores: `{"v":1,"besok":"2026-12-02","lofte":{"id":[2,"2026-05-31"]}}`.
    pub fn to_json(&self) -> String {
        use crate::json::write::write_str;
        let mut out = format!("{{\"v\":{},\"besok\":\"{}\",\"lofte\":{{", self.v, self.visited);
        for (i, (id, SeenPromise(count, newest))) in self.promises.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            write_str(&mut out, id);
            out.push_str(&format!(":[{count},"));
            match newest {
                Some(date) => out.push_str(&format!("\"{date}\"]")),
                None => out.push_str("null]"),
            }
        }
        out.push_str("}}");
        out
    }

    /// The state stored as `text`; `None` for anything else (empty, broken, too large, another version), which the
    /// shell treats as a first visit: nothing is marked.
    pub fn from_json(text: &str) -> Option<Self> {
        if text.len() > MAX_SEEN_BYTES {
            return None;
        }
        crate::dataset::parse::read_whole(text, read_seen).ok().filter(|seen| seen.v == VERSION)
    }
}

/// Reads the stored state as serde's derive read it (fields `v`, `besok`, `lofte`; each promise `[count, date]`).
fn read_seen(r: &mut crate::json::Reader<'_>) -> crate::json::Result<Seen> {
    use crate::dataset::decode::{date, map, missing, object, option_of, tuple, u32_value, unsigned, Fields, Need};
    use crate::json::message::expected::UNSIGNED_RANGE;
    static FIELDS: Fields = Fields {
        names: &["v", "besok", "lofte"],
        needs: &[Need::Required, Need::Required, Need::Required],
        strict: true,
    };
    let (mut v, mut visited, mut promises) = (None, None, None);
    object(r, &FIELDS, &mut |r, i| {
        match i {
            0 => v = Some(u32_value(r)?),
            1 => visited = Some(date(r)?),
            _ => {
                let mut read = BTreeMap::new();
                map(r, &mut |r, id| {
                    let (mut count, mut newest) = (0, None);
                    tuple(r, &[Need::Required, Need::Required], &mut |r, i| {
                        if i == 0 {
                            count = unsigned(r, usize::MAX as u64, UNSIGNED_RANGE)? as usize;
                        } else {
                            newest = option_of(r, date)?;
                        }
                        Ok(())
                    })?;
                    read.insert(id, SeenPromise(count, newest));
                    Ok(())
                })?;
                promises = Some(read);
            }
        }
        Ok(())
    })?;
    // `object` has already refused a state without them.
    let Some(visited) = visited else { return Err(missing("besok")) };
    Ok(Seen { v: v.unwrap_or_default(), visited, promises: promises.unwrap_or_default() })
}

/// Why a promise is new since the last visit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Novelty {
    /// It has a follow-up entry the resident had not seen.
    Followup,
    /// It was not in the dataset at the last visit.
    Promise,
}

impl Novelty {
    /// The card's badge, e.g. "Ny uppföljning".
    pub fn badge(self) -> &'static str {
        self.badge_in(SWEDISH)
    }

    /// The card's badge in `lang`, e.g. "New follow-up".
    pub fn badge_in(self, lang: &Language) -> &'static str {
        match self {
            Novelty::Followup => lang.words.card.new_followup,
            Novelty::Promise => lang.words.card.new_promise,
        }
    }

    /// What a screen reader hears after the card's title, e.g. " (ny uppföljning)".
    pub fn title_note(self) -> String {
        self.title_note_in(SWEDISH)
    }

    /// [`Novelty::title_note`] in `lang`.
    pub fn title_note_in(self, lang: &Language) -> String {
        format!(" ({})", self.badge_in(lang).to_lowercase())
    }
}

/// What is new in a dataset since the resident's last visit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct News {
    /// The day of the last visit.
    pub since: Date,
    /// The new promises by id.
    pub promises: BTreeMap<String, Novelty>,
}

impl News {
    /// What `data` has that `seen` had not.
    pub fn since(seen: &Seen, data: &Dataset) -> Self {
        let promises = data
            .promises
            .iter()
            .filter_map(|p| {
                let novelty = match seen.promises.get(&p.id) {
                    None => Novelty::Promise,
                    Some(&SeenPromise(entries, latest)) => {
                        let now = SeenPromise::of(p);
                        // A corrected (removed) entry is not news; a new one, or a newer date, is.
                        if now.0 > entries || now.1 > latest {
                            Novelty::Followup
                        } else {
                            return None;
                        }
                    }
                };
                Some((p.id.clone(), novelty))
            })
            .collect();
        News { since: seen.visited, promises }
    }

    /// Why the promise `id` is new, if it is.
    pub fn of(&self, id: &str) -> Option<Novelty> {
        self.promises.get(id).copied()
    }

    /// The sentence at the top of the page: "2 löften har ny uppföljning sedan ditt senaste besök (12 november
    /// 2026)."
    pub fn text(&self) -> String {
        self.text_in(SWEDISH)
    }

    /// [`News::text`] in `lang`.
    pub fn text_in(&self, lang: &Language) -> String {
        let words = &lang.words.notice;
        let followups = self.promises.values().filter(|n| **n == Novelty::Followup).count();
        let added = self.promises.len() - followups;
        let what = match (followups, added) {
            (0, 0) => words.news_none.to_string(),
            (f, 0) => lang.count(&words.news_followups, f),
            (0, a) => lang.count(&words.news_added, a),
            (f, a) => fill(
                words.news_both,
                &[
                    ("followups", &lang.count(&words.news_followups, f)),
                    ("added", &lang.count(&words.news_added_too, a)),
                ],
            ),
        };
        fill(words.news_since, &[("what", &what), ("date", &self.since.long(lang))])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        Date::parse(text).expect("a date")
    }

    fn news(followups: usize, added: usize) -> News {
        let followups = (0..followups).map(|i| (format!("f{i}"), Novelty::Followup));
        let promises = followups.chain((0..added).map(|i| (format!("a{i}"), Novelty::Promise))).collect();
        News { since: date("2026-11-12"), promises }
    }

    #[test]
    fn the_sentence_counts_in_swedish() {
        assert_eq!(news(0, 0).text(), "Inget nytt sedan ditt senaste besök (12 november 2026).");
        assert_eq!(news(1, 0).text(), "1 löfte har ny uppföljning sedan ditt senaste besök (12 november 2026).");
        assert_eq!(news(2, 0).text(), "2 löften har ny uppföljning sedan ditt senaste besök (12 november 2026).");
        assert_eq!(news(0, 1).text(), "1 nytt löfte sedan ditt senaste besök (12 november 2026).");
        assert_eq!(news(0, 3).text(), "3 nya löften sedan ditt senaste besök (12 november 2026).");
        assert_eq!(
            news(2, 1).text(),
            "2 löften har ny uppföljning och 1 löfte är nytt sedan ditt senaste besök (12 november 2026)."
        );
    }

    #[test]
    fn unreadable_state_is_no_state() {
        for text in ["", "{", "null", "[]", r#"{"v":2,"besok":"2026-11-12","lofte":{}}"#, r#"{"v":1}"#] {
            assert_eq!(Seen::from_json(text), None, "{text}");
        }
        assert_eq!(Seen::from_json(&" ".repeat(MAX_SEEN_BYTES + 1)), None);
        let read = Seen::from_json(r#"{"v":1,"besok":"2026-11-12","lofte":{"a":[2,"2026-05-31"],"b":[0,null]}}"#);
        let read = read.expect("a state");
        assert_eq!(read.visited, date("2026-11-12"));
        assert_eq!(read.promises["a"], SeenPromise(2, Some(date("2026-05-31"))));
        assert_eq!(read.promises["b"], SeenPromise(0, None));
    }
}
