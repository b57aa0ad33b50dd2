//! Progress toward a promise's numeric targets, from the cumulative values in its follow-up entries.
//!
//! Pure core: no UI dependency. The bar is capped at 100 %; going past the target is a separate flag, so the
//! UI can say "överträffat" in words rather than by colour.
//!
//! **A target with a rate** ("minst 1 trafikkontroll per vecka") is never measured as "N av 1": editors report
//! the total so far (docs/redaktorer.md), and a total is not a rate. Nor is it compared with what the rate would
//! add up to by the report's date (1 per vecka × 17 veckor ≈ 17): that figure would be ours, not the kommun's, and
//! it could still not say whether the target was met — "minst 1 per vecka" is kept only if every week had one, and
//! 17 controls in one week followed by none add up to the same 17. So a rate target's number is shown beside the
//! target, with no bar and no verdict: "12 kontroller hittills · mål minst 1 per vecka"; the kommun's own status
//! says how it goes. [`total_target`] is the one place that decides whether a number is measured against the
//! target; the card ([`target_progress`]), the history and the feed ([`amount_text`]), the CSV (through the card)
//! and the editors' warnings all go by it.
//!
//! Dataset layer: may use `json` and `text`; must not import `geo`, `page` or `export`.

use crate::dataset::date::Date;
use crate::dataset::model::{Amount, Promise, Target, TargetKind};
use crate::lang::{fill, Language, SWEDISH};

/// How far one target has come.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TargetProgress {
    /// The target's id.
    pub target_id: String,
    /// What is counted, starting with a capital, e.g. "Trafik- och trafikrelaterade kontroller".
    pub label: String,
    /// Achieved so far (cumulative), from the latest entry that reports this target.
    pub achieved: u32,
    /// "143 av 200" for a total (the label already says what is counted); for a rate, the number beside the
    /// target: "12 kontroller hittills · mål minst 1 per vecka".
    pub text: String,
    /// The bar toward a total; `None` for a rate, which a total so far cannot be measured against.
    pub bar: Option<ProgressBar>,
    /// What the bar means in words, in the card's language ([`ProgressBar::remark_in`]): "överträffat".
    pub remark: Option<&'static str>,
    /// Date of the entry the value comes from.
    pub as_of: Date,
}

impl TargetProgress {
    /// The whole line as the card reads it: "Trafikkontroller: 143 av 200", "…: 230 av 200 – överträffat",
    /// "…: 12 kontroller hittills · mål minst 1 per vecka".
    pub fn line(&self) -> String {
        let remark = self.remark.map(|r| format!(" – {r}")).unwrap_or_default();
        format!("{}: {}{remark}", self.label, self.text)
    }
}

/// A bar toward a total target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProgressBar {
    /// The promised total: the bar's maximum.
    pub target: u32,
    /// The bar's value: the achieved number, capped at the target.
    pub value: u32,
    /// achieved / target in whole percent, rounded down and capped at 100 (so 199 of 200 is 99 %, not 100 %).
    pub percent: u32,
    /// True when more than the target was achieved.
    pub exceeded: bool,
    /// True when the target is reached or exceeded.
    pub reached: bool,
}

impl ProgressBar {
    /// What the bar means in words, said after the numbers: "överträffat", "målet nått", or nothing on the way.
    pub fn remark(&self) -> Option<&'static str> {
        self.remark_in(SWEDISH)
    }

    /// [`ProgressBar::remark`] in `lang`: "exceeded", "target reached".
    pub fn remark_in(&self, lang: &Language) -> Option<&'static str> {
        if self.exceeded {
            Some(lang.words.card.exceeded)
        } else if self.reached {
            Some(lang.words.card.reached)
        } else {
            None
        }
    }
}

/// The number a cumulative result is measured against: the target's value when it is a total for the period.
/// `None` for a target with a rate ("minst 1 per vecka": a total so far cannot be measured against it, see the
/// module's comment) and for a count without a target.
pub fn total_target(target: &Target) -> Option<u32> {
    target.value.filter(|_| target.rate.is_none())
}

/// Progress for every numeric target of the promise that some entry reports as a number; targets never reported,
/// reported only in words, or counted without a target value are left out.
pub fn target_progress(promise: &Promise) -> Vec<TargetProgress> {
    target_progress_in(promise, SWEDISH)
}

/// [`target_progress`] in `lang`.
pub fn target_progress_in(promise: &Promise, lang: &Language) -> Vec<TargetProgress> {
    promise.targets.iter().filter_map(|target| progress_in(promise, target, lang)).collect()
}

/// Progress toward one target: the value of the latest entry (by date) that reports it; a bar only toward a total.
pub fn progress_of(promise: &Promise, target: &Target) -> Option<TargetProgress> {
    progress_in(promise, target, SWEDISH)
}

/// [`progress_of`] in `lang`.
pub fn progress_in(promise: &Promise, target: &Target, lang: &Language) -> Option<TargetProgress> {
    let words = &lang.words.card;
    let value = target.value?;
    let (as_of, achieved) = promise
        .followups
        .iter()
        .filter_map(|entry| entry.achieved.get(&target.id).and_then(Amount::number).map(|n| (entry.date, n)))
        .max_by_key(|(date, _)| *date)?;
    let number = achieved.to_string();
    let (text, bar) = match total_target(target) {
        Some(total) => (
            fill(words.progress_total, &[("achieved", &number), ("total", &total.to_string())]),
            Some(bar(achieved, total)),
        ),
        None => {
            let goal = goal_text(target, value, lang);
            (fill(words.progress_rate, &[("achieved", &number), ("unit", &target.unit), ("goal", &goal)]), None)
        }
    };
    Some(TargetProgress {
        target_id: target.id.clone(),
        label: capitalized(&target.label),
        achieved,
        text,
        remark: bar.and_then(|b| b.remark_in(lang)),
        bar,
        as_of: as_of.last_day(),
    })
}

