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
    /// "Visa vad som gäller där jag är": the button, its note and what it says it found.
    pub locate: LocateWords,
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

/// The words of "Visa vad som gäller där jag är" (`core::page::locate`): the button beside the map, the note on
/// privacy beside it, and the one sentence it says after a lookup.
#[derive(Debug, PartialEq)]
pub struct LocateWords {
    /// The button: "Visa vad som gäller där jag är".
    pub button: &'static str,
    /// The button while the browser looks for the position: "Letar efter var du är …".
    pub looking: &'static str,
    /// Beside the button: "Din position används bara i din telefon och sparas inte."
    pub privacy: &'static str,
    /// The district was found and chosen: "Du är i {district} – löftena för området visas nu."
    pub found: &'static str,
    /// In the kommun, in no named district: "Du är i kommunen men inte i något av områdena {districts}." (the
    /// districts as alternatives: "A, B eller C").
    pub no_district: &'static str,
    /// Outside the kommun: "Din position ligger utanför {kommun}, så inget område har valts."
    pub outside: &'static str,
    /// The resident or the browser refused the position.
    pub denied: &'static str,
    /// The browser has no position to give (no Geolocation, no signal).
    pub unavailable: &'static str,
    /// The browser gave no position in time.
    pub timed_out: &'static str,
    /// The map files could not be loaded, so the position could not be looked up.
    pub no_map: &'static str,
}
