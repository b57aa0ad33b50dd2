//! Svenska: the default language, and the language of every dataset's own text.
//!
//! Language layer: may use `text`; must not import any higher layer.

use super::plural::{one_other, Forms};
use super::words::{PageWords, SiteWords, Words};
use super::{Dir, Language};

/// Swedish.
pub const SWEDISH: Language = Language {
    code: "sv",
    name: "Svenska",
    dir: Dir::Ltr,
    plural: one_other,
    words: Words {
        months: [
            "januari",
            "februari",
            "mars",
            "april",
            "maj",
            "juni",
            "juli",
            "augusti",
            "september",
            "oktober",
            "november",
            "december",
        ],
        long_date: "{day} {month} {year}",
        month_year: "{month} {year}",
        list_comma: ", ",
        or_last: "{rest} eller {last}",
        page: PageWords {
            promises: Forms::two("{n} löfte", "{n} löften"),
            filter: "Filter",
            filter_chosen: Forms::two("Filter · {n} valt", "Filter · {n} valda"),
            show: "Visa {promises}",
            district_count_help:
                "Siffran är antalet löften som nämner området. Löften för hela kommunen visas också, för sig.",
            district_count: "Visar {promises} som nämner {places}{apart} (av {total})",
            kommun_wide_apart: " + {n} för hela kommunen",
            district_show: "Visa {promises}{apart}",
            count: "Visar {shown} av {total}",
            kommun_wide_heading: "Gäller hela kommunen",
            more: "Visa fler ({n} kvar)",
            abbreviations: &[("ANDT", "ANDT betyder alkohol, narkotika, dopning och tobak.")],
        },
        site: SiteWords {
            languages: "Språk",
            read_in: "Läs sidan på svenska",
            no_thanks: "Nej tack",
            loading: "Laddar löften…",
            waiting: "Sidan laddas – det du valde görs strax.",
            failed: "Den här delen av sidan kunde inte laddas. Kontrollera din internetanslutning och försök igen.",
        },
    },
};
