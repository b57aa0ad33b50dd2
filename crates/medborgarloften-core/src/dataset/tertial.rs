//! Tertials: the three four-month parts of a year that follow-ups are reported by
//! (tertial 1 January–April, tertial 2 May–August, tertial 3 September–December).
//!
//! Pure core: chrono only, no UI dependency.
//!
//! Dataset layer: may use `json` and `text`; must not import `geo`, `page` or `export`.

use chrono::Datelike;

use crate::dataset::date::Date;

/// One tertial of one year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Tertial {
    /// Calendar year.
    pub year: i32,
    /// 1, 2 or 3.
    pub number: u8,
}

/// The one sentence that explains the word, shown once by the follow-up plan.
pub const TERTIAL_EXPLAINED: &str =
    "Ett tertial är fyra månader: tertial 1 är januari–april, tertial 2 maj–augusti och tertial 3 september–december.";

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

    /// Swedish label, e.g. "tertial 2 2019".
    pub fn label(self) -> String {
        format!("tertial {} {}", self.number, self.year)
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
}
