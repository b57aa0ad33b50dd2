//! The sheets and columns of the workbook, shared by export and import: each column's Swedish header, the
//! dataset field it holds (for pointing a rule's problem at its cell) and its width, and the columns of
//! translations that follow a sheet's Swedish ones (`rubrik (en)`), which a workbook may leave out.
//!
//! Pure constants and small helpers; no I/O.

use medborgarloften_core::dataset::choices::{
    PRECISION_WORDS, REPORT_KIND_WORDS, STATUS_WORDS, TARGET_KIND_WORDS, YES_NO_WORDS,
};
use medborgarloften_core::lang::LANGUAGES;

/// One column: its header, the field of the JSON record it fills (`""` for the parent reference), its width.
#[derive(Clone, Copy, Debug)]
pub struct Column {
    /// The header cell, in Swedish.
    pub header: &'static str,
    /// The field path inside the record, e.g. `title` or `goal.heading`.
    pub field: &'static str,
    /// Width in characters.
    pub width: f64,
}

const fn col(header: &'static str, field: &'static str, width: f64) -> Column {
    Column { header, field, width }
}

/// One sheet: its name and its columns in order.
#[derive(Clone, Copy, Debug)]
pub struct Sheet {
    /// The sheet's tab name.
    pub name: &'static str,
    /// Its columns.
    pub columns: &'static [Column],
}

impl Sheet {
    /// The index of the column with `header`.
    pub fn index(&self, header: &str) -> Option<usize> {
        self.columns.iter().position(|column| column.header == header)
    }
}

/// The dataset's own fields, one a row: Fält | Värde.
pub const KOMMUN: Sheet = Sheet { name: "Kommun", columns: &[col("fält", "", 18.0), col("värde", "", 70.0)] };

/// The rows of the Kommun sheet: the field name in column A and its dataset path.
pub const KOMMUN_FIELDS: [(&str, &str); 15] = [
    ("id", "id"),
    ("rubrik", "title"),
    ("exempel", "example"),
    ("uppdaterad", "updated"),
    ("kommun", "municipality.name"),
    ("kommunkod", "municipality.code"),
    ("källa rubrik", "source.title"),
    ("källa adress", "source.url"),
    ("schema", "$schema"),
    ("karta områden", "geometry.districts"),
    ("karta kontur", "geometry.outline"),
    ("karta källa", "geometry.attribution"),
    ("färg", "look.color"),
    ("logotyp", "look.logo"),
    ("logotyp text", "look.logo_alt"),
];

/// The parties.
pub const PARTER: Sheet = Sheet {
    name: "Parter",
    columns: &[
        col("id", "id", 18.0),
        col("namn", "name", 36.0),
        col("kortnamn", "short", 20.0),
        col("i mening", "in_sentence", 20.0),
    ],
};

/// The themes.
pub const TEMAN: Sheet = Sheet { name: "Teman", columns: &[col("id", "id", 18.0), col("namn", "name", 36.0)] };

/// The districts.
pub const OMRADEN: Sheet = Sheet {
    name: "Områden",
    columns: &[
        col("id", "id", 18.0),
        col("namn", "name", 30.0),
        col("prioriterat", "priority", 12.0),
        col("regso", "regso", 40.0),
    ],
};

/// The periods, with their goal and follow-up plan.
pub const PERIODER: Sheet = Sheet {
    name: "Perioder",
    columns: &[
        col("id", "id", 12.0),
        col("start", "start", 10.0),
        col("slut", "end", 10.0),
        col("rubrik", "title", 30.0),
        col("inledning", "intro", 60.0),
        col("ledtext", "lead", 30.0),
        col("mål rubrik", "goal.heading", 24.0),
        col("mål text", "goal.text", 40.0),
        col("uppföljning rubrik", "followup.heading", 24.0),
        col("uppföljning text", "followup.text", 40.0),
        col("källa", "source_url", 40.0),
    ],
};

/// A period's planned follow-up reports.
pub const RAPPORTER: Sheet = Sheet {
    name: "Rapporter",
    columns: &[
        col("period", "", 12.0),
        col("datum", "date", 12.0),
        col("precision", "precision", 10.0),
        col("typ", "kind", 8.0),
        col("rubrik", "title", 36.0),
    ],
};

