//! The shape of a language's words: every text the app writes, grouped by where it is written. Each language file
//! fills one [`Words`]; a missing field is a compile error, so no language lacks a text.
//!
//! Templates name their placeholders in braces (`"Visar {shown} av {total}"`, filled by [`super::fill()`]);
//! counted phrases are [`Forms`](super::Forms) with `{n}`.
//!
//! Language layer: may use `text`; must not import any higher layer.

mod app;
mod card;
mod locate;
mod notice;
mod page;
mod report;
mod site;

pub use app::{AppWords, ErrorWords, MapWords};
pub use card::CardWords;
pub use locate::LocateWords;
pub use notice::NoticeWords;
pub use page::PageWords;
pub use report::ReportWords;
pub use site::SiteWords;

/// Everything the app writes in one language.
#[derive(Debug, PartialEq)]
pub struct Words {
    /// The months, January first, as written in a date in running text ("november").
    pub months: [&'static str; 12],
    /// A day: "{day} {month} {year}" ("12 november 2026").
    pub long_date: &'static str,
    /// A month: "{month} {year}" ("november 2026").
    pub month_year: &'static str,
    /// Between all but the last of several names: ", ".
    pub list_comma: &'static str,
    /// The last of several alternatives: "{rest} eller {last}".
    pub or_last: &'static str,
    /// The promises page's view model: counts, filters, results.
    pub page: PageWords,
    /// What the build writes around the rendered page: the language switch, the start script's notices.
    pub site: SiteWords,
    /// The labels the app's own code writes: its components, its shell and the page's first module.
    pub app: AppWords,
    /// A promise's card: statuses, targets, follow-ups, source.
    pub card: CardWords,
    /// A period's follow-up plan and where the period stands.
    pub report: ReportWords,
    /// The page's notices: the address, a saved copy, a copied link, the embed link, what is new.
    pub notice: NoticeWords,
    /// "Visa vad som gäller där jag är": the button, its note and what it says it found.
    pub locate: LocateWords,
}
