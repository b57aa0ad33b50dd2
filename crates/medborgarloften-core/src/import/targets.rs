//! Targets in a promise's text: a number with what is counted ("200 trafik- och trafikrelaterade kontroller",
//! "minst två insatser", "Minst 6 stycken narkotikainsatser", "minst 2 gånger/år"), in digits or Swedish number words
//! (två, tre … tio, tolv, tjugo, tjugofem …; "en"/"ett" only after "minst", since they are also articles). "minst"
//! makes a minimum, anything else an exact number; "per vecka", "varje månad", "/år" and the like make a rate. Years,
//! school years ("årskurs 7"), durations ("15 år", "15 minuters") and ranges ("7-8") are not targets.
//!
//! Import layer: of the layers below uses `dataset::model` (the target type) and `text::fold`; of its own layer
//! nothing.

use crate::dataset::model::{Target, TargetKind};
use crate::text::fold::fold;

/// A target found in a text, with the words it was read from.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Found {
    /// The target, its id unique within the promise.
    pub target: Target,
    /// The words on the page, e.g. "minst två tillfällen".
    pub words: String,
}

/// Words after which a number is not a count of something promised (folded).
const NOT_COUNTS_AFTER: &[&str] = &[
    "arskurs", "ar", "klass", "tertial", "kl", "nr", "nummer", "vecka", "sida", "steg", "fas", "kapitel", "paragraf",
    "§",
];

/// Units that are durations or measures, not things done (folded).
const NOT_UNITS: &[&str] = &[
    "ar",
    "ars",
    "aren",
    "arsperioden",
    "manad",
    "manader",
    "manaders",
    "vecka",
    "veckor",
    "veckors",
    "dag",
    "dagar",
    "dagars",
    "timme",
    "timmar",
    "timmars",
    "minut",
    "minuter",
    "minuters",
    "sekunder",
    "procent",
    "kr",
    "kronor",
    "km",
    "meter",
    "tal",
];

/// Words that end the words after a number (folded): prepositions, conjunctions and verbs.
const STOP: &[&str] = &[
    "i",
    "pa",
    "med",
    "for",
    "under",
    "vid",
    "av",
    "till",
    "om",
    "genom",
    "som",
    "samt",
    "eller",
    "och",
    "att",
    "per",
    "varje",
    "inom",
    "mot",
    "fran",
    "efter",
    "fore",
    "utifran",
    "dar",
    "nar",
    "hos",
    "kring",
    "runt",
    "over",
    "mellan",
    "enligt",
    "ska",
    "skall",
    "kommer",
    "kan",
    "vara",
    "bli",
    "blir",
    "ha",
    "har",
    "gora",
    "genomfora",
    "genomfors",
    "genomforas",
    "utfora",
    "utfors",
    "ske",
    "sker",
    "-",
    "–",
    "totalt",
    "inklusive",
    "varav",
    "dvs",
    "bland",
    "annat",
    "sa",
    "da",
];

/// The rates a target may hold for, as the page may write them (folded) and as the dataset writes them.
const RATES: [(&str, &str); 18] = [
    ("per vecka", "per vecka"),
    ("per manad", "per månad"),
    ("per ar", "per år"),
    ("per dag", "per dag"),
    ("per termin", "per termin"),
    ("per tertial", "per tertial"),
    ("per kvartal", "per kvartal"),
    ("i veckan", "per vecka"),
    ("i manaden", "per månad"),
    ("om aret", "per år"),
    ("varje vecka", "per vecka"),
    ("varje manad", "per månad"),
    ("varje ar", "per år"),
    ("varje termin", "per termin"),
    ("varje tertial", "per tertial"),
    ("varannan vecka", "varannan vecka"),
    ("om dagen", "per dag"),
    ("varje dag", "per dag"),
];

