//! The shape of a language's words: every text the app writes, grouped by where it is written. Each language file
//! fills one [`Words`]; a missing field is a compile error, so no language lacks a text.
//!
//! Templates name their placeholders in braces (`"Visar {shown} av {total}"`, filled by [`super::fill()`]);
//! counted phrases are [`Forms`] with `{n}`.
//!
//! Language layer: may use `text`; must not import any higher layer.

use super::plural::Forms;

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
}

/// The words of the promises page's view model (`core::page::view`).
#[derive(Debug, PartialEq)]
pub struct PageWords {
    /// "1 löfte", "5 löften".
    pub promises: Forms,
    /// The phone's filter button with nothing chosen: "Filter".
    pub filter: &'static str,
    /// The filter button with choices: "Filter · 1 valt", "Filter · 3 valda".
    pub filter_chosen: Forms,
    /// The filter sheet's closing button: "Visa {promises}".
    pub show: &'static str,
    /// Said under the district choices: what a district's count means.
    pub district_count_help: &'static str,
    /// The result line while a district is chosen: "Visar {promises} som nämner {places}{apart} (av {total})".
    pub district_count: &'static str,
    /// The kommun-wide promises counted apart: " + {n} för hela kommunen".
    pub kommun_wide_apart: &'static str,
    /// The sheet's button while a district is chosen: "Visa {promises}{apart}".
    pub district_show: &'static str,
    /// The result line: "Visar {shown} av {total}", where `{total}` is counted ("15 löften").
    pub count: &'static str,
    /// The heading over the kommun-wide promises when a district is chosen: "Gäller hela kommunen".
    pub kommun_wide_heading: &'static str,
    /// "Visa fler ({n} kvar)".
    pub more: &'static str,
    /// Abbreviations in theme names and what they stand for: ("ANDT", "ANDT betyder …").
    pub abbreviations: &'static [(&'static str, &'static str)],
}

/// What the build writes around the rendered page: the language switch and its suggestion, and the notices of the
/// start script (public/boot.js), which reads them from its tag.
#[derive(Debug, PartialEq)]
pub struct SiteWords {
    /// The language switch's accessible name: "Språk".
    pub languages: &'static str,
    /// Offered, in this language, to a reader whose browser prefers it: "Läs sidan på svenska".
    pub read_in: &'static str,
    /// Closes that offer for good: "Nej tack".
    pub no_thanks: &'static str,
    /// While another dataset or layout loads: "Laddar löften…".
    pub loading: &'static str,
    /// A press made before the page's module works: "Sidan laddas – det du valde görs strax.".
    pub waiting: &'static str,
    /// A module that could not load.
    pub failed: &'static str,
}
