//! Content rules of a dataset: references resolve, ids are unique, text is present, links are safe, dates are in order,
//! translations are in a language the app writes and translate a text that is there.
//!
//! Pure core: no UI dependency. Dataset layer: may use `json`, `text` and `lang` (the languages a translation may be in); must not import `geo`, `page` or `export`.
//! Collects every problem instead of stopping at the first, so an editor can fix a file in one go.

use std::collections::BTreeSet;

use crate::dataset::error::Problem;
use crate::dataset::forms::{is_blank, is_regso_code, is_slug};
use crate::dataset::links::{is_app_relative_path, is_bare_domain, is_safe_link};
use crate::dataset::look::{check_color, check_logo};
use crate::dataset::model::{Amount, Dataset, Look, Period, Promise};
use crate::dataset::month::DatePrecision;
use crate::json::message::{id_in_path, quote_whole as quote};
use crate::text::suggest::nearest_id;

mod translations;

/// Most themes a promise may carry.
pub const MAX_THEMES: usize = 3;

/// Latest calendar year after a promise's period year that a follow-up entry may be dated (a later date is
/// most likely a typo in the year).
pub const MAX_YEARS_AFTER_PERIOD: i32 = 2;

/// Checks every content rule and returns the problems found (empty when the dataset is valid).
pub fn validate(data: &Dataset) -> Vec<Problem> {
    let mut out = Problems::default();
    out.text("id", &data.id);
    out.text("title", &data.title);
    out.text("municipality.name", &data.municipality.name);
    if data.municipality.code.len() != 4 || !data.municipality.code.bytes().all(|b| b.is_ascii_digit()) {
        out.push(
            "municipality.code",
            format!("kommunkoden ska vara fyra siffror, inte {}", quote(&data.municipality.code)),
        );
    }
    out.link("source.url", &data.source.url);
    if let Some(geometry) = &data.geometry {
        out.app_path("geometry.districts", &geometry.districts);
        if let Some(outline) = &geometry.outline {
            out.app_path("geometry.outline", outline);
        }
    }
    if let Some(look) = &data.look {
        check_look(&mut out, look);
    }
    let parties = out.ids("parties", data.parties.iter().map(|p| p.id.as_str()));
    let themes = out.ids("themes", data.themes.iter().map(|t| t.id.as_str()));
    let districts = out.ids("districts", data.districts.iter().map(|d| d.id.as_str()));
    for (i, party) in data.parties.iter().enumerate() {
        out.text(&format!("parties[{i}].name"), &party.name);
        out.text(&format!("parties[{i}].short"), &party.short);
        out.translations(&format!("parties[{i}]{}", id_in_path(&party.id)), party);
    }
    for (i, theme) in data.themes.iter().enumerate() {
        out.text(&format!("themes[{i}].name"), &theme.name);
        out.translations(&format!("themes[{i}]{}", id_in_path(&theme.id)), theme);
    }
    for (i, district) in data.districts.iter().enumerate() {
        out.text(&format!("districts[{i}].name"), &district.name);
        out.translations(&format!("districts[{i}]{}", id_in_path(&district.id)), district);
        for (j, code) in district.regso.iter().enumerate() {
            if !is_regso_code(code) {
                out.push(
                    &format!("districts[{i}]{}.regso[{j}]", id_in_path(&district.id)),
                    format!("{} är ingen RegSO-kod (som 0484R017)", quote(code)),
                );
            }
        }
    }
    let mut ids = BTreeSet::new();
    let mut first_years = BTreeSet::new();
    for (i, period) in data.periods.iter().enumerate() {
        let at = format!("periods[{i}]{}", id_in_path(&period.id));
        if !is_slug(&period.id) {
            out.push(&at, format!("id {} får bara innehålla a–z, 0–9 och bindestreck", quote(&period.id)));
        } else if !ids.insert(period.id.as_str()) {
            out.push(&at, format!("perioden {} finns redan", quote(&period.id)));
        }
        if period.end < period.start {
            out.push(
                &format!("{at}.end"),
                format!("perioden slutar ({}) före sin start ({})", period.end, period.start),
            );
        }
        if !first_years.insert(period.year()) {
            out.push(
                &at,
                format!("året {} finns redan som period (två perioder får inte börja samma år)", period.year()),
            );
        }
        out.text(&format!("{at}.title"), &period.title);
        out.text(&format!("{at}.intro"), &period.intro);
        out.translations(&at, period);
        if let Some(goal) = &period.goal {
            out.translations(&format!("{at}.goal"), goal);
        }
        out.translations(&format!("{at}.followup"), &period.followup);
        out.link(&format!("{at}.source_url"), &period.source_url);
        let reports = &period.followup.reports;
        if reports.windows(2).any(|pair| pair[1].date < pair[0].date) {
            out.push(&format!("{at}.followup.reports"), "redovisningarna ska stå i datumordning".to_string());
        }
        for (j, report) in reports.iter().enumerate() {
            let here = format!("{at}.followup.reports[{j}].date");
            if report.date < period.start.first_day() {
                out.push(&here, format!("{} ligger före periodens {}", report.date, start_words(period)));
            }
            let (needs_end, word) = match report.precision {
                DatePrecision::Day => (false, ""),
                DatePrecision::Month => (!report.date.is_month_end(), "månadens"),
                DatePrecision::Year => (report.date.to_string().get(5..) != Some("12-31"), "årets"),
            };
            if needs_end {
                let precision = if report.precision == DatePrecision::Month { "month" } else { "year" };
                out.push(
                    &here,
                    format!("med precision \"{precision}\" ska datumet vara {word} sista dag, inte {}", report.date),
                );
            }
        }
        for (j, doc) in period.documents.iter().enumerate() {
            out.text(&format!("{at}.documents[{j}].title"), &doc.title);
            if let Some(url) = &doc.url {
                out.link(&format!("{at}.documents[{j}].url"), url);
            }
        }
        let mut groups = BTreeSet::new();
        for (j, group) in period.groups.iter().enumerate() {
            let here = format!("{at}.groups[{j}]");
            if !is_slug(&group.id) {
                out.push(&here, format!("id {} får bara innehålla a–z, 0–9 och bindestreck", quote(&group.id)));
            } else if !groups.insert(group.id.as_str()) {
                out.push(&here, format!("gruppen {} finns redan i perioden", quote(&group.id)));
            }
            out.text(&format!("{here}.heading"), &group.heading);
            out.translations(&here, group);
            if let Some(url) = &group.source_url {
                out.link(&format!("{here}.source_url"), url);
            }
        }
    }
    if data.promises.is_empty() {
        // A publication without promises would replace the last good copy with an empty app ("0 av 0").
        out.push("promises", "datamängden har inga löften; en publicering måste ha minst ett löfte".to_string());
    }
    let mut seen = BTreeSet::new();
    let periods: BTreeSet<&str> = data.periods.iter().map(|p| p.id.as_str()).collect();
    let known = Known { parties: &parties, themes: &themes, districts: &districts, periods: &periods };
    for (i, promise) in data.promises.iter().enumerate() {
        let at = format!("promises[{i}]{}", id_in_path(&promise.id));
        if !is_slug(&promise.id) {
            out.push(&at, format!("id {} får bara innehålla a–z, 0–9 och bindestreck", quote(&promise.id)));
        } else if !seen.insert(promise.id.as_str()) {
            out.push(&at, format!("id {} finns redan", quote(&promise.id)));
        }
        let period = data.periods.iter().find(|p| p.id == promise.period);
        check_promise(&mut out, &at, promise, period, &known);
    }
    out.0
}