/// The targets in a promise's text, in text order.
pub(crate) fn targets(text: &str) -> Vec<Found> {
    let words: Vec<(usize, &str)> =
        text.split_whitespace().map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w)).collect();
    let mut found: Vec<Found> = Vec::new();
    for (i, &(start, word)) in words.iter().enumerate() {
        let previous = i.checked_sub(1).and_then(|p| words.get(p)).map(|(_, w)| fold(bare(w)));
        let at_least = previous.as_deref() == Some("minst");
        let Some(value) = number(word, at_least) else { continue };
        let is_year = (1900..=2100).contains(&value) && word.chars().filter(char::is_ascii_digit).count() == 4;
        if value == 0 || is_year {
            continue;
        }
        if previous.as_deref().is_some_and(|p| NOT_COUNTS_AFTER.contains(&p)) {
            continue;
        }
        let Some(phrase) = phrase_after(text, &words, i) else { continue };
        let from = if at_least { words[i - 1].0 } else { start };
        let said = text.get(from..phrase.end).unwrap_or_default().trim_end_matches(|c: char| !c.is_alphanumeric());
        let id = unique_id(&phrase.unit, &found);
        found.push(Found {
            target: Target {
                id,
                value: Some(value),
                kind: Some(if at_least { TargetKind::Minst } else { TargetKind::Exakt }),
                rate: phrase.rate.or_else(|| rate_in_sentence(text, phrase.end)),
                unit: phrase.unit,
                label: phrase.label,
            },
            words: said.to_string(),
        });
    }
    found
}

/// A word without the punctuation around it.
fn bare(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric() && c != '§')
}

/// The value of a number word or of digits; "en"/"ett" only when `after_minst`.
fn number(word: &str, after_minst: bool) -> Option<u32> {
    let core = word.trim_start_matches('(').trim_end_matches([',', '.', ';', ':', '!', '?', ')']);
    if !core.is_empty() && core.len() <= 6 && core.bytes().all(|b| b.is_ascii_digit()) {
        return core.parse().ok();
    }
    let folded = fold(core);
    if matches!(folded.as_str(), "en" | "ett") {
        return after_minst.then_some(1);
    }
    number_word(&folded)
}

const ONES: [(&str, u32); 9] =
    [("ett", 1), ("en", 1), ("tva", 2), ("tre", 3), ("fyra", 4), ("fem", 5), ("sex", 6), ("sju", 7), ("atta", 8)];
const TEENS: [(&str, u32); 11] = [
    ("nio", 9),
    ("tio", 10),
    ("elva", 11),
    ("tolv", 12),
    ("tretton", 13),
    ("fjorton", 14),
    ("femton", 15),
    ("sexton", 16),
    ("sjutton", 17),
    ("arton", 18),
    ("nitton", 19),
];
const TENS: [(&str, u32); 8] = [
    ("tjugo", 20),
    ("trettio", 30),
    ("fyrtio", 40),
    ("femtio", 50),
    ("sextio", 60),
    ("sjuttio", 70),
    ("attio", 80),
    ("nittio", 90),
];

/// A Swedish number word from två to niohundranittionio (folded): "tva" 2, "tolv" 12, "tjugofem" 25, "hundra" 100.
fn number_word(folded: &str) -> Option<u32> {
    let below_hundred = |w: &str| -> Option<u32> {
        if let Some(&(_, n)) = ONES.iter().chain(TEENS.iter()).find(|(name, _)| *name == w) {
            return Some(n);
        }
        TENS.iter().find_map(|&(name, tens)| {
            let rest = w.strip_prefix(name)?;
            if rest.is_empty() {
                return Some(tens);
            }
            ONES.iter().chain(TEENS.iter().take(1)).find(|(n, _)| *n == rest).map(|&(_, one)| tens + one)
        })
    };
    if let Some(rest) = folded.strip_suffix("hundra").map(|h| (h, "")).or_else(|| folded.split_once("hundra")) {
        let (head, tail) = rest;
        let hundreds =
            if head.is_empty() { 1 } else { ONES.iter().chain(TEENS.iter().take(1)).find(|(n, _)| *n == head)?.1 };
        let tail = if tail.is_empty() { 0 } else { below_hundred(tail)? };
        return Some(hundreds * 100 + tail);
    }
    let value = below_hundred(folded)?;
    (value >= 2).then_some(value)
}

/// The words after a number: what is counted.
struct Phrase {
    unit: String,
    label: String,
    rate: Option<String>,
    /// Byte offset in the text just after the last word used.
    end: usize,
}

