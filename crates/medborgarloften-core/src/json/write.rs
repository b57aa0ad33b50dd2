//! A compact JSON writer, writing as serde_json's `to_string` writes: no spaces, strings escaped with `\"`,
//! `\\`, `\b`, `\f`, `\n`, `\r`, `\t` and `\u00XX` for other control characters, everything else as is.
//!
//! Pure core: no serde, no UI dependency.

use std::fmt::Write;

use super::number::Num;
use super::value::Value;

/// Appends `text` as a JSON string.
pub fn write_str(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// `value` as compact JSON text.
pub fn to_json(value: &Value) -> String {
    let mut out = String::new();
    write_value(&mut out, value);
    out
}

fn write_value(out: &mut String, value: &Value) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(Num::Unsigned(n)) => {
            let _ = write!(out, "{n}");
        }
        Value::Number(Num::Signed(n)) => {
            let _ = write!(out, "{n}");
        }
        // As serde_json writes floats: always with a point or an exponent, so it reads back as a float.
        Value::Number(Num::Float(x)) => out.push_str(&super::message::float_text(*x)),
        Value::String(text) => write_str(out, text),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_value(out, item);
            }
            out.push(']');
        }
        Value::Object(fields) => {
            out.push('{');
            for (i, (name, item)) in fields.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_str(out, name);
                out.push(':');
                write_value(out, item);
            }
            out.push('}');
        }
    }
}