/// A period's documents.
pub const DOKUMENT: Sheet = Sheet {
    name: "Dokument",
    columns: &[
        col("period", "", 12.0),
        col("titel", "title", 50.0),
        col("typ", "kind", 14.0),
        col("adress", "url", 40.0),
        col("notering", "note", 30.0),
    ],
};

/// A period's promise groups.
pub const GRUPPER: Sheet = Sheet {
    name: "Grupper",
    columns: &[
        col("period", "", 12.0),
        col("id", "id", 18.0),
        col("rubrik", "heading", 30.0),
        col("inledning", "intro", 50.0),
        col("källa", "source_url", 40.0),
    ],
};

/// The promises.
pub const LOFTEN: Sheet = Sheet {
    name: "Löften",
    columns: &[
        col("id", "id", 30.0),
        col("period", "period", 12.0),
        col("grupp", "group", 14.0),
        col("parter", "parties", 20.0),
        col("rubrik", "title", 30.0),
        col("text", "text", 70.0),
        col("teman", "themes", 20.0),
        col("områden", "districts", 20.0),
        col("källa", "source_url", 30.0),
    ],
};

/// Supporting promises: one row per item; rows in a row with the same promise, parties and lead form one list.
pub const STODLOFTEN: Sheet = Sheet {
    name: "Stödlöften",
    columns: &[
        col("löfte", "", 30.0),
        col("parter", "parties", 16.0),
        col("inledning", "lead", 36.0),
        col("punkt", "items", 60.0),
    ],
};

/// A promise's targets.
pub const MAL: Sheet = Sheet {
    name: "Mål",
    columns: &[
        col("löfte", "", 30.0),
        col("id", "id", 16.0),
        col("värde", "value", 8.0),
        col("typ", "kind", 8.0),
        col("takt", "rate", 12.0),
        col("enhet", "unit", 18.0),
        col("beskrivning", "label", 40.0),
    ],
};

/// Follow-up entries, before their `mål N`/`resultat N` pairs (as many pairs as needed, at least
/// [`RESULT_PAIRS`]).
pub const UPPFOLJNINGAR: Sheet = Sheet {
    name: "Uppföljningar",
    columns: &[
        col("löfte", "", 30.0),
        col("datum", "date", 12.0),
        col("status", "status", 16.0),
        col("notering", "note", 50.0),
        col("källa rubrik", "source.title", 30.0),
        col("källa adress", "source.url", 40.0),
    ],
};

/// The least number of `mål N`/`resultat N` column pairs the Uppföljningar sheet gets.
pub const RESULT_PAIRS: usize = 3;

/// Width of the `mål N` and `resultat N` columns.
pub const RESULT_WIDTH: f64 = 14.0;

/// Every sheet, in the workbook's tab order.
pub const SHEETS: [Sheet; 12] =
    [KOMMUN, PERIODER, RAPPORTER, DOKUMENT, GRUPPER, LOFTEN, STODLOFTEN, MAL, UPPFOLJNINGAR, OMRADEN, TEMAN, PARTER];

/// Last row a drop-down list covers (rows an editor adds below the data get it too).
pub const LIST_ROWS: u32 = 2_000;

/// Where a drop-down list's choices come from.
#[derive(Clone, Copy, Debug)]
pub enum List {
    /// These words.
    Fixed(&'static [&'static str]),
    /// A column of another sheet, by sheet name and column letter: the ids on it.
    Column(&'static str, &'static str),
}

/// The drop-down lists: sheet, column header, and the list (fixed words, or a column of another sheet). The fixed
/// words are the core's (`medborgarloften_core::dataset::choices`); reading also takes other words for the same
/// thing.
pub const LISTS: [(&str, &str, List); 13] = [
    ("Löften", "period", List::Column("Perioder", "A")),
    ("Löften", "grupp", List::Column("Grupper", "B")),
    ("Rapporter", "period", List::Column("Perioder", "A")),
    ("Rapporter", "precision", List::Fixed(&PRECISION_WORDS)),
    ("Rapporter", "typ", List::Fixed(&REPORT_KIND_WORDS)),
    ("Dokument", "period", List::Column("Perioder", "A")),
    ("Grupper", "period", List::Column("Perioder", "A")),
    ("Stödlöften", "löfte", List::Column("Löften", "A")),
    ("Mål", "löfte", List::Column("Löften", "A")),
    ("Mål", "typ", List::Fixed(&TARGET_KIND_WORDS)),
    ("Uppföljningar", "löfte", List::Column("Löften", "A")),
    ("Uppföljningar", "status", List::Fixed(&STATUS_WORDS)),
    ("Områden", "prioriterat", List::Fixed(&YES_NO_WORDS)),
];

