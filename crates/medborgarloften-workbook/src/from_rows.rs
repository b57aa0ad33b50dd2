//! Rows of cells back into a dataset: what [`crate::read_workbook`] reads, checked cell by cell (dates, numbers,
//! statuses) and with the core's rules, every problem at once, each named by sheet, row and column in Swedish.
//!
//! Pure: no files.

use medborgarloften_core::dataset::model::{
    District, Document, FollowupPlan, Goal, Group, Party, Period, PlannedReport, Promise, SubPromises, Target, Theme,
};
use medborgarloften_core::dataset::month::Month;
use medborgarloften_core::dataset::validate::validate;
use medborgarloften_core::Dataset;

use crate::cells::Tables;
use crate::followup_rows::read_followups;
use crate::ids::{IdKind, KnownIds};
use crate::kommun_sheet::read_kommun;
use crate::layout::*;
use crate::problem::WorkbookProblem;
use crate::sheet_reader::{place_of, Places, Row, SheetReader};
use crate::translation_cells::{add_point, merge, read, translated_points};
use medborgarloften_core::dataset::choices::{PRECISIONS, REPORT_KINDS, TARGET_KINDS};

/// What a period's start stands in for when its cell cannot be read: earlier than any date, so the core's rules
/// find nothing before it (the cell's own problem is reported).
const NO_START: Month = Month { year: 1000, month: 1 };
/// What a period's end stands in for when its cell cannot be read: later than any date.
const NO_END: Month = Month { year: 9999, month: 12 };

