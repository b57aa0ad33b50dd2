//! A dataset as rows of cells, one table per sheet of [`crate::layout`]: what [`crate::write_workbook`] writes. A
//! sheet's translation columns follow its Swedish ones (on the Uppföljningar sheet, its result pairs).
//!
//! Pure: no files.

use medborgarloften_core::dataset::choices::{yes_no_word, PRECISIONS, REPORT_KINDS, STATUSES, TARGET_KINDS};
use medborgarloften_core::dataset::model::{Amount, Translated, Translations};
use medborgarloften_core::text::choice::{word_of, Choice};
use medborgarloften_core::Dataset;

use crate::cells::{Cell, Rows};
use crate::layout::*;
use crate::translation_cells::{cells, record_and_field, text_of};

fn text(value: &str) -> Cell {
    if value.is_empty() {
        Cell::Empty
    } else {
        Cell::Text(value.to_string())
    }
}

fn opt(value: &Option<String>) -> Cell {
    value.as_deref().map_or(Cell::Empty, text)
}

fn list(values: &[String]) -> Cell {
    text(&values.join(LIST_SEPARATOR))
}

fn yes_no(value: bool) -> Cell {
    Cell::Text(yes_no_word(value).to_string())
}

/// The Swedish word written for a choice (`månad`, `intern`, `minst`, `pågår`).
fn word<T: Copy + PartialEq>(choices: &[Choice<T>], value: T) -> Cell {
    text(word_of(choices, value).unwrap_or_default())
}

fn amount(value: &Amount) -> Cell {
    match value {
        Amount::Number(n) => Cell::Number(f64::from(*n)),
        Amount::Text(words) => text(words),
    }
}

/// The header row: the Swedish columns, then the translation columns.
fn header(sheet: &Sheet) -> Vec<Cell> {
    let swedish = sheet.columns.iter().map(|column| column.header.to_string());
    swedish.chain(translation_columns(sheet).into_iter().map(|column| column.header)).map(Cell::Text).collect()
}

/// `row` with the cells of its record's translations after it, each column's text from `translations` of
/// the record named by the column's field.
fn with_translations<O>(mut row: Vec<Cell>, sheet: &Sheet, translations: &Translations<O>) -> Vec<Cell> {
    row.extend(cells(sheet, |column| text_of(translations, column.language, record_and_field(column).1)));
    row
}

/// How many `mål N`/`resultat N` pairs the Uppföljningar sheet of `data` needs.
pub fn result_pairs(data: &Dataset) -> usize {
    let most = data.promises.iter().flat_map(|p| &p.followups).map(|f| f.achieved.len()).max().unwrap_or(0);
    most.max(RESULT_PAIRS)
}

/// The header of the Uppföljningar sheet with `pairs` result pairs, the translation columns after them (so the
/// pairs keep the columns they had before there were translations).
pub fn followup_header(pairs: usize) -> Vec<String> {
    let mut out: Vec<String> = UPPFOLJNINGAR.columns.iter().map(|c| c.header.to_string()).collect();
    for n in 1..=pairs {
        out.push(format!("mål {n}"));
        out.push(format!("resultat {n}"));
    }
    out.extend(translation_columns(&UPPFOLJNINGAR).into_iter().map(|column| column.header));
    out
}