/// The Swedish columns whose texts may be translated, by sheet: each gets a column per language the app writes
/// besides Swedish (`rubrik (en)`, `rubrik (ar)`), after the sheet's Swedish columns, language by language. The
/// columns are the core's translatable fields (`Translatable::TEXTS` of the record each column's field is in).
pub const TRANSLATED: [(&str, &[&str]); 8] = [
    (
        "Perioder",
        &["rubrik", "inledning", "ledtext", "mål rubrik", "mål text", "uppföljning rubrik", "uppföljning text"],
    ),
    ("Grupper", &["rubrik", "inledning"]),
    ("Löften", &["rubrik", "text"]),
    ("Stödlöften", &["inledning", "punkt"]),
    ("Uppföljningar", &["notering"]),
    ("Områden", &["namn"]),
    ("Teman", &["namn"]),
    ("Parter", &["namn", "kortnamn", "i mening"]),
];

/// A column of translations: `rubrik (en)` holds the English of the Swedish column `rubrik`.
#[derive(Clone, Debug)]
pub struct TranslationColumn {
    /// The header, e.g. `rubrik (en)`.
    pub header: String,
    /// The Swedish column it translates.
    pub swedish: Column,
    /// The language's code, e.g. `en`.
    pub language: &'static str,
}

impl TranslationColumn {
    /// The dataset path of the translation inside the row's record: `translations.en.title`, or
    /// `goal.translations.en.heading` for a field of a record inside it.
    pub fn field(&self) -> String {
        match self.swedish.field.rsplit_once('.') {
            Some((inner, field)) => format!("{inner}.translations.{}.{field}", self.language),
            None => format!("translations.{}.{}", self.language, self.swedish.field),
        }
    }
}

/// The translation columns of `sheet`, in the order they stand after its Swedish columns: for each language the
/// app writes besides Swedish (English, then Arabic), one per translatable Swedish column. None for a sheet
/// without translatable texts.
pub fn translation_columns(sheet: &Sheet) -> Vec<TranslationColumn> {
    let Some((_, headers)) = TRANSLATED.iter().find(|(name, _)| *name == sheet.name) else { return Vec::new() };
    let languages = LANGUAGES.iter().filter(|language| !language.is_default());
    languages
        .flat_map(|language| {
            headers.iter().filter_map(move |header| {
                let swedish = *sheet.columns.iter().find(|column| column.header == *header)?;
                let header = format!("{header} ({})", language.code);
                Some(TranslationColumn { header, swedish, language: language.code })
            })
        })
        .collect()
}

/// Joins a list inside one cell.
pub const LIST_SEPARATOR: &str = ", ";

/// A column's letters as a spreadsheet shows them: 0 → A, 25 → Z, 26 → AA.
pub fn column_letters(index: usize) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translation_columns_follow_language_by_language_and_name_their_field() {
        let headers: Vec<String> = translation_columns(&LOFTEN).into_iter().map(|c| c.header).collect();
        assert_eq!(headers, ["rubrik (en)", "text (en)", "rubrik (ar)", "text (ar)"]);
        let fields: Vec<String> = translation_columns(&PERIODER).iter().map(TranslationColumn::field).collect();
        assert_eq!(fields[0], "translations.en.title");
        assert_eq!(fields[3], "goal.translations.en.heading");
        assert!(translation_columns(&MAL).is_empty());
        for (sheet, headers) in TRANSLATED {
            let sheet = SHEETS.iter().find(|s| s.name == sheet).expect("a sheet of the workbook");
            assert_eq!(translation_columns(sheet).len(), headers.len() * 2, "{}: every header is a column", sheet.name);
        }
    }

    #[test]
    fn column_letters_count_like_a_spreadsheet() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
    }
}
