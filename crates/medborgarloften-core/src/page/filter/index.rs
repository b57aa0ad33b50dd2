//! What filtering needs to know about each promise, worked out once per dataset: its folded search text and the
//! positions of its year, parties, districts, themes and status in the facet lists. A filter change or a keystroke
//! then compares small numbers and searches pre-folded text, instead of folding and looking up names again.
//!
//! Pure core: no UI dependency.
//!
//! Page layer (`filter`): may use `dataset` and `text`, and of its own layer `summary` and `order`; must not import
//! `view` (which uses it) or `export`.

use crate::dataset::followup::current_status;
use crate::dataset::model::{Dataset, Period, Promise};
use crate::dataset::status::Status;
use crate::page::order::sort_by_number;
use crate::page::summary::{period_summary, PeriodSummary};
use crate::text::fold::fold;

/// One promise, reduced to what the filters compare.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Entry {
    /// Position of the promise's period in [`SearchIndex::years`]; `None` when it names no period.
    pub year: Option<usize>,
    /// Positions of its parties in the dataset's party list.
    pub parties: Vec<usize>,
    /// Positions of its districts in the dataset's district list; the whole kommun is position `districts.len()`.
    pub districts: Vec<usize>,
    /// Positions of its themes in the dataset's theme list.
    pub themes: Vec<usize>,
    /// Its current status.
    pub status: Status,
    /// Title, text and the names of its themes, districts and parties, folded and joined by newlines.
    pub text: String,
}

impl Entry {
    /// True for a promise that names no district (it concerns the whole kommun); `whole` is the number of
    /// named districts, the position the whole kommun takes.
    pub fn is_kommun_wide(&self, whole: usize) -> bool {
        self.districts == [whole]
    }
}

/// The per-dataset work behind filtering, built once with [`SearchIndex::new`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchIndex {
    /// The periods' first years, newest first (the year facet's order; validation keeps them unique).
    pub(crate) years: Vec<u16>,
    /// The first and last year of each period, in the order of [`SearchIndex::years`].
    pub(crate) spans: Vec<(u16, u16)>,
    /// One entry per promise, in dataset order.
    pub(crate) entries: Vec<Entry>,
    /// Promise positions, newest period first and in publication order within a period.
    pub(crate) newest_first: Vec<usize>,
    /// Each period's summary (filters do not apply), in the order of [`SearchIndex::years`].
    pub(crate) summaries: Vec<PeriodSummary>,
}

impl SearchIndex {
    /// Folds and looks up everything once for `data`.
    pub fn new(data: &Dataset) -> Self {
        let mut periods: Vec<&Period> = data.periods.iter().collect();
        sort_by_number(&mut periods, |p| crate::page::order::newest_first(p.year()));
        periods.dedup_by_key(|p| p.year());
        let years: Vec<u16> = periods.iter().map(|p| p.year()).collect();
        let spans = periods.iter().map(|p| (p.year(), p.last_year())).collect();
        let entries: Vec<Entry> = data.promises.iter().map(|p| entry(data, &periods, p)).collect();
        let mut newest_first: Vec<usize> = (0..entries.len()).collect();
        // Stable, so publication order holds within a period; a promise without a period goes last.
        sort_by_number(&mut newest_first, |&i| entries[i].year.map_or(u64::MAX, |y| y as u64));
        let summaries = periods.iter().map(|period| period_summary(data, period)).collect();
        SearchIndex { years, spans, entries, newest_first, summaries }
    }
}

fn entry(data: &Dataset, periods: &[&Period], promise: &Promise) -> Entry {
    let positions = |ids: &[String], table: &dyn Fn(&str) -> Option<usize>| -> Vec<usize> {
        ids.iter().filter_map(|id| table(id)).collect()
    };
    let parties = positions(&promise.parties, &|id| data.parties.iter().position(|p| p.id == id));
    let themes = positions(&promise.themes, &|id| data.themes.iter().position(|t| t.id == id));
    let mut districts = positions(&promise.districts, &|id| data.districts.iter().position(|d| d.id == id));
    if promise.districts.is_empty() {
        districts.push(data.districts.len());
    }
    let mut text = fold(&promise.title);
    let names = themes
        .iter()
        .map(|&i| data.themes[i].name.as_str())
        .chain(districts.iter().filter_map(|&i| data.districts.get(i)).map(|d| d.name.as_str()))
        .chain(parties.iter().flat_map(|&i| [data.parties[i].name.as_str(), data.parties[i].short.as_str()]));
    for part in std::iter::once(promise.text.as_str()).chain(names) {
        text.push('\n');
        text.push_str(&fold(part));
    }
    Entry {
        year: periods.iter().position(|p| p.id == promise.period),
        parties,
        districts,
        themes,
        status: current_status(promise),
        text,
    }
}
