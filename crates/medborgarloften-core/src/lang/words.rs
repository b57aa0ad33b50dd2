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
