//! What a promise card shows, resolved from ids to labels in the page's language (the dataset's own text as
//! written), so the UI only lays it out.
//!
//! Pure core: no UI dependency.
//!
//! Page layer: of its own layer uses only `filter`; must not import `view` (which uses it) or `export`.

use crate::dataset::date::Date;
use crate::dataset::followup::{
    current_status, history_in, latest_entry, latest_text_in, report_day, report_name_in, HistoryEntry,
};
use crate::dataset::model::{Dataset, Party, Promise};
use crate::dataset::progress::{target_progress_in, target_text_in, TargetProgress};
use crate::dataset::schedule::join_in;
use crate::dataset::status::Status;
use crate::lang::{fill, Language, SWEDISH};

/// Card data for one promise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PromiseCard {
    /// Promise id.
    pub id: String,
    /// The period's years, e.g. "2019" or "2024–2027".
    pub period: String,
    /// Short title, in the page's language where the dataset has it translated.
    pub title: String,
    /// Verbatim text, in the page's language where the dataset has it translated.
    pub text: String,
    /// The `lang` to mark the title with: "sv" where another language's page shows the Swedish title.
    pub title_lang: Option<&'static str>,
    /// The `lang` to mark the text (and the supporting promises) with.
    pub text_lang: Option<&'static str>,
    /// On another language's page, a line saying that the promise is published in Swedish only, where the dataset
    /// has no translation of its title or text.
    pub swedish_only: Option<&'static str>,
    /// The `lang` to mark the theme and district names with, where one of them is shown in Swedish.
    pub names_lang: Option<&'static str>,
    /// Badge text: the promisers' own short names, e.g. "Polisen", "Polisen och kommunen" or "Polisen, kommunen
    /// och Västtrafik".
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
    /// Targets as text, e.g. "200 trafik- och trafikrelaterade kontroller", "minst 1 tillsyn per vecka".
    pub targets: Vec<String>,
    /// Supporting promises under the text, each a lead and its list.
    pub sub_promises: Vec<SubPromisesView>,
    /// Current status.
    pub status: Status,
    /// Its label in the card's language ([`Status::label_in`]): "Pågår".
    pub status_label: &'static str,
    /// The day of the latest published follow-up ([`report_day`]: the day, or the end of its month or year).
    pub latest_followup: Option<Date>,
    /// "Senast uppföljt maj 2019 i en delrapport för tertial 1." (named by the tertial it reports on).
    pub latest_text: Option<String>,
    /// The latest report named as in [`latest_text`](Self::latest_text), e.g. "delrapport för tertial 1", for
    /// the CSV.
    pub latest_report: Option<String>,
    /// Progress toward each reported numeric target.
    pub progress: Vec<TargetProgress>,
    /// Published follow-ups, oldest first.
    pub history: Vec<HistoryEntry>,
    /// Where the promise was published: its own source, else its group's, else its period's.
    pub source_url: String,
    /// Link text for the source, e.g. "Källa: polisen.se".
    pub source_label: String,
}

/// A list of supporting promises on a card.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SubPromisesView {
    /// The sentence before the list, verbatim ("Staden stödjer polisens löfte genom:").
    pub lead: String,
    /// The supporting promises, verbatim.
    pub items: Vec<String>,
    /// The `lang` to mark the list with, where another language's page shows it (or part of it) in Swedish.
    pub lang: Option<&'static str>,
}

/// The promisers' short names in a sentence: the first as written, the rest in their in-sentence form.
pub fn promisers_text(parties: &[&Party]) -> String {
    promisers_text_in(parties, SWEDISH)
}

/// [`promisers_text`], joined in `lang`.
pub fn promisers_text_in(parties: &[&Party], lang: &Language) -> String {
    let names: Vec<String> = parties
        .iter()
        .enumerate()
        .map(|(i, p)| if i == 0 { p.short_in(lang).text.to_string() } else { p.in_sentence_in(lang).text.to_string() })
        .collect();
    join_in(&names, lang)
}

/// Builds the card for a promise of `data`, in Swedish.
pub fn promise_card(data: &Dataset, promise: &Promise) -> PromiseCard {
    promise_card_in(data, promise, SWEDISH)
}

