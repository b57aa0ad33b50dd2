//! The words of a promise's card: statuses, targets and progress, reports and tertials, sources: the shape every language file fills.
//!
//! Language layer: may use `text`; must not import any higher layer.

/// The words of a promise's card and its follow-ups (`core::page::card`, `dataset::status`, `dataset::progress`,
/// `dataset::followup`, `dataset::tertial`).
#[derive(Debug, PartialEq)]
pub struct CardWords {
    /// The statuses' labels in `Status::ALL` order: no follow-up published, reported without a verdict, in
    /// progress, delayed, done, partly done, not done.
    pub statuses: [&'static str; 7],
    /// The district of a promise that names none: "Hela kommunen".
    pub whole_municipality: &'static str,
    /// The link to an absolute source: "Källa: {host}".
    pub source_host: &'static str,
    /// The link to a relative source: "Källa".
    pub source: &'static str,
    /// The last of several names that all hold: "{rest} och {last}".
    pub and_last: &'static str,
    /// A target: "{value} {label}{rate}", where `{rate}` is empty or a space and the dataset's rate.
    pub target: &'static str,
    /// A target of at least a value: "minst {value} {label}{rate}".
    pub target_at_least: &'static str,
    /// Something counted without a target: "räknas utan mål: {label}".
    pub target_uncounted: &'static str,
    /// A target in short, beside a number: "mål {value}{rate}".
    pub goal: &'static str,
    /// A target of at least a value, in short: "mål minst {value}{rate}".
    pub goal_at_least: &'static str,
    /// Progress toward a total: "{achieved} av {total}".
    pub progress_total: &'static str,
    /// A number so far beside a rate target: "{achieved} {unit} hittills · {goal}".
    pub progress_rate: &'static str,
    /// A reported amount toward a total: "{n} av {total} {unit}".
    pub amount_total: &'static str,
    /// A reported amount beside a rate target: "{n} {unit} · {goal}".
    pub amount_goal: &'static str,
    /// A reported amount alone, a number or the editor's words: "{n} {unit}".
    pub amount: &'static str,
    /// More than the target was achieved: "överträffat".
    pub exceeded: &'static str,
    /// The target is reached: "målet nått".
    pub reached: &'static str,
    /// A report without a verdict: "Rapport".
    pub report: &'static str,
    /// An interim report: "Delrapport".
    pub interim_report: &'static str,
    /// A final report: "Slutrapport".
    pub final_report: &'static str,
    /// What the values of a report without a verdict are called: "Rapporterat".
    pub reported_values: &'static str,
    /// … of a final report: "Resultat".
    pub final_values: &'static str,
    /// … of an interim report: "Uppnått hittills".
    pub interim_values: &'static str,
    /// A report named by its tertial, `{report}` in lower case: "{report} för {tertial}".
    pub report_on: &'static str,
    /// A tertial: "tertial {n}".
    pub tertial: &'static str,
    /// A tertial with its year: "tertial {n} {year}".
    pub tertial_year: &'static str,
    /// A history entry's date and tertial: "{date} · avser {tertial} ({months})".
    pub history_when: &'static str,
    /// The card's latest follow-up, `{report}` in lower case: "Senast uppföljt {date} i en {report}.".
    pub latest: &'static str,
    /// The badge of a promise with a new follow-up: "Ny uppföljning".
    pub new_followup: &'static str,
    /// The badge of a promise new since the last visit: "Nytt löfte".
    pub new_promise: &'static str,
    /// Under a card whose text the dataset has not translated into the page's language: "Löftet är bara publicerat
    /// på svenska."
    pub swedish_only: &'static str,
}
