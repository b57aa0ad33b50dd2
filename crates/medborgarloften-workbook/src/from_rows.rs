//! Rows of cells back into a dataset: what `importera` reads, checked cell by cell (dates, numbers, statuses)
//! and then with the core's rules, each problem named by sheet, row and column in Swedish.
//!
//! Pure: no files.

use std::collections::{BTreeMap, HashMap};

use medborgarloften_core::dataset::model::{
    Amount, District, Document, FollowupEntry, FollowupPlan, Geometry, Goal, Group, Link, Look, Municipality, Party,
    Period, PlannedReport, Promise, ReportKind, SubPromises, Target, TargetKind, Theme, SCHEMA_VERSION,
};

use medborgarloften_core::dataset::month::DatePrecision;
use medborgarloften_core::dataset::month::Month;
use medborgarloften_core::dataset::validate::validate;
use medborgarloften_core::{Dataset, Date, Status};

use crate::cells::{cell_text, Cell, Tables};
use crate::layout::*;
use crate::problem::{Place, WorkbookProblem};
use crate::sheet_reader::{place_of, Places, Row, SheetReader};

const STATUSES: [&str; 6] = ["rapporterad", "pagar", "forsenat", "genomfort", "delvis-genomfort", "ej-genomfort"];

/// The dataset in `tables`, or every problem, each naming its sheet, row and column in Swedish. Cells are read
/// first (dates, numbers, lists of choices); then the core's rules run, the same as the app's.
pub fn from_tables(tables: &Tables) -> Result<Dataset, Vec<WorkbookProblem>> {
    let mut problems = Vec::new();
    let mut places = Places::new();
    let readers: Vec<Option<SheetReader>> =
        SHEETS.iter().map(|sheet| SheetReader::new(*sheet, tables, &mut problems)).collect();
    // In SHEETS order; any sheet or header missing stops here, with each one named.
    let Ok(
        [Some(kommun), Some(perioder), Some(rapporter), Some(dokument), Some(grupper), Some(loften), Some(stod), Some(mal), Some(uppf), Some(omraden), Some(teman), Some(parter)],
    ) = <[Option<SheetReader>; 12]>::try_from(readers)
    else {
        return Err(problems);
    };
    let mut data = read_kommun(&kommun, &mut problems, &mut places);
    for i in parter.data_rows() {
        let mut row = Row { reader: &parter, index: i, problems: &mut problems };
        data.parties.push(Party {
            id: row.req("id"),
            name: row.req("namn"),
            short: row.req("kortnamn"),
            in_sentence: row.opt("i mening"),
        });
        parter.field_places(i, &format!("parties[{}]", data.parties.len() - 1), &mut places);
    }
    for i in teman.data_rows() {
        let mut row = Row { reader: &teman, index: i, problems: &mut problems };
        data.themes.push(Theme { id: row.req("id"), name: row.req("namn") });
        teman.field_places(i, &format!("themes[{}]", data.themes.len() - 1), &mut places);
    }
    for i in omraden.data_rows() {
        let mut row = Row { reader: &omraden, index: i, problems: &mut problems };
        let district = District {
            id: row.req("id"),
            name: row.req("namn"),
            priority: row.yes_no("prioriterat"),
            regso: row.list("regso"),
        };
        data.districts.push(district);
        omraden.field_places(i, &format!("districts[{}]", data.districts.len() - 1), &mut places);
    }
    for i in perioder.data_rows() {
        let mut row = Row { reader: &perioder, index: i, problems: &mut problems };
        let (goal_heading, goal_text) = (row.opt("mål rubrik"), row.opt("mål text"));
        let goal = match (goal_heading, goal_text) {
            (None, None) => None,
            (heading, text) => Some(Goal { heading: heading.unwrap_or_default(), text: text.unwrap_or_default() }),
        };
        let fallback = Month { year: 2000, month: 1 };
        let period = Period {
            id: row.req("id"),
            start: row.month("start").unwrap_or(fallback),
            end: row.month("slut").unwrap_or(fallback),
            title: row.req("rubrik"),
            intro: row.req("inledning"),
            lead: row.opt("ledtext"),
            goal,
            followup: FollowupPlan {
                heading: row.req("uppföljning rubrik"),
                text: row.opt("uppföljning text"),
                reports: Vec::new(),
            },
            documents: Vec::new(),
            source_url: row.req("källa"),
            groups: Vec::new(),
        };
        data.periods.push(period);
        perioder.field_places(i, &format!("periods[{}]", data.periods.len() - 1), &mut places);
    }
    let period_index: HashMap<String, usize> =
        data.periods.iter().enumerate().map(|(i, p)| (p.id.clone(), i)).collect();
    let find_period = |row: &mut Row, index: &HashMap<String, usize>| {
        let id = row.req("period");
        let found = index.get(&id).copied();
        if found.is_none() && !id.is_empty() {
            row.fail("period", format!("det finns ingen period {id:?} på bladet Perioder."));
        }
        found
    };
    for i in rapporter.data_rows() {
        let mut row = Row { reader: &rapporter, index: i, problems: &mut problems };
        let period = find_period(&mut row, &period_index);
        let report = (
            row.date("datum"),
            row.choice::<DatePrecision>("precision", &["day", "month", "year"]).unwrap_or_default(),
            row.choice::<ReportKind>("typ", &["intern", "slut"]),
            row.req("rubrik"),
        );
        if row.opt("typ").is_none() {
            row.fail("typ", "cellen är tom; välj intern eller slut.".to_string());
        }
        if let (Some(p), (Some(date), precision, Some(kind), title)) = (period, report) {
            let reports = &mut data.periods[p].followup.reports;
            reports.push(PlannedReport { date, precision, kind, title });
            rapporter.field_places(i, &format!("periods[{p}].followup.reports[{}]", reports.len() - 1), &mut places);
        }
    }
    for i in dokument.data_rows() {
        let mut row = Row { reader: &dokument, index: i, problems: &mut problems };
        let period = find_period(&mut row, &period_index);
        let document = Document {
            title: row.req("titel"),
            kind: row.opt("typ"),
            url: row.opt("adress"),
            note: row.opt("notering"),
        };
        if let Some(p) = period {
            data.periods[p].documents.push(document);
            let at = format!("periods[{p}].documents[{}]", data.periods[p].documents.len() - 1);
            dokument.field_places(i, &at, &mut places);
        }
    }
    for i in grupper.data_rows() {
        let mut row = Row { reader: &grupper, index: i, problems: &mut problems };
        let period = find_period(&mut row, &period_index);
        let group = Group {
            id: row.req("id"),
            heading: row.req("rubrik"),
            intro: row.opt("inledning"),
            source_url: row.opt("källa"),
        };
        if let Some(p) = period {
            data.periods[p].groups.push(group);
            grupper.field_places(i, &format!("periods[{p}].groups[{}]", data.periods[p].groups.len() - 1), &mut places);
        }
    }
    for i in loften.data_rows() {
        let mut row = Row { reader: &loften, index: i, problems: &mut problems };
        let promise = Promise {
            id: row.req("id"),
            period: row.req("period"),
            group: row.opt("grupp"),
            parties: row.list("parter"),
            title: row.req("rubrik"),
            text: row.req("text"),
            sub_promises: Vec::new(),
            themes: row.list("teman"),
            districts: row.list("områden"),
            targets: Vec::new(),
            followups: Vec::new(),
            source_url: row.opt("källa"),
        };
        data.promises.push(promise);
        loften.field_places(i, &format!("promises[{}]", data.promises.len() - 1), &mut places);
    }
    let promise_index: HashMap<String, usize> =
        data.promises.iter().enumerate().map(|(i, p)| (p.id.clone(), i)).collect();
    let find_promise = |row: &mut Row, index: &HashMap<String, usize>| {
        let id = row.req("löfte");
        let found = index.get(&id).copied();
        if found.is_none() && !id.is_empty() {
            row.fail("löfte", format!("det finns inget löfte {id:?} på bladet Löften."));
        }
        found
    };
    for i in stod.data_rows() {
        let mut row = Row { reader: &stod, index: i, problems: &mut problems };
        let promise = find_promise(&mut row, &promise_index);
        let (parties, lead, item) = (row.list("parter"), row.req("inledning"), row.req("punkt"));
        if let Some(p) = promise {
            let subs = &mut data.promises[p].sub_promises;
            match subs.last_mut() {
                Some(last) if last.parties == parties && last.lead == lead => last.items.push(item),
                _ => subs.push(SubPromises { parties, lead, items: vec![item] }),
            }
            let at = format!("promises[{p}].sub_promises[{}]", subs.len() - 1);
            places.push((
                format!("{at}.items[{}]", subs.last().map_or(0, |s| s.items.len() - 1)),
                stod.place(i, "punkt"),
            ));
            stod.field_places(i, &at, &mut places);
        }
    }
    for i in mal.data_rows() {
        let mut row = Row { reader: &mal, index: i, problems: &mut problems };
        let promise = find_promise(&mut row, &promise_index);
        let target = Target {
            id: row.req("id"),
            value: row.whole_number("värde"),
            kind: row.choice::<TargetKind>("typ", &["minst", "exakt"]),
            rate: row.opt("takt"),
            unit: row.req("enhet"),
            label: row.req("beskrivning"),
        };
        if let Some(p) = promise {
            data.promises[p].targets.push(target);
            mal.field_places(i, &format!("promises[{p}].targets[{}]", data.promises[p].targets.len() - 1), &mut places);
        }
    }
    read_followups(&uppf, &promise_index, &mut data, &mut problems, &mut places, find_promise);
    if !problems.is_empty() {
        return Err(problems);
    }
    let rule_problems = validate(&data);
    if rule_problems.is_empty() {
        return Ok(data);
    }
    Err(rule_problems
        .into_iter()
        .map(|problem| {
            let at = place_of(&places, &problem.path);
            let found = match at {
                Some(at) => WorkbookProblem::at(at, problem.message),
                None => WorkbookProblem::whole(problem.message),
            };
            WorkbookProblem { path: Some(problem.path), ..found }
        })
        .collect())
}

