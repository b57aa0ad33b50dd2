//! Dates of schema 2 that are known only so far: a month (`YYYY-MM`, for period starts and ends) and a follow-up
//! date known to the day, the month or the year (`2026-05-14`, `2026-05`, `2026`).
//!
//! Pure core: chrono without clock or locale features.
//!
//! Dataset layer: of its own layer uses only `date`; must not import `model`, which uses it (so [`DatePrecision`] lives
//! here), nor `geo`, `page` or `export`.

use std::fmt;

use serde::{Deserialize, Serialize, Serializer};

use crate::dataset::date::Date;
use crate::lang::{fill, Language, SWEDISH};

/// A calendar month, written `YYYY-MM` in the dataset.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    /// The year, e.g. 2024.
    pub year: u16,
    /// The month, 1–12.
    pub month: u8,
}

impl Month {
    /// Builds a month, `None` unless `month` is 1–12 and the year has four digits.
    pub fn new(year: u16, month: u8) -> Option<Self> {
        ((1..=12).contains(&month) && (1000..=9999).contains(&year)).then_some(Month { year, month })
    }

    /// Parses `YYYY-MM` strictly.
    pub fn parse(text: &str) -> Option<Self> {
        let bytes = text.as_bytes();
        let shape_ok =
            bytes.len() == 7 && bytes[4] == b'-' && bytes.iter().enumerate().all(|(i, b)| i == 4 || b.is_ascii_digit());
        if !shape_ok {
            return None;
        }
        Month::new(text[..4].parse().ok()?, text[5..].parse().ok()?)
    }

    /// The first day of the month.
    pub fn first_day(self) -> Date {
        Date::from_ymd(i32::from(self.year), u32::from(self.month), 1).unwrap_or(Date(chrono::NaiveDate::MIN))
    }

    /// The last day of the month.
    pub fn last_day(self) -> Date {
        let (year, month) = if self.month == 12 { (self.year + 1, 1) } else { (self.year, self.month + 1) };
        let next = Date::from_ymd(i32::from(year), u32::from(month), 1).unwrap_or(Date(chrono::NaiveDate::MAX));
        next.0.pred_opt().map_or(next, Date)
    }

    /// Swedish, e.g. "juni 2017".
    pub fn text_sv(self) -> String {
        self.text(SWEDISH)
    }

    /// In `lang`, e.g. "juni 2017", "June 2017".
    pub fn text(self, lang: &Language) -> String {
        let month = lang.words.months[usize::from(self.month - 1)];
        fill(lang.words.month_year, &[("month", month), ("year", &self.year.to_string())])
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl Serialize for Month {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// How precisely a date is known. (`Deserialize` is for the editors' tool, which reads a workbook's cell with it.)
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DatePrecision {
    /// The exact day is known.
    #[default]
    Day,
    /// Only the month is known ("i maj 2019").
    Month,
    /// Only the year is known.
    Year,
}

/// The date of a follow-up report, known to the day, the month or only the year. Ordered by its last possible
/// day, so a report "in May" sorts after one on 14 May.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ReportDate {
    last_day: Date,
    precision: DatePrecision,
}

impl ReportDate {
    /// A date known to the day.
    pub fn day(date: Date) -> Self {
        ReportDate { last_day: date, precision: DatePrecision::Day }
    }

    /// A date known to the month.
    pub fn month(month: Month) -> Self {
        ReportDate { last_day: month.last_day(), precision: DatePrecision::Month }
    }

    /// A date known only to the year; `None` for a year without four digits.
    pub fn year(year: u16) -> Option<Self> {
        let last = Date::from_ymd(i32::from(year), 12, 31).filter(|_| (1000..=9999).contains(&year))?;
        Some(ReportDate { last_day: last, precision: DatePrecision::Year })
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub fn parse(text: &str) -> Option<Self> {
        match text.len() {
            10 => Date::parse(text).map(ReportDate::day),
            7 => Month::parse(text).map(ReportDate::month),
            4 if text.bytes().all(|b| b.is_ascii_digit()) => ReportDate::year(text.parse().ok()?),
            _ => None,
        }
    }

    /// The last day the date can mean (the day itself, the month's or the year's last day): the sort key.
    pub fn last_day(self) -> Date {
        self.last_day
    }

    /// How precisely the date is known.
    pub fn precision(self) -> DatePrecision {
        self.precision
    }

    /// The calendar year.
    pub fn calendar_year(self) -> i32 {
        chrono::Datelike::year(&self.last_day.0)
    }

    /// Swedish: "14 maj 2026", "maj 2026" or "2026".
    pub fn text_sv(self) -> String {
        self.text(SWEDISH)
    }

    /// In `lang`, as precisely as it is known: "14 maj 2026", "May 2026" or "2026".
    pub fn text(self, lang: &Language) -> String {
        match self.precision {
            DatePrecision::Day => self.last_day.long(lang),
            DatePrecision::Month => self.last_day.month_year(lang),
            DatePrecision::Year => self.calendar_year().to_string(),
        }
    }
}

impl fmt::Display for ReportDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.precision {
            DatePrecision::Day => write!(f, "{}", self.last_day),
            DatePrecision::Month => write!(f, "{}", &self.last_day.to_string()[..7]),
            DatePrecision::Year => write!(f, "{:04}", self.calendar_year()),
        }
    }
}

impl Serialize for ReportDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_parse_strictly_and_know_their_days() {
        let june = Month::parse("2017-06").expect("month");
        assert_eq!(june.first_day(), Date::from_ymd(2017, 6, 1).expect("date"));
        assert_eq!(june.last_day(), Date::from_ymd(2017, 6, 30).expect("date"));
        assert_eq!(Month::parse("2024-12").map(Month::last_day), Date::from_ymd(2024, 12, 31));
        assert_eq!(june.text_sv(), "juni 2017");
        for bad in ["2017-13", "2017-00", "2017-6", "17-06", "2017/06", "2017-06-01"] {
            assert_eq!(Month::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn report_dates_keep_their_precision() {
        let day = ReportDate::parse("2026-05-14").expect("day");
        let month = ReportDate::parse("2026-05").expect("month");
        let year = ReportDate::parse("2026").expect("year");
        assert_eq!(
            (day.text_sv(), month.text_sv(), year.text_sv()),
            ("14 maj 2026".into(), "maj 2026".into(), "2026".into())
        );
        assert_eq!(
            (day.to_string(), month.to_string(), year.to_string()),
            ("2026-05-14".into(), "2026-05".into(), "2026".into())
        );
        assert!(day < month && month < year, "sorted by the last day they can mean");
        for bad in ["2026-02-30", "26", "2026-5", "maj 2026", "20266"] {
            assert_eq!(ReportDate::parse(bad), None, "{bad}");
        }
    }
}
