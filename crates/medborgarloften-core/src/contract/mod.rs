//! The page contract: every element id, class, test id, `data-*` attribute, control name and `<meta>` name that
//! the app's components render and that the page's first module and the event reader shared by both modules
//! (`medborgarloften_web::events`) look for. Components render from these constants and the modules select with
//! them, so nothing is copied by hand; a native test renders the build's page for two datasets (the build
//! tool's `tests/contract.rs`) and checks that each of them matches an element there.
//!
//! Each name comes with its selector (`class::FACET_COUNT` is `facet__count`, `dot::FACET_COUNT` is
//! `.facet__count`), and each kind with `ALL`, the list the test walks.
//!
//! Base layer, beside `text` and `json`: names and selectors only; it imports nothing, so every layer may use it
//! (the map's markup in `geo` names its areas with it).

/// Declares names of one kind (`$kind`) and their selectors (`$select`), each selector the name with `$prefix`
/// and `$suffix` around it, and an `ALL` list of `(name, selector, where)` in each.
macro_rules! names {
    ($kind:ident / $select:ident = $prefix:literal _ $suffix:literal {
        $($(#[$doc:meta])* $name:ident = $value:literal in $place:ident;)*
    }) => {
        #[doc = concat!("Names of the page's ", stringify!($kind), ".")]
        pub mod $kind {
            $($(#[$doc])* pub const $name: &str = $value;)*
        }
        #[doc = concat!("Selectors for [`", stringify!($kind), "`], one per name.")]
        pub mod $select {
            use super::Place;
            $(#[doc = concat!("`", $prefix, $value, $suffix, "`")] pub const $name: &str = concat!($prefix, $value, $suffix);)*
            /// Every selector of this kind, with where on the page it is found.
            pub const ALL: &[(&str, Place)] = &[$((concat!($prefix, $value, $suffix), Place::$place)),*];
        }
    };
}

/// Where an element named in the contract is found on the build's page of a dataset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// On every page.
    Always,
    /// On the page of a dataset with a district map.
    Map,
    /// In a state the page reaches, or on the page of some datasets: a card opened by a link, a choice that would
    /// show nothing, the phone's sheet open, a district under the pointer, "Visa fler", groups of cards. The
    /// contract test renders each such page.
    State,
}

names!(meta / meta_tag = "meta[name=\"" _ "\"]" {
    /// The site's default dataset, relative to the page.
    DATASET = "medborgarloften-dataset" in Always;
    /// The 64-bit fingerprint of the dataset the page was rendered from (`crate::dataset::fingerprint`).
    FINGERPRINT = "medborgarloften-fingerprint" in Always;
    /// The files to download, with their sizes (`crate::export::downloads::to_meta`).
    DOWNLOADS = "medborgarloften-downloads" in Always;
});

names!(id / hash = "#" _ "" {
    /// The build's rendered page, which the first module works in place and the full app replaces.
    PRERENDERED = "forhandsvisning" in Always;
    /// The full app's root (index.html).
    APP_ROOT = "app" in Always;
    /// The result count, where focus goes when the control that had it leaves the page.
    RESULT_COUNT = "resultat-antal" in Always;
    /// The search box.
    SEARCH = "sok" in Always;
    /// The filter panel, a sheet on a phone.
    FILTER_PANEL = "filterpanel" in Always;
    /// The list of promises: the skip link's target.
    RESULTS = "lofteslista" in Always;
    /// The embed dialog.
    EMBED_DIALOG = "badda-in" in Always;
    /// The embed dialog's code, selected when it opens.
    EMBED_CODE = "inbaddningskod" in Always;
    /// The page's main content, where `public/boot.js` says the full app could not be loaded.
    MAIN = "innehall" in Always;
});

names!(class / dot = "." _ "" {
    /// A checkbox's count, "(4)".
    FACET_COUNT = "facet__count" in Always;
    /// Why a checkbox is off (read by screen readers), empty when it is not.
    FACET_WHY = "facet__why" in Always;
    /// A choice that would show nothing.
    FACET_EMPTY = "facet__option--empty" in State;
    /// The filter sheet's heading.
    FILTERS_HEADING = "filters__heading" in Always;
    /// The open filter sheet.
    SHEET_OPEN = "open" in State;
    /// The row of chips.
    CHIPS = "chips" in Always;
    /// A period.
    PERIOD = "period" in Always;
    /// A list of cards (`<ul>`): each item holds one card.
    CARDS = "cards" in Always;
    /// A group of cards under its heading within a period.
    PERIOD_GROUP = "period__group" in State;
    /// The place of a period's kommun-wide cards while a district is chosen.
    KOMMUN_WIDE = "period__kommun-wide" in Always;
    /// A period overview's sentence.
    OVERVIEW_SUMMARY = "overview__summary" in Always;
    /// A count button in a period's overview.
    OVERVIEW_COUNT = "overview__count" in Always;
    /// The number on a count button.
    OVERVIEW_NUMBER = "overview__number" in Always;
    /// A card's "Nytt" mark.
    CARD_NEW = "card__new" in Always;
    /// What a screen reader hears after a new card's title.
    CARD_NEW_NOTE = "card__new-note" in Always;
    /// The card a link opened.
    CARD_SELECTED = "card--selected" in State;
    /// The card's message after "Dela länk".
    CARD_COPIED = "card__copied" in Always;
    /// The height reserved for the news line before it is known.
    VISIT_SLOT = "visit-slot" in Always;
    /// "Visa bara nya", shown when something is new.
    VISIT_ONLY = "visit__only" in Always;
    /// The map section (a `<details>`).
    DISTRICT_MAP = "district-map" in Map;
    /// The map's drawing and caption.
    MAP_FIGURE = "district-map__figure" in Map;
    /// The caption under the map.
    MAP_CAPTION = "district-map__caption" in Map;
    /// The caption while it names a district.
    MAP_CAPTION_ACTIVE = "district-map__caption--active" in State;
    /// A named district on the map (a focusable group of paths).
    MAP_DISTRICT = "map__district" in Map;
    /// One of a district's areas.
    MAP_AREA = "map__area" in Map;
    /// A district's label on the map.
    MAP_LABEL = "map__label" in Map;
    /// The count in a district's label.
    MAP_LABEL_COUNT = "map__label-count" in Map;
    /// The outlines of the selected districts, drawn on top.
    MAP_OUTLINE = "map__outline" in Map;
    /// The outline of the district with keyboard focus, drawn on top.
    MAP_OUTLINE_FOCUS = "map__outline--focus" in Map;
    /// An outline's wide halo.
    OUTLINE_HALO = "map__outline-halo" in Map;
    /// An outline's line.
    OUTLINE_LINE = "map__outline-line" in Map;
    /// A district's button in the list beside the map.
    DISTRICT_BUTTON = "district-list__button" in Map;
    /// The count on a district's button.
    DISTRICT_COUNT = "district-list__count" in Map;
    /// "Visa vad som gäller där jag är" with its note on privacy and its status line.
    LOCATE = "locate" in Map;
    /// The button's text (it says it is looking while the browser looks).
    LOCATE_TEXT = "locate__text" in Map;
    /// The one sentence said after a lookup (`role=status`), empty before one.
    LOCATE_NOTE = "locate__note" in Map;
});

names!(testid / by_testid = "[data-testid=\"" _ "\"]" {
    /// The notice that a saved copy is shown.
    OFFLINE_BANNER = "offline-banner" in Always;
    /// The empty result.
    EMPTY_STATE = "empty-state" in Always;
    /// The phone's "Filter" button.
    FILTER_TOGGLE = "filter-toggle" in Always;
    /// The sheet's "Visa N löften".
    FILTER_DONE = "filter-done" in Always;
    /// "Nytt sedan ditt senaste besök".
    VISIT_NEWS = "visit-news" in Always;
    /// The news line's sentence.
    VISIT_COUNT = "visit-count" in Always;
    /// The "Visa bara nya" checkbox.
    ONLY_NEW = "only-new" in Always;
    /// A chip.
    ACTIVE_FILTER = "active-filter" in Always;
    /// A promise card.
    PROMISE_CARD = "promise-card" in Always;
    /// The result count.
    RESULT_COUNT = "result-count" in Always;
    /// A period's one-sentence follow-up answer, above its cards.
    PERIOD_STATUS = "period-status" in Always;
});

names!(control / by_control = "[data-action=\"" _ "\"]" {
    /// "Rensa filter" (the panel's, the chips', the empty result's).
    CLEAR = "rensa" in Always;
    /// The phone's "Filter" button.
    SHEET = "filter" in Always;
    /// The sheet's "Visa N löften".
    SHEET_DONE = "visa" in Always;
    /// "Dela länk" on a card.
    SHARE = "dela" in Always;
    /// "Visa bara nya".
    ONLY_NEW = "bara-nya" in Always;
    /// "Glöm mina besök".
    FORGET = "glom" in Always;
    /// "Visa fler".
    MORE = "fler" in State;
    /// "Zooma ut till hela kommunen".
    WHOLE_MAP = "hela-kommunen" in Map;
    /// "Bädda in".
    EMBED = "badda-in" in Always;
    /// "Visa vad som gäller där jag är".
    LOCATE = "var-ar-jag" in Map;
});

names!(attr / has_attr = "[" _ "]" {
    /// On a control: what it does (a [`control`] name).
    ACTION = "data-action" in Always;
    /// On a filter choice (checkbox, overview count): its facet's URL parameter.
    FACET = "data-facet" in Always;
    /// On a filter choice: its URL value.
    ID = "data-id" in Always;
    /// On a chip: its key (`crate::page::active::ActiveFilter::key`).
    CHIP = "data-chip" in Always;
    /// On a district on the map, its label and its button: the district's id.
    DISTRICT = "data-district-id" in Map;
    /// On a district and its button: its shading class.
    SHADE = "data-shade" in Map;
    /// On a district's label: the shading under it.
    ON_SHADE = "data-on-shade" in Map;
    /// On a card: the promise's id.
    PROMISE = "data-promise-id" in Always;
});

/// Values of `<html data-app>`: which module works the page.
pub mod app {
    /// The attribute, on `<html>`.
    pub const ATTR: &str = "data-app";
    /// The page's first module works the build's page.
    pub const FIRST: &str = "forsta";
    /// The full app has taken the page over.
    pub const FULL: &str = "klar";
}

/// The element id of the card of `promise`.
pub fn card_id(promise: &str) -> String {
    format!("lofte-{promise}")
}

/// The element id of the period starting in `year` (also the no-JavaScript year links' fragment).
pub fn period_id(year: u16) -> String {
    format!("ar-{year}")
}

/// Selector of the elements carrying `attribute` (an [`attr`] name) equal to `value`.
pub fn with_attr(attribute: &str, value: &str) -> String {
    format!("[{attribute}=\"{}\"]", value.replace('\\', "\\\\").replace('"', "\\\""))
}

/// The chip row's shown buttons (its chips, then its "Rensa filter"), in order: where focus goes after a chip.
pub fn shown_chip_controls() -> String {
    format!("{}:not([hidden]) > button:not([hidden])", dot::CHIPS)
}
