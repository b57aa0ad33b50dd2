//! The words of the promises page's view model: counts, filters, results, chips, the map's captions: the shape every language file fills.
//!
//! Language layer: may use `text`; must not import any higher layer.

use crate::lang::plural::Forms;

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
    /// The search text's chip: "Sök: {text}".
    pub search_chip: &'static str,
    /// What pressing a chip does, for screen readers: "Ta bort filter: {label}".
    pub remove_chip: &'static str,
    /// Read after a choice that would show nothing: " – inga löften med de andra filtren".
    pub dead_end: &'static str,
    /// A district on the map: "{promises} nämner området".
    pub names_area: &'static str,
    /// The map's caption with nothing pointed at or chosen: "Välj ett område för att filtrera löftena.".
    pub map_hint: &'static str,
    /// The map's caption with one district chosen: "Valt område: {name} – {promises} nämner det".
    pub chosen_area: &'static str,
    /// The map's caption with several chosen: "Valda områden: {names}".
    pub chosen_areas: &'static str,
}