fn bar(achieved: u32, target: u32) -> ProgressBar {
    ProgressBar {
        target,
        value: achieved.min(target),
        percent: percent(achieved, target),
        exceeded: achieved > target,
        reached: achieved >= target,
    }
}

/// The target in short, beside a number: "mål minst 1 per vecka".
fn goal_text(target: &Target, value: u32, lang: &Language) -> String {
    let words = &lang.words.card;
    let template = if target.kind == Some(TargetKind::Minst) { words.goal_at_least } else { words.goal };
    fill(template, &[("value", &value.to_string()), ("rate", &rate_text(target))])
}

/// The target's rate after a space (" per vecka"), or nothing.
fn rate_text(target: &Target) -> String {
    target.rate.as_ref().map(|r| format!(" {r}")).unwrap_or_default()
}

/// `text` with its first letter in upper case.
fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// One reported amount in words, for the history and the feed: "143 av 200 kontroller"; beside a rate target
/// "12 kontroller · mål minst 1 per vecka"; without a target value "37 kontroller"; in words "ett 15-tal
/// kontroller".
pub fn amount_text(achieved: &Amount, target: &Target) -> String {
    amount_text_in(achieved, target, SWEDISH)
}

/// [`amount_text`] in `lang`.
pub fn amount_text_in(achieved: &Amount, target: &Target, lang: &Language) -> String {
    let words = &lang.words.card;
    let unit = ("unit", target.unit.as_str());
    match (achieved, total_target(target), target.value) {
        (Amount::Number(n), Some(total), _) => {
            fill(words.amount_total, &[("n", &n.to_string()), ("total", &total.to_string()), unit])
        }
        (Amount::Number(n), None, Some(value)) => {
            fill(words.amount_goal, &[("n", &n.to_string()), unit, ("goal", &goal_text(target, value, lang))])
        }
        (Amount::Number(n), None, None) => fill(words.amount, &[("n", &n.to_string()), unit]),
        (Amount::Text(said), _, _) => fill(words.amount, &[("n", said), unit]),
    }
}

/// A target in words for the card: "200 trafikkontroller", "minst 1 tillsyn per vecka", or what is counted when
/// there is no target ("räknas: trygghetsvandringar").
pub fn target_text(target: &Target) -> String {
    target_text_in(target, SWEDISH)
}

/// [`target_text`] in `lang`.
pub fn target_text_in(target: &Target, lang: &Language) -> String {
    let words = &lang.words.card;
    let Some(value) = target.value else {
        return fill(words.target_uncounted, &[("label", &target.label)]);
    };
    let template = if target.kind == Some(TargetKind::Minst) { words.target_at_least } else { words.target };
    fill(template, &[("value", &value.to_string()), ("label", &target.label), ("rate", &rate_text(target))])
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
            translations: Default::default(),
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
        let bar = all[0].bar.expect("a total has a bar");
        assert_eq!((bar.percent, bar.value, bar.target), (71, 143, 200));
        assert!(!bar.exceeded && !bar.reached);
        assert_eq!(bar.remark(), None);
        assert_eq!(all[0].as_of, Date::from_ymd(2019, 8, 31).expect("date"));
        assert_eq!(all[1].text, "1 av 1");
        let bar = all[1].bar.expect("a total has a bar");
        assert!(bar.reached && !bar.exceeded);
        assert_eq!((bar.percent, bar.remark()), (100, Some("målet nått")));
    }

    #[test]
    fn exceeding_is_flagged_and_the_bar_capped() {
        let p = promise(vec![entry(2019, 12, 31, &[("kontroller", 230)])]);
        let progress = &target_progress(&p)[0];
        let bar = progress.bar.expect("a total has a bar");
        assert_eq!((bar.percent, bar.value), (100, 200));
        assert!(bar.exceeded && bar.reached);
        assert_eq!(bar.remark(), Some("överträffat"));
        assert_eq!(progress.text, "230 av 200");
        assert_eq!(progress.line(), "Trafikkontroller: 230 av 200 – överträffat");
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

    #[test]
    fn a_rate_target_is_never_measured_as_a_total() {
        let mut t = fixtures::target("kontroller", 1, "kontroller", "trafikkontroller");
        t.kind = Some(TargetKind::Minst);
        t.rate = Some("per vecka".into());
        assert_eq!(total_target(&t), None);
        let p = fixtures::promise(vec![t.clone()], vec![entry(2019, 5, 14, &[("kontroller", 12)])]);
        let progress = &target_progress(&p)[0];
        assert_eq!(progress.text, "12 kontroller hittills · mål minst 1 per vecka");
        assert_eq!(progress.bar, None, "no bar: 12 of a weekly 1 is no share of anything");
        assert_eq!(progress.achieved, 12);
        assert_eq!(progress.line(), "Trafikkontroller: 12 kontroller hittills · mål minst 1 per vecka");
        assert_eq!(amount_text(&Amount::Number(12), &t), "12 kontroller · mål minst 1 per vecka");
        assert!(!amount_text(&Amount::Number(12), &t).contains(" av "));
        t.kind = Some(TargetKind::Exakt);
        t.value = Some(4);
        t.rate = Some("per månad".into());
        assert_eq!(amount_text(&Amount::Number(9), &t), "9 kontroller · mål 4 per månad");
        t.rate = None;
        assert_eq!(total_target(&t), Some(4), "without a rate the value is a total");
    }
}
