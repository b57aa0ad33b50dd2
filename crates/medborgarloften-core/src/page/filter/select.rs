//! One pass over the promises for a query: which are shown, and every facet count at the same time.
//!
//! A promise that fails no filter is shown and counts for each of its choices in every facet. A promise that fails
//! exactly one facet (and matches the search) counts only for that facet's choices: that facet's count applies
//! every other filter. Anything failing more counts nowhere. Pure core: no UI dependency.
//!
//! Districts: a promise for the whole kommun applies in every district too, so choosing a named district shows
//! the promises that name it and those for the whole kommun (these last, under their own heading); choosing
//! "Hela kommunen" shows only the kommun-wide ones. A district's count is one answer everywhere — the filter, the
//! map, the result line, a search for its name: the promises that *name* it. The kommun-wide ones are counted
//! apart, under "Hela kommunen".
//!
//! Page layer (`filter`): may use `dataset` and `text`, and of its own layer `query` and `order`; must not import
//! `view` (which uses it) or `export`.

use crate::dataset::district::WHOLE_MUNICIPALITY;
use crate::dataset::model::Dataset;
use crate::dataset::status::Status;
use crate::page::order::sort_by_number;
use crate::page::query::{Facet, Query};
use crate::text::fold::search_terms;

use super::index::{Entry, SearchIndex};
use super::{FacetOption, Facets};
use crate::lang::Language;

/// Bit of a facet in a miss mask.
const fn bit(facet: Facet) -> u8 {
    1 << facet as u8
}

/// The miss-mask bit of the free-text search.
const TEXT: u8 = 1 << 5;

/// The miss-mask bit of "Visa bara nya": like the search, a promise that is not new counts for no facet.
const NEW: u8 = 1 << 6;

/// The query's choices as flags over each facet's positions; `None` where the facet has no choice.
struct Chosen {
    years: Option<Vec<bool>>,
    parties: Option<Vec<bool>>,
    districts: Option<Vec<bool>>,
    /// True when a named district (not only "Hela kommunen") is chosen.
    named_district: bool,
    themes: Option<Vec<bool>>,
    statuses: Option<[bool; Status::COUNT]>,
    terms: Vec<String>,
}

impl Chosen {
    fn new(data: &Dataset, index: &SearchIndex, q: &Query) -> Self {
        let flags = |active: bool, ids: Vec<&str>, chosen: &dyn Fn(&str) -> bool| {
            active.then(|| ids.into_iter().map(chosen).collect::<Vec<bool>>())
        };
        let district_ids = data.districts.iter().map(|d| d.id.as_str()).chain([WHOLE_MUNICIPALITY]).collect();
        let named_district = q.districts.iter().any(|d| d != WHOLE_MUNICIPALITY);
        Chosen {
            named_district,
            // A period matches every year it spans.
            years: (!q.years.is_empty()).then(|| {
                index.spans.iter().map(|&(first, last)| q.years.range(first..=last).next().is_some()).collect()
            }),
            parties: flags(!q.parties.is_empty(), data.parties.iter().map(|p| p.id.as_str()).collect(), &|id| {
                q.parties.contains(id)
            }),
            // A kommun-wide promise applies in any chosen district.
            districts: flags(!q.districts.is_empty(), district_ids, &|id| {
                q.districts.contains(id) || (id == WHOLE_MUNICIPALITY && named_district)
            }),
            themes: flags(!q.themes.is_empty(), data.themes.iter().map(|t| t.id.as_str()).collect(), &|id| {
                q.themes.contains(id)
            }),
            statuses: (!q.statuses.is_empty()).then(|| Status::ALL.map(|s| q.statuses.contains(&s))),
            terms: search_terms(&q.text),
        }
    }

    /// The filters `entry` fails, as a bit mask.
    fn misses(&self, entry: &Entry) -> u8 {
        let any = |chosen: &Option<Vec<bool>>, positions: &[usize]| match chosen {
            None => true,
            Some(flags) => positions.iter().any(|&i| flags.get(i).copied().unwrap_or(false)),
        };
        let mut mask = 0;
        let year_ok = match (&self.years, entry.year) {
            (None, _) => true,
            (Some(flags), Some(i)) => flags[i],
            (Some(_), None) => false,
        };
        if !year_ok {
            mask |= bit(Facet::Year);
        }
        if !any(&self.parties, &entry.parties) {
            mask |= bit(Facet::Party);
        }
        if !any(&self.districts, &entry.districts) {
            mask |= bit(Facet::District);
        }
        if !any(&self.themes, &entry.themes) {
            mask |= bit(Facet::Theme);
        }
        if self.statuses.is_some_and(|flags| !flags[entry.status as usize]) {
            mask |= bit(Facet::Status);
        }
        if !self.terms.iter().all(|term| entry.text.contains(term.as_str())) {
            mask |= TEXT;
        }
        mask
    }
}

/// Counts per choice of each facet.
#[derive(Default)]
struct Counts {
    years: Vec<usize>,
    parties: Vec<usize>,
    districts: Vec<usize>,
    themes: Vec<usize>,
    statuses: [usize; Status::COUNT],
}

/// What one pass found.
pub(crate) struct Selection {
    /// Positions of the shown promises, newest period first, in publication order within a period.
    pub shown: Vec<usize>,
    /// Facet choices with counts; a named district's count is the promises that name it.
    pub facets: Facets,
    /// True when a named district is chosen: the kommun-wide promises are then listed apart.
    pub kommun_wide_apart: bool,
    /// Per year (in [`SearchIndex::years`] order): promises of that year by status, counted without the status
    /// filter, for the period overviews.
    pub year_statuses: Vec<[usize; Status::COUNT]>,
    /// Per year: promises of that year per party (dataset order), counted without the party filter.
    pub year_parties: Vec<Vec<usize>>,
}

