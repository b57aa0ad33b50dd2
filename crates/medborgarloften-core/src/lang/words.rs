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
    /// A promise's card: statuses, targets, follow-ups, source.
    pub card: CardWords,
    /// A period's follow-up plan and where the period stands.
    pub report: ReportWords,
    /// The page's notices: the address, a saved copy, a copied link, the embed link, what is new.
    pub notice: NoticeWords,
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

/// The words of a promise's card and its follow-ups (`core::page::card`, `dataset::status`, `dataset::progress`,
/// `dataset::followup`, `dataset::tertial`).
#[derive(Debug, PartialEq)]
pub struct CardWords {
    /// The statuses' labels in `Status::ALL` order: no follow-up published, reported without a verdict, in
    /// progress, delayed, done, partly done, not done.
    pub statuses: [&'static str; 7],
    /// The district of a promise that names none: "Hela kommunen".
    pub whole_municipality: &'static str,
    /// The link to an absolute source: "Källa: {host}".
    pub source_host: &'static str,
    /// The link to a relative source: "Källa".
    pub source: &'static str,
    /// The last of several names that all hold: "{rest} och {last}".
    pub and_last: &'static str,
    /// A target: "{value} {label}{rate}", where `{rate}` is empty or a space and the dataset's rate.
    pub target: &'static str,
    /// A target of at least a value: "minst {value} {label}{rate}".
    pub target_at_least: &'static str,
    /// Something counted without a target: "räknas utan mål: {label}".
    pub target_uncounted: &'static str,
    /// A target in short, beside a number: "mål {value}{rate}".
    pub goal: &'static str,
    /// A target of at least a value, in short: "mål minst {value}{rate}".
    pub goal_at_least: &'static str,
    /// Progress toward a total: "{achieved} av {total}".
    pub progress_total: &'static str,
    /// A number so far beside a rate target: "{achieved} {unit} hittills · {goal}".
    pub progress_rate: &'static str,
    /// A reported amount toward a total: "{n} av {total} {unit}".
    pub amount_total: &'static str,
    /// A reported amount beside a rate target: "{n} {unit} · {goal}".
    pub amount_goal: &'static str,
    /// A reported amount alone, a number or the editor's words: "{n} {unit}".
    pub amount: &'static str,
    /// More than the target was achieved: "överträffat".
    pub exceeded: &'static str,
    /// The target is reached: "målet nått".
    pub reached: &'static str,
    /// A report without a verdict: "Rapport".
    pub report: &'static str,
    /// An interim report: "Delrapport".
    pub interim_report: &'static str,
    /// A final report: "Slutrapport".
    pub final_report: &'static str,
    /// What the values of a report without a verdict are called: "Rapporterat".
    pub reported_values: &'static str,
    /// … of a final report: "Resultat".
    pub final_values: &'static str,
    /// … of an interim report: "Uppnått hittills".
    pub interim_values: &'static str,
    /// A report named by its tertial, `{report}` in lower case: "{report} för {tertial}".
    pub report_on: &'static str,
    /// A tertial: "tertial {n}".
    pub tertial: &'static str,
    /// A tertial with its year: "tertial {n} {year}".
    pub tertial_year: &'static str,
    /// A history entry's date and tertial: "{date} · avser {tertial} ({months})".
    pub history_when: &'static str,
    /// The card's latest follow-up, `{report}` in lower case: "Senast uppföljt {date} i en {report}.".
    pub latest: &'static str,
    /// The badge of a promise with a new follow-up: "Ny uppföljning".
    pub new_followup: &'static str,
    /// The badge of a promise new since the last visit: "Nytt löfte".
    pub new_promise: &'static str,
}

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

/// The words of the page's notices (`core::page::notice`, `saved_copy`, `shared_link`, `embed`, `visit`).
#[derive(Debug, PartialEq)]
pub struct NoticeWords {
    /// A dataset from another site: "Löften från andra webbplatser visas inte ({value}). …".
    pub foreign_data: &'static str,
    /// A dataset that is not a .json file here: «Filen "{value}" visas inte: …».
    pub not_json: &'static str,
    /// Unknown parts of the link: "En del av länken kändes inte igen och används inte: {parts}.".
    pub unknown_parts: &'static str,
    /// The parts not listed: "och {n} till".
    pub more_parts: &'static str,
    /// `nytt=1` with nothing new.
    pub nothing_new: &'static str,
    /// A saved copy, offline: "Du är offline.".
    pub offline: &'static str,
    /// A saved copy, the server silent: "Servern svarar inte.".
    pub unreachable: &'static str,
    /// A saved copy, the data failed: "De senast publicerade löftena kunde inte visas.".
    pub failed: &'static str,
    /// A saved copy of a known day: "{why} Visar löften uppdaterade {date}.".
    pub saved_on: &'static str,
    /// A saved copy of an unknown day: "{why} Visar sparade löften.".
    pub saved: &'static str,
    /// The link was copied: "Länken är kopierad.".
    pub copied: &'static str,
    /// The link to copy by hand: "Kopiera länken: {link}".
    pub copy_by_hand: &'static str,
    /// The link under an embedded frame: "Visa medborgarlöftena på en egen sida".
    pub open_page: &'static str,
    /// Nothing new since the last visit: "Inget nytt".
    pub news_none: &'static str,
    /// Promises with a new follow-up: "{n} löften har ny uppföljning".
    pub news_followups: Forms,
    /// New promises alone: "1 nytt löfte", "{n} nya löften".
    pub news_added: Forms,
    /// New promises after the followed-up ones: "{n} löfte är nytt", "{n} löften är nya".
    pub news_added_too: Forms,
    /// Both: "{followups} och {added}".
    pub news_both: &'static str,
    /// The whole sentence: "{what} sedan ditt senaste besök ({date}).".
    pub news_since: &'static str,
}