/// The dataset in `tables`, or every problem at once, each naming its sheet, row and column in Swedish: the cells'
/// (dates, numbers, choices, ids) and the core's rules (the app's), which run even when a cell could not be read.
/// A rule's problem on a cell, or on a row, that already has a problem of its own is left out: it is the same
/// mistake seen twice, or one that follows from it. They come sorted by sheet, row and column.
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
    let mut covered = Vec::new();
    let mut data = read_kommun(&kommun, &mut problems, &mut places, &mut covered);
    for i in parter.data_rows() {
        let mut row = Row { reader: &parter, index: i, problems: &mut problems };
        data.parties.push(Party {
            id: row.req("id"),
            name: row.req("namn"),
            short: row.req("kortnamn"),
            in_sentence: row.opt("i mening"),
            translations: read(&mut row, ""),
        });
        parter.field_places(i, &format!("parties[{}]", data.parties.len() - 1), &mut places);
    }
    for i in teman.data_rows() {
        let mut row = Row { reader: &teman, index: i, problems: &mut problems };
        data.themes.push(Theme { id: row.req("id"), name: row.req("namn"), translations: read(&mut row, "") });
        teman.field_places(i, &format!("themes[{}]", data.themes.len() - 1), &mut places);
    }
    for i in omraden.data_rows() {
        let mut row = Row { reader: &omraden, index: i, problems: &mut problems };
        let district = District {
            id: row.req("id"),
            name: row.req("namn"),
            priority: row.yes_no("prioriterat"),
            regso: row.list("regso"),
            translations: read(&mut row, ""),
        };
        data.districts.push(district);
        omraden.field_places(i, &format!("districts[{}]", data.districts.len() - 1), &mut places);
    }
    let party_ids = KnownIds::new(IdKind::Party, data.parties.iter().map(|p| p.id.as_str()));
    let theme_ids = KnownIds::new(IdKind::Theme, data.themes.iter().map(|t| t.id.as_str()));
    let district_ids = KnownIds::new(IdKind::District, data.districts.iter().map(|d| d.id.as_str()));
    for i in perioder.data_rows() {
        let mut row = Row { reader: &perioder, index: i, problems: &mut problems };
        let (goal_heading, goal_text) = (row.opt("mål rubrik"), row.opt("mål text"));
        let goal_translations = read(&mut row, "goal");
        let goal = match (goal_heading, goal_text) {
            (None, None) if goal_translations.is_empty() => None,
            // A translated goal without its Swedish one is kept, for the core's rules to name what is missing.
            (heading, text) => Some(Goal {
                heading: heading.unwrap_or_default(),
                text: text.unwrap_or_default(),
                translations: goal_translations,
            }),
        };
        let period = Period {
            id: row.req("id"),
            start: row.month("start").unwrap_or(NO_START),
            end: row.month("slut").unwrap_or(NO_END),
            title: row.req("rubrik"),
            intro: row.req("inledning"),
            lead: row.opt("ledtext"),
            goal,
            followup: FollowupPlan {
                heading: row.req("uppföljning rubrik"),
                text: row.opt("uppföljning text"),
                reports: Vec::new(),
                translations: read(&mut row, "followup"),
            },
            documents: Vec::new(),
            source_url: row.req("källa"),
            groups: Vec::new(),
            translations: read(&mut row, ""),
        };
        data.periods.push(period);
        perioder.field_places(i, &format!("periods[{}]", data.periods.len() - 1), &mut places);
    }
    let period_ids = KnownIds::new(IdKind::Period, data.periods.iter().map(|p| p.id.as_str()));
    for i in rapporter.data_rows() {
        let mut row = Row { reader: &rapporter, index: i, problems: &mut problems };
        let period = row.id_in("period", &period_ids);
        let report = (
            row.date("datum"),
            row.choice("precision", &PRECISIONS).unwrap_or_default(),
            row.choice("typ", &REPORT_KINDS),
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
        let period = row.id_in("period", &period_ids);
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
        let period = row.id_in("period", &period_ids);
        let group = Group {
            id: row.req("id"),
            heading: row.req("rubrik"),
            intro: row.opt("inledning"),
            source_url: row.opt("källa"),
            translations: read(&mut row, ""),
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
            period: row.id_text_in("period", &period_ids),
            group: row.opt("grupp"),
            parties: row.ids_in("parter", &party_ids),
            title: row.req("rubrik"),
            text: row.req("text"),
            sub_promises: Vec::new(),
            themes: row.ids_in("teman", &theme_ids),
            districts: row.ids_in("områden", &district_ids),
            targets: Vec::new(),
            followups: Vec::new(),
            source_url: row.opt("källa"),
            translations: read(&mut row, ""),
        };
        data.promises.push(promise);
        loften.field_places(i, &format!("promises[{}]", data.promises.len() - 1), &mut places);
    }
    let promise_ids = KnownIds::new(IdKind::Promise, data.promises.iter().map(|p| p.id.as_str()));
    for i in stod.data_rows() {
        let mut row = Row { reader: &stod, index: i, problems: &mut problems };
        let promise = row.id_in("löfte", &promise_ids);
        let (parties, lead, item) = (row.ids_in("parter", &party_ids), row.req("inledning"), row.req("punkt"));
        let translations = read(&mut row, "");
        let points = translated_points(&mut row);
        if let Some(p) = promise {
            let subs = &mut data.promises[p].sub_promises;
            match subs.last_mut() {
                Some(last) if last.parties == parties && last.lead == lead => {
                    last.items.push(item);
                    merge(&mut last.translations, translations);
                }
                _ => subs.push(SubPromises { parties, lead, items: vec![item], translations }),
            }
            let at = format!("promises[{p}].sub_promises[{}]", subs.len() - 1);
            if let Some(list) = subs.last_mut() {
                let k = list.items.len() - 1;
                places.push((format!("{at}.items[{k}]"), stod.place(i, "punkt")));
                for (column, text) in points {
                    add_point(&mut list.translations, column.language, k, text);
                    places.push((
                        format!("{at}.translations.{}.items[{k}]", column.language),
                        stod.place(i, &column.header),
                    ));
                }
            }
            stod.field_places(i, &at, &mut places);
        }
    }
    for i in mal.data_rows() {
        let mut row = Row { reader: &mal, index: i, problems: &mut problems };
        let promise = row.id_in("löfte", &promise_ids);
        let (id, unit) = (row.req("id"), row.req("enhet"));
        let target = Target {
            id,
            value: row.whole_number("värde", Some(&unit)),
            kind: row.choice("typ", &TARGET_KINDS),
            rate: row.opt("takt"),
            unit,
            label: row.req("beskrivning"),
        };
        if let Some(p) = promise {
            data.promises[p].targets.push(target);
            mal.field_places(i, &format!("promises[{p}].targets[{}]", data.promises[p].targets.len() - 1), &mut places);
        }
    }
    read_followups(&uppf, &promise_ids, &mut data, &mut problems, &mut places);
    let rule_problems = rule_problems(&data, &places, &problems, &covered);
    if problems.is_empty() && rule_problems.is_empty() {
        return Ok(data);
    }
    for problem in &mut problems {
        problem.path = path_of(&places, problem);
    }
    problems.extend(rule_problems);
    WorkbookProblem::sort(&mut problems);
    Err(problems)
}

/// The core's rules' problems for `data`, each at the cell its path came from (`places`), less those on a cell or
/// row that one of the cells' own `problems` is about and those at a `covered` path.
fn rule_problems(
    data: &Dataset,
    places: &Places,
    problems: &[WorkbookProblem],
    covered: &[String],
) -> Vec<WorkbookProblem> {
    validate(data)
        .into_iter()
        .map(|problem| {
            let found = match place_of(places, &problem.path) {
                Some(at) => WorkbookProblem::at(at, problem.message),
                None => WorkbookProblem::whole(problem.message),
            };
            WorkbookProblem { path: Some(problem.path), ..found }
        })
        .filter(|rule| {
            let on_a_bad_cell = problems.iter().any(|cell| {
                rule.row.is_some()
                    && (&cell.sheet, cell.row) == (&rule.sheet, rule.row)
                    && (rule.column.is_none() || cell.column == rule.column)
            });
            !on_a_bad_cell && !rule.path.as_ref().is_some_and(|path| covered.iter().any(|c| path == c))
        })
        .collect()
}

/// The bare dataset path of the field a cell's problem is in, when its row became a record.
fn path_of(places: &Places, problem: &WorkbookProblem) -> Option<String> {
    places
        .iter()
        .find(|(_, place)| WorkbookProblem::at(place, String::new()).same_place(problem))
        .map(|(path, _)| path.clone())
}
