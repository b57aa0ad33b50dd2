//! The words of "Visa vad som gäller där jag är": the shape every language file fills.
//!
//! Language layer: may use `text`; must not import any higher layer.

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
