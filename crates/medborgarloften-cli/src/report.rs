//! The lines `validera` prints, built from core results: the OK summary, each data problem with its place, and
//! each district code the map file lacks. Also where a dataset's map file lives.
//!
//! Pure: no file or terminal I/O, so every line an editor sees is tested here.

use std::path::{Path, PathBuf};

use medborgarloften_core::geo::{check_codes, GeoCollection, GeoError};
use medborgarloften_core::{DataError, Dataset, Problem};

/// "OK: 15 löften i 2 perioder (Eskilstuna kommun)".
pub fn ok_line(data: &Dataset) -> String {
    let promises = data.promises.len();
    let periods = data.periods.len();
    let promise_word = if promises == 1 { "löfte" } else { "löften" };
    let period_word = if periods == 1 { "period" } else { "perioder" };
    format!("OK: {promises} {promise_word} i {periods} {period_word} ({})", data.municipality.name)
}

/// One line per problem, each starting with the file: a content error list gives one line per broken rule.
pub fn data_error_lines(file: &str, err: &DataError) -> Vec<String> {
    match err {
        DataError::Invalid(problems) => problems.iter().map(|problem| format!("{file}: {problem}")).collect(),
        other => vec![format!("{file}: {other}")],
    }
}

/// "Varning: data.json: promises[2] (x).followups[1]: status …" for each warning, then a count; empty without.
pub fn warning_lines(file: &str, warnings: &[Problem]) -> Vec<String> {
    let mut lines: Vec<String> = warnings.iter().map(|w| format!("Varning: {file}: {w}")).collect();
    match warnings.len() {
        0 => {}
        1 => lines.push("1 varning (datamängden går ändå att publicera).".to_string()),
        n => lines.push(format!("{n} varningar (datamängden går ändå att publicera).")),
    }
    lines
}

/// One line for every RegSO code a district of `data` names that the map file `geo` lacks; empty when all exist.
pub fn missing_code_lines(file: &str, data: &Dataset, geo: &GeoCollection, geo_file: &str) -> Vec<String> {
    let mut lines = Vec::new();
    for (i, district) in data.districts.iter().enumerate() {
        for (j, code) in district.regso.iter().enumerate() {
            // One code at a time, so every missing code is reported, not only the first.
            if let Err(GeoError::UnknownCode { code }) = check_codes(geo, [code.as_str()]) {
                let err = GeoError::UnknownDistrictCode { district: district.name.clone(), code };
                lines.push(format!("{file}: districts[{i}] ({}).regso[{j}]: {err} ({geo_file})", district.id));
            }
        }
    }
    lines
}

/// "OK: kartfilen … har alla 5 områdeskoder som områdena nämner".
pub fn map_ok_line(data: &Dataset, geo_file: &str) -> String {
    let codes: usize = data.districts.iter().map(|district| district.regso.len()).sum();
    format!("OK: kartfilen {geo_file} har alla {codes} områdeskoder som datamängdens områden nämner")
}

/// The app root of a dataset file: the parent of the folder it lies in (`public/data/x.json` → `public`).
/// The dataset's `geometry` paths are relative to it.
pub fn app_root(dataset: &Path) -> PathBuf {
    let folder = dataset.parent().filter(|folder| !folder.as_os_str().is_empty()).unwrap_or(Path::new("."));
    if folder == Path::new(".") {
        return PathBuf::from("..");
    }
    if folder.file_name().is_none() {
        // `..` and the like: there is no name to strip, so step up instead.
        return folder.join("..");
    }
    match folder.parent() {
        Some(root) if !root.as_os_str().is_empty() => root.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use medborgarloften_core::geo::parse_geojson;
    use medborgarloften_core::{parse_dataset, Problem};

    fn eskilstuna() -> Dataset {
        parse_dataset(include_str!("../../../public/data/eskilstuna.json")).expect("the shipped dataset is valid")
    }

    #[test]
    fn ok_line_counts_promises_and_periods() {
        let mut data = eskilstuna();
        assert_eq!(ok_line(&data), "OK: 15 löften i 2 perioder (Eskilstuna kommun)");
        data.promises.truncate(1);
        data.periods.truncate(1);
        assert_eq!(ok_line(&data), "OK: 1 löfte i 1 period (Eskilstuna kommun)");
    }

    #[test]
    fn each_problem_gets_its_own_line() {
        let problem = |path: &str| Problem { path: path.into(), message: "okänt tema".into() };
        let err = DataError::Invalid(vec![problem("promises[0] (a).themes[0]"), problem("promises[2] (b).themes[1]")]);
        let lines = data_error_lines("x.json", &err);
        assert_eq!(
            lines,
            ["x.json: promises[0] (a).themes[0]: okänt tema", "x.json: promises[2] (b).themes[1]: okänt tema"]
        );
        let syntax = DataError::Syntax { line: 3, column: 7, message: "väntade ,".into() };
        assert_eq!(
            data_error_lines("x.json", &syntax),
            ["x.json: Filen är inte giltig JSON: rad 3, kolumn 7: väntade ,."]
        );
    }

    #[test]
    fn every_missing_code_is_named_with_its_district() {
        let geo = parse_geojson(include_str!("../../../public/geo/eskilstuna-districts.geojson")).expect("valid map");
        let mut data = eskilstuna();
        assert!(missing_code_lines("d.json", &data, &geo, "g.geojson").is_empty());
        data.districts[1].regso = vec!["0484R998".into(), "0484R017".into(), "0484R999".into()];
        let lines = missing_code_lines("d.json", &data, &geo, "g.geojson");
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(lines[0].starts_with("d.json: districts[1] (skiftinge).regso[0]: "), "{}", lines[0]);
        assert!(lines[0].contains("0484R998") && lines[1].contains("0484R999"), "{lines:?}");
    }

    #[test]
    fn app_root_is_the_folder_above_the_dataset_folder() {
        assert_eq!(app_root(Path::new("public/data/eskilstuna.json")), Path::new("public"));
        assert_eq!(app_root(Path::new("/srv/app/data/x.json")), Path::new("/srv/app"));
        assert_eq!(app_root(Path::new("data/x.json")), Path::new("."));
        assert_eq!(app_root(Path::new("x.json")), Path::new(".."));
        assert_eq!(app_root(Path::new("./x.json")), Path::new(".."));
        assert_eq!(app_root(Path::new("../x.json")), Path::new("../.."));
    }
}
