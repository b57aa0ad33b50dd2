//! Who promises: the names a page uses for the police and the kommun ("Polisen", "Polismyndigheten",
//! "Områdespolisen", "Katrineholms kommun", "kommunen"), other promisers (a housing company, Trafikverket), and where a
//! page says who promises — a heading ("Polisen lovar:", "Kommunen och polisen kommer gemensamt att:", "Tillsammans
//! lovar vi"), a lead ("… lovar polisen och kommunen:"), a party tag after a bullet ("(Polis)", "(kommun och
//! fastighetsägarna)") or the bullet's own subject ("Att polisen ska …", "Laxå kommun och polisen lovar …").
//!
//! Import layer: of the layers below uses only `text::fold`; of its own layer nothing.

use std::collections::BTreeSet;

use crate::text::fold::fold;

/// Other promisers the page has named so far, folded ("trafikverket").
pub(crate) type Known = BTreeSet<String>;

/// A promiser named on the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Who {
    /// The police, by any of its names.
    Police,
    /// The kommun, by any of its names.
    Kommun,
    /// "Vi": the promisers the context names (the lead), else the police and the kommun together.
    We,
    /// Any other promiser, as written on the page ("fastighetsägarna", "Trafikverket").
    Other(String),
}

/// Words that end the names of organisations that make promises with the police and the kommun (folded).
const ORGANISATION_ENDINGS: [&str; 22] = [
    "verket",
    "verk",
    "bolaget",
    "bolag",
    "byggen",
    "bostader",
    "fastigheter",
    "agarna",
    "agare",
    "tjansten",
    "tjanst",
    "forbund",
    "forbundet",
    "foreningen",
    "forening",
    "regionen",
    "lansstyrelsen",
    "stiftelsen",
    "skolan",
    "kollektivtrafiken",
    "trafik",
    " ab",
];

/// What a single name means, when it names a promiser at all. `others` are promisers the page already named (in a
/// heading), matched in folded form.
pub(crate) fn who(name: &str, others: &Known) -> Option<Who> {
    let name = name.trim().trim_matches(|c: char| !c.is_alphanumeric());
    let folded = fold(name);
    let words = folded.split_whitespace().count();
    if words == 0 || words > 5 {
        return None;
    }
    let police = matches!(
        folded.as_str(),
        "polisen"
            | "polis"
            | "polismyndigheten"
            | "polismyndighet"
            | "omradespolisen"
            | "lokalpolisen"
            | "kommunpolisen"
    ) || folded.starts_with("lokalpolisomrade")
        || folded.starts_with("polisen i ")
        || folded.starts_with("polisomrade");
    if police {
        return Some(Who::Police);
    }
    let kommun = matches!(folded.as_str(), "kommunen" | "kommun" | "staden")
        || (folded.ends_with(" kommun") && words <= 4)
        || (folded.ends_with(" stad") && words <= 3 && name.starts_with(char::is_uppercase))
        || folded.starts_with("kommunen i ");
    if kommun {
        return Some(Who::Kommun);
    }
    if folded == "vi" {
        return Some(Who::We);
    }
    if others.contains(&folded) || is_organisation(&folded) {
        return Some(Who::Other(name.to_string()));
    }
    None
}

fn is_organisation(folded: &str) -> bool {
    !folded.contains(|c: char| c.is_ascii_digit())
        && (ORGANISATION_ENDINGS.iter().any(|end| folded.ends_with(end))
            || folded.starts_with("region ")
            || folded.starts_with("lansstyrelsen"))
}