/// What the number at word `at` counts: the words after it up to a preposition, a verb or punctuation, at most four
/// ("trafik- och trafikrelaterade kontroller"); "stycken"/"st" are skipped. `None` when nothing is counted or it is a
/// duration. "(2 st)" counts the word before the bracket ("alkohol (2 st)").
fn phrase_after(text: &str, words: &[(usize, &str)], at: usize) -> Option<Phrase> {
    let number_word = words[at].1;
    let mut i = at + 1;
    if number_word.ends_with(['.', ',', ';', ':', '!', '?']) {
        return None;
    }
    while let Some(&(_, w)) = words.get(i) {
        if matches!(fold(bare(w)).as_str(), "stycken" | "st" | "styck") && !w.ends_with(')') && !w.ends_with(['.', ','])
        {
            i += 1;
        } else {
            break;
        }
    }
    // "alkohol (2 st)": the count is in brackets after what is counted.
    if number_word.starts_with('(') {
        let closes = words
            .get(at + 1)
            .is_some_and(|(_, w)| w.ends_with(')') && matches!(fold(bare(w)).as_str(), "st" | "stycken"));
        let before = at.checked_sub(1).and_then(|b| words.get(b)).map(|(_, w)| bare(w));
        return match (closes, before) {
            (true, Some(before)) if before.chars().all(char::is_alphabetic) && !before.is_empty() => Some(Phrase {
                unit: before.to_string(),
                label: before.to_string(),
                rate: None,
                end: words[at + 1].0 + words[at + 1].1.len(),
            }),
            _ => None,
        };
    }
    let first = i;
    let mut last = None;
    let mut rate = None;
    let mut content = 0;
    while let Some(&(start, w)) = words.get(i) {
        let folded = fold(bare(w));
        let joins_hyphen = w.ends_with('-') && words.get(i + 1).is_some_and(|(_, n)| matches!(*n, "och" | "eller"));
        if STOP.contains(&folded.as_str())
            || folded.is_empty()
            || !bare(w).chars().all(|c| c.is_alphabetic() || c == '-' || c == '/')
        {
            break;
        }
        if joins_hyphen {
            i += 2;
            continue;
        }
        // "gånger/år": the unit, then its rate.
        if let Some((unit, per)) = w.split_once('/') {
            let per = fold(bare(per));
            if !unit.is_empty() && !per.is_empty() {
                rate = RATES
                    .iter()
                    .find(|(page, _)| page.strip_prefix("per ") == Some(per.as_str()))
                    .map(|(_, r)| r.to_string());
                last = Some((i, start + unit.len()));
                break;
            }
            break;
        }
        content += 1;
        last = Some((i, start + w.len()));
        i += 1;
        if content == 4 || w.ends_with([',', '.', ';', ':', '!', '?', ')']) {
            break;
        }
    }
    let (last_index, end) = last?;
    let label_start = words[first].0;
    let label = text.get(label_start..end)?.trim_end_matches(|c: char| !c.is_alphanumeric()).to_string();
    let unit_word = words[last_index].1.split('/').next().unwrap_or_default();
    let unit = bare(unit_word).to_string();
    let unit_folded = fold(&unit);
    let duration = words[first..=last_index].iter().any(|(_, w)| NOT_UNITS.contains(&fold(bare(w)).as_str()));
    if unit.is_empty() || duration || unit_folded.ends_with("-tal") || NOT_UNITS.contains(&unit_folded.as_str()) {
        return None;
    }
    Some(Phrase { unit, label, rate, end })
}

/// A rate said later in the same sentence ("… minst en per vecka", "… varje månad").
fn rate_in_sentence(text: &str, from: usize) -> Option<String> {
    let rest = text.get(from..)?;
    let sentence_end = rest.find(['.', '!', '?', ';']).unwrap_or(rest.len());
    let sentence = fold(&rest[..sentence_end]);
    let padded = format!(" {} ", sentence.split_whitespace().collect::<Vec<_>>().join(" "));
    RATES.iter().find(|(page, _)| padded.contains(&format!(" {page} "))).map(|(_, r)| r.to_string())
}

