//! What a promise card shows, resolved from ids to Swedish labels, so the UI only lays it out.
//!
//! Pure core: no UI dependency.

use crate::date::Date;
use crate::followup::{current_status, history, latest_entry, latest_text, HistoryEntry};
use crate::model::{Dataset, Promise};
use crate::progress::{target_progress, TargetProgress};
use crate::status::Status;

/// Card data for one promise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PromiseCard {
    /// Promise id.
    pub id: String,
    /// Period year.
    pub year: u16,
    /// Short title.
    pub title: String,
    /// Verbatim text.
    pub text: String,
    /// Badge text, e.g. "Polisen" or "Polisen och kommunen".
    pub party_label: String,
    /// Full party names for screen readers and tooltips, e.g. "Polismyndigheten och Eskilstuna kommun".
    pub party_names: String,
    /// CSS colour key: the party id, or `gemensamt` for a joint promise.
    pub party_key: String,
    /// Theme names.
    pub themes: Vec<String>,
    /// District names, or "Hela kommunen".
    pub districts: Vec<String>,
    /// True when the promise names no district: it concerns the whole kommun.
    pub kommun_wide: bool,
    /// Targets as text, e.g. "200 trafik- och trafikrelaterade kontroller".
    pub targets: Vec<String>,
    /// Current status.
    pub status: Status,
    /// Date of the latest published follow-up.
    pub latest_followup: Option<Date>,
    /// "Senast uppföljt 31 augusti 2019 (tertial 2 2019, preliminärt)."
    pub latest_text: Option<String>,
    /// Progress toward each reported numeric target.
    pub progress: Vec<TargetProgress>,
    /// Published follow-ups, oldest first.
    pub history: Vec<HistoryEntry>,
    /// Where the promise was published.
    pub source_url: String,
    /// Link text for the source, e.g. "Källa: polisen.se".
    pub source_label: String,
}

/// Builds the card for a promise of `data`.
pub fn promise_card(data: &Dataset, promise: &Promise) -> PromiseCard {
    let parties: Vec<_> = data.parties.iter().filter(|party| promise.parties.contains(&party.id)).collect();
    let party_label = match parties.as_slice() {
        [] => String::new(),
        [only] => only.short.clone(),
        [first, rest @ ..] => {
            let rest: Vec<String> = rest.iter().map(|p| p.short.to_lowercase()).collect();
            format!("{} och {}", first.short, rest.join(" och "))
        }
    };
    let party_names = parties.iter().map(|p| p.name.as_str()).collect::<Vec<_>>().join(" och ");
    let party_key = match parties.as_slice() {
        [only] => only.id.clone(),
        _ => "gemensamt".to_string(),
    };
    let names = |ids: &[String], table: &dyn Fn(&str) -> Option<String>| -> Vec<String> {
        ids.iter().filter_map(|id| table(id)).collect()
    };
    let themes = names(&promise.themes, &|id| data.themes.iter().find(|t| t.id == id).map(|t| t.name.clone()));
    let mut districts =
        names(&promise.districts, &|id| data.districts.iter().find(|d| d.id == id).map(|d| d.name.clone()));
    if districts.is_empty() {
        districts.push(crate::filter::WHOLE_MUNICIPALITY_LABEL.to_string());
    }
    let source_url = data
        .periods
        .iter()
        .find(|p| p.year == promise.year)
        .map_or_else(|| data.source.url.clone(), |p| p.source_url.clone());
    PromiseCard {
        id: promise.id.clone(),
        year: promise.year,
        title: promise.title.clone(),
        text: promise.text.clone(),
        party_label,
        party_names,
        party_key,
        themes,
        kommun_wide: promise.districts.is_empty(),
        districts,
        targets: promise.targets.iter().map(|t| format!("{} {}", t.value, t.label)).collect(),
        status: current_status(promise),
        latest_followup: latest_entry(promise).map(|e| e.date),
        latest_text: latest_text(promise),
        progress: target_progress(promise),
        history: history(promise),
        source_label: source_label(&source_url),
        source_url,
    }
}

/// "Källa: polisen.se" for an absolute link (host without `www.`), "Källa" for a relative one.
pub fn source_label(url: &str) -> String {
    let host = ["https://", "http://"]
        .iter()
        .find_map(|scheme| {
            url.get(..scheme.len()).filter(|head| head.eq_ignore_ascii_case(scheme)).map(|_| &url[scheme.len()..])
        })
        .and_then(|rest| rest.split(['/', '?', '#']).next())
        .map(|host| host.trim_start_matches("www."));
    match host {
        Some(host) if !host.is_empty() => format!("Källa: {host}"),
        _ => "Källa".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::source_label;

    #[test]
    fn source_label_names_the_host() {
        assert_eq!(source_label("https://polisen.se/om-polisen/medborgarloften/eskilstuna/"), "Källa: polisen.se");
        assert_eq!(source_label("HTTPS://www.example.org"), "Källa: example.org");
        assert_eq!(source_label("dokument/plan.pdf"), "Källa");
    }
}
