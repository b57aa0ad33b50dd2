//! The template for a new kommun's dataset (`medborgarloften ny` and the workspace's "Ny datamängd"): Polisen and
//! the kommun, one theme, one district, one period and one example promise, marked as example data and written to
//! be overwritten. It passes every rule.
//!
//! Pure core: no UI dependency.

use crate::dataset::model::{
    District, FollowupPlan, Link, Municipality, Party, Period, Promise, Target, TargetKind, Theme, SCHEMA_VERSION,
};
use crate::dataset::month::Month;
use crate::text::fold::{fold, id_words};
use crate::{Dataset, Date};

/// A machine id from a kommun's name: "Grästorps kommun" → `grastorps`, "Göteborgs stad" → `goteborgs-stad`.
pub fn dataset_id(name: &str) -> String {
    let folded = fold(name.trim());
    let id = id_words(folded.strip_suffix(" kommun").unwrap_or(&folded)).join("-");
    if id.is_empty() {
        "kommun".to_string()
    } else {
        id
    }
}

/// The template: Polisen and the kommun, one theme, one district, one period for `today`'s year and one example
/// promise with a target, all marked as example data (`example: true`) and written to be overwritten.
pub fn template(name: &str, code: &str, today: Date) -> Dataset {
    let year = today.to_string().get(..4).and_then(|y| y.parse::<u16>().ok()).unwrap_or(2026);
    let month = |m| Month::new(year, m).unwrap_or(Month { year, month: 1 });
    let name = name.trim();
    Dataset {
        schema: Some("schema.json".to_string()),
        schema_version: SCHEMA_VERSION,
        id: dataset_id(name),
        title: format!("Medborgarlöften – {name}"),
        example: true,
        updated: today,
        municipality: Municipality { name: name.to_string(), code: code.trim().to_string() },
        source: Link {
            title: "Polisen: medborgarlöften (byt mot sidan där löftena publiceras)".to_string(),
            url: "https://polisen.se/".to_string(),
        },
        geometry: None,
        look: None,
        parties: Party::police_and_kommun(name),
        themes: vec![Theme {
            translations: Default::default(),
            id: "trygghet".to_string(),
            name: "Trygghet (exempel: byt eller lägg till teman)".to_string(),
        }],
        districts: vec![District {
            translations: Default::default(),
            id: "centrum".to_string(),
            name: "Centrum (exempel: byt eller ta bort)".to_string(),
            priority: false,
            regso: Vec::new(),
        }],
        periods: vec![Period {
            translations: Default::default(),
            id: year.to_string(),
            start: month(1),
            end: month(12),
            title: format!("Medborgarlöfte {year}"),
            intro: "Exempel: skriv här det inledande löftet, ordagrant som det publicerats.".to_string(),
            lead: Some("Polisen och kommunen lovar att:".to_string()),
            goal: None,
            followup: FollowupPlan {
                translations: Default::default(),
                heading: "Så följs löftena upp".to_string(),
                text: Some("Exempel: skriv här hur och när löftena följs upp.".to_string()),
                reports: Vec::new(),
            },
            documents: Vec::new(),
            source_url: "https://polisen.se/".to_string(),
            groups: Vec::new(),
        }],
        promises: vec![Promise {
            translations: Default::default(),
            id: format!("{year}-exempel"),
            period: year.to_string(),
            group: None,
            parties: vec!["polisen".to_string(), "kommunen".to_string()],
            title: "Exempel på löfte (skriv över)".to_string(),
            text: "Exempel: att genomföra minst fyra trygghetsvandringar i centrum.".to_string(),
            sub_promises: Vec::new(),
            themes: vec!["trygghet".to_string()],
            districts: vec!["centrum".to_string()],
            targets: vec![Target {
                id: "vandringar".to_string(),
                value: Some(4),
                kind: Some(TargetKind::Minst),
                rate: None,
                unit: "trygghetsvandringar".to_string(),
                label: "genomförda trygghetsvandringar".to_string(),
            }],
            followups: Vec::new(),
            source_url: None,
        }],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::validate::validate;

    #[test]
    fn ids_come_from_the_name() {
        assert_eq!(dataset_id("Grästorps kommun"), "grastorps");
        assert_eq!(dataset_id("Göteborgs stad"), "goteborgs-stad");
        assert_eq!(dataset_id("  Kungälvs kommun "), "kungalvs");
        assert_eq!(dataset_id("???"), "kommun");
    }

    #[test]
    fn the_template_is_valid_example_data() {
        let today = Date::from_ymd(2027, 3, 1).expect("a date");
        let data = template("Grästorps kommun", "1444", today);
        assert!(validate(&data).is_empty(), "{:?}", validate(&data));
        assert!(data.example);
        assert_eq!(data.periods[0].id, "2027");
        assert_eq!(data.promises[0].period, "2027");
    }
}
