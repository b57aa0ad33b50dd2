//! What the URL notice says about ignored parts of a link, in the page's language. A dataset address on another website gets
//! its own plain sentence, since that is a deliberate refusal rather than a typo.
//!
//! Pure core: no UI dependency.
//!
//! Page layer: of its own layer uses `query`; must not import `export`.

use crate::json::message::shorten;
use crate::lang::{fill, Language, SWEDISH};
use crate::page::query::{param, Ignored};

/// Longest piece of a link echoed in the notice, in characters; longer ones end in "…", so a crafted link cannot
/// fill the page with its own text.
pub const MAX_ECHO_CHARS: usize = 80;

/// Most ignored parts of a link the notice names; the rest are counted.
pub const MAX_ECHOED_PARTS: usize = 10;

/// The notice's sentences; empty when nothing was ignored.
pub fn notice_lines(ignored: &[Ignored]) -> Vec<String> {
    notice_lines_in(ignored, SWEDISH)
}

/// [`notice_lines`] in `lang`.
pub fn notice_lines_in(ignored: &[Ignored], lang: &Language) -> Vec<String> {
    let words = &lang.words.notice;
    let mut lines = Vec::new();
    // `nytt=1` is read but set aside when this reader has nothing new (see `view::promises_view_with_news`).
    let (stale_new, ignored): (Vec<&Ignored>, Vec<&Ignored>) =
        ignored.iter().partition(|i| i.param == param::NEW_ONLY && i.value == "1");
    let (data, rest): (Vec<&Ignored>, Vec<&Ignored>) = ignored.into_iter().partition(|i| i.param == param::DATA);
    for item in data {
        let value = shorten(&item.value, MAX_ECHO_CHARS);
        let lower = item.value.to_ascii_lowercase();
        let foreign = lower.starts_with("//") || lower.contains("://") || lower.contains(':');
        let template = if foreign { words.foreign_data } else { words.not_json };
        lines.push(fill(template, &[("value", &value)]));
    }
    if !rest.is_empty() {
        let mut parts: Vec<String> = rest
            .iter()
            .take(MAX_ECHOED_PARTS)
            .map(|i| {
                let part = if i.value.is_empty() { i.param.clone() } else { format!("{}={}", i.param, i.value) };
                shorten(&part, MAX_ECHO_CHARS)
            })
            .collect();
        if rest.len() > MAX_ECHOED_PARTS {
            parts.push(fill(words.more_parts, &[("n", &(rest.len() - MAX_ECHOED_PARTS).to_string())]));
        }
        lines.push(fill(words.unknown_parts, &[("parts", &parts.join(lang.words.list_comma))]));
    }
    if !stale_new.is_empty() {
        lines.push(words.nothing_new.to_string());
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::query::Query;

    #[test]
    fn nytt_without_news_gets_its_own_sentence() {
        let set_aside = [Ignored { param: "nytt".to_string(), value: "1".to_string() }];
        assert_eq!(
            notice_lines(&set_aside),
            vec!["Inget är nytt sedan ditt senaste besök på den här enheten, så alla löften visas."]
        );
        let (_, ignored) = Query::parse("nytt=kanske");
        assert_eq!(notice_lines(&ignored), vec!["En del av länken kändes inte igen och används inte: nytt=kanske."]);
    }

    #[test]
    fn a_foreign_dataset_is_named_as_such() {
        let (query, ignored) = Query::parse("data=https://evil.example/x.json&ar=1066&foo");
        assert_eq!(query.data, None);
        let lines = notice_lines(&ignored);
        assert_eq!(lines.len(), 2);
        assert_eq!(
            lines[0],
            "Löften från andra webbplatser visas inte (https://evil.example/x.json). Du ser de vanliga löftena."
        );
        assert_eq!(lines[1], "En del av länken kändes inte igen och används inte: ar=1066, foo.");
        for foreign in ["//evil.example/x.json", "javascript:alert(1)"] {
            let (_, ignored) = Query::parse(&format!("data={foreign}"));
            assert!(notice_lines(&ignored)[0].starts_with("Löften från andra webbplatser"), "{foreign}");
        }
        let (_, ignored) = Query::parse("data=data/x.csv");
        assert!(notice_lines(&ignored)[0].contains("bara .json-filer"));
        assert!(notice_lines(&[]).is_empty());
    }

    #[test]
    fn a_long_unknown_value_is_cut_to_eighty_characters() {
        let (_, ignored) = Query::parse(&format!("omrade={}", "A".repeat(100_000)));
        let lines = notice_lines(&ignored);
        let expected = format!("omrade={}…", "A".repeat(MAX_ECHO_CHARS - "omrade=".len()));
        assert_eq!(lines, [format!("En del av länken kändes inte igen och används inte: {expected}.")]);
        let (_, ignored) = Query::parse(&format!("data=https://evil.example/{}", "å".repeat(5_000)));
        let line = &notice_lines(&ignored)[0];
        assert!(line.chars().count() < 200 && line.contains("…)"), "{line}");
    }

    #[test]
    fn many_unknown_parameters_are_counted_not_listed() {
        let search: Vec<String> = (0..500).map(|i| format!("x{i}=1")).collect();
        let (_, ignored) = Query::parse(&search.join("&"));
        let line = &notice_lines(&ignored)[0];
        assert!(line.ends_with("x8=1, x9=1, och 490 till."), "{line}");
    }
}
