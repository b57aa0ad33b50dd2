//! The translation columns of a row (`rubrik (en)`, `text (ar)`, [`crate::layout::translation_columns`]): a
//! record's translations as cells, and cells back into translations. An empty cell is no translation; a workbook
//! without the columns (one written before they existed) reads as one without translations.
//!
//! Pure: no files; shared by [`crate::to_rows`] and [`crate::from_rows`].

use medborgarloften_core::dataset::model::{SubPromises, Translatable, Translated, Translations};

use crate::cells::Cell;
use crate::layout::{translation_columns, Sheet, TranslationColumn};
use crate::sheet_reader::Row;

/// The record a Swedish column's field is in, and the field's name there: `goal.heading` → (`goal`, `heading`),
/// `title` → (`""`, `title`).
pub fn record_and_field(column: &TranslationColumn) -> (&'static str, &'static str) {
    column.swedish.field.rsplit_once('.').unwrap_or(("", column.swedish.field))
}

/// The translation of `field` in `language`, when it is one text.
pub fn text_of<O>(translations: &Translations<O>, language: &str, field: &str) -> Option<String> {
    match translations.get(language, field)? {
        Translated::One(text) => Some(text.clone()),
        Translated::List(_) => None,
    }
}

/// The cells of a row's translation columns on `sheet`, in their order: each what `text` gives for its column,
/// empty when it gives none.
pub fn cells(sheet: &Sheet, text: impl Fn(&TranslationColumn) -> Option<String>) -> Vec<Cell> {
    let columns = translation_columns(sheet);
    columns.iter().map(|column| text(column).filter(|t| !t.is_empty()).map_or(Cell::Empty, Cell::Text)).collect()
}

/// The translations in `row` of the texts of the record `record` (`""` for the row's own, `goal` for the period's
/// goal): each non-empty cell of a translation column of one of the record's text fields. A list field (a
/// sub-promise list's `punkt`) is read by its caller, row by row.
pub fn read<O: Translatable>(row: &mut Row, record: &str) -> Translations<O> {
    let mut out = Translations::new();
    for column in translation_columns(row.reader.sheet()) {
        let (inner, field) = record_and_field(&column);
        if inner != record || O::LISTS.contains(&field) || !O::TEXTS.contains(&field) {
            continue;
        }
        if let Some(text) = row.opt(&column.header) {
            out.set(column.language, field, Translated::One(text));
        }
    }
    out
}

/// The cells of `row`'s translation columns of a supporting promise (`punkt (en)`), each with its column.
pub fn translated_points(row: &mut Row) -> Vec<(TranslationColumn, Option<String>)> {
    let columns = translation_columns(row.reader.sheet()).into_iter();
    let points = columns.filter(|column| record_and_field(column).1 == "items");
    points.map(|column| (row.opt(&column.header), column)).map(|(text, column)| (column, text)).collect()
}

/// Sets point `index` of the translated list in `language` to `text`: a list is started at the first point with a
/// translation, the points before it empty (which the core's rules refuse, at their cells); no list while none has.
pub fn add_point(translations: &mut Translations<SubPromises>, language: &str, index: usize, text: Option<String>) {
    let mut items = match (translations.get(language, "items"), &text) {
        (Some(Translated::List(items)), _) => items.clone(),
        (_, None) => return,
        (_, Some(_)) => Vec::new(),
    };
    items.resize(index, String::new());
    items.push(text.unwrap_or_default());
    translations.set(language, "items", Translated::List(items));
}

/// Adds to `list` the translations of `more` that it does not have yet (a later row of the same list of supporting
/// promises repeats the lead's translation, or gives it when the first row left it out).
pub fn merge(list: &mut Translations<SubPromises>, more: Translations<SubPromises>) {
    for translation in more.languages {
        for (field, text) in translation.texts {
            if list.get(&translation.language, &field).is_none() {
                list.set(&translation.language, &field, text);
            }
        }
    }
}