fn read_kommun(kommun: &SheetReader, problems: &mut Vec<WorkbookProblem>, places: &mut Places) -> Dataset {
    let mut values: HashMap<&str, (Option<String>, usize)> = HashMap::new();
    for i in kommun.data_rows() {
        let key = cell_text(kommun.cell(i, "fält").0).map(|k| k.trim().to_lowercase()).unwrap_or_default();
        if let Some((name, path)) = KOMMUN_FIELDS.iter().find(|(name, _)| *name == key) {
            values.insert(name, (cell_text(kommun.cell(i, "värde").0), i));
            places.push((path.to_string(), kommun.place(i, "värde")));
        } else {
            let known: Vec<&str> = KOMMUN_FIELDS.iter().map(|(name, _)| *name).collect();
            let message = format!("okänt fält {key:?}; fälten är {}.", known.join(", "));
            problems.push(WorkbookProblem::at(&kommun.place(i, "fält"), message));
        }
    }
    let mut get = |name: &str, required: bool| {
        let (value, row) = values.get(name).cloned().unwrap_or((None, 0));
        if required && value.is_none() {
            let at = if row == 0 { Place::sheet(KOMMUN.name) } else { kommun.place(row, "värde") };
            problems.push(WorkbookProblem::at(&at, format!("fältet {name} måste fyllas i.")));
        }
        (value.unwrap_or_default(), row)
    };
    let (id, _) = get("id", true);
    let (title, _) = get("rubrik", true);
    let (example, example_row) = get("exempel", false);
    let (updated, updated_row) = get("uppdaterad", true);
    let (name, _) = get("kommun", true);
    let (code, _) = get("kommunkod", true);
    let (source_title, _) = get("källa rubrik", true);
    let (source_url, _) = get("källa adress", true);
    let (schema, _) = get("schema", false);
    let (districts, _) = get("karta områden", false);
    let (outline, _) = get("karta kontur", false);
    let (attribution, _) = get("karta källa", false);
    let (color, _) = get("färg", false);
    let (logo, _) = get("logotyp", false);
    let (logo_alt, _) = get("logotyp text", false);
    let example = match example.trim().to_lowercase().as_str() {
        "" | "nej" | "falskt" | "false" => false,
        "ja" | "sant" | "true" => true,
        other => {
            let at = kommun.place(example_row, "värde");
            problems.push(WorkbookProblem::at(&at, format!("exempel {other:?} ska vara ja eller nej.")));
            false
        }
    };
    let updated = Date::parse(updated.trim()).unwrap_or_else(|| {
        if !updated.is_empty() {
            let message = format!("{updated:?} är inget datum; skriv ÅÅÅÅ-MM-DD.");
            problems.push(WorkbookProblem::at(&kommun.place(updated_row, "värde"), message));
        }
        // Only reached with a problem recorded, so this placeholder is never written.
        Date(Default::default())
    });
    let some = |text: String| if text.is_empty() { None } else { Some(text) };
    let geometry = (!districts.is_empty() || !attribution.is_empty() || !outline.is_empty()).then(|| Geometry {
        districts,
        outline: some(outline),
        attribution,
    });
    let look = (!color.is_empty() || !logo.is_empty() || !logo_alt.is_empty()).then(|| Look {
        color: some(color.trim().to_string()),
        logo: some(logo.trim().to_string()),
        logo_alt: some(logo_alt),
    });
    Dataset {
        schema: some(schema),
        schema_version: SCHEMA_VERSION,
        id,
        title,
        example,
        updated,
        municipality: Municipality { name, code },
        source: Link { title: source_title, url: source_url },
        geometry,
        look,
        parties: Vec::new(),
        themes: Vec::new(),
        districts: Vec::new(),
        periods: Vec::new(),
        promises: Vec::new(),
    }
}

