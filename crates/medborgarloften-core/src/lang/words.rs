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
    /// Under a card whose text the dataset has not translated into the page's language: "Löftet är bara publicerat
    /// på svenska."
    pub swedish_only: &'static str,
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
    /// A press made before the page's module works: "Sidan laddas – det du valde görs strax.".
    pub waiting: &'static str,
    /// A module that could not load.
    pub failed: &'static str,
    /// The footer's downloads, what each file is: the dataset ("Löftena och uppföljningen"), its format's
    /// description, the CSV, the feed and the description for data portals.
    pub download_dataset: &'static str,
    /// "Beskrivning av dataformatet".
    pub download_schema: &'static str,
    /// "Löftena som tabell".
    pub download_csv: &'static str,
    /// "Följ uppföljningen".
    pub download_feed: &'static str,
    /// "Beskrivning för dataportaler".
    pub download_description: &'static str,
    /// The decimal separator in a file's size: "," ("1,2 kB").
    pub decimal: &'static str,
    /// The footer's link to the accessibility statement (which is in Swedish).
    pub accessibility: &'static str,
    /// The footer's link to the privacy note (which is in Swedish).
    pub privacy: &'static str,
    /// The page's meta description: "{title}: vad polisen och {place} lovar om trygghet, var det gäller och hur det
    /// följs upp."
    pub description: &'static str,
    /// The search box's example: "t.ex. {words}" ("t.ex. våld, Skiftinge").
    pub search_example: &'static str,
    /// The search box's example when the dataset names no theme or district: "Sök på ett ord i löftena".
    pub search_any: &'static str,
}

/// The labels the app's own code writes (`src/components/`, `src/pages/`, the shell's hooks): headings, buttons,
/// field labels, `aria-label`s and visually hidden texts. Dataset text and the core's texts are not here.
#[derive(Debug, PartialEq)]
pub struct AppWords {
    /// The skip link at the top of the page: "Hoppa till löftena".
    pub skip_link: &'static str,
    /// While the dataset loads: "Laddar löften…".
    pub loading: &'static str,
    /// The results' heading for screen readers: "Löften".
    pub results_heading: &'static str,
    /// The header's line above the title: "Polisen och kommunen lovar".
    pub eyebrow: &'static str,
    /// The header's and the document's title before a dataset is loaded: "Medborgarlöften".
    pub fallback_title: &'static str,
    /// The label of made-up example data.
    pub example_label: &'static str,
    /// The filters' landmark: "Filter".
    pub filters_label: &'static str,
    /// The search box's label: "Sök bland löftena".
    pub search_label: &'static str,
    /// The filter sheet's heading: "Välj filter".
    pub choose_filters: &'static str,
    /// The year filter: "År".
    pub year: &'static str,
    /// The party filter and the overview's row: "Vem lovar".
    pub party: &'static str,
    /// The district filter and a card's districts: "Område".
    pub district: &'static str,
    /// The theme filter and a card's themes: "Tema".
    pub theme: &'static str,
    /// The status filter and the overview's row: "Status".
    pub status: &'static str,
    /// Clears every filter: "Rensa filter".
    pub clear_filters: &'static str,
    /// The row of active filters' name: "Valda filter".
    pub chosen_filters: &'static str,
    /// No promise matches: "Inga löften passar de filter du har valt.".
    pub empty: &'static str,
    /// The list of periods' links (without JavaScript, the year filter): "Perioder".
    pub period_links: &'static str,
    /// A period's folded background: "Om löftena {years}: bakgrund, mål och uppföljning".
    pub period_about: &'static str,
    /// The follow-up plan's name: "Planerade redovisningar".
    pub plan: &'static str,
    /// The heading over a period's documents: "Dokument".
    pub documents: &'static str,
    /// After a document without its own address: " (länken går till källsidan)".
    pub document_at_source: &'static str,
    /// After a group's source link, for screen readers: ", om {heading}".
    pub group_source_about: &'static str,
    /// A period overview's heading: "Uppföljning {years}".
    pub overview_heading: &'static str,
    /// An overview row's name for screen readers: "{row} {years}" ("Status 2019").
    pub overview_row: &'static str,
    /// Under the overview's counts: "Tryck på en siffra för att visa bara de löftena.".
    pub overview_hint: &'static str,
    /// A card's targets: "Mål".
    pub targets: &'static str,
    /// Between a card's targets and achievements: "; ".
    pub targets_separator: &'static str,
    /// After a card's source link, for screen readers: ", om löftet {title}".
    pub source_about: &'static str,
    /// A card's share button: "Dela länk".
    pub share: &'static str,
    /// After the share button's words, for screen readers: " till löftet {title}".
    pub share_about: &'static str,
    /// A compact card's button while folded: "Visa hela löftet".
    pub show_whole: &'static str,
    /// A compact card's button while open: "Visa mindre".
    pub show_less: &'static str,
    /// The follow-up history while folded: "Visa".
    pub history_show: &'static str,
    /// The follow-up history while open: "Dölj".
    pub history_hide: &'static str,
    /// After "Visa"/"Dölj": " uppföljningar ({n})".
    pub history_count: &'static str,
    /// The visit news' name: "Nytt sedan ditt senaste besök".
    pub visit_label: &'static str,
    /// The visit news' checkbox: "Visa bara nya".
    pub only_new: &'static str,
    /// Where visits are kept, before the button that forgets them: "Dina besök sparas bara på den här enheten. ".
    pub visits_kept: &'static str,
    /// "Glöm mina besök".
    pub forget_visits: &'static str,
    /// The embed button: "Bädda in".
    pub embed: &'static str,
    /// The embed dialog's heading.
    pub embed_heading: &'static str,
    /// The embed dialog's explanation.
    pub embed_intro: &'static str,
    /// The embed code's label: "Kod att klistra in".
    pub embed_code: &'static str,
    /// The embed code's copy button: "Kopiera koden".
    pub embed_copy: &'static str,
    /// The code was copied: "Koden är kopierad.".
    pub embed_copied: &'static str,
    /// The code could not be copied, and what to do.
    pub embed_copy_failed: &'static str,
    /// Closes a dialog: "Stäng".
    pub close: &'static str,
    /// Before the footer's source link: "Källa: ".
    pub source: &'static str,
    /// When the data was updated: "Uppgifterna uppdaterades {date}.".
    pub updated: &'static str,
    /// The footer's downloads heading: "Ladda ner uppgifterna".
    pub downloads: &'static str,
    /// The footer's line about the code and the texts.
    pub open_source: &'static str,
    /// The footer's links about the site: "Om webbplatsen".
    pub about_site: &'static str,
    /// A new version waits: "Ny version finns.".
    pub new_version: &'static str,
    /// Switches to it: "Ladda om".
    pub reload: &'static str,
    /// The district map's words.
    pub map: MapWords,
    /// What the page says when the promises or the map cannot be loaded.
    pub errors: ErrorWords,
}

