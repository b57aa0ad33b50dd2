//! العربية (Arabic), written right to left. Numbers are written in Western digits, as Swedish authorities' Arabic
//! pages do; `docs/i18n.md` lists what a native speaker should review.
//!
//! Language layer: may use `text`; must not import any higher layer.

use super::plural::{arabic, Forms};
use super::words::{LocateWords, PageWords, Words};
use super::{Dir, Language};

/// Arabic.
pub const ARABIC: Language = Language {
    code: "ar",
    name: "العربية",
    dir: Dir::Rtl,
    plural: arabic,
    words: Words {
        months: [
            "يناير",
            "فبراير",
            "مارس",
            "أبريل",
            "مايو",
            "يونيو",
            "يوليو",
            "أغسطس",
            "سبتمبر",
            "أكتوبر",
            "نوفمبر",
            "ديسمبر",
        ],
        long_date: "{day} {month} {year}",
        month_year: "{month} {year}",
        list_comma: "، ",
        or_last: "{rest} أو {last}",
        page: PageWords {
            promises: Forms {
                zero: Some("{n} وعود"),
                one: Some("وعد واحد"),
                two: Some("وعدان"),
                few: Some("{n} وعود"),
                many: Some("{n} وعدًا"),
                other: "{n} وعد",
            },
            filter: "تصفية",
            filter_chosen: Forms {
                zero: None,
                one: Some("تصفية · خيار واحد"),
                two: Some("تصفية · خياران"),
                few: Some("تصفية · {n} خيارات"),
                many: Some("تصفية · {n} خيارًا"),
                other: "تصفية · {n} خيار",
            },
            show: "اعرض {promises}",
            district_count_help:
                "الرقم هو عدد الوعود التي تذكر المنطقة. تُعرض الوعود الخاصة بالبلدية كلها أيضًا، بشكل منفصل.",
            district_count: "عرض {promises} تذكر {places}{apart} (من أصل {total})",
            kommun_wide_apart: " + {n} للبلدية كلها",
            district_show: "اعرض {promises}{apart}",
            count: "عرض {shown} من أصل {total}",
            kommun_wide_heading: "يخص البلدية كلها",
            more: "اعرض المزيد ({n} متبقية)",
            abbreviations: &[("ANDT", "ANDT تعني الكحول والمخدرات والمنشطات والتبغ.")],
        },
        locate: LocateWords {
            button: "اعرض ما ينطبق في مكاني",
            looking: "جارٍ تحديد موقعك …",
            privacy: "يُستخدم موقعك في هاتفك فقط ولا يُحفظ.",
            found: "أنت في {district} – تُعرض الآن الوعود الخاصة بالمنطقة.",
            no_district: "أنت في البلدية لكنك لست في أيٍّ من المناطق {districts}.",
            outside: "موقعك خارج {kommun}، لذلك لم تُختر أي منطقة.",
            denied: "لم يُسمح للمتصفح باستخدام موقعك، لذلك لم تُختر أي منطقة.",
            unavailable: "تعذّر تحديد موقعك، لذلك لم تُختر أي منطقة.",
            timed_out: "استغرق تحديد موقعك وقتًا طويلًا، لذلك لم تُختر أي منطقة.",
            no_map: "تعذّر تحميل الخريطة، لذلك تعذّر العثور على منطقتك.",
        },
    },
};