/// The kommun's colour (WCAG AA against the page's colours) and logo (a file inside the site, with its text).
fn check_look(out: &mut Problems, look: &Look) {
    if let Some(color) = &look.color {
        if let Err(message) = check_color(color) {
            out.push("look.color", message);
        }
    }
    match (&look.logo, &look.logo_alt) {
        (Some(logo), alt) => {
            if let Err(message) = check_logo(logo) {
                out.push("look.logo", message);
            }
            match alt {
                Some(alt) => out.text("look.logo_alt", alt),
                None => out.push(
                    "look.logo_alt",
                    "logotypen behöver en alternativtext, t.ex. \"Eskilstuna kommuns logotyp\"".to_string(),
                ),
            }
        }
        (None, Some(_)) => out
            .push("look.logo_alt", "alternativtexten hör till en logotyp; ange \"logo\" eller ta bort den".to_string()),
        (None, None) => {}
    }
}

/// `.kontroller` after `achieved` in a path, the target id whole; `[…]`-free and nothing for an absurdly long key.
fn key_in_path(key: &str) -> String {
    if id_in_path(key).is_empty() {
        String::new()
    } else {
        format!(".{key}")
    }
}

/// "början (januari 2019)" for a period's start in a message.
fn start_words(period: &Period) -> String {
    if period.start.month == 1 {
        format!("år {}", period.start.year)
    } else {
        format!("start {}", period.start.text_sv())
    }
}

