//! A period's follow-up plan seen from a given day: which planned reports' dates have passed, which is next and
//! how many days away. We only know the plan, not whether a report was actually given, and the texts say so.
//!
//! Pure core: "today" is passed in (the app reads the browser's clock); no UI or clock dependency.
//!
//! Dataset layer: may use `json` and `text`; must not import `geo`, `page` or `export`.

use crate::dataset::date::Date;
use crate::dataset::model::{FollowupPlan, PlannedReport, ReportKind};
use crate::dataset::month::DatePrecision;
use crate::lang::{fill, Language, SWEDISH};

/// Where a planned report stands relative to today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportState {
    /// Its date has passed (we do not know whether the report was given).
    Passed,
    /// The first report whose date has not passed; due today at the latest.
    Next,
    /// A later report.
    Upcoming,
}

impl ScheduledReport {
    /// Swedish text for the timeline: "redovisad" once a follow-up from the report is published, otherwise
    /// "datum passerat", "nästa" or "planerad".
    pub fn state_text(&self) -> &'static str {
        self.state_text_in(SWEDISH)
    }

    /// [`ScheduledReport::state_text`] in `lang`.
    pub fn state_text_in(&self, lang: &Language) -> &'static str {
        let words = &lang.words.report;
        match (self.published, self.state) {
            (true, _) => words.state_published,
            (false, ReportState::Passed) => words.state_passed,
            (false, ReportState::Next) => words.state_next,
            (false, ReportState::Upcoming) => words.state_planned,
        }
    }
}

/// Marks the reports that a published follow-up comes from: a report covers the entries dated after the previous
/// report's date, up to its own. `entry_dates` are the dates of the period's follow-up entries.
pub fn mark_published(reports: &mut [ScheduledReport], entry_dates: &[Date]) {
    let mut after: Option<Date> = None;
    for report in reports {
        report.published = entry_dates.iter().any(|d| after.is_none_or(|a| *d > a) && *d <= report.date);
        after = Some(report.date);
    }
}

/// A planned report with its date in words and its state today.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScheduledReport {
    /// Title, e.g. "Intern redovisning, tertial 1".
    pub title: String,
    /// Internal or final report.
    pub kind: ReportKind,
    /// Due date (for month precision, the month's last day).
    pub date: Date,
    /// How precisely the date is known.
    pub precision: DatePrecision,
    /// The date as shown: "maj 2019" for month precision, "31 januari 2020" otherwise.
    pub when: String,
    /// Passed, next or upcoming.
    pub state: ReportState,
    /// Days from today to the due date; negative once passed.
    pub days_left: i64,
    /// True when a follow-up from this report is published (see [`mark_published`]).
    pub published: bool,
}

/// The plan's reports, each with its state on `today`. A report due today is still "next".
/// Validation guarantees the reports are in date order, so they are not sorted again here (a sort costs
/// kilobytes of wasm).
pub fn schedule(plan: &FollowupPlan, today: Date) -> Vec<ScheduledReport> {
    schedule_in(plan, today, SWEDISH)
}

/// [`schedule`], with the dates in `lang`.
pub fn schedule_in(plan: &FollowupPlan, today: Date, lang: &Language) -> Vec<ScheduledReport> {
    let mut next_taken = false;
    plan.reports
        .iter()
        .map(|report: &PlannedReport| {
            let state = if report.date < today {
                ReportState::Passed
            } else if next_taken {
                ReportState::Upcoming
            } else {
                next_taken = true;
                ReportState::Next
            };
            ScheduledReport {
                title: report.title.clone(),
                kind: report.kind,
                date: report.date,
                precision: report.precision,
                when: when_in(report.date, report.precision, lang),
                state,
                days_left: today.days_until(report.date),
                published: false,
            }
        })
        .collect()
}

/// "Nästa redovisning: senast 31 januari 2020, om 12 dagar" (day precision) or "Nästa redovisning: januari 2020"
/// (month precision, "denna månad" when today is in it); when every date has passed, says so; `None` without a plan.
pub fn next_report_text(reports: &[ScheduledReport]) -> Option<String> {
    next_report_text_in(reports, SWEDISH)
}

