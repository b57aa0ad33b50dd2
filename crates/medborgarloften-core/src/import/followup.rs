//! What a page says about a period besides its promises: the follow-up plan ("Följ med i hur det går!",
//! "Medborgarlöftet följs upp …", "redovisas i maj och september 2019 samt slutredovisas i januari 2020") with the
//! reports it names, the joint goal ("Det här ska vi åstadkomma tillsammans"), and documents ("….pdf").
//!
//! Import layer: of the layers below uses `dataset::model`, `dataset::date`, `dataset::month` and `text::fold`; of its
//! own only `blocks`.

use crate::dataset::date::{Date, MONTHS_SV};
use crate::dataset::model::{PlannedReport, ReportKind};
use crate::dataset::month::{DatePrecision, Month};
use crate::import::blocks::month_number;
use crate::text::fold::fold;

/// A line without its closing ":", "!" or ".", folded.
fn plain(line: &str) -> String {
    fold(line.trim().trim_end_matches([':', '!', '.']).trim())
}

/// A heading over the follow-up plan.
pub(crate) fn is_followup_heading(line: &str) -> bool {
    let folded = plain(line);
    matches!(
        folded.as_str(),
        "uppfoljning"
            | "folj med i hur det gar"
            | "sa foljs loftet upp"
            | "sa foljs loftena upp"
            | "sa foljs medborgarloftet upp"
            | "sa foljer vi upp"
            | "sa har foljer vi upp"
            | "uppfoljning och utvardering"
            | "uppfoljning av medborgarloftet"
            | "uppfoljning av medborgarloften"
            | "uppfoljning av loftena"
            | "redovisning"
    )
}

/// A heading over the joint goal.
pub(crate) fn is_goal_heading(line: &str) -> bool {
    let folded = plain(line);
    matches!(
        folded.as_str(),
        "det har ska vi astadkomma tillsammans"
            | "det har vill vi astadkomma tillsammans"
            | "det har ska vi astadkomma"
            | "vart gemensamma mal"
            | "gemensamt mal"
            | "malet"
            | "mal"
    )
}

/// A sentence of a follow-up plan: "Medborgarlöftet skall följas upp tertialvis …", "… redovisas i maj …".
pub(crate) fn is_plan(text: &str) -> bool {
    let folded = fold(text);
    ["foljs upp", "foljas upp", "redovisas", "slutredovis", "uppfoljningen sker", "uppfoljning sker", "utvarderas"]
        .iter()
        .any(|phrase| folded.contains(phrase))
}

/// A document the page links: a line that ends in ".pdf" (or "PDF", as some pages print the link's type).
pub(crate) fn document(line: &str) -> Option<String> {
    let line = line.trim();
    let lower = line.to_lowercase();
    let ends = lower.ends_with(".pdf") || lower.ends_with(".docx") || line.ends_with("PDF");
    (ends && line.split_whitespace().count() <= 15 && line.chars().count() > 4).then(|| line.to_string())
}

/// The reports a plan names, in date order, none before `first`: "i maj och september 2019" (two internal reports,
/// known to the month), "slutredovisas i januari 2020" (the final report), "under 2019" (known to the year).
pub(crate) fn reports(plan: &str, first: Month) -> Vec<PlannedReport> {
    let words: Vec<&str> = plan.split_whitespace().collect();
    let mut found: Vec<PlannedReport> = Vec::new();
    let mut months: Vec<u32> = Vec::new();
    let mut final_report = false;
    let is_final_word =
        |folded: &str| ["slutredovis", "slutrapport", "slutuppfolj"].iter().any(|w| folded.starts_with(w));
    for (i, word) in words.iter().enumerate() {
        let folded = fold(word.trim_end_matches([',', '.', ';']));
        if is_final_word(&folded) {
            final_report = true;
            continue;
        }
        if let Some(m) = month_number(word).filter(|_| word.chars().all(|c| c.is_alphabetic() || c == ',')) {
            months.push(m);
            continue;
        }
        let digits = word.trim_end_matches(|c: char| !c.is_ascii_digit());
        let year = (digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit()))
            .then(|| digits.parse::<i32>().ok())
            .flatten();
        if let Some(year) = year {
            let kind = if final_report { ReportKind::Slut } else { ReportKind::Intern };
            if !months.is_empty() {
                for &m in &months {
                    push_month(&mut found, year, m, kind);
                }
            } else if i > 0 && fold(words[i - 1]) == "under" {
                push_year(&mut found, year, kind);
            }
            months.clear();
            final_report = false;
            continue;
        }
        // "i maj och september 2019": the words between months and their year; anything else starts afresh.
        if !matches!(folded.as_str(), "och" | "samt" | "i" | "under" | "-" | "–") {
            months.clear();
            final_report = false;
        }
    }
    found.retain(|r| r.date >= first.first_day());
    found.sort_by_key(|r| r.date);
    found.dedup_by_key(|r| r.date);
    found
}

