//! Svenska: the default language, and the language of every dataset's own text.
//!
//! Language layer: may use `text`; must not import any higher layer.

use super::plural::{one_other, Forms};
use super::words::{LocateWords, PageWords, Words};
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
        locate: LocateWords {
            button: "Visa vad som gäller där jag är",
            looking: "Letar efter var du är …",
            privacy: "Din position används bara i din telefon och sparas inte.",
            found: "Du är i {district} – löftena för området visas nu.",
            no_district: "Du är i kommunen men inte i något av områdena {districts}.",
            outside: "Din position ligger utanför {kommun}, så inget område har valts.",
            denied: "Webbläsaren fick inte använda din position, så inget område har valts.",
            unavailable: "Din position gick inte att hitta, så inget område har valts.",
            timed_out: "Det tog för lång tid att hitta din position, så inget område har valts.",
            no_map: "Kartan kunde inte hämtas, så ditt område gick inte att hitta.",
        },
    },
};