/// A list of names: "Kommunen och Polisen", "polis, kommun och fastighetsägarna". `None` unless every name is a
/// promiser; `strict` names that are not known organisations are accepted too when they start with a capital (a
/// heading's "Bostadsbolaget Ekbacken lovar:").
pub(crate) fn names(list: &str, others: &Known, strict: bool) -> Option<Vec<Who>> {
    let mut found = Vec::new();
    for part in
        list.split(',').flat_map(|p| p.split(" och ")).flat_map(|p| p.split(" samt ")).flat_map(|p| p.split(" & "))
    {
        let part = part.trim();
        if part.is_empty() {
            return None;
        }
        let one = who(part, others).or_else(|| {
            let capital = part.starts_with(char::is_uppercase) && part.split_whitespace().count() <= 4;
            (strict && capital && !part.contains(|c: char| c.is_ascii_digit())).then(|| Who::Other(part.to_string()))
        })?;
        if !found.contains(&one) {
            found.push(one);
        }
    }
    (!found.is_empty()).then_some(found)
}

/// The verbs a promiser heading ends with, folded ("Polisen lovar att:", "Kommunen kommer gemensamt att"; "åtar
/// sig" is read on its own).
const HEADING_VERBS: [&str; 5] = ["lovar", "kommer", "ska", "skall", "utlovar"];

