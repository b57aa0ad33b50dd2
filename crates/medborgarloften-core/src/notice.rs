//! What the URL notice says about ignored parts of a link, in Swedish. A dataset address on another website gets
//! its own plain sentence, since that is a deliberate refusal rather than a typo.
//!
//! Pure core: no UI dependency.

use crate::query::{param, Ignored};

/// The notice's sentences; empty when nothing was ignored.
pub fn notice_lines(ignored: &[Ignored]) -> Vec<String> {
    let mut lines = Vec::new();
    let (data, rest): (Vec<&Ignored>, Vec<&Ignored>) = ignored.iter().partition(|i| i.param == param::DATA);
    for item in data {
        let lower = item.value.to_ascii_lowercase();
        let foreign = lower.starts_with("//") || lower.contains("://") || lower.contains(':');
        lines.push(if foreign {
            format!(
                "Datamängder från andra webbplatser läses inte in ({}). Du ser appens vanliga datamängd.",
                item.value
            )
        } else {
            format!(
                "Datamängden \"{}\" läses inte in: bara .json-filer på den här webbplatsen kan visas. Du ser appens vanliga datamängd.",
                item.value
            )
        });
    }
    if !rest.is_empty() {
        let parts: Vec<String> = rest
            .iter()
            .map(|i| if i.value.is_empty() { i.param.clone() } else { format!("{}={}", i.param, i.value) })
            .collect();
        lines.push(format!("En del av länken kändes inte igen och används inte: {}.", parts.join(", ")));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::Query;

    #[test]
    fn a_foreign_dataset_is_named_as_such() {
        let (query, ignored) = Query::parse("data=https://evil.example/x.json&ar=1066&foo");
        assert_eq!(query.data, None);
        let lines = notice_lines(&ignored);
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0], "Datamängder från andra webbplatser läses inte in (https://evil.example/x.json). Du ser appens vanliga datamängd.");
        assert_eq!(lines[1], "En del av länken kändes inte igen och används inte: ar=1066, foo.");
        for foreign in ["//evil.example/x.json", "javascript:alert(1)"] {
            let (_, ignored) = Query::parse(&format!("data={foreign}"));
            assert!(notice_lines(&ignored)[0].starts_with("Datamängder från andra webbplatser"), "{foreign}");
        }
        let (_, ignored) = Query::parse("data=data/x.csv");
        assert!(notice_lines(&ignored)[0].contains("bara .json-filer"));
        assert!(notice_lines(&[]).is_empty());
    }
}
