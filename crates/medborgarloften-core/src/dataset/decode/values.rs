//! [`Decode`]: reading one value of a type straight from the JSON reader, for the types the model's records are made
//! of — texts, whole numbers, booleans, dates, months, report dates, statuses, and lists, maps and optional values of
//! them. The records themselves and the model's word lists get theirs from the declaration macros
//! ([`super::record`], [`super::words`]).
//!
//! Pure core: no serde, no UI dependency.
//!
//! Dataset layer (`decode`): of its own layer uses only `date`, `month` and `status`; must not import `model`, `v1`
//! or `parse` (which use it), nor `geo`, `page` or `export`.

use std::collections::BTreeMap;

use super::fields::{bool_value, is_null, list, map, object, string, unit_enum, unsigned, Fields, Need, Result};
use crate::dataset::date::Date;
use crate::dataset::month::{DatePrecision, Month, ReportDate};
use crate::dataset::status::Status;
use crate::json::message::expected::{U16_RANGE, U32_RANGE};
use crate::json::{JsonError, Reader};

/// A type read from JSON as serde's derive and serde_json read it: the same values accepted, the same errors at the
/// same places.
pub(crate) trait Decode: Sized {
    /// Reads one value; the reader stands before it.
    fn decode(r: &mut Reader<'_>) -> Result<Self>;

    /// What a required field of this type holds in a record being read until the field is read. Never seen: a
    /// record that leaves a required field out is refused. (Cheaper than an `Option` per field and a check at the
    /// end: the decoders keep the size they had when written by hand.)
    fn blank() -> Self;
}

/// A list of `T`.
fn vec_of<T>(r: &mut Reader<'_>, each: fn(&mut Reader<'_>) -> Result<T>) -> Result<Vec<T>> {
    let mut out = Vec::new();
    list(r, &mut |r| {
        out.push(each(r)?);
        Ok(())
    })?;
    Ok(out)
}

/// `null` as `None`, else a `T`.
pub(crate) fn option_of<T>(r: &mut Reader<'_>, each: fn(&mut Reader<'_>) -> Result<T>) -> Result<Option<T>> {
    if is_null(r)? {
        Ok(None)
    } else {
        each(r).map(Some)
    }
}

/// A whole number from 0 to 4 294 967 295.
pub(crate) fn u32_value(r: &mut Reader<'_>) -> Result<u32> {
    unsigned(r, u64::from(u32::MAX), U32_RANGE).map(|n| n as u32)
}

/// A `YYYY-MM-DD` date.
pub(crate) fn date(r: &mut Reader<'_>) -> Result<Date> {
    let text = string(r)?;
    Date::parse(&text)
        .ok_or_else(|| JsonError::shape(format!("ogiltigt datum \"{text}\" (väntade ÅÅÅÅ-MM-DD, ett datum som finns)")))
}

/// Only the version of a dataset file, every other field skipped (but checked as JSON).
pub(crate) fn schema_version_head(r: &mut Reader<'_>) -> Result<Option<u32>> {
    static FIELDS: Fields = Fields { names: &["schema_version"], needs: &[Need::Optional], strict: false };
    let mut version = None;
    object(r, &FIELDS, &mut |r, _| {
        version = option_of(r, u32_value)?;
        Ok(())
    })?;
    Ok(version)
}

impl Decode for String {
    fn decode(r: &mut Reader<'_>) -> Result<Self> {
        string(r)
    }

    fn blank() -> Self {
        String::new()
    }
}

impl Decode for bool {
    fn decode(r: &mut Reader<'_>) -> Result<Self> {
        bool_value(r)
    }

    fn blank() -> Self {
        false
    }
}

impl Decode for u16 {
    fn decode(r: &mut Reader<'_>) -> Result<Self> {
        unsigned(r, u64::from(u16::MAX), U16_RANGE).map(|n| n as u16)
    }

    fn blank() -> Self {
        0
    }
}

impl Decode for u32 {
    fn decode(r: &mut Reader<'_>) -> Result<Self> {
        u32_value(r)
    }

    fn blank() -> Self {
        0
    }
}

impl<T: Decode> Decode for Vec<T> {
    fn decode(r: &mut Reader<'_>) -> Result<Self> {
        vec_of(r, T::decode)
    }

    fn blank() -> Self {
        Vec::new()
    }
}

impl<T: Decode> Decode for Option<T> {
    fn decode(r: &mut Reader<'_>) -> Result<Self> {
        option_of(r, T::decode)
    }

    fn blank() -> Self {
        None
    }
}

impl<T: Decode> Decode for BTreeMap<String, T> {
    fn decode(r: &mut Reader<'_>) -> Result<Self> {
        let mut out = BTreeMap::new();
        map(r, &mut |r, key| {
            out.insert(key, T::decode(r)?);
            Ok(())
        })?;
        Ok(out)
    }

    fn blank() -> Self {
        BTreeMap::new()
    }
}

impl Decode for Date {
    fn decode(r: &mut Reader<'_>) -> Result<Self> {
        date(r)
    }

    fn blank() -> Self {
        Date(chrono::NaiveDate::MIN)
    }
}

impl Decode for Month {
    fn decode(r: &mut Reader<'_>) -> Result<Self> {
        let text = string(r)?;
        Month::parse(&text).ok_or_else(|| {
            JsonError::shape(format!("ogiltigt datum \"{text}\" (väntade en månad som ÅÅÅÅ-MM, t.ex. 2024-06)"))
        })
    }

    fn blank() -> Self {
        Month { year: 0, month: 0 }
    }
}

impl Decode for ReportDate {
    fn decode(r: &mut Reader<'_>) -> Result<Self> {
        let text = string(r)?;
        ReportDate::parse(&text).ok_or_else(|| {
            JsonError::shape(format!(
                "ogiltigt datum \"{text}\" (väntade ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ, ett datum som finns)"
            ))
        })
    }

    fn blank() -> Self {
        ReportDate::day(Date(chrono::NaiveDate::MIN))
    }
}

impl Decode for Status {
    fn decode(r: &mut Reader<'_>) -> Result<Self> {
        let words: [&str; Status::COUNT] = Status::ALL.map(Status::id);
        let index = unit_enum(r, &words)?;
        Ok(Status::ALL.get(index).copied().unwrap_or(Status::Reported))
    }

    fn blank() -> Self {
        Status::Reported
    }
}

impl Decode for DatePrecision {
    fn decode(r: &mut Reader<'_>) -> Result<Self> {
        const ALL: [DatePrecision; 3] = [DatePrecision::Day, DatePrecision::Month, DatePrecision::Year];
        let index = unit_enum(r, &["day", "month", "year"])?;
        Ok(ALL.get(index).copied().unwrap_or_default())
    }

    fn blank() -> Self {
        DatePrecision::Day
    }
}