/// A promiser heading — a short line that says only who promises — and who it names.
pub(crate) fn heading(line: &str, others: &Known) -> Option<Vec<Who>> {
    let line = line.trim().trim_end_matches([':', '.']).trim();
    if line.split_whitespace().count() > 12 || line.is_empty() {
        return None;
    }
    let folded = fold(line);
    const WE: [&str; 9] = [
        "tillsammans lovar vi",
        "tillsammans lovar vi att",
        "vi lovar",
        "vi lovar att",
        "vi lovar tillsammans",
        "det har lovar vi",
        "det har lovar vi tillsammans",
        "gemensamt lovar vi",
        "gemensamma loften",
    ];
    if WE.contains(&folded.as_str()) {
        return Some(vec![Who::We]);
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    let folded_words: Vec<String> = words.iter().map(|w| fold(w)).collect();
    if let [name, last] = folded_words.as_slice() {
        // "Polisens löften": one name in the genitive.
        if (last == "loften" || last == "ataganden") && name.ends_with('s') {
            let name = words[0].strip_suffix('s').unwrap_or(words[0]);
            return names(name, others, false);
        }
    }
    let mut end = words.len();
    while end > 0 && matches!(folded_words[end - 1].as_str(), "att" | "gemensamt" | "tillsammans" | "ocksa" | "aven") {
        end -= 1;
    }
    let verb_words = if end >= 2 && folded_words[end - 2] == "atar" && folded_words[end - 1] == "sig" {
        2
    } else if end >= 1 && HEADING_VERBS.contains(&folded_words[end - 1].as_str()) {
        1
    } else {
        return None;
    };
    let mut first = 0;
    if folded_words.first().is_some_and(|w| w == "tillsammans") {
        first = 1;
    }
    if end - verb_words <= first {
        return None;
    }
    names(&words[first..end - verb_words].join(" "), others, true)
}

/// Who a lead names: "Polismyndigheten och Eskilstuna kommun lovar att under 2019" (before "lovar"), "… lovar polisen
/// och kommunen:" (after "lovar", to the end).
pub(crate) fn in_lead(lead: &str, others: &Known) -> Option<Vec<Who>> {
    let lead = lead.trim().trim_end_matches([':', '.']).trim_end();
    let at = lead.find(" lovar ").or_else(|| lead.strip_suffix(" lovar").map(str::len))?;
    names(&lead[..at], others, false).or_else(|| {
        let after = lead[at + " lovar".len()..].trim();
        let after = after.strip_prefix("gemensamt ").unwrap_or(after);
        names(after, others, false)
    })
}

/// A party tag at the end of a bullet: "… perioden. (Polis)", "… kommunen. (Kommun och Polis)", and the form
/// "… kommunen - … Kommun och (Polis)". Returns the text before the tag, who it names and the tag as written.
pub(crate) fn tag(text: &str, others: &Known) -> Option<(String, Vec<Who>, String)> {
    let body = text.trim_end();
    let inner_end = body.strip_suffix(')')?.len();
    let open = body[..inner_end].rfind('(')?;
    let inner = &body[open + 1..inner_end];
    if inner.contains(['(', ')']) {
        return None;
    }
    let mut found = names(inner, others, false)?;
    let mut cut = open;
    // "Kommun och (Polis)": names before the bracket, after the last full stop.
    let before = body[..open].trim_end();
    if let Some(list) = before.strip_suffix(" och") {
        let start = list.rfind(['.', '!', '?']).map_or(0, |i| i + 1);
        if start > 0 {
            if let Some(more) = names(&list[start..], others, false) {
                for one in more.into_iter().rev() {
                    if !found.contains(&one) {
                        found.insert(0, one);
                    }
                }
                cut = start;
            }
        }
    }
    let rest = body[..cut].trim_end();
    if rest.is_empty() || found.contains(&Who::We) {
        return None;
    }
    Some((rest.to_string(), found, body[cut..].trim().to_string()))
}

/// The subject a bullet starts with, when it names promisers: "Att polisen ska …", "Laxå kommun och polisen lovar
/// att …", "Polismyndigheten kommer …", "Vi ska tillsammans …". Only the police, the kommun, "vi" and promisers
/// the page already named count; the subject must be followed by another word (the verb).
pub(crate) fn subject(text: &str, others: &Known) -> Option<Vec<Who>> {
    let text = text.trim_start();
    let text = text.strip_prefix("Att ").or_else(|| text.strip_prefix("att ")).unwrap_or(text);
    let words: Vec<&str> = text.split_whitespace().take(16).collect();
    let mut at = 0;
    let mut found = Vec::new();
    loop {
        let mut matched = None;
        for len in (1..=4).rev() {
            let Some(phrase) = words.get(at..at + len) else { continue };
            let phrase = phrase.join(" ");
            if phrase.ends_with([',', '.', ':', ';']) && len > 1 {
                continue;
            }
            let bare = phrase.trim_end_matches(',');
            if let Some(one) = who(bare, others).filter(|w| !matches!(w, Who::Other(_)) || others.contains(&fold(bare)))
            {
                matched = Some((one, len, phrase.ends_with(',')));
                break;
            }
        }
        let (one, len, comma) = matched?;
        if !found.contains(&one) {
            found.push(one);
        }
        at += len;
        match words.get(at) {
            Some(&"och") | Some(&"samt") => at += 1,
            Some(_) if comma => {}
            Some(_) => return Some(found),
            None => return None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NONE: Known = Known::new();

    #[test]
    fn names_of_the_police_and_the_kommun() {
        for name in ["Polisen", "polis", "Polismyndigheten", "Områdespolisen", "lokalpolisområde Kungälv-Ale"] {
            assert_eq!(who(name, &NONE), Some(Who::Police), "{name}");
        }
        for name in ["Kommunen", "kommun", "Katrineholms kommun", "Laxå kommun", "Göteborgs stad"] {
            assert_eq!(who(name, &NONE), Some(Who::Kommun), "{name}");
        }
        assert_eq!(who("Skiftinge", &NONE), None);
        assert_eq!(who("Trafikverket", &NONE), Some(Who::Other("Trafikverket".into())));
        assert_eq!(who("fastighetsägarna", &NONE), Some(Who::Other("fastighetsägarna".into())));
    }

    #[test]
    fn headings_say_who_promises() {
        assert_eq!(heading("Polisen lovar:", &NONE), Some(vec![Who::Police]));
        assert_eq!(heading("Katrineholms kommun lovar att:", &NONE), Some(vec![Who::Kommun]));
        assert_eq!(heading("Kommunen och Polisen lovar gemensamt att:", &NONE), Some(vec![Who::Kommun, Who::Police]));
        assert_eq!(heading("Polisen och kommunen kommer gemensamt att:", &NONE), Some(vec![Who::Police, Who::Kommun]));
        assert_eq!(heading("Tillsammans lovar vi", &NONE), Some(vec![Who::We]));
        assert_eq!(heading("Trafikverket lovar:", &NONE), Some(vec![Who::Other("Trafikverket".into())]));
        assert_eq!(
            heading("Bostadsbolaget Ekbacken lovar:", &NONE),
            Some(vec![Who::Other("Bostadsbolaget Ekbacken".into())])
        );
        assert_eq!(heading("Polismyndigheten och Eskilstuna kommun lovar att under 2019", &NONE), None);
        assert_eq!(heading("Polisen lovar att prioritera närvaro i Laxå.", &NONE), None);
    }

    #[test]
    fn leads_name_promisers_before_or_after_lovar() {
        let both = Some(vec![Who::Police, Who::Kommun]);
        assert_eq!(in_lead("Polismyndigheten och Eskilstuna kommun lovar att under 2019", &NONE), both);
        assert_eq!(
            in_lead(
                "För att förebygga vidare brott och öka tryggheten i trafikmiljön lovar polisen och kommunen:",
                &NONE
            ),
            both
        );
        assert_eq!(in_lead("Det ska vi arbeta med genom följande aktiviteter", &NONE), None);
    }

    #[test]
    fn tags_at_the_end_name_promisers_and_leave_the_text() {
        let (rest, found, tag_text) =
            tag("Minst 6 stycken narkotikainsatser under perioden. (Polis)", &NONE).expect("a tag");
        assert_eq!(
            (rest.as_str(), found, tag_text.as_str()),
            ("Minst 6 stycken narkotikainsatser under perioden.", vec![Who::Police], "(Polis)")
        );
        let (_, found, _) = tag("Informationsmöten varje år. (Kommun och Polis)", &NONE).expect("a tag");
        assert_eq!(found, [Who::Kommun, Who::Police]);
        let (rest, found, tag_text) = tag("Informationsmöten i kommunen. Kommun och (Polis)", &NONE).expect("a tag");
        assert_eq!(
            (rest.as_str(), found, tag_text.as_str()),
            ("Informationsmöten i kommunen.", vec![Who::Kommun, Who::Police], "Kommun och (Polis)")
        );
        let (_, found, _) = tag("Trygghetsvandringar. (kommun och fastighetsägarna)", &NONE).expect("a tag");
        assert_eq!(found, [Who::Kommun, Who::Other("fastighetsägarna".into())]);
        assert_eq!(tag("Trygghetsvandringar i två stadsdelar (Skiftinge och Lagersberg)", &NONE), None);
        assert_eq!(tag("(Polis)", &NONE), None, "a tag alone is no promise");
    }

    #[test]
    fn a_bullet_may_name_its_promisers_first() {
        assert_eq!(subject("Att polisen ska genomföra trafikkontroller", &NONE), Some(vec![Who::Police]));
        assert_eq!(
            subject("Laxå kommun och polisen lovar att i samverkan", &NONE),
            Some(vec![Who::Kommun, Who::Police])
        );
        assert_eq!(
            subject("Eskilstuna kommun och Polismyndigheten kommer genom", &NONE),
            Some(vec![Who::Kommun, Who::Police])
        );
        assert_eq!(subject("Vi ska tillsammans arbeta", &NONE), Some(vec![Who::We]));
        assert_eq!(subject("Att samfällt med kommunen genomföra", &NONE), None);
        assert_eq!(subject("Minst 4 insatser", &NONE), None);
        assert_eq!(subject("Polisen", &NONE), None, "a name alone is no subject");
        assert_eq!(subject("Trafikverket ska bygga om", &NONE), None, "only promisers the page named");
        assert_eq!(
            subject("Trafikverket ska bygga om", &Known::from(["trafikverket".to_string()])),
            Some(vec![Who::Other("Trafikverket".into())])
        );
    }
}
