//! The words of the labels the app's own code writes: its components, the map, its errors: the shape every language file fills.
//!
//! Language layer: may use `text`; must not import any higher layer.

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