/// The ids a promise may name.
struct Known<'a> {
    parties: &'a BTreeSet<&'a str>,
    themes: &'a BTreeSet<&'a str>,
    districts: &'a BTreeSet<&'a str>,
    periods: &'a BTreeSet<&'a str>,
}

/// A kind of id a promise names, for the message about one that is not there.
struct IdKind {
    /// "okänd part"
    unknown: &'static str,
    /// The list in the dataset where such ids are, e.g. `parties`.
    list: &'static str,
    /// "den" or "det", for "lägg till den".
    it: &'static str,
}

const PARTY: IdKind = IdKind { unknown: "okänd part", list: "parties", it: "den" };
const THEME: IdKind = IdKind { unknown: "okänt tema", list: "themes", it: "det" };
const DISTRICT: IdKind = IdKind { unknown: "okänt område", list: "districts", it: "det" };

/// Most known ids a message lists when it says where an unknown one could come from.
const LISTED_IDS: usize = 12;

/// What follows an unknown id in a message: " — menade du "polisen"?" when a known one is near, else where to
/// add it, `place` being where the ids are ("; lägg till den under "parties" eller skriv ett av id:na där:
/// "polisen", "kommunen""). Nothing is cut: more than [`LISTED_IDS`] known ids are counted, not listed.
fn unknown_id_hint(found: &str, known: &BTreeSet<&str>, place: &str, it: &str) -> String {
    let known: Vec<&str> = known.iter().copied().collect();
    if let Some(meant) = nearest_id(found, &known) {
        return format!(" — menade du {}?", quote(meant));
    }
    let add = format!("; lägg till {it} under {place}");
    match known.len() {
        0 => format!("{add} (där finns inga än)"),
        n if n > LISTED_IDS => format!("{add} eller skriv ett av de {n} id som står där"),
        _ => {
            let ids: Vec<String> = known.iter().map(|id| quote(id)).collect();
            format!("{add} eller skriv ett av id:na där: {}", ids.join(", "))
        }
    }
}

