//! The promises page as data: everything the page shows for a dataset, a query and a day, worked out in one call
//! ([`promises_view`]), so the UI shell only lays it out. Filtering runs once per call, the facet counts come from
//! the same pass, and cards are built only for the promises on screen.
//!
//! Pure core: no UI dependency. Crux calls this a view model.
//!
//! Page layer, its top: may use the other modules of `page` and the layers below; no module of `page` may use this
//! one. Must not import `export`.

mod catalog;
mod first_cards;
mod overview;
mod words;

pub use catalog::Catalog;
pub use first_cards::{card_count, first_cards};
pub use overview::{year_overview, year_overview_in, YearOverview};
pub use words::{
    abbreviations_explained, abbreviations_explained_in, count_text, count_text_in, district_count_text,
    district_count_text_in, district_show_text, district_show_text_in, filter_button_text, filter_button_text_in,
    more_text_in, places_text, show_button_text, show_button_text_in, DISTRICT_COUNT_HELP,
};

use overview::overview_of;

use crate::dataset::date::Date;
use crate::dataset::model::{Dataset, Period};
use crate::dataset::schedule::{mark_published, next_report_text_in, schedule_in, ScheduledReport};
use crate::lang::{Language, SWEDISH};
use crate::page::active::{chips_from_in, ActiveFilter};
use crate::page::card::{promise_card_in, source_label_in, PromiseCard};
use crate::page::filter::{select, Facets, Selection};
use crate::page::query::{Ignored, Query};
use crate::page::visit::{News, Novelty};

/// How many cards are shown at first, and how many more each "Visa fler" adds.
pub const PAGE_SIZE: usize = 50;

/// Everything the promises page shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PromisesView {
    /// The query with ids the dataset does not know removed.
    pub query: Query,
    /// What the address had that was ignored: the parser's findings plus unknown ids.
    pub ignored: Vec<Ignored>,
    /// The dataset's title, e.g. "Medborgarlöften i Eskilstuna".
    pub heading: String,
    /// The document title, e.g. "Medborgarlöften i Eskilstuna – visar 4 av 15 löften".
    pub page_title: String,
    /// "Visar 4 av 15 löften"; with a district chosen "Visar 5 löften som nämner Skiftinge + 10 för hela kommunen
    /// (av 15)".
    pub count_text: String,
    /// The filter sheet's closing button, e.g. "Visa 4 löften"; with a district chosen "Visa 5 löften + 10 för
    /// hela kommunen".
    pub show_text: String,
    /// The phone's filter button, e.g. "Filter · 2 valda".
    pub filter_text: String,
    /// Sentences that explain abbreviations in the theme names, e.g. what "ANDT" stands for.
    pub theme_help: Vec<String>,
    /// Promises the filters show.
    pub shown: usize,
    /// Promises in the dataset.
    pub total: usize,
    /// Filter choices with counts; a named district's count (also the map's) is the promises that name it.
    pub facets: Facets,
    /// The active filters as removable chips.
    pub chips: Vec<ActiveFilter>,
    /// The heading over the kommun-wide promises when a district is chosen ([`KOMMUN_WIDE_HEADING`] in the page's
    /// language).
    pub kommun_wide_heading: &'static str,
    /// Said under the district choices: what a district's count means ([`DISTRICT_COUNT_HELP`] in the page's
    /// language).
    pub district_help: &'static str,
    /// What a tertial is, said once by the follow-up plan
    /// ([`crate::dataset::tertial::TERTIAL_EXPLAINED`] in the page's language).
    pub tertial_help: &'static str,
    /// The periods with cards on screen, newest first.
    pub periods: Vec<PeriodView>,
    /// The "Visa fler" button, when more promises match than are on screen.
    pub more: Option<MoreCards>,
    /// What is new since the resident's last visit; `None` on a first visit (and at build time).
    pub news: Option<NewsView>,
}

/// "Nytt sedan ditt senaste besök" at the top of the cards.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewsView {
    /// "2 löften har ny uppföljning sedan ditt senaste besök (12 november 2026)." or "Inget nytt sedan …".
    pub text: String,
    /// How many promises are new (all of them, whatever the filters).
    pub count: usize,
    /// True when only the new promises are shown ("Visa bara nya", `nytt=1`).
    pub only_new: bool,
    /// The query that turns "Visa bara nya" on or off.
    pub toggle: Query,
}

/// One period on the page: its texts, follow-up overview and plan, and the cards on screen.
#[derive(Clone, Debug, PartialEq)]
pub struct PeriodView {
    /// The period as published (title, intro, goal, plan, documents).
    pub period: Period,
    /// The follow-up overview, counted under the current filters.
    pub overview: YearOverview,
    /// The planned reports, each with its state on the given day.
    pub plan: Vec<ScheduledReport>,
    /// "Nästa redovisning: …", or that every date has passed; `None` without a plan.
    pub next_report: Option<String>,
    /// The period's cards on screen, in display order. With a district chosen: those that name it.
    pub cards: Vec<CardView>,
    /// With a district chosen, the period's kommun-wide cards on screen, listed apart under
    /// [`KOMMUN_WIDE_HEADING`]; empty otherwise.
    pub kommun_wide: Vec<CardView>,
    /// When the period has groups: [`PeriodView::cards`] under their group headings, in the period's group order
    /// (cards without a group first, without a heading); groups with no card on screen are left out. Empty for a
    /// period without groups: then the cards are one list.
    pub groups: Vec<GroupView>,
}

