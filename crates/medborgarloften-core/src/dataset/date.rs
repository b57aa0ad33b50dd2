//! A calendar date that is written as `YYYY-MM-DD` (read by `decode`) and formats in Swedish.
//!
//! Pure core: chrono without clock or locale features.
//!
//! Dataset layer: imports no other module of the crate (`month` and `model` use it, so the month names live here); must
//! never import `geo`, `page` or `export`.

use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::{Serialize, Serializer};

use crate::lang::{fill, Language, SWEDISH};

/// A calendar date in the dataset. The wrapper gives a Swedish error message for a bad date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub NaiveDate);

/// Swedish month names, January first (the Swedish words' own list).
pub const MONTHS_SV: [&str; 12] = crate::lang::SWEDISH.words.months;

impl Date {
    /// Builds a date, `None` when it does not exist.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Self> {
        NaiveDate::from_ymd_opt(year, month, day).map(Date)
    }

    /// The date `days` days after 1 January 1970 (a Unix timestamp divided by 86,400), `None` past chrono's range.
    pub fn from_unix_days(days: u64) -> Option<Self> {
        let epoch = NaiveDate::from_ymd_opt(1970, 1, 1)?;
        epoch.checked_add_days(chrono::Days::new(days)).map(Date)
    }

    /// Parses `YYYY-MM-DD` strictly (four-digit year, two-digit month and day).
    pub fn parse(text: &str) -> Option<Self> {
        let bytes = text.as_bytes();
        let shape_ok = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes.iter().enumerate().all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !shape_ok {
            return None;
        }
        // Digits only, checked above; chrono's format parser would cost the wasm build kilobytes.
        let number = |range: std::ops::Range<usize>| text[range].parse::<u32>().ok();
        let year = i32::try_from(number(0..4)?).ok()?;
        Date::from_ymd(year, number(5..7)?, number(8..10)?)
    }

    /// Swedish long form, e.g. "31 januari 2020".
    pub fn long_sv(&self) -> String {
        self.long(SWEDISH)
    }

    /// Long form in `lang`, e.g. "31 januari 2020", "31 January 2020".
    pub fn long(&self, lang: &Language) -> String {
        let (day, year) = (self.0.day().to_string(), self.0.year().to_string());
        fill(lang.words.long_date, &[("day", &day), ("month", self.month_name(lang)), ("year", &year)])
    }

    /// Swedish month and year, e.g. "maj 2019".
    pub fn month_sv(&self) -> String {
        self.month_year(SWEDISH)
    }

    /// Month and year in `lang`, e.g. "maj 2019", "May 2019".
    pub fn month_year(&self, lang: &Language) -> String {
        fill(lang.words.month_year, &[("month", self.month_name(lang)), ("year", &self.0.year().to_string())])
    }

    /// Swedish month name alone, e.g. "maj".
    pub fn month_name_sv(&self) -> &'static str {
        self.month_name(SWEDISH)
    }

    /// The month's name in `lang`, e.g. "maj", "May".
    pub fn month_name(&self, lang: &Language) -> &'static str {
        lang.words.months[self.0.month0() as usize]
    }

    /// Whole days from `self` to `later`; negative when `later` is earlier.
    pub fn days_until(self, later: Date) -> i64 {
        later.0.signed_duration_since(self.0).num_days()
    }

    /// True for the last day of its month (a month-precision date is stored so).
    pub fn is_month_end(self) -> bool {
        self.0.succ_opt().is_none_or(|next| next.month() != self.0.month())
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.0.year(), self.0.month(), self.0.day())
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_unix_days_from_1970() {
        assert_eq!(Date::from_unix_days(0), Date::from_ymd(1970, 1, 1));
        // 2026-12-02T00:00:00Z is 1,796,169,600 seconds after the epoch.
        assert_eq!(Date::from_unix_days(1_796_169_600 / 86_400), Date::from_ymd(2026, 12, 2));
        assert_eq!(Date::from_unix_days(u64::MAX), None);
    }

    #[test]
    fn parses_only_real_iso_dates() {
        assert_eq!(Date::parse("2019-05-31"), Date::from_ymd(2019, 5, 31));
        assert_eq!(Date::parse("2019-02-29"), None);
        assert_eq!(Date::parse("2020-02-29"), Date::from_ymd(2020, 2, 29));
        assert_eq!(Date::parse("2019-5-31"), None);
        assert_eq!(Date::parse("31/05/2019"), None);
        assert_eq!(Date::parse("2019-05-31T00:00"), None);
    }

    #[test]
    fn formats_in_swedish() {
        let date = Date::from_ymd(2020, 1, 31).expect("valid date");
        assert_eq!(date.long_sv(), "31 januari 2020");
        assert_eq!(date.month_sv(), "januari 2020");
    }
}
