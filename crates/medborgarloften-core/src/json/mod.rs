//! A small JSON reader and writer of the core's own, so that nothing the app runs needs serde or serde_json:
//! [`Reader`] reads as serde_json 1 reads (the same texts accepted, the same errors at the same places), the
//! typed decoders in [`crate::dataset::decode`] build the model from it, [`Value`] is a tree for hand-walked files
//! (GeoJSON), and [`write`] writes compact JSON.
//!
//! Pure core: no serde, no UI dependency.
//!
//! JSON layer, just above `text`: may use `text` only; must not import `dataset` (whose decoders use it) or any higher
//! layer.

mod error;
pub(crate) mod message;
mod number;
mod reader;
mod value;
pub mod write;

pub use error::{Code, JsonError, Kind};
pub use number::Num;
pub use reader::{Reader, Result, MAX_DEPTH};
pub use value::{parse_value, Object, Value};

#[cfg(test)]
mod tests {
    use super::*;

    fn syntax(text: &str) -> (Code, usize, usize) {
        match parse_value(text) {
            Err(JsonError { kind: Kind::Syntax(code), line, column }) => (code, line, column),
            other => panic!("expected a syntax error for {text:?}, got {other:?}"),
        }
    }

    #[test]
    fn nesting_stops_at_the_depth_limit() {
        let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        assert!(parse_value(&deep(usize::from(MAX_DEPTH) - 1)).is_ok());
        assert_eq!(syntax(&deep(usize::from(MAX_DEPTH))), (Code::RecursionLimit, 1, 128));
        // Far deeper than any stack: refused at the same place, without recursing further.
        assert_eq!(syntax(&"[".repeat(1_000_000)), (Code::RecursionLimit, 1, 128));
    }

    #[test]
    fn escapes_and_surrogate_pairs_decode() {
        let value = parse_value(r#"["\u00e5\ud83d\ude00\"\\\/\b\f\n\r\t"]"#).expect("valid");
        let text = value.as_array().and_then(|a| a.first()).and_then(Value::as_str).map(str::to_owned);
        assert_eq!(text.as_deref(), Some("å😀\"\\/\u{8}\u{c}\n\r\t"));
        assert_eq!(syntax(r#""\ud800""#).0, Code::UnexpectedEndOfHexEscape);
        assert_eq!(syntax(r#""\udc00""#).0, Code::LoneSurrogate);
        assert_eq!(syntax("\"a\u{1}\"").0, Code::ControlCharacter);
        assert_eq!(syntax(r#""\q""#).0, Code::InvalidEscape);
    }

    #[test]
    fn numbers_read_as_serde_json_reads_them() {
        let num = |text: &str| match parse_value(text) {
            Ok(Value::Number(n)) => n,
            other => panic!("{text}: {other:?}"),
        };
        assert_eq!(num("18446744073709551615"), Num::Unsigned(u64::MAX));
        assert_eq!(num("-9223372036854775808"), Num::Signed(i64::MIN));
        assert_eq!(num("-0"), Num::Float(-0.0));
        assert_eq!(num("1.5e3"), Num::Float(1500.0));
        assert_eq!(num("18446744073709551616"), Num::Float(18_446_744_073_709_551_616.0));
        assert_eq!(syntax("1e309"), (Code::NumberOutOfRange, 1, 5));
        assert_eq!(syntax("01"), (Code::InvalidNumber, 1, 2));
        assert_eq!(syntax("1."), (Code::EofValue, 1, 2));
    }

    #[test]
    fn the_writer_reads_back_the_same_value() {
        let text = r#"{"b":[1,-2,2.5,1e300,"tab\tq\"\u0001"],"a":{"x":null,"y":true}}"#;
        let value = parse_value(text).expect("valid");
        let written = write::to_json(&value);
        assert_eq!(written, r#"{"a":{"x":null,"y":true},"b":[1,-2,2.5,1e+300,"tab\tq\"\u0001"]}"#);
        assert_eq!(parse_value(&written).ok(), Some(value));
    }
}
