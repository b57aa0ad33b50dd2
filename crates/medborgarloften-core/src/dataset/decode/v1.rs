//! Decoders for schema version 1 ([`crate::dataset::v1`]): the types that differ from schema 2; the shared parts are
//! read by [`super::model`].
//!
//! Pure core: no serde, no UI dependency.
//!
//! Dataset layer (`decode`): may use `json` and `text`; must not import `geo`, `page` or `export`.

use std::collections::BTreeMap;

use super::fields::{bool_value, map, missing, object, string, unit_enum, Fields, Need, Result};
use super::model::{
    date, district, document, followup_plan, geometry, goal, link, municipality, opt_string, option_of, strings, theme,
    u16_value, u32_value, vec_of,
};
use crate::dataset::v1::{Dataset, FollowupEntry, Party, Period, Promise, Status1, Target};
use crate::json::Reader;

use Need::{Default as D, Required as R};

/// A whole schema 1 dataset.
pub(crate) fn dataset(r: &mut Reader<'_>) -> Result<Dataset> {
    static FIELDS: Fields = Fields {
        names: &[
            "$schema",
            "schema_version",
            "id",
            "title",
            "example",
            "updated",
            "municipality",
            "source",
            "geometry",
            "parties",
            "themes",
            "districts",
            "periods",
            "promises",
        ],
        needs: &[D, R, R, R, D, R, R, R, D, R, R, R, R, R],
        strict: true,
    };
    let (mut schema, mut schema_version, mut id, mut title, mut example, mut updated) =
        (None, None, None, None, false, None);
    let (mut municipality_, mut source, mut geometry_, mut parties, mut themes, mut districts) =
        (None, None, None, None, None, None);
    let (mut periods, mut promises) = (None, None);
    object(r, &FIELDS, &mut |r, i| {
        match i {
            0 => schema = opt_string(r)?,
            1 => schema_version = Some(u32_value(r)?),
            2 => id = Some(string(r)?),
            3 => title = Some(string(r)?),
            4 => example = bool_value(r)?,
            5 => updated = Some(date(r)?),
            6 => municipality_ = Some(municipality(r)?),
            7 => source = Some(link(r)?),
            8 => geometry_ = option_of(r, geometry)?,
            9 => parties = Some(vec_of(r, party)?),
            10 => themes = Some(vec_of(r, theme)?),
            11 => districts = Some(vec_of(r, district)?),
            12 => periods = Some(vec_of(r, period)?),
            _ => promises = Some(vec_of(r, promise)?),
        }
        Ok(())
    })?;
    // `object` has already refused a file without them.
    let (Some(updated), Some(municipality_), Some(source)) = (updated, municipality_, source) else {
        return Err(missing("updated"));
    };
    Ok(Dataset {
        schema,
        schema_version: schema_version.unwrap_or_default(),
        id: id.unwrap_or_default(),
        title: title.unwrap_or_default(),
        example,
        updated,
        municipality: municipality_,
        source,
        geometry: geometry_,
        parties: parties.unwrap_or_default(),
        themes: themes.unwrap_or_default(),
        districts: districts.unwrap_or_default(),
        periods: periods.unwrap_or_default(),
        promises: promises.unwrap_or_default(),
    })
}

fn party(r: &mut Reader<'_>) -> Result<Party> {
    static FIELDS: Fields = Fields { names: &["id", "name", "short"], needs: &[R, R, R], strict: true };
    let (mut id, mut name, mut short) = (None, None, None);
    object(r, &FIELDS, &mut |r, i| {
        let value = Some(string(r)?);
        match i {
            0 => id = value,
            1 => name = value,
            _ => short = value,
        }
        Ok(())
    })?;
    Ok(Party { id: id.unwrap_or_default(), name: name.unwrap_or_default(), short: short.unwrap_or_default() })
}