/// The district map's words (`src/components/district_map/`).
#[derive(Debug, PartialEq)]
pub struct MapWords {
    /// The map's folded heading and the drawing's name: "Karta över områdena".
    pub heading: &'static str,
    /// While the map file loads: "Laddar kartan…".
    pub loading: &'static str,
    /// On a phone's whole-kommun view, where the areas are too small to tap.
    pub too_small: &'static str,
    /// The button that shows the whole kommun: "Zooma ut till hela kommunen".
    pub whole: &'static str,
    /// The legend's title: "Antal löften som nämner området".
    pub legend_title: &'static str,
    /// The legend's hatching: "Prioriterat område".
    pub priority: &'static str,
    /// The legend's grey: "Inget namngivet område".
    pub unnamed: &'static str,
    /// The list of districts' title: "Områden – antal löften som nämner området".
    pub list_title: &'static str,
}

/// What the page says when the promises or the map cannot be loaded (`src/api.rs`, the error panel): a plain
/// sentence for residents, and the technical detail an editor needs.
#[derive(Debug, PartialEq)]
pub struct ErrorWords {
    /// The error panel's heading: "Löftena kunde inte laddas".
    pub heading: &'static str,
    /// When older promises stay on screen: "Du ser de senast hämtade löftena nedan.".
    pub older_shown: &'static str,
    /// The retry button: "Försök igen".
    pub retry: &'static str,
    /// The folded technical detail's summary: "Teknisk information".
    pub technical: &'static str,
    /// No answer from the server.
    pub network: &'static str,
    /// The dataset is not at its address (HTTP 404).
    pub not_found: &'static str,
    /// The server answered with another error.
    pub server: &'static str,
    /// The dataset file is not valid.
    pub bad_data: &'static str,
    /// A map file in the dataset's place: "Kartan kan inte visas.".
    pub map_bad: &'static str,
    /// The map file could not be fetched: no network.
    pub map_network: &'static str,
    /// The map file could not be fetched: the server's error.
    pub map_server: &'static str,
    /// The map file cannot be drawn.
    pub map_broken: &'static str,
    /// The detail of no answer: "… ({detail})", the browser's own words.
    pub detail_network: &'static str,
    /// The detail of HTTP 404.
    pub detail_not_found: &'static str,
    /// The detail of another HTTP error: "… (HTTP-status {status}).".
    pub detail_server: &'static str,
    /// The detail of a dataset that is not valid: "… {error}", the validator's message.
    pub detail_data: &'static str,
    /// The detail of a map file that cannot be drawn: "Kartfilen är felaktig: {error}.".
    pub detail_map: &'static str,
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