/// True when a promise with miss mask `mask` would be shown if `facet` had no choice.
pub(crate) fn shown_without(mask: u8, facet: Facet) -> bool {
    mask & !bit(facet) == 0
}

/// Selects the promises of `data` that `q` shows and counts every facet choice, in one pass. `new_only`, per
/// promise position, is true for the promises new since the last visit: when given, only those are shown.
/// `lang` is the language of the facets' own labels (the statuses, the whole kommun); the dataset's names are as
/// written.
pub(crate) fn select(
    data: &Dataset,
    index: &SearchIndex,
    q: &Query,
    new_only: Option<&[bool]>,
    lang: &Language,
) -> Selection {
    let chosen = Chosen::new(data, index, q);
    let mut counts = Counts {
        years: vec![0; index.years.len()],
        parties: vec![0; data.parties.len()],
        districts: vec![0; data.districts.len() + 1],
        themes: vec![0; data.themes.len()],
        statuses: [0; Status::COUNT],
    };
    let is_new = |i: usize| new_only.is_none_or(|flags| flags.get(i).copied().unwrap_or(false));
    let misses: Vec<u8> =
        index.entries.iter().enumerate().map(|(i, e)| chosen.misses(e) | if is_new(i) { 0 } else { NEW }).collect();
    let mut present = [false; Status::COUNT];
    let whole = data.districts.len();
    let mut year_statuses = vec![[0usize; Status::COUNT]; index.years.len()];
    let mut year_parties = vec![vec![0usize; data.parties.len()]; index.years.len()];
    for (entry, &mask) in index.entries.iter().zip(&misses) {
        present[entry.status as usize] = true;
        let add = |facet: Facet| shown_without(mask, facet);
        if add(Facet::Year) {
            if let Some(i) = entry.year {
                counts.years[i] += 1;
            }
        }
        if let Some(year) = entry.year {
            if add(Facet::Status) {
                year_statuses[year][entry.status as usize] += 1;
            }
            if add(Facet::Party) {
                entry.parties.iter().for_each(|&i| year_parties[year][i] += 1);
            }
        }
        if add(Facet::Party) {
            entry.parties.iter().for_each(|&i| counts.parties[i] += 1);
        }
        if add(Facet::District) {
            // A kommun-wide promise counts for "Hela kommunen" only: it names no district.
            entry.districts.iter().for_each(|&i| counts.districts[i] += 1);
        }
        if add(Facet::Theme) {
            entry.themes.iter().for_each(|&i| counts.themes[i] += 1);
        }
        if add(Facet::Status) {
            counts.statuses[entry.status as usize] += 1;
        }
    }
    let mut shown: Vec<usize> = index.newest_first.iter().copied().filter(|&i| misses[i] == 0).collect();
    if chosen.named_district {
        // Stable: newest period first still, and within a period those naming the district before the rest.
        sort_by_number(&mut shown, |&i| {
            let entry = &index.entries[i];
            (entry.year.map_or(u64::MAX >> 1, |y| y as u64) << 1) | u64::from(entry.is_kommun_wide(whole))
        });
    }
    let facets = facets(data, index, q, &counts, present, lang);
    Selection { shown, facets, kommun_wide_apart: chosen.named_district, year_statuses, year_parties }
}

fn facets(
    data: &Dataset,
    index: &SearchIndex,
    q: &Query,
    counts: &Counts,
    present: [bool; Status::COUNT],
    lang: &Language,
) -> Facets {
    let option = |id: &str, label: &str, count: usize, selected: bool| FacetOption {
        id: id.to_string(),
        label: label.to_string(),
        count,
        selected,
    };
    Facets {
        years: index
            .spans
            .iter()
            .zip(&counts.years)
            .map(|(&(first, last), &n)| {
                // A period over several years is one choice, `2024-2027`; toggling it clears every year it spans.
                let (id, label) = if first == last {
                    (first.to_string(), first.to_string())
                } else {
                    (format!("{first}-{last}"), format!("{first}–{last}"))
                };
                option(&id, &label, n, q.years.range(first..=last).next().is_some())
            })
            .collect(),
        parties: data
            .parties
            .iter()
            .zip(&counts.parties)
            .map(|(p, &n)| option(&p.id, p.short_in(lang).text, n, q.parties.contains(&p.id)))
            .collect(),
        districts: data
            .districts
            .iter()
            .map(|d| (d.id.as_str(), d.name_in(lang).text))
            .chain([(WHOLE_MUNICIPALITY, lang.words.card.whole_municipality)])
            .zip(&counts.districts)
            .map(|((id, name), &n)| option(id, name, n, q.districts.contains(id)))
            .collect(),
        themes: data
            .themes
            .iter()
            .zip(&counts.themes)
            .map(|(t, &n)| option(&t.id, t.name_in(lang).text, n, q.themes.contains(&t.id)))
            .collect(),
        statuses: Status::ALL
            .into_iter()
            .filter(|s| q.statuses.contains(s) || present[*s as usize])
            .map(|s| option(s.id(), s.label_in(lang), counts.statuses[s as usize], q.statuses.contains(&s)))
            .collect(),
    }
}