fn push_month(found: &mut Vec<PlannedReport>, year: i32, month: u32, kind: ReportKind) {
    let Some(m) = u16::try_from(year).ok().zip(u8::try_from(month).ok()).and_then(|(y, m)| Month::new(y, m)) else {
        return;
    };
    let name = MONTHS_SV.get(usize::from(m.month) - 1).copied().unwrap_or_default();
    let title = match kind {
        ReportKind::Slut => format!("Slutredovisning i {name} {year}"),
        ReportKind::Intern => format!("Redovisning i {name} {year}"),
    };
    found.push(PlannedReport { date: m.last_day(), precision: DatePrecision::Month, kind, title });
}

fn push_year(found: &mut Vec<PlannedReport>, year: i32, kind: ReportKind) {
    let Some(date) = Date::from_ymd(year, 12, 31) else { return };
    let title = match kind {
        ReportKind::Slut => format!("Slutredovisning under {year}"),
        ReportKind::Intern => format!("Redovisning under {year}"),
    };
    found.push(PlannedReport { date, precision: DatePrecision::Year, kind, title });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(plan: &str, first_year: u16) -> Vec<(String, DatePrecision, ReportKind)> {
        reports(plan, Month { year: first_year, month: 1 })
            .into_iter()
            .map(|r| (r.date.to_string(), r.precision, r.kind))
            .collect()
    }

    #[test]
    fn months_and_the_final_report() {
        let plan = "Medborgarlöftet skall följas upp tertialvis med intern redovisning i maj och september 2019 samt \
                    slutredovisas i januari 2020. Det löpande arbetet kan följas på polisens och kommunens sociala medier.";
        assert_eq!(
            read(plan, 2019),
            [
                ("2019-05-31".into(), DatePrecision::Month, ReportKind::Intern),
                ("2019-09-30".into(), DatePrecision::Month, ReportKind::Intern),
                ("2020-01-31".into(), DatePrecision::Month, ReportKind::Slut),
            ]
        );
    }

    #[test]
    fn a_year_alone_is_known_to_the_year() {
        let plan = "Arbetet följs upp tertialvis och kommer att redovisas i maj och september 2018 samt under 2019.";
        assert_eq!(
            read(plan, 2018),
            [
                ("2018-05-31".into(), DatePrecision::Month, ReportKind::Intern),
                ("2018-09-30".into(), DatePrecision::Month, ReportKind::Intern),
                ("2019-12-31".into(), DatePrecision::Year, ReportKind::Intern),
            ]
        );
    }

    #[test]
    fn headings_and_documents() {
        assert!(is_followup_heading("Följ med i hur det går!"));
        assert!(is_followup_heading("Uppföljning"));
        assert!(is_goal_heading("Det här ska vi åstadkomma tillsammans"));
        assert!(is_plan("En gång per år ska medborgarlöftet följas upp och revideras vid behov."));
        assert_eq!(
            document("Uppföljning Trosa kommun T1-T3 2018.pdf").as_deref(),
            Some("Uppföljning Trosa kommun T1-T3 2018.pdf")
        );
        assert_eq!(document("Medborgarlöfte Ale kommun 2020PDF").as_deref(), Some("Medborgarlöfte Ale kommun 2020PDF"));
        assert_eq!(document("Uppföljning"), None);
    }
}
