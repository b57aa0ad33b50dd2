//! The finder of a site built for many kommuner (`MEDB_DATASETS`): what its first page says about each kommun
//! (name, län, the newest period, how many of its promises have a published follow-up) and in which order, so the
//! build writes a plain list a resident can read without JavaScript. The län comes from the first two digits of
//! SCB's kommun code; the names are SCB's.
//!
//! Page layer: may use `dataset` and `text`; must not import `export`.

use crate::dataset::model::Dataset;
use crate::text::fold::{fold, search_terms};

/// The finder's heading when the build names no other (`MEDB_SITE_NAME`).
pub const DEFAULT_SITE_NAME: &str = "Medborgarlöften i Sverige";

/// SCB's län codes and names.
const LAN: [(&str, &str); 21] = [
    ("01", "Stockholms län"),
    ("03", "Uppsala län"),
    ("04", "Södermanlands län"),
    ("05", "Östergötlands län"),
    ("06", "Jönköpings län"),
    ("07", "Kronobergs län"),
    ("08", "Kalmar län"),
    ("09", "Gotlands län"),
    ("10", "Blekinge län"),
    ("12", "Skåne län"),
    ("13", "Hallands län"),
    ("14", "Västra Götalands län"),
    ("17", "Värmlands län"),
    ("18", "Örebro län"),
    ("19", "Västmanlands län"),
    ("20", "Dalarnas län"),
    ("21", "Gävleborgs län"),
    ("22", "Västernorrlands län"),
    ("23", "Jämtlands län"),
    ("24", "Västerbottens län"),
    ("25", "Norrbottens län"),
];

/// The län of the kommun with SCB code `code` ("0484" → "Södermanlands län").
pub fn lan_of(code: &str) -> Option<&'static str> {
    let prefix = code.get(..2)?;
    LAN.iter().find(|(lan, _)| *lan == prefix).map(|(_, name)| *name)
}

/// One kommun as the finder lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FinderEntry {
    /// The folder of the kommun's page (the dataset's file name without `.json`).
    pub slug: String,
    /// The kommun's name, e.g. "Eskilstuna kommun".
    pub name: String,
    /// The län, or "Okänt län" for a code SCB does not have.
    pub lan: String,
    /// The newest period's title, e.g. "Medborgarlöfte 2022–2023".
    pub period: String,
    /// The newest period's promises.
    pub promises: usize,
    /// Of those, how many have at least one published follow-up.
    pub followed_up: usize,
}

impl FinderEntry {
    /// The kommun in `data`, whose page is at `slug/`.
    pub fn new(slug: &str, data: &Dataset) -> Self {
        let newest = data.periods.iter().max_by_key(|period| (period.start, period.end));
        let promises: Vec<_> = match newest {
            Some(period) => data.promises.iter().filter(|promise| promise.period == period.id).collect(),
            None => Vec::new(),
        };
        FinderEntry {
            slug: slug.to_string(),
            name: data.municipality.name.clone(),
            lan: lan_of(&data.municipality.code).unwrap_or("Okänt län").to_string(),
            period: newest.map(|period| period.title.clone()).unwrap_or_default(),
            promises: promises.len(),
            followed_up: promises.iter().filter(|promise| !promise.followups.is_empty()).count(),
        }
    }

    /// The line under the kommun's name: "Medborgarlöfte 2019: 12 löften, 3 med publicerad uppföljning".
    pub fn summary(&self) -> String {
        let promises = match self.promises {
            1 => "1 löfte".to_string(),
            n => format!("{n} löften"),
        };
        let followed = match (self.followed_up, self.promises) {
            (0, _) => "ingen uppföljning publicerad".to_string(),
            (n, total) if n == total && total > 1 => "alla med publicerad uppföljning".to_string(),
            (n, _) => format!("{n} med publicerad uppföljning"),
        };
        format!("{}: {promises}, {followed}", self.period)
    }
}

