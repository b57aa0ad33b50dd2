//! Tertials: the three four-month parts of a year that follow-ups are reported by
//! (tertial 1 January–April, tertial 2 May–August, tertial 3 September–December).
//!
//! A report is labelled by the tertial it **reports on**, not the one its date falls in: the kommuner report a
//! tertial after it ends, so the report in May is "tertial 1" (January–April), the one in September "tertial 2"
//! and the one in January the next year (or the final report in December) "tertial 3". The rule,
//! [`Tertial::reported_on`]: the latest tertial that has ended by the end of the report's month; none for a date
//! known only to the year, or when that tertial ended before the promise's period began (an early report has no
//! finished tertial of its own to report on). The card, the history, the feed and the CSV all label by it.
//!
//! Pure core: chrono only, no UI dependency.
//!
//! Dataset layer: may use `json` and `text`; must not import `geo`, `page` or `export`.

use chrono::Datelike;

use crate::dataset::date::Date;
use crate::dataset::month::{DatePrecision, Month, ReportDate};
use crate::lang::{fill, Language, SWEDISH};

/// One tertial of one year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Tertial {
    /// Calendar year.
    pub year: i32,
    /// 1, 2 or 3.
    pub number: u8,
}

/// [`TERTIAL_EXPLAINED`] in `lang`.
pub fn tertial_explained(lang: &Language) -> &'static str {
    lang.words.report.tertial_explained
}

/// The sentences that explain the word and how reports are labelled, shown once by the follow-up plan.
pub const TERTIAL_EXPLAINED: &str = SWEDISH.words.report.tertial_explained;

impl Tertial {
    /// The tertial a date falls in.
    pub fn of(date: Date) -> Tertial {
        // month0 is 0..=11; four months to a tertial.
        let number = match date.0.month0() {
            0..=3 => 1,
            4..=7 => 2,
            _ => 3,
        };
        Tertial { year: date.0.year(), number }
    }

    /// The tertial a report dated `date` reports on: the latest tertial that has ended by the end of the date's
    /// month (May → tertial 1, September → tertial 2, January → tertial 3 of the year before; April, August and
    /// December → the tertial that ends then). `None` for a date known only to the year, and when that tertial
    /// ended before `period_start`, the first month of the promise's period.
    pub fn reported_on(date: ReportDate, period_start: Option<Month>) -> Option<Tertial> {
        if date.precision() == DatePrecision::Year {
            return None;
        }
        let day = date.last_day();
        let month_end = Month::new(u16::try_from(day.0.year()).ok()?, u8::try_from(day.0.month()).ok()?)?.last_day();
        let current = Tertial::of(month_end);
        let reported = if current.last_day() == Some(month_end) { current } else { current.previous() };
        match (period_start, reported.last_day()) {
            (Some(start), Some(last)) if last < start.first_day() => None,
            _ => Some(reported),
        }
    }

    /// The tertial before this one (tertial 3 of the year before for tertial 1).
    pub fn previous(self) -> Tertial {
        match self.number {
            1 => Tertial { year: self.year - 1, number: 3 },
            n => Tertial { year: self.year, number: n - 1 },
        }
    }

    /// The name beside a date of `year`: "tertial 1", with its own year when that differs ("tertial 3 2019" beside
    /// a report of January 2020).
    pub fn name_beside(self, year: i32) -> String {
        self.name_beside_in(year, SWEDISH)
    }

    /// [`Tertial::name_beside`] in `lang`.
    pub fn name_beside_in(self, year: i32, lang: &Language) -> String {
        if self.year == year {
            fill(lang.words.card.tertial, &[("n", &self.number.to_string())])
        } else {
            self.label_in(lang)
        }
    }

    /// First day of the tertial (1 January, 1 May or 1 September).
    pub fn first_day(self) -> Option<Date> {
        Date::from_ymd(self.year, u32::from(self.number) * 4 - 3, 1)
    }

    /// Last day of the tertial (30 April, 31 August or 31 December).
    pub fn last_day(self) -> Option<Date> {
        let (month, day) = match self.number {
            1 => (4, 30),
            2 => (8, 31),
            _ => (12, 31),
        };
        Date::from_ymd(self.year, month, day)
    }

