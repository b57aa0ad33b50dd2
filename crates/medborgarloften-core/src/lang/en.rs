//! English.
//!
//! Language layer: may use `text`; must not import any higher layer.

use super::plural::{one_other, Forms};
use super::words::{LocateWords, PageWords, Words};
use super::{Dir, Language};

/// English.
pub const ENGLISH: Language = Language {
    code: "en",
    name: "English",
    dir: Dir::Ltr,
    plural: one_other,
    words: Words {
        months: [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        long_date: "{day} {month} {year}",
        month_year: "{month} {year}",
        list_comma: ", ",
        or_last: "{rest} or {last}",
        page: PageWords {
            promises: Forms::two("{n} promise", "{n} promises"),
            filter: "Filter",
            filter_chosen: Forms::two("Filter · {n} chosen", "Filter · {n} chosen"),
            show: "Show {promises}",
            district_count_help:
                "The number is how many promises name the area. Promises for the whole municipality are shown too, \
                 separately.",
            district_count: "Showing {promises} that name {places}{apart} (of {total})",
            kommun_wide_apart: " + {n} for the whole municipality",
            district_show: "Show {promises}{apart}",
            count: "Showing {shown} of {total}",
            kommun_wide_heading: "For the whole municipality",
            more: "Show more ({n} left)",
            abbreviations: &[("ANDT", "ANDT stands for alcohol, narcotics, doping and tobacco.")],
        },
        locate: LocateWords {
            button: "Show what applies where I am",
            looking: "Finding where you are …",
            privacy: "Your position is only used on your phone and is not saved.",
            found: "You are in {district} – the promises for the area are shown now.",
            no_district: "You are in the municipality but not in any of the areas {districts}.",
            outside: "Your position is outside {kommun}, so no area has been chosen.",
            denied: "The browser was not allowed to use your position, so no area has been chosen.",
            unavailable: "Your position could not be found, so no area has been chosen.",
            timed_out: "Finding your position took too long, so no area has been chosen.",
            no_map: "The map could not be loaded, so your area could not be found.",
        },
    },
};
