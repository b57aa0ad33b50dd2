//! English.
//!
//! Language layer: may use `text`; must not import any higher layer.

use super::plural::{one_other, Forms};
use super::words::{PageWords, SiteWords, Words};
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
        site: SiteWords {
            languages: "Language",
            read_in: "Read this page in English",
            no_thanks: "No thanks",
            loading: "Loading promises…",
            waiting: "The page is loading – what you chose will happen in a moment.",
            failed: "This part of the page could not be loaded. Check your internet connection and try again.",
        },
    },
};