/// What the finder's search box shows for `query` over the kommuner named `names` (in the page's order).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// Per kommun, whether it is shown.
    pub shown: Vec<bool>,
    /// The status line read out after each keystroke: how many kommuner are shown, or how to search.
    pub status: String,
    /// The kommun that Enter opens: the only one found.
    pub only: Option<usize>,
}

/// Finds kommuner by name as the resident types: every word of `query` must be in the name, whatever the case and
/// the diacritics ("gote" finds Göteborg, "laxa" Laxå). An empty query shows every kommun.
pub fn find(query: &str, names: &[&str]) -> Found {
    Names::new(names).find(query)
}

/// The kommuner's names, folded once for every keystroke's [`Names::find`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Names(Vec<String>);

impl Names {
    /// The names in the page's order.
    pub fn new<S: AsRef<str>>(names: &[S]) -> Self {
        Names(names.iter().map(|name| fold(name.as_ref())).collect())
    }

    /// [`find`] over these names.
    pub fn find(&self, query: &str) -> Found {
        found(&search_terms(query), query, &self.0)
    }
}

fn found(terms: &[String], query: &str, folded: &[String]) -> Found {
    let shown: Vec<bool> = folded.iter().map(|name| terms.iter().all(|term| name.contains(term.as_str()))).collect();
    let count = shown.iter().filter(|s| **s).count();
    let status = match (terms.is_empty(), count) {
        (true, _) => String::new(),
        (false, 0) => format!("Ingen kommun matchar ”{}”. Prova med början av namnet.", query.trim()),
        (false, 1) => "1 kommun matchar. Tryck Enter för att öppna den.".to_string(),
        (false, n) => format!("{n} kommuner matchar."),
    };
    let only = if count == 1 && !terms.is_empty() { shown.iter().position(|s| *s) } else { None };
    Found { shown, status, only }
}

/// The kommuner grouped by län, the län and the kommuner within each in Swedish alphabetical order.
pub fn by_lan(mut entries: Vec<FinderEntry>) -> Vec<(String, Vec<FinderEntry>)> {
    entries.sort_by(|a, b| {
        swedish_key(&a.lan).cmp(&swedish_key(&b.lan)).then(swedish_key(&a.name).cmp(&swedish_key(&b.name)))
    });
    let mut groups: Vec<(String, Vec<FinderEntry>)> = Vec::new();
    for entry in entries {
        match groups.last_mut() {
            Some((lan, list)) if *lan == entry.lan => list.push(entry),
            _ => groups.push((entry.lan.clone(), vec![entry])),
        }
    }
    groups
}

