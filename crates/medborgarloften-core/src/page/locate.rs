//! "Visa vad som gäller där jag är" on the promises page: the button's state in the page's own state
//! ([`Locating`], in [`crate::page::interact::Ui`]), what came of asking ([`Located`]: the lookup's
//! [`Whereabouts`], or why there is none), the query that shows what applies in the district found
//! ([`query_for`]) and the words the page says ([`button_text`], [`locate_note`]). The browser's part — asking for
//! the position once, loading the map files, calling [`crate::geo::Locator`] — is `medborgarloften_web::locate`;
//! what a press and an answer lead to is [`crate::page::interact::update`].
//!
//! The position itself never reaches this module: only which district it lies in.
//!
//! Page layer: may use `geo`, `dataset` and `lang`; must not import `export`.

use crate::dataset::model::Dataset;
use crate::geo::Whereabouts;
use crate::lang::{fill, Language};
use crate::page::query::Query;

/// What came of asking where the resident is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Located {
    /// The browser gave a position, and this is where it lies.
    At(Whereabouts),
    /// The resident or the browser refused the position (permission denied, or not a secure page).
    Denied,
    /// The browser has no position to give: no Geolocation, or no signal.
    Unavailable,
    /// No position came in time.
    TimedOut,
    /// The map files could not be loaded, so the position could not be looked up.
    NoMap,
}

/// The state of "Visa vad som gäller där jag är".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Locating {
    /// Not pressed yet.
    #[default]
    Idle,
    /// Pressed: the browser is looking for the position.
    Looking,
    /// Answered.
    Done(Located),
}

impl Locating {
    /// Whether the browser is looking (the button is `aria-busy` and a press does nothing).
    pub fn busy(&self) -> bool {
        matches!(self, Locating::Looking)
    }
}

/// The query that shows what applies in `district`: that district chosen, alone (a district chosen before is
/// let go: the question is what applies here), every other filter kept, from the first page of cards. From a page
/// with no district chosen this is the query a tap on the district on the map gives.
pub fn query_for(query: &Query, district: &str) -> Query {
    let mut next = Query { limit: None, ..query.clone() };
    next.districts.clear();
    next.districts.insert(district.to_owned());
    next
}

/// The button's text: "Visa vad som gäller där jag är", or while looking "Letar efter var du är …".
pub fn button_text(state: &Locating, language: &Language) -> &'static str {
    let words = &language.words.locate;
    if state.busy() {
        words.looking
    } else {
        words.button
    }
}

/// The one sentence the page says after an answer (its `role=status` line), in `language`; empty before one.
pub fn locate_note(state: &Locating, data: &Dataset, language: &Language) -> String {
    let words = &language.words.locate;
    let Locating::Done(located) = state else { return String::new() };
    match located {
        Located::At(Whereabouts::District(id)) => {
            let name = data.districts.iter().find(|d| d.id == *id).map_or(id.as_str(), |d| d.name.as_str());
            fill(words.found, &[("district", name)])
        }
        Located::At(Whereabouts::InKommunNoDistrict) => {
            let names: Vec<&str> = data.districts.iter().map(|d| d.name.as_str()).collect();
            fill(words.no_district, &[("districts", &language.either(&names))])
        }
        Located::At(Whereabouts::OutsideKommun) => fill(words.outside, &[("kommun", &data.municipality.name)]),
        Located::Denied => words.denied.to_owned(),
        Located::Unavailable => words.unavailable.to_owned(),
        Located::TimedOut => words.timed_out.to_owned(),
        Located::NoMap => words.no_map.to_owned(),
    }
}
