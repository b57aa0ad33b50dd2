//! The Swedish words of the dataset's fixed choices, once for every tool an editor writes them in: a follow-up's
//! status ([`STATUSES`], which is [`Status::CHOICES`]), a planned report's date precision and kind, a target's kind,
//! and yes or no (a district's "prioriterat"). Each has the word written and offered ("månad", "minst"), and the other
//! words read as the same, the dataset's own ids among them where they differ (`month`). The workbook writes, offers
//! in its drop-down lists ([`STATUS_WORDS`] …) and reads these; the CLI reads the statuses; the import layer names a
//! target's kind with them. How a word is read (case, å/ä/ö, hyphens) is [`crate::text::choice`]'s.
//!
//! Pure constants; no I/O.
//!
//! Dataset layer: of the crate uses `text::choice`, `status`, `month` and `model`; must not import `geo`, `page`
//! or `export`.

use crate::dataset::model::{ReportKind, TargetKind};
use crate::dataset::month::DatePrecision;
use crate::dataset::status::Status;
use crate::text::choice::{words, Choice};

/// A follow-up's status: [`Status::CHOICES`]. `ej-uppfoljt` is no choice: a follow-up is the opposite.
pub const STATUSES: [Choice<Status>; 6] = Status::CHOICES;

/// How exact a planned report's date is.
pub const PRECISIONS: [Choice<DatePrecision>; 3] = [
    Choice::new("dag", DatePrecision::Day, &["day"]),
    Choice::new("månad", DatePrecision::Month, &["month"]),
    Choice::new("år", DatePrecision::Year, &["year"]),
];

/// A planned report's kind.
pub const REPORT_KINDS: [Choice<ReportKind>; 2] = [
    Choice::new("intern", ReportKind::Intern, &["internrapport", "delrapport"]),
    Choice::new("slut", ReportKind::Slut, &["slutrapport"]),
];

/// A target's kind.
pub const TARGET_KINDS: [Choice<TargetKind>; 2] =
    [Choice::new("minst", TargetKind::Minst, &[]), Choice::new("exakt", TargetKind::Exakt, &["precis"])];

/// Yes or no (an empty cell is no).
pub const YES_NO: [Choice<bool>; 2] =
    [Choice::new("ja", true, &["sant", "true", "1"]), Choice::new("nej", false, &["falskt", "false", "0"])];

/// "ja" or "nej": [`YES_NO`]'s word for `value`.
pub const fn yes_no_word(value: bool) -> &'static str {
    if value {
        YES_NO[0].word
    } else {
        YES_NO[1].word
    }
}

/// The status words a drop-down list offers, in order.
pub const STATUS_WORDS: [&str; 6] = words(&STATUSES);
/// [`PRECISIONS`]' words, as a drop-down list offers them.
pub const PRECISION_WORDS: [&str; 3] = words(&PRECISIONS);
/// [`REPORT_KINDS`]' words, as a drop-down list offers them.
pub const REPORT_KIND_WORDS: [&str; 2] = words(&REPORT_KINDS);
/// [`TARGET_KINDS`]' words, as a drop-down list offers them.
pub const TARGET_KIND_WORDS: [&str; 2] = words(&TARGET_KINDS);
/// [`YES_NO`]'s words, as a drop-down list offers them.
pub const YES_NO_WORDS: [&str; 2] = words(&YES_NO);