/// A sort key for Swedish order: å, ä and ö after z (in that order), other letters by their folded form.
fn swedish_key(text: &str) -> Vec<(u8, char)> {
    text.to_lowercase()
        .chars()
        .map(|c| match c {
            'å' => (1, 'a'),
            'ä' | 'æ' => (2, 'a'),
            'ö' | 'ø' => (3, 'a'),
            other => (0, fold(&other.to_string()).chars().next().unwrap_or(other)),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse_dataset_bytes;

    fn eskilstuna() -> Dataset {
        let bytes = include_bytes!("../../../../public/data/eskilstuna.json");
        parse_dataset_bytes(bytes).expect("the flagship dataset reads")
    }

    #[test]
    fn the_lan_is_scbs_for_the_first_two_digits() {
        assert_eq!(lan_of("0484"), Some("Södermanlands län"));
        assert_eq!(lan_of("1440"), Some("Västra Götalands län"));
        assert_eq!(lan_of("2584"), Some("Norrbottens län"));
        assert_eq!(lan_of("0284"), None, "02 is no län");
        assert_eq!(lan_of("4"), None);
    }

    #[test]
    fn an_entry_tells_the_newest_period_and_its_follow_ups() {
        let data = eskilstuna();
        let entry = FinderEntry::new("eskilstuna", &data);
        assert_eq!(entry.name, "Eskilstuna kommun");
        assert_eq!(entry.lan, "Södermanlands län");
        let newest = data.periods.iter().max_by_key(|p| p.start).expect("a period");
        assert_eq!(entry.period, newest.title);
        assert_eq!(entry.promises, data.promises.iter().filter(|p| p.period == newest.id).count());
        assert_eq!(
            entry.summary(),
            format!("{}: {} löften, ingen uppföljning publicerad", newest.title, entry.promises)
        );
    }

    #[test]
    fn the_summary_counts_in_swedish() {
        let entry = |promises, followed_up| FinderEntry {
            slug: "x".into(),
            name: "X kommun".into(),
            lan: "Y län".into(),
            period: "Medborgarlöfte 2024".into(),
            promises,
            followed_up,
        };
        assert_eq!(entry(1, 0).summary(), "Medborgarlöfte 2024: 1 löfte, ingen uppföljning publicerad");
        assert_eq!(entry(4, 4).summary(), "Medborgarlöfte 2024: 4 löften, alla med publicerad uppföljning");
        assert_eq!(entry(4, 1).summary(), "Medborgarlöfte 2024: 4 löften, 1 med publicerad uppföljning");
        assert_eq!(entry(1, 1).summary(), "Medborgarlöfte 2024: 1 löfte, 1 med publicerad uppföljning");
    }

    #[test]
    fn a_kommun_is_found_by_part_of_its_name_whatever_the_diacritics() {
        let names = ["Göteborgs stad", "Laxå kommun", "Ale kommun", "Alingsås kommun"];
        assert_eq!(find("gote", &names).shown, [true, false, false, false]);
        assert_eq!(find("GÖTE", &names).only, Some(0));
        assert_eq!(find("laxa", &names).shown, [false, true, false, false]);
        assert_eq!(find("al", &names).shown, [false, false, true, true]);
        assert_eq!(find("al", &names).status, "2 kommuner matchar.");
        assert_eq!(find("al", &names).only, None);
        assert_eq!(find("ale", &names).status, "1 kommun matchar. Tryck Enter för att öppna den.");
        assert_eq!(find("ale kommun", &names).only, Some(2), "every word");
    }

    #[test]
    fn nothing_typed_shows_all_and_nothing_found_says_what_to_do() {
        let names = ["Ale kommun", "Trosa kommun"];
        let all = find("  ", &names);
        assert_eq!(all.shown, [true, true]);
        assert_eq!(all.status, "");
        assert_eq!(all.only, None);
        let none = find(" Xyz ", &names);
        assert_eq!(none.shown, [false, false]);
        assert_eq!(none.status, "Ingen kommun matchar ”Xyz”. Prova med början av namnet.");
    }

    #[test]
    fn grouped_by_lan_in_swedish_order() {
        let entry = |name: &str, lan: &str| FinderEntry {
            slug: name.to_lowercase(),
            name: name.into(),
            lan: lan.into(),
            period: String::new(),
            promises: 0,
            followed_up: 0,
        };
        let groups = by_lan(vec![
            entry("Örebro kommun", "Örebro län"),
            entry("Ale kommun", "Västra Götalands län"),
            entry("Öckerö kommun", "Västra Götalands län"),
            entry("Laxå kommun", "Örebro län"),
            entry("Eskilstuna kommun", "Södermanlands län"),
            entry("Alingsås kommun", "Västra Götalands län"),
        ]);
        let names: Vec<(&str, Vec<&str>)> =
            groups.iter().map(|(lan, list)| (lan.as_str(), list.iter().map(|e| e.name.as_str()).collect())).collect();
        assert_eq!(
            names,
            vec![
                ("Södermanlands län", vec!["Eskilstuna kommun"]),
                ("Västra Götalands län", vec!["Ale kommun", "Alingsås kommun", "Öckerö kommun"]),
                ("Örebro län", vec!["Laxå kommun", "Örebro kommun"]),
            ]
        );
    }
}