fn period(r: &mut Reader<'_>) -> Result<Period> {
    static FIELDS: Fields = Fields {
        names: &["year", "title", "intro", "lead", "goal", "followup", "documents", "source_url"],
        needs: &[R, R, R, D, D, R, D, R],
        strict: true,
    };
    let (mut year, mut title, mut intro, mut lead) = (None, None, None, None);
    let (mut goal_, mut followup, mut documents, mut source_url) = (None, None, Vec::new(), None);
    object(r, &FIELDS, &mut |r, i| {
        match i {
            0 => year = Some(u16_value(r)?),
            1 => title = Some(string(r)?),
            2 => intro = Some(string(r)?),
            3 => lead = opt_string(r)?,
            4 => goal_ = option_of(r, goal)?,
            5 => followup = Some(followup_plan(r)?),
            6 => documents = vec_of(r, document)?,
            _ => source_url = Some(string(r)?),
        }
        Ok(())
    })?;
    // `object` has already refused a file without them.
    let Some(followup) = followup else { return Err(missing("followup")) };
    Ok(Period {
        year: year.unwrap_or_default(),
        title: title.unwrap_or_default(),
        intro: intro.unwrap_or_default(),
        lead,
        goal: goal_,
        followup,
        documents,
        source_url: source_url.unwrap_or_default(),
    })
}

/// One schema 1 promise.
pub(crate) fn promise(r: &mut Reader<'_>) -> Result<Promise> {
    static FIELDS: Fields = Fields {
        names: &["id", "year", "parties", "title", "text", "themes", "districts", "targets", "followups"],
        needs: &[R, R, R, R, R, R, D, D, D],
        strict: true,
    };
    let (mut id, mut year, mut parties, mut title, mut text, mut themes) = (None, None, None, None, None, None);
    let (mut districts, mut targets, mut followups) = (Vec::new(), Vec::new(), Vec::new());
    object(r, &FIELDS, &mut |r, i| {
        match i {
            0 => id = Some(string(r)?),
            1 => year = Some(u16_value(r)?),
            2 => parties = Some(strings(r)?),
            3 => title = Some(string(r)?),
            4 => text = Some(string(r)?),
            5 => themes = Some(strings(r)?),
            6 => districts = strings(r)?,
            7 => targets = vec_of(r, target)?,
            _ => followups = vec_of(r, followup_entry)?,
        }
        Ok(())
    })?;
    Ok(Promise {
        id: id.unwrap_or_default(),
        year: year.unwrap_or_default(),
        parties: parties.unwrap_or_default(),
        title: title.unwrap_or_default(),
        text: text.unwrap_or_default(),
        themes: themes.unwrap_or_default(),
        districts,
        targets,
        followups,
    })
}

fn target(r: &mut Reader<'_>) -> Result<Target> {
    static FIELDS: Fields = Fields { names: &["id", "value", "unit", "label"], needs: &[R, R, R, R], strict: true };
    let (mut id, mut value, mut unit, mut label) = (None, None, None, None);
    object(r, &FIELDS, &mut |r, i| {
        match i {
            0 => id = Some(string(r)?),
            1 => value = Some(u32_value(r)?),
            2 => unit = Some(string(r)?),
            _ => label = Some(string(r)?),
        }
        Ok(())
    })?;
    Ok(Target {
        id: id.unwrap_or_default(),
        value: value.unwrap_or_default(),
        unit: unit.unwrap_or_default(),
        label: label.unwrap_or_default(),
    })
}

fn followup_entry(r: &mut Reader<'_>) -> Result<FollowupEntry> {
    static FIELDS: Fields =
        Fields { names: &["date", "status", "achieved", "note", "source"], needs: &[R, R, D, D, D], strict: true };
    const WORDS: [&str; 6] = ["ej-uppfoljt", "pagar", "forsenat", "genomfort", "delvis-genomfort", "ej-genomfort"];
    let (mut date_, mut status, mut achieved, mut note, mut source) = (None, None, BTreeMap::new(), None, None);
    object(r, &FIELDS, &mut |r, i| {
        match i {
            0 => date_ = Some(date(r)?),
            1 => {
                let index = unit_enum(r, &WORDS)?;
                status = Status1::ALL_V1.get(index).copied();
            }
            2 => {
                let mut read = BTreeMap::new();
                map(r, &mut |r, key| {
                    read.insert(key, u32_value(r)?);
                    Ok(())
                })?;
                achieved = read;
            }
            3 => note = opt_string(r)?,
            _ => source = option_of(r, link)?,
        }
        Ok(())
    })?;
    // `object` has already refused a file without them.
    let (Some(date_), Some(status)) = (date_, status) else { return Err(missing("date")) };
    Ok(FollowupEntry { date: date_, status, achieved, note, source })
}