fn read_followups(
    uppf: &SheetReader,
    promise_index: &HashMap<String, usize>,
    data: &mut Dataset,
    problems: &mut Vec<WorkbookProblem>,
    places: &mut Places,
    find_promise: impl Fn(&mut Row, &HashMap<String, usize>) -> Option<usize>,
) {
    // The result pairs present in the header: `mål N` beside `resultat N`.
    let pairs: Vec<(usize, String, String)> = (1..=64)
        .filter_map(|n| {
            let (key, value) = (format!("mål {n}"), format!("resultat {n}"));
            (uppf.columns.contains_key(&key) && uppf.columns.contains_key(&value)).then_some((n, key, value))
        })
        .collect();
    for i in uppf.data_rows() {
        let mut row = Row { reader: uppf, index: i, problems };
        let promise = find_promise(&mut row, promise_index);
        let date = row.report_date("datum");
        let status = match row.opt("status") {
            None => Some(Status::Reported),
            Some(_) => row.choice::<Status>("status", &STATUSES).filter(|s| *s != Status::NotFollowedUp),
        };
        let (note, source_title, source_url) = (row.opt("notering"), row.opt("källa rubrik"), row.opt("källa adress"));
        let source = match (source_title, source_url) {
            (None, None) => None,
            (title, url) => Some(Link { title: title.unwrap_or_default(), url: url.unwrap_or_default() }),
        };
        let mut achieved = BTreeMap::new();
        let mut pair_places = Vec::new();
        for (_, key_header, value_header) in &pairs {
            let key = row.opt(key_header);
            let value = match uppf.cell(i, value_header).0 {
                Cell::Number(n) if n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(n) => {
                    Some(Amount::Number(*n as u32))
                }
                Cell::Number(n) => {
                    row.fail(value_header, format!("{n} går inte; skriv ett heltal från 0 eller en text."));
                    None
                }
                cell => cell_text(cell).map(|words| match words.trim().parse::<u32>() {
                    Ok(n) => Amount::Number(n),
                    Err(_) => Amount::Text(words),
                }),
            };
            match (key, value) {
                (None, None) => {}
                (Some(key), Some(value)) => {
                    pair_places.push((key.clone(), uppf.place(i, value_header)));
                    achieved.insert(key, value);
                }
                (Some(_), None) => {
                    row.fail(value_header, "målet har inget resultat; fyll i resultatet eller töm målet.".into())
                }
                (None, Some(_)) => row.fail(key_header, "resultatet saknar mål; skriv målets id.".into()),
            }
        }
        if let (Some(p), Some(date), Some(status)) = (promise, date, status) {
            let followups = &mut data.promises[p].followups;
            followups.push(FollowupEntry { date, status, achieved, note, source });
            let at = format!("promises[{p}].followups[{}]", followups.len() - 1);
            uppf.field_places(i, &at, places);
            for (key, cell) in pair_places {
                places.push((format!("{at}.achieved.{key}"), cell));
            }
        }
    }
}