/// [`next_report_text`] in `lang` (of reports from [`schedule_in`] in the same language).
pub fn next_report_text_in(reports: &[ScheduledReport], lang: &Language) -> Option<String> {
    let words = &lang.words.report;
    if reports.is_empty() {
        return None;
    }
    let Some(next) = reports.iter().find(|r| r.state == ReportState::Next) else {
        return Some(words.all_passed.to_string());
    };
    let when = ("when", next.when.as_str());
    let text = match next.precision {
        DatePrecision::Month if next.days_left < i64::from(chrono::Datelike::day(&next.date.0)) => {
            fill(words.next_this_month, &[when])
        }
        DatePrecision::Month | DatePrecision::Year => fill(words.next, &[when]),
        DatePrecision::Day => {
            let away = match next.days_left {
                0 => words.today.to_string(),
                1 => words.tomorrow.to_string(),
                n => lang.count(&words.in_days, usize::try_from(n).unwrap_or_default()),
            };
            fill(words.next_by, &[when, ("away", &away)])
        }
    };
    Some(text)
}

/// The plan as one sentence, e.g. "Enligt planen skulle löftena redovisas i maj och september 2019 och
/// slutredovisas i januari 2020." ("ska" while a date is still ahead); `None` without planned reports.
pub fn plan_sentence(reports: &[ScheduledReport]) -> Option<String> {
    plan_sentence_in(reports, SWEDISH)
}

/// [`plan_sentence`] in `lang` (of reports from [`schedule_in`] in the same language).
pub fn plan_sentence_in(reports: &[ScheduledReport], lang: &Language) -> Option<String> {
    let words = &lang.words.report;
    let (interim, last): (Vec<&ScheduledReport>, Vec<&ScheduledReport>) =
        reports.iter().partition(|r| r.kind == ReportKind::Intern);
    let mut clauses = Vec::new();
    if !interim.is_empty() {
        clauses.push(fill(words.plan_interim, &[("dates", &dates_phrase(&interim, lang))]));
    }
    if !last.is_empty() {
        clauses.push(fill(words.plan_final, &[("dates", &dates_phrase(&last, lang))]));
    }
    if clauses.is_empty() {
        return None;
    }
    let template =
        if reports.iter().all(|r| r.state == ReportState::Passed) { words.plan_past } else { words.plan_ahead };
    Some(fill(template, &[("clauses", &join_in(&clauses, lang))]))
}

/// "i maj och september 2019" when every date is a month of one year; otherwise each date in full
/// ("i maj 2019", "senast 31 januari 2020") joined with "och".
fn dates_phrase(reports: &[&ScheduledReport], lang: &Language) -> String {
    let words = &lang.words.report;
    let first_year = chrono::Datelike::year(&reports[0].date.0);
    let same_year_months =
        reports.iter().all(|r| r.precision == DatePrecision::Month && chrono::Datelike::year(&r.date.0) == first_year);
    if same_year_months {
        let months: Vec<String> = reports.iter().map(|r| r.date.month_name(lang).to_string()).collect();
        return fill(words.in_months, &[("months", &join_in(&months, lang)), ("year", &first_year.to_string())]);
    }
    let parts: Vec<String> = reports
        .iter()
        .map(|r| match r.precision {
            DatePrecision::Month | DatePrecision::Year => fill(words.in_when, &[("when", &r.when)]),
            DatePrecision::Day => fill(words.by_day, &[("when", &r.when)]),
        })
        .collect();
    join_in(&parts, lang)
}

/// The date as shown for a precision.
pub fn when(date: Date, precision: DatePrecision) -> String {
    when_in(date, precision, SWEDISH)
}

/// [`when`] in `lang`.
pub fn when_in(date: Date, precision: DatePrecision, lang: &Language) -> String {
    match precision {
        DatePrecision::Month => date.month_year(lang),
        DatePrecision::Day => date.long(lang),
        DatePrecision::Year => chrono::Datelike::year(&date.0).to_string(),
    }
}

/// Swedish list: "a", "a och b", "a, b och c".
pub(crate) fn join_sv(items: &[String]) -> String {
    join_in(items, SWEDISH)
}