/// An id for a target from its unit ("kontroller"), unique among those already found ("kontroller-2").
fn unique_id(unit: &str, found: &[Found]) -> String {
    let mut base = String::new();
    for c in fold(unit).chars() {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            base.push(c);
        } else if !base.is_empty() && !base.ends_with('-') {
            base.push('-');
        }
    }
    let base = match base.trim_end_matches('-') {
        "" => "mal".to_string(),
        b => b.to_string(),
    };
    let taken = |id: &str| found.iter().any(|f| f.target.id == id);
    if !taken(&base) {
        return base;
    }
    (2..).map(|n| format!("{base}-{n}")).find(|id| !taken(id)).unwrap_or(base)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Value, kind, rate, unit and label.
    type Read = (u32, Option<TargetKind>, Option<String>, String, String);

    fn read(text: &str) -> Vec<Read> {
        targets(text)
            .into_iter()
            .map(|f| (f.target.value.unwrap_or(0), f.target.kind, f.target.rate, f.target.unit, f.target.label))
            .collect()
    }

    fn one(value: u32, kind: TargetKind, rate: Option<&str>, unit: &str, label: &str) -> Read {
        (value, Some(kind), rate.map(str::to_string), unit.to_string(), label.to_string())
    }

    #[test]
    fn digits_with_what_is_counted() {
        assert_eq!(
            read("Att genom 200 trafik- och trafikrelaterade kontroller vara tillgängliga"),
            [one(200, TargetKind::Exakt, None, "kontroller", "trafik- och trafikrelaterade kontroller")]
        );
        assert_eq!(
            read("Minst 6 stycken narkotikainsatser med fokus på ungdomar"),
            [one(6, TargetKind::Minst, None, "narkotikainsatser", "narkotikainsatser")]
        );
    }

    #[test]
    fn number_words_and_minst() {
        assert_eq!(read("minst två insatser"), [one(2, TargetKind::Minst, None, "insatser", "insatser")]);
        assert_eq!(
            read("Vi utlovar att utföra fem stycken trygghetsvandringar med fokus"),
            [one(5, TargetKind::Exakt, None, "trygghetsvandringar", "trygghetsvandringar")]
        );
        assert_eq!(read("tjugofem kontroller"), [one(25, TargetKind::Exakt, None, "kontroller", "kontroller")]);
        assert_eq!(
            read("minst en kontroll per vecka"),
            [one(1, TargetKind::Minst, Some("per vecka"), "kontroll", "kontroll")]
        );
        assert_eq!(read("ett medborgarforum och en del i detta"), []);
    }

    #[test]
    fn rates_from_the_page() {
        assert_eq!(
            read("besöka skolorna minst 2 gånger/år under ordinarie läsår"),
            [one(2, TargetKind::Minst, Some("per år"), "gånger", "gånger")]
        );
        assert_eq!(
            read("tre träffar varje månad"),
            [one(3, TargetKind::Exakt, Some("per månad"), "träffar", "träffar")]
        );
    }

    #[test]
    fn years_grades_durations_and_ranges_are_no_targets() {
        assert_eq!(read("under 2019 och under år 2020 fyller 15 år"), []);
        assert_eq!(read("föräldrar i årskurs 7 på högstadiet"), []);
        assert_eq!(read("årskurs 7-8 och ett 15-tal"), []);
        assert_eq!(read("15 minuters metoden"), []);
        assert_eq!(read("i två av de prioriterade stadsdelarna"), []);
    }

    #[test]
    fn a_count_in_brackets_counts_the_word_before() {
        let found = read("tillsyn av alkohol (2 st) och tobak  (2 st) under 2019.");
        assert_eq!(
            found,
            [one(2, TargetKind::Exakt, None, "alkohol", "alkohol"), one(2, TargetKind::Exakt, None, "tobak", "tobak")]
        );
        let ids: Vec<String> = targets("2 kontroller och 3 kontroller").into_iter().map(|f| f.target.id).collect();
        assert_eq!(ids, ["kontroller", "kontroller-2"]);
    }
}