/// A group heading within a period and its cards on screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupView {
    /// The group's id (empty for the cards without a group).
    pub id: String,
    /// The heading; `None` for the cards without a group.
    pub heading: Option<String>,
    /// The `lang` to mark the heading and intro with: "sv" where another language's page shows them in Swedish.
    pub lang: Option<&'static str>,
    /// Text under the heading, verbatim.
    pub intro: Option<String>,
    /// The group's own source page, when it has one.
    pub source_url: Option<String>,
    /// Link text for the source, e.g. "Källa: polisen.se".
    pub source_label: Option<String>,
    /// The group's cards on screen, in display order.
    pub cards: Vec<CardView>,
}

/// The cards of `period` under its group headings; empty when the period has no groups.
fn group_views(period: &Period, data: &Dataset, cards: &[CardView], lang: &Language) -> Vec<GroupView> {
    if period.groups.is_empty() {
        return Vec::new();
    }
    let group_of = |card: &CardView| data.promises.iter().find(|p| p.id == card.card.id).and_then(|p| p.group.clone());
    let of = |id: Option<&str>| -> Vec<CardView> {
        cards.iter().filter(|c| group_of(c).as_deref() == id).cloned().collect()
    };
    let ungrouped = GroupView {
        id: String::new(),
        heading: None,
        lang: None,
        intro: None,
        source_url: None,
        source_label: None,
        cards: of(None),
    };
    std::iter::once(ungrouped)
        .chain(period.groups.iter().map(|g| GroupView {
            id: g.id.clone(),
            heading: Some(g.heading_in(lang).text.to_string()),
            lang: g.heading_in(lang).lang_on(lang).or_else(|| g.intro_in(lang).and_then(|i| i.lang_on(lang))),
            intro: g.intro_in(lang).map(|intro| intro.text.to_string()),
            source_url: g.source_url.clone(),
            source_label: g.source_url.as_deref().map(|url| source_label_in(url, lang)),
            cards: of(Some(&g.id)),
        }))
        .filter(|g| !g.cards.is_empty())
        .collect()
}

/// The heading over the kommun-wide promises when a district is chosen, in Swedish (the view model's
/// [`PromisesView::kommun_wide_heading`] is in the page's language).
pub const KOMMUN_WIDE_HEADING: &str = SWEDISH.words.page.kommun_wide_heading;

/// One card on screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardView {
    /// What the card shows.
    pub card: PromiseCard,
    /// The query string of a link to this card (`lofte=<id>`, plus `data=` for another dataset), without `?`.
    pub link_query: String,
    /// Why the card is new since the resident's last visit (its badge), if it is.
    pub novelty: Option<Novelty>,
}

/// The "Visa fler" button.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MoreCards {
    /// Matching promises not on screen yet.
    pub remaining: usize,
    /// The button text, e.g. "Visa fler (120 kvar)".
    pub label: String,
    /// The query that shows the next page.
    pub next: Query,
    /// The id of the first card the next page adds (it gets focus).
    pub first_new: String,
}

/// The page for `catalog` under the address's `query` (with `ignored`, what the parser already set aside), seen
/// on `today`, for a reader whose visits are not known (a first visit, the build-time page). Its texts are in the
/// catalog's language ([`Catalog::language`]); the dataset's own text is as written.
pub fn promises_view(catalog: &Catalog, query: &Query, ignored: &[Ignored], today: Date) -> PromisesView {
    promises_view_with_news(catalog, query, ignored, today, None)
}