/// Every sheet of the workbook for `data`, header row first, in [`SHEETS`] order.
pub fn to_tables(data: &Dataset) -> Vec<(Sheet, Rows)> {
    let geometry = data.geometry.as_ref();
    let look = data.look.as_ref();
    let kommun_values = [
        text(&data.id),
        text(&data.title),
        yes_no(data.example),
        text(&data.updated.to_string()),
        text(&data.municipality.name),
        text(&data.municipality.code),
        text(&data.source.title),
        text(&data.source.url),
        opt(&data.schema),
        geometry.map_or(Cell::Empty, |g| text(&g.districts)),
        geometry.map_or(Cell::Empty, |g| opt(&g.outline)),
        geometry.map_or(Cell::Empty, |g| text(&g.attribution)),
        look.map_or(Cell::Empty, |l| opt(&l.color)),
        look.map_or(Cell::Empty, |l| opt(&l.logo)),
        look.map_or(Cell::Empty, |l| opt(&l.logo_alt)),
    ];
    let mut kommun = vec![header(&KOMMUN)];
    for ((name, _), value) in KOMMUN_FIELDS.iter().zip(kommun_values) {
        kommun.push(vec![Cell::Text(name.to_string()), value]);
    }
    let mut periods = vec![header(&PERIODER)];
    let (mut reports, mut documents, mut groups) =
        (vec![header(&RAPPORTER)], vec![header(&DOKUMENT)], vec![header(&GRUPPER)]);
    for p in &data.periods {
        let mut row = vec![
            text(&p.id),
            text(&p.start.to_string()),
            text(&p.end.to_string()),
            text(&p.title),
            text(&p.intro),
            opt(&p.lead),
            p.goal.as_ref().map_or(Cell::Empty, |g| text(&g.heading)),
            p.goal.as_ref().map_or(Cell::Empty, |g| text(&g.text)),
            text(&p.followup.heading),
            opt(&p.followup.text),
            text(&p.source_url),
        ];
        row.extend(cells(&PERIODER, |column| {
            let (record, field) = record_and_field(column);
            match record {
                "goal" => p.goal.as_ref().and_then(|g| text_of(&g.translations, column.language, field)),
                "followup" => text_of(&p.followup.translations, column.language, field),
                _ => text_of(&p.translations, column.language, field),
            }
        }));
        periods.push(row);
        for r in &p.followup.reports {
            reports.push(vec![
                text(&p.id),
                text(&r.date.to_string()),
                word(&PRECISIONS, r.precision),
                word(&REPORT_KINDS, r.kind),
                text(&r.title),
            ]);
        }
        for d in &p.documents {
            documents.push(vec![text(&p.id), text(&d.title), opt(&d.kind), opt(&d.url), opt(&d.note)]);
        }
        for g in &p.groups {
            let row = vec![text(&p.id), text(&g.id), text(&g.heading), opt(&g.intro), opt(&g.source_url)];
            groups.push(with_translations(row, &GRUPPER, &g.translations));
        }
    }
    let mut promises = vec![header(&LOFTEN)];
    let (mut subs, mut targets) = (vec![header(&STODLOFTEN)], vec![header(&MAL)]);
    let pairs = result_pairs(data);
    let mut followups = vec![followup_header(pairs).into_iter().map(Cell::Text).collect()];
    for p in &data.promises {
        let row = vec![
            text(&p.id),
            text(&p.period),
            opt(&p.group),
            list(&p.parties),
            text(&p.title),
            text(&p.text),
            list(&p.themes),
            list(&p.districts),
            opt(&p.source_url),
        ];
        promises.push(with_translations(row, &LOFTEN, &p.translations));
        for s in &p.sub_promises {
            for (k, item) in s.items.iter().enumerate() {
                let mut row = vec![text(&p.id), list(&s.parties), text(&s.lead), text(item)];
                row.extend(cells(&STODLOFTEN, |column| match record_and_field(column).1 {
                    "items" => match s.translations.get(column.language, "items")? {
                        Translated::List(items) => items.get(k).cloned(),
                        Translated::One(_) => None,
                    },
                    field => text_of(&s.translations, column.language, field),
                }));
                subs.push(row);
            }
        }
        for t in &p.targets {
            let value = t.value.map_or(Cell::Empty, |v| Cell::Number(f64::from(v)));
            let kind = t.kind.map_or(Cell::Empty, |kind| word(&TARGET_KINDS, kind));
            targets.push(vec![text(&p.id), text(&t.id), value, kind, opt(&t.rate), text(&t.unit), text(&t.label)]);
        }
        for f in &p.followups {
            let mut row = vec![
                text(&p.id),
                text(&f.date.to_string()),
                word(&STATUSES, f.status),
                opt(&f.note),
                f.source.as_ref().map_or(Cell::Empty, |s| text(&s.title)),
                f.source.as_ref().map_or(Cell::Empty, |s| text(&s.url)),
            ];
            for (key, value) in &f.achieved {
                row.push(text(key));
                row.push(amount(value));
            }
            row.resize(UPPFOLJNINGAR.columns.len() + 2 * pairs, Cell::Empty);
            followups.push(with_translations(row, &UPPFOLJNINGAR, &f.translations));
        }
    }
    let districts = std::iter::once(header(&OMRADEN))
        .chain(data.districts.iter().map(|d| {
            let row = vec![text(&d.id), text(&d.name), yes_no(d.priority), list(&d.regso)];
            with_translations(row, &OMRADEN, &d.translations)
        }))
        .collect();
    let themes = std::iter::once(header(&TEMAN))
        .chain(data.themes.iter().map(|t| with_translations(vec![text(&t.id), text(&t.name)], &TEMAN, &t.translations)))
        .collect();
    let parties = std::iter::once(header(&PARTER))
        .chain(data.parties.iter().map(|p| {
            let row = vec![text(&p.id), text(&p.name), text(&p.short), opt(&p.in_sentence)];
            with_translations(row, &PARTER, &p.translations)
        }))
        .collect();
    vec![
        (KOMMUN, kommun),
        (PERIODER, periods),
        (RAPPORTER, reports),
        (DOKUMENT, documents),
        (GRUPPER, groups),
        (LOFTEN, promises),
        (STODLOFTEN, subs),
        (MAL, targets),
        (UPPFOLJNINGAR, followups),
        (OMRADEN, districts),
        (TEMAN, themes),
        (PARTER, parties),
    ]
}
