//! Progress toward a promise's numeric targets, from the cumulative values in its follow-up entries.
//!
//! Pure core: no UI dependency. The bar is capped at 100 %; going past the target is a separate flag, so the
//! UI can say "överträffat" in words rather than by colour.
//!
//! Dataset layer: may use `json` and `text`; must not import `geo`, `page` or `export`.

use crate::dataset::date::Date;
use crate::dataset::model::{Amount, Promise, Target};

/// How far one target has come.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TargetProgress {
    /// The target's id.
    pub target_id: String,
    /// What is counted, starting with a capital, e.g. "Trafik- och trafikrelaterade kontroller".
    pub label: String,
    /// Achieved so far (cumulative), from the latest entry that reports this target.
    pub achieved: u32,
    /// The promised number.
    pub target: u32,
    /// achieved / target in whole percent, rounded down and capped at 100 (so 199 of 200 is 99 %, not 100 %).
    pub percent: u32,
    /// True when more than the target was achieved.
    pub exceeded: bool,
    /// True when the target is reached or exceeded.
    pub reached: bool,
    /// "143 av 200": the label already says what is counted.
    pub text: String,
    /// Date of the entry the value comes from.
    pub as_of: Date,
}

/// Progress for every numeric target of the promise that some entry reports as a number; targets never reported,
/// reported only in words, or counted without a target value are left out.
pub fn target_progress(promise: &Promise) -> Vec<TargetProgress> {
    promise.targets.iter().filter_map(|target| progress_of(promise, target)).collect()
}

/// Progress toward one target: the value of the latest entry (by date) that reports it.
pub fn progress_of(promise: &Promise, target: &Target) -> Option<TargetProgress> {
    let value = target.value?;
    let (as_of, achieved) = promise
        .followups
        .iter()
        .filter_map(|entry| entry.achieved.get(&target.id).and_then(Amount::number).map(|n| (entry.date, n)))
        .max_by_key(|(date, _)| *date)?;
    Some(TargetProgress {
        target_id: target.id.clone(),
        label: capitalized(&target.label),
        achieved,
        target: value,
        percent: percent(achieved, value),
        exceeded: achieved > value,
        reached: achieved >= value,
        text: format!("{achieved} av {value}"),
        as_of: as_of.last_day(),
    })
}

/// `text` with its first letter in upper case.
fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// "143 av 200 kontroller"; without a target value "37 kontroller"; in words "ett 15-tal kontroller".
pub fn amount_text(achieved: &Amount, target: &Target) -> String {
    match (achieved, target.value) {
        (Amount::Number(n), Some(value)) => format!("{n} av {value} {}", target.unit),
        (Amount::Number(n), None) => format!("{n} {}", target.unit),
        (Amount::Text(words), _) => format!("{words} {}", target.unit),
    }
}

/// A target in words for the card: "200 trafikkontroller", "minst 1 tillsyn per vecka", or what is counted when
/// there is no target ("räknas: trygghetsvandringar").
pub fn target_text(target: &Target) -> String {
    let Some(value) = target.value else {
        return format!("räknas utan mål: {}", target.label);
    };
    let at_least = if target.kind == Some(crate::dataset::model::TargetKind::Minst) { "minst " } else { "" };
    let rate = target.rate.as_ref().map(|r| format!(" {r}")).unwrap_or_default();
    format!("{at_least}{value} {}{rate}", target.label)
}

/// Whole percent, rounded down, capped at 100; 0 for a zero target (validation refuses those anyway).
pub fn percent(achieved: u32, target: u32) -> u32 {
    if target == 0 {
        return 0;
    }
    let exact = u64::from(achieved) * 100 / u64::from(target);
    u32::try_from(exact.min(100)).unwrap_or(100)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::dataset::fixtures;
    use crate::dataset::model::FollowupEntry;
    use crate::dataset::status::Status;

    fn entry(y: i32, m: u32, d: u32, values: &[(&str, u32)]) -> FollowupEntry {
        FollowupEntry {
            date: crate::dataset::month::ReportDate::day(Date::from_ymd(y, m, d).expect("valid date")),
            status: Status::InProgress,
            achieved: values.iter().map(|(k, v)| (k.to_string(), Amount::Number(*v))).collect::<BTreeMap<_, _>>(),
            note: None,
            source: None,
        }
    }

    fn promise(followups: Vec<FollowupEntry>) -> Promise {
        let targets = vec![
            fixtures::target("kontroller", 200, "kontroller", "trafikkontroller"),
            fixtures::target("forum", 1, "medborgarforum", "medborgarforum"),
        ];
        fixtures::promise(targets, followups)
    }

    #[test]
    fn uses_the_latest_entry_that_reports_the_target() {
        let p = promise(vec![
            entry(2019, 4, 30, &[("kontroller", 60)]),
            entry(2019, 8, 31, &[("kontroller", 143), ("forum", 0)]),
            entry(2019, 12, 31, &[("forum", 1)]),
        ]);
        let all = target_progress(&p);
        assert_eq!(all.len(), 2);
        assert_eq!(all[0].text, "143 av 200");
        assert_eq!(all[0].percent, 71);
        assert!(!all[0].exceeded && !all[0].reached);
        assert_eq!(all[0].as_of, Date::from_ymd(2019, 8, 31).expect("date"));
        assert_eq!(all[1].text, "1 av 1");
        assert!(all[1].reached && !all[1].exceeded);
        assert_eq!(all[1].percent, 100);
    }

    #[test]
    fn exceeding_is_flagged_and_the_bar_capped() {
        let p = promise(vec![entry(2019, 12, 31, &[("kontroller", 230)])]);
        let progress = &target_progress(&p)[0];
        assert_eq!(progress.percent, 100);
        assert!(progress.exceeded && progress.reached);
        assert_eq!(progress.text, "230 av 200");
    }

    #[test]
    fn rounds_down_so_almost_is_not_done() {
        assert_eq!(percent(199, 200), 99);
        assert_eq!(percent(200, 200), 100);
        assert_eq!(percent(0, 200), 0);
        assert_eq!(percent(u32::MAX, 1), 100);
        assert_eq!(percent(5, 0), 0);
    }

    #[test]
    fn unreported_targets_have_no_progress() {
        assert!(target_progress(&promise(vec![])).is_empty());
        assert!(target_progress(&promise(vec![entry(2019, 4, 30, &[])])).is_empty());
    }

    #[test]
    fn targets_read_with_their_kind_rate_and_counts_without_target() {
        let mut t = fixtures::target("tillsyn", 1, "tillsyner", "tillsyn av krogar");
        assert_eq!(target_text(&t), "1 tillsyn av krogar");
        t.kind = Some(crate::dataset::model::TargetKind::Minst);
        t.rate = Some("per vecka".into());
        assert_eq!(target_text(&t), "minst 1 tillsyn av krogar per vecka");
        t.value = None;
        assert_eq!(target_text(&t), "räknas utan mål: tillsyn av krogar");
        assert_eq!(amount_text(&Amount::Number(37), &t), "37 tillsyner");
        assert_eq!(amount_text(&Amount::Text("flertalet".into()), &t), "flertalet tillsyner");
        let p = fixtures::promise(vec![t], vec![entry(2019, 4, 30, &[("tillsyn", 37)])]);
        assert!(target_progress(&p).is_empty(), "nothing to measure against");
    }
}