/// A list of things that all hold, in `lang`: "a", "a och b", "a, b och c"; "a, b and c".
pub fn join_in(items: &[String], lang: &Language) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [rest @ .., last] => {
            fill(lang.words.card.and_last, &[("rest", &rest.join(lang.words.list_comma)), ("last", last)])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> Date {
        Date::from_ymd(y, m, d).expect("valid date")
    }

    fn report(d: Date, precision: DatePrecision, kind: ReportKind) -> PlannedReport {
        PlannedReport { date: d, precision, kind, title: format!("Redovisning {d}") }
    }

    /// The published 2019 plan: May and September 2019 (month), January 2020 final (month).
    fn plan_2019() -> FollowupPlan {
        FollowupPlan {
            translations: Default::default(),
            heading: "Följ med i hur det går!".to_string(),
            text: None,
            reports: vec![
                report(date(2019, 5, 31), DatePrecision::Month, ReportKind::Intern),
                report(date(2019, 9, 30), DatePrecision::Month, ReportKind::Intern),
                report(date(2020, 1, 31), DatePrecision::Month, ReportKind::Slut),
            ],
        }
    }

    fn day_plan() -> FollowupPlan {
        FollowupPlan {
            translations: Default::default(),
            heading: String::new(),
            text: None,
            reports: vec![
                report(date(2026, 5, 31), DatePrecision::Day, ReportKind::Intern),
                report(date(2027, 1, 31), DatePrecision::Day, ReportKind::Slut),
            ],
        }
    }

    fn states(plan: &FollowupPlan, today: Date) -> Vec<ReportState> {
        schedule(plan, today).iter().map(|r| r.state).collect()
    }

    use ReportState::{Next, Passed, Upcoming};

    #[test]
    fn the_day_before_on_and_after_a_report() {
        let plan = day_plan();
        assert_eq!(states(&plan, date(2026, 5, 30)), vec![Next, Upcoming]);
        assert_eq!(states(&plan, date(2026, 5, 31)), vec![Next, Upcoming]);
        assert_eq!(states(&plan, date(2026, 6, 1)), vec![Passed, Next]);
        assert_eq!(
            next_report_text(&schedule(&plan, date(2026, 5, 30))).as_deref(),
            Some("Nästa redovisning: senast 31 maj 2026, i morgon.")
        );
        assert_eq!(
            next_report_text(&schedule(&plan, date(2026, 5, 31))).as_deref(),
            Some("Nästa redovisning: senast 31 maj 2026, i dag.")
        );
        assert_eq!(
            next_report_text(&schedule(&plan, date(2027, 1, 19))).as_deref(),
            Some("Nästa redovisning: senast 31 januari 2027, om 12 dagar.")
        );
        let all_past = schedule(&plan, date(2027, 2, 1));
        assert!(all_past.iter().all(|r| r.state == Passed));
        assert_eq!(all_past[1].days_left, -1);
        assert_eq!(next_report_text(&all_past).as_deref(), Some("Alla planerade redovisningsdatum har passerat."));
    }

    #[test]
    fn month_precision_names_the_month_only() {
        let plan = plan_2019();
        let before = schedule(&plan, date(2019, 4, 15));
        assert_eq!(
            before.iter().map(|r| r.when.as_str()).collect::<Vec<_>>(),
            ["maj 2019", "september 2019", "januari 2020"]
        );
        assert_eq!(next_report_text(&before).as_deref(), Some("Nästa redovisning: maj 2019."));
        let in_may = schedule(&plan, date(2019, 5, 1));
        assert_eq!(next_report_text(&in_may).as_deref(), Some("Nästa redovisning: maj 2019, denna månad."));
        // The whole of May is still "next"; on 1 June the May report's date has passed.
        assert_eq!(states(&plan, date(2019, 5, 31)), vec![Next, Upcoming, Upcoming]);
        assert_eq!(states(&plan, date(2019, 6, 1)), vec![Passed, Next, Upcoming]);
        assert_eq!(
            next_report_text(&schedule(&plan, date(2019, 12, 31))).as_deref(),
            Some("Nästa redovisning: januari 2020.")
        );
    }

    #[test]
    fn the_plan_reads_as_one_sentence_in_the_right_tense() {
        let plan = plan_2019();
        assert_eq!(
            plan_sentence(&schedule(&plan, date(2026, 11, 26))).as_deref(),
            Some("Enligt planen skulle löftena redovisas i maj och september 2019 och slutredovisas i januari 2020.")
        );
        assert_eq!(
            plan_sentence(&schedule(&plan, date(2019, 3, 1))).as_deref(),
            Some("Enligt planen ska löftena redovisas i maj och september 2019 och slutredovisas i januari 2020.")
        );
        assert_eq!(
            plan_sentence(&schedule(&day_plan(), date(2026, 1, 1))).as_deref(),
            Some("Enligt planen ska löftena redovisas senast 31 maj 2026 och slutredovisas senast 31 januari 2027.")
        );
        let empty =
            FollowupPlan { translations: Default::default(), heading: String::new(), text: None, reports: vec![] };
        assert_eq!(plan_sentence(&schedule(&empty, date(2019, 1, 1))), None);
        assert_eq!(next_report_text(&schedule(&empty, date(2019, 1, 1))), None);
    }

    #[test]
    fn swedish_lists() {
        let s = |v: &[&str]| join_sv(&v.iter().map(|x| x.to_string()).collect::<Vec<_>>());
        assert_eq!(s(&[]), "");
        assert_eq!(s(&["a"]), "a");
        assert_eq!(s(&["a", "b"]), "a och b");
        assert_eq!(s(&["a", "b", "c"]), "a, b och c");
    }
}
