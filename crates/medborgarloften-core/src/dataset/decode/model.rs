//! Decoders for the schema 2 model ([`crate::dataset::model`]) and the parts schema 1 shares with it, one function per
//! type, each with its field table in declaration order (the order of serde's derive).
//!
//! Pure core: no serde, no UI dependency. Dataset layer (`decode`): may use `json` and `text`; must not import `geo`,
//! `page` or `export`.

use std::collections::BTreeMap;

use super::fields::{
    bool_value, is_null, list, map, missing, object, string, unit_enum, unsigned, Fields, Need, Result,
};
use crate::dataset::date::Date;
use crate::dataset::model::{
    Amount, District, Document, FollowupEntry, FollowupPlan, Geometry, Goal, Group, Link, Municipality, Party, Period,
    PlannedReport, Promise, ReportKind, SubPromises, Target, TargetKind, Theme,
};
use crate::dataset::month::DatePrecision;
use crate::dataset::month::{Month, ReportDate};
use crate::dataset::status::Status;
use crate::json::message::expected::{U16_RANGE, U32_RANGE};
use crate::json::{JsonError, Reader};
use crate::Dataset;

use Need::{Default as D, Optional as O, Required as R};

/// A list of `T`.
pub(crate) fn vec_of<T>(r: &mut Reader<'_>, each: fn(&mut Reader<'_>) -> Result<T>) -> Result<Vec<T>> {
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

pub(crate) fn strings(r: &mut Reader<'_>) -> Result<Vec<String>> {
    vec_of(r, string)
}

pub(crate) fn opt_string(r: &mut Reader<'_>) -> Result<Option<String>> {
    option_of(r, string)
}

pub(crate) fn u32_value(r: &mut Reader<'_>) -> Result<u32> {
    unsigned(r, u64::from(u32::MAX), U32_RANGE).map(|n| n as u32)
}

pub(crate) fn u16_value(r: &mut Reader<'_>) -> Result<u16> {
    unsigned(r, u64::from(u16::MAX), U16_RANGE).map(|n| n as u16)
}

/// A `YYYY-MM-DD` date.
pub(crate) fn date(r: &mut Reader<'_>) -> Result<Date> {
    let text = string(r)?;
    Date::parse(&text)
        .ok_or_else(|| JsonError::shape(format!("ogiltigt datum \"{text}\" (väntade ÅÅÅÅ-MM-DD, ett datum som finns)")))
}

fn month(r: &mut Reader<'_>) -> Result<Month> {
    let text = string(r)?;
    Month::parse(&text).ok_or_else(|| {
        JsonError::shape(format!("ogiltigt datum \"{text}\" (väntade en månad som ÅÅÅÅ-MM, t.ex. 2024-06)"))
    })
}

fn report_date(r: &mut Reader<'_>) -> Result<ReportDate> {
    let text = string(r)?;
    ReportDate::parse(&text).ok_or_else(|| {
        JsonError::shape(format!(
            "ogiltigt datum \"{text}\" (väntade ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ, ett datum som finns)"
        ))
    })
}

/// A status word of schema 2.
fn status(r: &mut Reader<'_>) -> Result<Status> {
    let words: [&str; Status::COUNT] = Status::ALL.map(Status::id);
    let index = unit_enum(r, &words)?;
    Ok(Status::ALL.get(index).copied().unwrap_or(Status::Reported))
}

/// Only the version of a dataset file, every other field skipped (but checked as JSON).
pub(crate) fn schema_version_head(r: &mut Reader<'_>) -> Result<Option<u32>> {
    static FIELDS: Fields = Fields { names: &["schema_version"], needs: &[O], strict: false };
    let mut version = None;
    object(r, &FIELDS, &mut |r, _| {
        version = option_of(r, u32_value)?;
        Ok(())
    })?;
    Ok(version)
}

/// A whole schema 2 dataset.
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

pub(crate) fn municipality(r: &mut Reader<'_>) -> Result<Municipality> {
    static FIELDS: Fields = Fields { names: &["name", "code"], needs: &[R, R], strict: true };
    let (mut name, mut code) = (None, None);
    object(r, &FIELDS, &mut |r, i| {
        let value = Some(string(r)?);
        if i == 0 {
            name = value;
        } else {
            code = value;
        }
        Ok(())
    })?;
    Ok(Municipality { name: name.unwrap_or_default(), code: code.unwrap_or_default() })
}

pub(crate) fn link(r: &mut Reader<'_>) -> Result<Link> {
    static FIELDS: Fields = Fields { names: &["title", "url"], needs: &[R, R], strict: true };
    let (mut title, mut url) = (None, None);
    object(r, &FIELDS, &mut |r, i| {
        let value = Some(string(r)?);
        if i == 0 {
            title = value;
        } else {
            url = value;
        }
        Ok(())
    })?;
    Ok(Link { title: title.unwrap_or_default(), url: url.unwrap_or_default() })
}

pub(crate) fn geometry(r: &mut Reader<'_>) -> Result<Geometry> {
    static FIELDS: Fields = Fields { names: &["districts", "outline", "attribution"], needs: &[R, D, R], strict: true };
    let (mut districts, mut outline, mut attribution) = (None, None, None);
    object(r, &FIELDS, &mut |r, i| {
        match i {
            0 => districts = Some(string(r)?),
            1 => outline = opt_string(r)?,
            _ => attribution = Some(string(r)?),
        }
        Ok(())
    })?;
    Ok(Geometry { districts: districts.unwrap_or_default(), outline, attribution: attribution.unwrap_or_default() })
}

fn party(r: &mut Reader<'_>) -> Result<Party> {
    static FIELDS: Fields =
        Fields { names: &["id", "name", "short", "in_sentence"], needs: &[R, R, R, D], strict: true };
    let (mut id, mut name, mut short, mut in_sentence) = (None, None, None, None);
    object(r, &FIELDS, &mut |r, i| {
        match i {
            0 => id = Some(string(r)?),
            1 => name = Some(string(r)?),
            2 => short = Some(string(r)?),
            _ => in_sentence = opt_string(r)?,
        }
        Ok(())
    })?;
    Ok(Party {
        id: id.unwrap_or_default(),
        name: name.unwrap_or_default(),
        short: short.unwrap_or_default(),
        in_sentence,
    })
}

pub(crate) fn theme(r: &mut Reader<'_>) -> Result<Theme> {
    static FIELDS: Fields = Fields { names: &["id", "name"], needs: &[R, R], strict: true };
    let (mut id, mut name) = (None, None);
    object(r, &FIELDS, &mut |r, i| {
        let value = Some(string(r)?);
        if i == 0 {
            id = value;
        } else {
            name = value;
        }
        Ok(())
    })?;
    Ok(Theme { id: id.unwrap_or_default(), name: name.unwrap_or_default() })
}

pub(crate) fn district(r: &mut Reader<'_>) -> Result<District> {
    static FIELDS: Fields = Fields { names: &["id", "name", "priority", "regso"], needs: &[R, R, D, D], strict: true };
    let (mut id, mut name, mut priority, mut regso) = (None, None, false, Vec::new());
    object(r, &FIELDS, &mut |r, i| {
        match i {
            0 => id = Some(string(r)?),
            1 => name = Some(string(r)?),
            2 => priority = bool_value(r)?,
            _ => regso = strings(r)?,
        }
        Ok(())
    })?;
    Ok(District { id: id.unwrap_or_default(), name: name.unwrap_or_default(), priority, regso })
}

fn period(r: &mut Reader<'_>) -> Result<Period> {
    static FIELDS: Fields = Fields {
        names: &[
            "id",
            "start",
            "end",
            "title",
            "intro",
            "lead",
            "goal",
            "followup",
            "documents",
            "source_url",
            "groups",
        ],
        needs: &[R, R, R, R, R, D, D, R, D, R, D],
        strict: true,
    };
    let (mut id, mut start, mut end, mut title, mut intro, mut lead) = (None, None, None, None, None, None);
    let (mut goal_, mut followup, mut documents, mut source_url, mut groups) =
        (None, None, Vec::new(), None, Vec::new());
    object(r, &FIELDS, &mut |r, i| {
        match i {
            0 => id = Some(string(r)?),
            1 => start = Some(month(r)?),
            2 => end = Some(month(r)?),
            3 => title = Some(string(r)?),
            4 => intro = Some(string(r)?),
            5 => lead = opt_string(r)?,
            6 => goal_ = option_of(r, goal)?,
            7 => followup = Some(followup_plan(r)?),
            8 => documents = vec_of(r, document)?,
            9 => source_url = Some(string(r)?),
            _ => groups = vec_of(r, group)?,
        }
        Ok(())
    })?;
    // `object` has already refused a file without them.
    let (Some(start), Some(end), Some(followup)) = (start, end, followup) else { return Err(missing("start")) };
    Ok(Period {
        id: id.unwrap_or_default(),
        start,
        end,
        title: title.unwrap_or_default(),
        intro: intro.unwrap_or_default(),
        lead,
        goal: goal_,
        followup,
        documents,
        source_url: source_url.unwrap_or_default(),
        groups,
    })
}

fn group(r: &mut Reader<'_>) -> Result<Group> {
    static FIELDS: Fields =
        Fields { names: &["id", "heading", "intro", "source_url"], needs: &[R, R, D, D], strict: true };
    let (mut id, mut heading, mut intro, mut source_url) = (None, None, None, None);
    object(r, &FIELDS, &mut |r, i| {
        match i {
            0 => id = Some(string(r)?),
            1 => heading = Some(string(r)?),
            2 => intro = opt_string(r)?,
            _ => source_url = opt_string(r)?,
        }
        Ok(())
    })?;
    Ok(Group { id: id.unwrap_or_default(), heading: heading.unwrap_or_default(), intro, source_url })
}

pub(crate) fn goal(r: &mut Reader<'_>) -> Result<Goal> {
    static FIELDS: Fields = Fields { names: &["heading", "text"], needs: &[R, R], strict: true };
    let (mut heading, mut text) = (None, None);
    object(r, &FIELDS, &mut |r, i| {
        let value = Some(string(r)?);
        if i == 0 {
            heading = value;
        } else {
            text = value;
        }
        Ok(())
    })?;
    Ok(Goal { heading: heading.unwrap_or_default(), text: text.unwrap_or_default() })
}

pub(crate) fn followup_plan(r: &mut Reader<'_>) -> Result<FollowupPlan> {
    static FIELDS: Fields = Fields { names: &["heading", "text", "reports"], needs: &[R, D, D], strict: true };
    let (mut heading, mut text, mut reports) = (None, None, Vec::new());
    object(r, &FIELDS, &mut |r, i| {
        match i {
            0 => heading = Some(string(r)?),
            1 => text = opt_string(r)?,
            _ => reports = vec_of(r, planned_report)?,
        }
        Ok(())
    })?;
    Ok(FollowupPlan { heading: heading.unwrap_or_default(), text, reports })
}

fn planned_report(r: &mut Reader<'_>) -> Result<PlannedReport> {
    static FIELDS: Fields =
        Fields { names: &["date", "precision", "kind", "title"], needs: &[R, D, R, R], strict: true };
    let (mut date_, mut precision, mut kind, mut title) = (None, DatePrecision::Day, None, None);
    object(r, &FIELDS, &mut |r, i| {
        match i {
            0 => date_ = Some(date(r)?),
            1 => {
                const WORDS: [DatePrecision; 3] = [DatePrecision::Day, DatePrecision::Month, DatePrecision::Year];
                let index = unit_enum(r, &["day", "month", "year"])?;
                precision = WORDS.get(index).copied().unwrap_or_default();
            }
            2 => {
                let index = unit_enum(r, &["intern", "slut"])?;
                kind = Some(if index == 0 { ReportKind::Intern } else { ReportKind::Slut });
            }
            _ => title = Some(string(r)?),
        }
        Ok(())
    })?;
    // `object` has already refused a file without them.
    let (Some(date_), Some(kind)) = (date_, kind) else { return Err(missing("date")) };
    Ok(PlannedReport { date: date_, precision, kind, title: title.unwrap_or_default() })
}

pub(crate) fn document(r: &mut Reader<'_>) -> Result<Document> {
    static FIELDS: Fields = Fields { names: &["title", "kind", "url", "note"], needs: &[R, D, D, D], strict: true };
    let (mut title, mut kind, mut url, mut note) = (None, None, None, None);
    object(r, &FIELDS, &mut |r, i| {
        match i {
            0 => title = Some(string(r)?),
            1 => kind = opt_string(r)?,
            2 => url = opt_string(r)?,
            _ => note = opt_string(r)?,
        }
        Ok(())
    })?;
    Ok(Document { title: title.unwrap_or_default(), kind, url, note })
}

/// One schema 2 promise.
pub(crate) fn promise(r: &mut Reader<'_>) -> Result<Promise> {
    static FIELDS: Fields = Fields {
        names: &[
            "id",
            "period",
            "group",
            "parties",
            "title",
            "text",
            "sub_promises",
            "themes",
            "districts",
            "targets",
            "followups",
            "source_url",
        ],
        needs: &[R, R, D, R, R, R, D, R, D, D, D, D],
        strict: true,
    };
    let (mut id, mut period_, mut group_, mut parties, mut title, mut text) = (None, None, None, None, None, None);
    let (mut sub_promises, mut themes, mut districts) = (Vec::new(), None, Vec::new());
    let (mut targets, mut followups, mut source_url) = (Vec::new(), Vec::new(), None);
    object(r, &FIELDS, &mut |r, i| {
        match i {
            0 => id = Some(string(r)?),
            1 => period_ = Some(string(r)?),
            2 => group_ = opt_string(r)?,
            3 => parties = Some(strings(r)?),
            4 => title = Some(string(r)?),
            5 => text = Some(string(r)?),
            6 => sub_promises = vec_of(r, sub_promise_list)?,
            7 => themes = Some(strings(r)?),
            8 => districts = strings(r)?,
            9 => targets = vec_of(r, target)?,
            10 => followups = vec_of(r, followup_entry)?,
            _ => source_url = opt_string(r)?,
        }
        Ok(())
    })?;
    Ok(Promise {
        id: id.unwrap_or_default(),
        period: period_.unwrap_or_default(),
        group: group_,
        parties: parties.unwrap_or_default(),
        title: title.unwrap_or_default(),
        text: text.unwrap_or_default(),
        sub_promises,
        themes: themes.unwrap_or_default(),
        districts,
        targets,
        followups,
        source_url,
    })
}

fn sub_promise_list(r: &mut Reader<'_>) -> Result<SubPromises> {
    static FIELDS: Fields = Fields { names: &["parties", "lead", "items"], needs: &[D, R, R], strict: true };
    let (mut parties, mut lead, mut items) = (Vec::new(), None, None);
    object(r, &FIELDS, &mut |r, i| {
        match i {
            0 => parties = strings(r)?,
            1 => lead = Some(string(r)?),
            _ => items = Some(strings(r)?),
        }
        Ok(())
    })?;
    Ok(SubPromises { parties, lead: lead.unwrap_or_default(), items: items.unwrap_or_default() })
}

fn target(r: &mut Reader<'_>) -> Result<Target> {
    static FIELDS: Fields =
        Fields { names: &["id", "value", "kind", "rate", "unit", "label"], needs: &[R, D, D, D, R, R], strict: true };
    let (mut id, mut value, mut kind, mut rate, mut unit, mut label) = (None, None, None, None, None, None);
    object(r, &FIELDS, &mut |r, i| {
        match i {
            0 => id = Some(string(r)?),
            1 => value = option_of(r, u32_value)?,
            2 => {
                kind = option_of(r, |r| {
                    let index = unit_enum(r, &["minst", "exakt"])?;
                    Ok(if index == 0 { TargetKind::Minst } else { TargetKind::Exakt })
                })?;
            }
            3 => rate = opt_string(r)?,
            4 => unit = Some(string(r)?),
            _ => label = Some(string(r)?),
        }
        Ok(())
    })?;
    Ok(Target {
        id: id.unwrap_or_default(),
        value,
        kind,
        rate,
        unit: unit.unwrap_or_default(),
        label: label.unwrap_or_default(),
    })
}

fn followup_entry(r: &mut Reader<'_>) -> Result<FollowupEntry> {
    static FIELDS: Fields =
        Fields { names: &["date", "status", "achieved", "note", "source"], needs: &[R, D, D, D, D], strict: true };
    let (mut date_, mut status_, mut achieved, mut note, mut source) =
        (None, Status::Reported, BTreeMap::new(), None, None);
    object(r, &FIELDS, &mut |r, i| {
        match i {
            0 => date_ = Some(report_date(r)?),
            1 => status_ = status(r)?,
            2 => {
                let mut read = BTreeMap::new();
                map(r, &mut |r, key| {
                    read.insert(key, amount(r)?);
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
    let Some(date_) = date_ else { return Err(missing("date")) };
    Ok(FollowupEntry { date: date_, status: status_, achieved, note, source })
}

/// A result: a whole number from 0, or a text (read as serde's `deserialize_any` with the model's visitor).
fn amount(r: &mut Reader<'_>) -> Result<Amount> {
    use crate::json::message::{expected::AMOUNT, found_words, invalid_type, Found};
    use crate::json::{Code, Num};
    let wrong = |found: Found<'_>| JsonError::shape(invalid_type(&found_words(found), AMOUNT));
    let Some(peek) = r.whitespace() else { return Err(r.peek_error(Code::EofValue)) };
    let result = match peek {
        b'n' => {
            r.eat();
            r.ident(b"ull")?;
            Err(wrong(Found::Null))
        }
        b't' | b'f' => {
            r.eat();
            let truth = peek == b't';
            r.ident(if truth { b"rue" } else { b"alse" })?;
            Err(wrong(Found::Bool(truth)))
        }
        b'-' | b'0'..=b'9' => {
            let positive = peek != b'-';
            if !positive {
                r.eat();
            }
            match r.number(positive)? {
                Num::Unsigned(n) => u32::try_from(n)
                    .map(Amount::Number)
                    .map_err(|_| JsonError::shape("ogiltigt resultat: talet är för stort".to_owned())),
                Num::Signed(n) => Err(JsonError::shape(format!(
                    "ogiltigt resultat: {n} går inte; väntade ett heltal från 0 eller en text"
                ))),
                Num::Float(x) => Err(wrong(Found::Float(x))),
            }
        }
        b'"' => {
            r.eat();
            Ok(Amount::Text(r.string_body()?.into_owned()))
        }
        b'[' | b'{' => {
            r.enter()?;
            r.eat();
            let found = if peek == b'[' { Found::List } else { Found::Object };
            let ret = Err(wrong(found));
            r.leave();
            // serde_json still looks for the closing bracket (only whitespace and an empty one are read).
            let _ = if peek == b'[' { r.end_list() } else { r.end_object() };
            ret
        }
        _ => Err(r.peek_error(Code::ExpectedValue)),
    };
    result.map_err(|err| r.fix(err))
}
