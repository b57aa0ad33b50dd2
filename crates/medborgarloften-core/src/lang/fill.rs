//! Filling a message's placeholders: `"Visar {shown} av {total}"` with the values named.
//!
//! Language layer: may use `text`; must not import any higher layer.

/// `template` with each `{name}` replaced by its value in `values`; a placeholder without a value stays as written
/// (a translation's typo shows, rather than dropping words), and the values are inserted as plain text, never read
/// as placeholders themselves.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let named = after.find('}').and_then(|close| {
            let name = &after[..close];
            values.iter().find(|(n, _)| *n == name).map(|(_, value)| (*value, close))
        });
        match named {
            Some((value, close)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::fill;

    #[test]
    fn named_values_go_in_their_places() {
        assert_eq!(fill("Visar {shown} av {total}", &[("total", "15"), ("shown", "4")]), "Visar 4 av 15");
    }

    #[test]
    fn an_unknown_placeholder_stays_and_values_are_not_read_again() {
        assert_eq!(fill("{a} {b}", &[("a", "{b}")]), "{b} {b}");
        assert_eq!(fill("no close {", &[]), "no close {");
    }
}