fn check_promise(out: &mut Problems, at: &str, promise: &Promise, period: Option<&Period>, known: &Known<'_>) {
    out.text(&format!("{at}.title"), &promise.title);
    out.text(&format!("{at}.text"), &promise.text);
    out.translations(at, promise);
    match period {
        None => {
            let hint = unknown_id_hint(&promise.period, known.periods, &quote("periods"), "den");
            let what = if !promise.period.is_empty() && promise.period.bytes().all(|b| b.is_ascii_digit()) {
                format!("det finns ingen period för året {}", promise.period)
            } else {
                format!("det finns ingen period {}", quote(&promise.period))
            };
            out.push(&format!("{at}.period"), format!("{what}{hint}"));
        }
        Some(period) => {
            if let Some(group) = &promise.group {
                if !period.groups.iter().any(|g| &g.id == group) {
                    let groups: BTreeSet<&str> = period.groups.iter().map(|g| g.id.as_str()).collect();
                    let place = format!("{} i perioden {}", quote("groups"), quote(&period.id));
                    let hint = unknown_id_hint(group, &groups, &place, "den");
                    out.push(
                        &format!("{at}.group"),
                        format!("perioden {} har ingen grupp {}{hint}", quote(&period.id), quote(group)),
                    );
                }
            }
        }
    }
    if let Some(url) = &promise.source_url {
        out.link(&format!("{at}.source_url"), url);
    }
    if promise.parties.is_empty() {
        out.push(&format!("{at}.parties"), "minst en part måste anges".to_string());
    }
    out.refs(&format!("{at}.parties"), &promise.parties, known.parties, &PARTY);
    for (j, sub) in promise.sub_promises.iter().enumerate() {
        let here = format!("{at}.sub_promises[{j}]");
        out.refs(&format!("{here}.parties"), &sub.parties, known.parties, &PARTY);
        out.text(&format!("{here}.lead"), &sub.lead);
        if sub.items.is_empty() {
            out.push(&format!("{here}.items"), "listan har inga punkter".to_string());
        }
        for (k, item) in sub.items.iter().enumerate() {
            out.text(&format!("{here}.items[{k}]"), item);
        }
        out.translations(&here, sub);
    }
    if promise.themes.is_empty() || promise.themes.len() > MAX_THEMES {
        out.push(
            &format!("{at}.themes"),
            format!("ett löfte ska ha 1–{MAX_THEMES} teman, inte {}", promise.themes.len()),
        );
    }
    out.refs(&format!("{at}.themes"), &promise.themes, known.themes, &THEME);
    out.refs(&format!("{at}.districts"), &promise.districts, known.districts, &DISTRICT);
    let mut target_ids = BTreeSet::new();
    for (j, target) in promise.targets.iter().enumerate() {
        if !target_ids.insert(target.id.as_str()) {
            out.push(&format!("{at}.targets[{j}]"), format!("målet {} finns redan", quote(&target.id)));
        }
        if target.value == Some(0) {
            out.push(&format!("{at}.targets[{j}].value"), "målvärdet ska vara större än 0".to_string());
        }
        if target.value.is_none() && (target.kind.is_some() || target.rate.is_some()) {
            out.push(
                &format!("{at}.targets[{j}]"),
                "\"kind\" och \"rate\" gäller ett målvärde; ange \"value\" eller ta bort dem".to_string(),
            );
        }
        if let Some(rate) = &target.rate {
            out.text(&format!("{at}.targets[{j}].rate"), rate);
        }
        out.text(&format!("{at}.targets[{j}].label"), &target.label);
    }
    let mut previous = None;
    let mut achieved_so_far = std::collections::BTreeMap::new();
    for (j, entry) in promise.followups.iter().enumerate() {
        let here = format!("{at}.followups[{j}]");
        if previous.is_some_and(|prev| entry.date < prev) {
            out.push(
                &here,
                format!("uppföljningen {} står före en tidigare uppföljning; ordna dem efter datum", entry.date),
            );
        }
        previous = Some(entry.date);
        out.translations(&here, entry);
        if let Some(period) = period {
            let label = period.years_label();
            if entry.date.last_day() < period.start.first_day() {
                out.push(&format!("{here}.date"), format!("{} ligger före löftets period {label}", entry.date));
            } else if entry.date.calendar_year() > i32::from(period.last_year()) + MAX_YEARS_AFTER_PERIOD {
                out.push(
                    &format!("{here}.date"),
                    format!(
                        "{} ligger mer än {MAX_YEARS_AFTER_PERIOD} år efter löftets period {label}; stämmer året?",
                        entry.date
                    ),
                );
            }
        }
        for (key, value) in &entry.achieved {
            let place = format!("{here}.achieved{}", key_in_path(key));
            if !target_ids.contains(key.as_str()) {
                let hint = unknown_id_hint(key, &target_ids, &format!("löftets {}", quote("targets")), "det");
                out.push(&place, format!("löftet har inget mål {}{hint}", quote(key)));
                continue;
            }
            match value {
                Amount::Text(text) => out.text(&place, text),
                Amount::Number(value) => {
                    if let Some(before) = achieved_so_far.insert(key.as_str(), *value).filter(|before| value < before) {
                        out.push(
                            &place,
                            format!(
                                "värdet minskar från {before} till {value}; uppnådda värden ska vara sammanräknade hittills"
                            ),
                        );
                    }
                }
            }
        }
        if let Some(source) = &entry.source {
            out.link(&format!("{here}.source.url"), &source.url);
        }
    }
}