    /// The months it covers, e.g. "maj–augusti".
    pub fn months_sv(self) -> &'static str {
        match self.number {
            1 => "januari–april",
            2 => "maj–augusti",
            _ => "september–december",
        }
    }

    /// The months it covers in `lang`, e.g. "maj–augusti", "May–August".
    pub fn months_in(self, lang: &Language) -> String {
        let first = usize::from(self.number.clamp(1, 3)) * 4 - 4;
        format!("{}–{}", lang.words.months[first], lang.words.months[first + 3])
    }

    /// Swedish label, e.g. "tertial 2 2019".
    pub fn label(self) -> String {
        self.label_in(SWEDISH)
    }

    /// The label in `lang`, e.g. "tertial 2 2019".
    pub fn label_in(self, lang: &Language) -> String {
        fill(lang.words.card.tertial_year, &[("n", &self.number.to_string()), ("year", &self.year.to_string())])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(y: i32, m: u32, d: u32) -> Tertial {
        Tertial::of(Date::from_ymd(y, m, d).expect("valid date"))
    }

    #[test]
    fn boundaries_fall_on_month_starts() {
        assert_eq!(t(2019, 1, 1), Tertial { year: 2019, number: 1 });
        assert_eq!(t(2019, 4, 30).number, 1);
        assert_eq!(t(2019, 5, 1).number, 2);
        assert_eq!(t(2019, 8, 31).number, 2);
        assert_eq!(t(2019, 9, 1).number, 3);
        assert_eq!(t(2019, 12, 31), Tertial { year: 2019, number: 3 });
        assert_eq!(t(2020, 1, 1), Tertial { year: 2020, number: 1 });
    }

    #[test]
    fn leap_day_is_in_the_first_tertial() {
        assert_eq!(t(2020, 2, 29), Tertial { year: 2020, number: 1 });
        assert_eq!(t(2024, 2, 29).label(), "tertial 1 2024");
    }

    #[test]
    fn first_and_last_days_round_trip() {
        for number in 1..=3 {
            let tertial = Tertial { year: 2019, number };
            let first = tertial.first_day().expect("first day");
            let last = tertial.last_day().expect("last day");
            assert_eq!(Tertial::of(first), tertial);
            assert_eq!(Tertial::of(last), tertial);
            assert!(last.is_month_end());
            let after = Date(last.0.succ_opt().expect("next day"));
            assert_ne!(Tertial::of(after), tertial);
        }
        assert_eq!(Tertial { year: 2019, number: 2 }.months_sv(), "maj–augusti");
    }

    fn reported(date: &str, start: Option<&str>) -> Option<String> {
        let date = ReportDate::parse(date).expect("report date");
        Tertial::reported_on(date, start.map(|s| Month::parse(s).expect("month"))).map(Tertial::label)
    }

    #[test]
    fn a_report_is_labelled_by_the_tertial_it_reports_on() {
        // The plan "intern redovisning i maj och september 2019 samt slutredovisas i januari 2020".
        assert_eq!(reported("2019-05", None).as_deref(), Some("tertial 1 2019"));
        assert_eq!(reported("2019-05-14", None).as_deref(), Some("tertial 1 2019"));
        assert_eq!(reported("2019-09", None).as_deref(), Some("tertial 2 2019"));
        assert_eq!(reported("2020-01-31", None).as_deref(), Some("tertial 3 2019"));
        // A report at a tertial's end reports on that tertial.
        assert_eq!(reported("2019-04-30", None).as_deref(), Some("tertial 1 2019"));
        assert_eq!(reported("2019-04-02", None).as_deref(), Some("tertial 1 2019"));
        assert_eq!(reported("2019-08", None).as_deref(), Some("tertial 2 2019"));
        assert_eq!(reported("2019-12-15", None).as_deref(), Some("tertial 3 2019"));
        // Late reports still report on the last tertial that ended.
        assert_eq!(reported("2019-07-01", None).as_deref(), Some("tertial 1 2019"));
        assert_eq!(reported("2019-11", None).as_deref(), Some("tertial 2 2019"));
        assert_eq!(reported("2020-03", None).as_deref(), Some("tertial 3 2019"));
        assert_eq!(reported("2019", None), None, "a year alone names no tertial");
    }

    #[test]
    fn an_early_report_names_no_tertial_before_its_period() {
        assert_eq!(reported("2026-02", Some("2026-01")), None, "tertial 3 2025 is before the 2026 period");
        assert_eq!(reported("2026-05", Some("2026-01")).as_deref(), Some("tertial 1 2026"));
        assert_eq!(reported("2022-07", Some("2022-06")), None, "tertial 1 2022 ended before June 2022");
        assert_eq!(reported("2022-09", Some("2022-06")).as_deref(), Some("tertial 2 2022"));
        assert_eq!(reported("2023-01", Some("2022-06")).as_deref(), Some("tertial 3 2022"));
    }

    #[test]
    fn names_carry_their_year_only_when_it_differs() {
        let t3 = Tertial { year: 2019, number: 3 };
        assert_eq!(t3.name_beside(2019), "tertial 3");
        assert_eq!(t3.name_beside(2020), "tertial 3 2019");
        assert_eq!(Tertial { year: 2020, number: 1 }.previous(), t3);
        assert_eq!(t3.previous(), Tertial { year: 2019, number: 2 });
    }
}
