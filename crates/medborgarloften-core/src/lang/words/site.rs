//! The words of what the build writes around the rendered page, the downloads and the page's description: the shape every language file fills.
//!
//! Language layer: may use `text`; must not import any higher layer.

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