/// Like [`promises_view`], with what is new since the reader's last visit (`news`; `None` on a first visit): new
/// cards get their [`Novelty`], the page its [`NewsView`], and `nytt=1` shows only the new promises. Without news,
/// or with nothing new, `nytt=1` is set aside like an unknown id (a shared link carries another reader's visits).
pub fn promises_view_with_news(
    catalog: &Catalog,
    query: &Query,
    ignored: &[Ignored],
    today: Date,
    news: Option<&News>,
) -> PromisesView {
    let data = catalog.data();
    let index = catalog.index();
    let lang = catalog.language();
    let mut query = query.clone();
    let mut ignored = ignored.to_vec();
    ignored.extend(query.retain_known(data));
    if query.new_only && news.is_none_or(|n| n.promises.is_empty()) {
        query.new_only = false;
        ignored.push(Ignored { param: crate::page::query::param::NEW_ONLY.to_string(), value: "1".to_string() });
    }
    let new_flags: Option<Vec<bool>> =
        news.filter(|_| query.new_only).map(|n| data.promises.iter().map(|p| n.promises.contains_key(&p.id)).collect());
    let selection = select(data, index, &query, new_flags.as_deref(), lang);
    let shown = selection.shown.len();
    let total = data.promises.len();
    let on_screen = on_screen(&selection.shown, data, &query);
    let periods = periods(catalog, &selection, &query, &selection.shown[..on_screen], today, news);
    let more = (on_screen < shown).then(|| {
        let remaining = shown - on_screen;
        MoreCards {
            remaining,
            label: more_text_in(remaining, lang),
            next: Query { limit: Some(on_screen + PAGE_SIZE), ..query.clone() },
            first_new: data.promises[selection.shown[on_screen]].id.clone(),
        }
    });
    let (count_text, show_text) = if selection.kommun_wide_apart {
        let wide = selection.shown.iter().filter(|&&i| data.promises[i].districts.is_empty()).count();
        let names: Vec<&str> =
            data.districts.iter().filter(|d| query.districts.contains(&d.id)).map(|d| d.name.as_str()).collect();
        let named = shown - wide;
        (
            district_count_text_in(named, &lang.either(&names), wide, total, lang),
            district_show_text_in(named, wide, lang),
        )
    } else {
        (count_text_in(shown, total, lang), show_button_text_in(shown, lang))
    };
    let chips = chips_from_in(&selection.facets, &query, lang);
    let news = news.map(|n| NewsView {
        text: n.text_in(lang),
        count: n.promises.len(),
        only_new: query.new_only,
        toggle: Query { new_only: !query.new_only, limit: None, ..query.clone() },
    });
    PromisesView {
        news,
        show_text,
        filter_text: filter_button_text_in(chips.len(), lang),
        theme_help: abbreviations_explained_in(selection.facets.themes.iter().map(|t| t.label.as_str()), lang),
        chips,
        kommun_wide_heading: lang.words.page.kommun_wide_heading,
        district_help: lang.words.page.district_count_help,
        tertial_help: lang.words.report.tertial_explained,
        page_title: format!("{} – {}", data.title, lower_first(&count_text)),
        heading: data.title.clone(),
        count_text,
        shown,
        total,
        facets: selection.facets,
        periods,
        more,
        query,
        ignored,
    }
}

/// `text` with its first letter in lower case ("Visar …" → "visar …"), names further on kept as written.
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_lowercase().chain(chars).collect()).unwrap_or_default()
}

/// How many of the shown promises are on screen: the query's limit (a whole number of pages), at least far enough
/// to include the promise a link opened.
fn on_screen(shown: &[usize], data: &Dataset, query: &Query) -> usize {
    let limit = query.limit.unwrap_or(PAGE_SIZE).max(PAGE_SIZE);
    let opened = query
        .promise
        .as_ref()
        .and_then(|id| shown.iter().position(|&i| data.promises[i].id == *id))
        .map_or(0, |at| (at / PAGE_SIZE + 1) * PAGE_SIZE);
    limit.max(opened).min(shown.len())
}

fn periods(
    catalog: &Catalog,
    selection: &Selection,
    query: &Query,
    on_screen: &[usize],
    today: Date,
    news: Option<&News>,
) -> Vec<PeriodView> {
    let data = catalog.data();
    let lang = catalog.language();
    let mut sorted: Vec<&Period> = data.periods.iter().collect();
    crate::page::order::sort_by_number(&mut sorted, |p| crate::page::order::newest_first(p.year()));
    sorted
        .into_iter()
        .filter_map(|period| {
            let (kommun_wide, cards): (Vec<CardView>, Vec<CardView>) = on_screen
                .iter()
                .map(|&i| &data.promises[i])
                .filter(|p| p.period == period.id)
                .map(|p| CardView {
                    card: promise_card_in(data, p, lang),
                    link_query: Query { promise: Some(p.id.clone()), data: query.data.clone(), ..Query::default() }
                        .to_query_string(),
                    novelty: news.and_then(|n| n.of(&p.id)),
                })
                .partition(|c| selection.kommun_wide_apart && c.card.kommun_wide);
            if cards.is_empty() && kommun_wide.is_empty() {
                return None;
            }
            let mut plan = schedule_in(&period.followup, today, lang);
            let entry_dates: Vec<Date> = data
                .promises
                .iter()
                .filter(|p| p.period == period.id)
                .flat_map(|p| p.followups.iter().map(|e| e.date.last_day()))
                .collect();
            mark_published(&mut plan, &entry_dates);
            Some(PeriodView {
                groups: group_views(period, data, &cards, lang),
                overview: overview_of(data, catalog.index(), selection, query, period, today, lang),
                next_report: next_report_text_in(&plan, lang),
                plan,
                period: period.clone(),
                cards,
                kommun_wide,
            })
        })
        .collect()
}
