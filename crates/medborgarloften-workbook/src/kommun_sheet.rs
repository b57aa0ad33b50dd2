//! The Kommun sheet back into the dataset's own fields: one row per field (`fält` | `värde`), in any order.
//!
//! Pure: no files.

use std::collections::HashMap;

use medborgarloften_core::dataset::model::{Geometry, Link, Look, Municipality, SCHEMA_VERSION};
use medborgarloften_core::{Dataset, Date};

use crate::cells::cell_text;
use crate::layout::{KOMMUN, KOMMUN_FIELDS};
use crate::problem::{Place, WorkbookProblem};
use crate::sheet_reader::{Places, SheetReader};
use medborgarloften_core::dataset::choices::YES_NO;
use medborgarloften_core::text::choice;

/// The fields that must have a value.
const REQUIRED: [&str; 7] = ["id", "rubrik", "uppdaterad", "kommun", "kommunkod", "källa rubrik", "källa adress"];

/// The dataset's own fields from the Kommun sheet, with no records yet; each problem is recorded. A field without a
/// row is placed on the sheet as a whole; a required one is a problem, and its path goes to `covered` so the core's
/// rules do not report it again.
pub fn read_kommun(
    kommun: &SheetReader,
    problems: &mut Vec<WorkbookProblem>,
    places: &mut Places,
    covered: &mut Vec<String>,
) -> Dataset {
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
    for (name, path) in KOMMUN_FIELDS.iter().filter(|(name, _)| !values.contains_key(name)) {
        places.push((path.to_string(), Place::sheet(KOMMUN.name)));
        if REQUIRED.contains(name) {
            covered.push(path.to_string());
        }
    }
    let mut get = |name: &str| {
        let (value, row) = values.get(name).cloned().unwrap_or((None, 0));
        if REQUIRED.contains(&name) && value.is_none() {
            let at = if row == 0 { Place::sheet(KOMMUN.name) } else { kommun.place(row, "värde") };
            problems.push(WorkbookProblem::at(&at, format!("fältet {name} måste fyllas i.")));
        }
        (value.unwrap_or_default(), row)
    };
    let (id, _) = get("id");
    let (title, _) = get("rubrik");
    let (example, example_row) = get("exempel");
    let (updated, updated_row) = get("uppdaterad");
    let (name, _) = get("kommun");
    let (code, _) = get("kommunkod");
    let (source_title, _) = get("källa rubrik");
    let (source_url, _) = get("källa adress");
    let (schema, _) = get("schema");
    let (districts, _) = get("karta områden");
    let (outline, _) = get("karta kontur");
    let (attribution, _) = get("karta källa");
    let (color, _) = get("färg");
    let (logo, _) = get("logotyp");
    let (logo_alt, _) = get("logotyp text");
    let example = match choice::read(&YES_NO, &example) {
        Some(yes) => yes,
        None if example.trim().is_empty() => false,
        None => {
            let at = kommun.place(example_row, "värde");
            let message = format!("exempel {:?} ska vara ja eller nej.", example.trim());
            problems.push(WorkbookProblem::at(&at, message));
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
