//! The words of a period's follow-up plan and where the period stands: the shape every language file fills.
//!
//! Language layer: may use `text`; must not import any higher layer.

use crate::lang::plural::Forms;

/// The words of a period's follow-up plan and of where the period stands (`dataset::schedule`,
/// `dataset::tertial`, `core::page::summary`).
#[derive(Debug, PartialEq)]
pub struct ReportWords {
    /// What a tertial is, and how reports are labelled by one.
    pub tertial_explained: &'static str,
    /// Every planned date has passed.
    pub all_passed: &'static str,
    /// The next report of a month that is now: "Nästa redovisning: {when}, denna månad.".
    pub next_this_month: &'static str,
    /// The next report of a month or year: "Nästa redovisning: {when}.".
    pub next: &'static str,
    /// The next report of a day: "Nästa redovisning: senast {when}, {away}.".
    pub next_by: &'static str,
    /// `{away}` for today: "i dag".
    pub today: &'static str,
    /// `{away}` for tomorrow: "i morgon".
    pub tomorrow: &'static str,
    /// `{away}` for later: "om {n} dagar".
    pub in_days: Forms,
    /// A planned report that a published follow-up comes from: "redovisad".
    pub state_published: &'static str,
    /// A planned report whose date has passed: "datum passerat".
    pub state_passed: &'static str,
    /// The next planned report: "nästa".
    pub state_next: &'static str,
    /// A later planned report: "planerad".
    pub state_planned: &'static str,
    /// The plan once every date has passed: "Enligt planen skulle löftena {clauses}.".
    pub plan_past: &'static str,
    /// The plan while a date is ahead: "Enligt planen ska löftena {clauses}.".
    pub plan_ahead: &'static str,
    /// The interim reports' clause: "redovisas {dates}".
    pub plan_interim: &'static str,
    /// The final report's clause: "slutredovisas {dates}".
    pub plan_final: &'static str,
    /// Months of one year: "i {months} {year}".
    pub in_months: &'static str,
    /// A month or a year: "i {when}".
    pub in_when: &'static str,
    /// A day: "senast {when}".
    pub by_day: &'static str,
    /// Nothing followed up: "Ingen uppföljning publicerad för {which}.".
    pub none_published: &'static str,
    /// Nothing followed up per promise, but a document: "Ingen uppföljning per löfte publicerad för {which}, men …".
    pub none_but_document: &'static str,
    /// `{which}` for a period of one promise: "{year} års enda löfte".
    pub only_promise: &'static str,
    /// `{which}` for several: "något av {year} års {n} löften".
    pub any_promise: Forms,
    /// Some followed up, counted by the total: "Uppföljning publicerad för {done} av {n} löften{latest}.".
    pub published: Forms,
    /// `{latest}`: ", senast {date}".
    pub latest: &'static str,
    /// A period-wide report as a document: "Dokumentet finns nedan; …".
    pub document_below: &'static str,
    /// Final results: "Slutligt resultat finns för {finals} av {total}.".
    pub finals: &'static str,
}