#[derive(Default)]
struct Problems(Vec<Problem>);

impl Problems {
    fn push(&mut self, path: &str, message: String) {
        self.0.push(Problem { path: path.to_string(), message });
    }

    fn text(&mut self, path: &str, value: &str) {
        if is_blank(value) {
            self.push(path, "texten är tom (eller har bara osynliga tecken)".to_string());
        }
    }

    fn link(&mut self, path: &str, url: &str) {
        if is_bare_domain(url) {
            self.push(
                path,
                format!(
                    "länken {} saknar https:// och skulle bli en trasig länk inom appen; skriv {}",
                    quote(url),
                    quote(&format!("https://{url}"))
                ),
            );
        } else if url.contains(' ') && !url.trim().is_empty() && is_safe_link(&url.replace(' ', "%20")) {
            self.push(
                path,
                format!(
                    "länken {} har mellanslag, som en länk inte får ha; skriv dem som %20 ({}) eller byt namn på filen",
                    quote(url),
                    quote(&url.replace(' ', "%20"))
                ),
            );
        } else if !is_safe_link(url) {
            self.push(path, format!("länken {} är varken http(s) eller relativ", quote(url)));
        }
    }

    fn app_path(&mut self, path: &str, url: &str) {
        if !is_app_relative_path(url) {
            self.push(
                path,
                format!(
                    "{} ska vara en relativ sökväg inne i appens mapp (utan \"..\", inledande \"/\" eller webbadress)",
                    quote(url)
                ),
            );
        }
    }

    /// Checks a list of ids for form and uniqueness and returns the set of them.
    fn ids<'a>(&mut self, list: &str, ids: impl Iterator<Item = &'a str>) -> BTreeSet<&'a str> {
        let mut set = BTreeSet::new();
        for (i, id) in ids.enumerate() {
            if !is_slug(id) {
                self.push(
                    &format!("{list}[{i}].id"),
                    format!("id {} får bara innehålla a–z, 0–9 och bindestreck", quote(id)),
                );
            } else if !set.insert(id) {
                self.push(&format!("{list}[{i}].id"), format!("id {} finns redan", quote(id)));
            }
        }
        set
    }

    fn refs(&mut self, path: &str, values: &[String], known: &BTreeSet<&str>, kind: &IdKind) {
        let mut seen = BTreeSet::new();
        for (j, value) in values.iter().enumerate() {
            if !known.contains(value.as_str()) {
                let hint = unknown_id_hint(value, known, &quote(kind.list), kind.it);
                self.push(&format!("{path}[{j}]"), format!("{} {}{hint}", kind.unknown, quote(value)));
            } else if !seen.insert(value.as_str()) {
                self.push(&format!("{path}[{j}]"), format!("{} står två gånger", quote(value)));
            }
        }
    }
}