/// Builds the card for a promise of `data` with its words in `lang` (the dataset's text as written).
pub fn promise_card_in(data: &Dataset, promise: &Promise, lang: &Language) -> PromiseCard {
    let parties: Vec<_> = data.parties.iter().filter(|party| promise.parties.contains(&party.id)).collect();
    let party_label = promisers_text_in(&parties, lang);
    let party_names = join_in(&parties.iter().map(|p| p.name_in(lang).text.to_string()).collect::<Vec<_>>(), lang);
    let party_key = match parties.as_slice() {
        [only] => only.id.clone(),
        _ => "gemensamt".to_string(),
    };
    let mut names_lang = None;
    let mut shown = |name: crate::dataset::model::Localized<'_>| {
        names_lang = names_lang.or(name.lang_on(lang));
        name.text.to_string()
    };
    let themes: Vec<String> = promise
        .themes
        .iter()
        .filter_map(|id| data.themes.iter().find(|t| t.id == *id))
        .map(|t| shown(t.name_in(lang)))
        .collect();
    let mut districts: Vec<String> = promise
        .districts
        .iter()
        .filter_map(|id| data.districts.iter().find(|d| d.id == *id))
        .map(|d| shown(d.name_in(lang)))
        .collect();
    if districts.is_empty() {
        districts.push(lang.words.card.whole_municipality.to_string());
    }
    let (title, text) = (promise.title_in(lang), promise.text_in(lang));
    let period = data.periods.iter().find(|p| p.id == promise.period);
    let period_start = period.map(|p| p.start);
    let group = period.and_then(|p| p.groups.iter().find(|g| Some(&g.id) == promise.group.as_ref()));
    let source_url = promise
        .source_url
        .clone()
        .or_else(|| group.and_then(|g| g.source_url.clone()))
        .or_else(|| period.map(|p| p.source_url.clone()))
        .unwrap_or_else(|| data.source.url.clone());
    PromiseCard {
        id: promise.id.clone(),
        period: period.map_or_else(|| promise.period.clone(), |p| p.years_label()),
        title: title.text.to_string(),
        text: text.text.to_string(),
        title_lang: title.lang_on(lang),
        text_lang: text.lang_on(lang),
        swedish_only: (title.lang_on(lang).is_some() || text.lang_on(lang).is_some())
            .then_some(lang.words.card.swedish_only),
        names_lang,
        party_label,
        party_names,
        party_key,
        themes,
        kommun_wide: promise.districts.is_empty(),
        districts,
        targets: promise.targets.iter().map(|t| target_text_in(t, lang)).collect(),
        sub_promises: promise
            .sub_promises
            .iter()
            .map(|s| {
                let lead = s.lead_in(lang);
                let items = s.items_in(lang);
                let lang_mark = lead.lang_on(lang).or_else(|| items.iter().find_map(|item| item.lang_on(lang)));
                SubPromisesView {
                    lead: lead.text.to_string(),
                    items: items.iter().map(|item| item.text.to_string()).collect(),
                    lang: lang_mark,
                }
            })
            .collect(),
        status: current_status(promise),
        status_label: current_status(promise).label_in(lang),
        latest_followup: latest_entry(promise).map(|e| report_day(e.date)),
        latest_text: latest_text_in(promise, period_start, lang),
        latest_report: latest_entry(promise).map(|entry| report_name_in(entry, period_start, lang)),
        progress: target_progress_in(promise, lang),
        history: history_in(promise, period_start, lang),
        source_label: source_label_in(&source_url, lang),
        source_url,
    }
}

/// "Källa: polisen.se" for an absolute link (host without `www.`), "Källa" for a relative one.
pub fn source_label(url: &str) -> String {
    source_label_in(url, SWEDISH)
}

/// [`source_label`] in `lang`: "Source: polisen.se".
pub fn source_label_in(url: &str, lang: &Language) -> String {
    let host = ["https://", "http://"]
        .iter()
        .find_map(|scheme| {
            url.get(..scheme.len()).filter(|head| head.eq_ignore_ascii_case(scheme)).map(|_| &url[scheme.len()..])
        })
        .and_then(|rest| rest.split(['/', '?', '#']).next())
        .map(|host| host.trim_start_matches("www."));
    match host {
        Some(host) if !host.is_empty() => fill(lang.words.card.source_host, &[("host", host)]),
        _ => lang.words.card.source.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::{promisers_text, source_label};
    use crate::dataset::model::Party;
    use crate::dataset::schedule::join_sv;

    fn party(short: &str, in_sentence: Option<&str>) -> Party {
        Party {
            translations: Default::default(),
            id: short.to_lowercase(),
            name: short.to_string(),
            short: short.to_string(),
            in_sentence: in_sentence.map(str::to_string),
        }
    }

    #[test]
    fn promisers_keep_their_own_names() {
        let polisen = party("Polisen", Some("polisen"));
        let kommunen = party("Kommunen", Some("kommunen"));
        let vasttrafik = party("Västtrafik", None);
        assert_eq!(promisers_text(&[&polisen]), "Polisen");
        assert_eq!(promisers_text(&[&polisen, &kommunen]), "Polisen och kommunen");
        assert_eq!(promisers_text(&[&polisen, &kommunen, &vasttrafik]), "Polisen, kommunen och Västtrafik");
        assert_eq!(promisers_text(&[&vasttrafik, &polisen]), "Västtrafik och polisen");
        assert_eq!(join_sv(&[]), "");
    }

    #[test]
    fn source_label_names_the_host() {
        assert_eq!(source_label("https://polisen.se/om-polisen/medborgarloften/eskilstuna/"), "Källa: polisen.se");
        assert_eq!(source_label("HTTPS://www.example.org"), "Källa: example.org");
        assert_eq!(source_label("dokument/plan.pdf"), "Källa");
    }
}
