//! A JSON value tree, read as serde_json 1 reads a `serde_json::Value` (objects keep one value per name, the
//! last one written, in name order), for the readers that walk a file by hand: the GeoJSON parser and the
//! per-promise error pass of the dataset parser.
//!
//! Pure core: no serde, no UI dependency.

use std::collections::BTreeMap;

use super::error::Code;
use super::number::Num;
use super::reader::{Reader, Result};

/// A JSON object: one value per field name, in name order.
pub type Object = BTreeMap<String, Value>;

/// Any JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number.
    Number(Num),
    /// A string.
    String(String),
    /// A list.
    Array(Vec<Value>),
    /// An object.
    Object(Object),
}

impl Value {
    /// The field `name` of an object; `None` for a missing field or a value that is no object.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.as_object()?.get(name)
    }

    /// The object's fields, when it is one.
    pub fn as_object(&self) -> Option<&Object> {
        match self {
            Value::Object(object) => Some(object),
            _ => None,
        }
    }

    /// The list's values, when it is one.
    pub fn as_array(&self) -> Option<&Vec<Value>> {
        match self {
            Value::Array(list) => Some(list),
            _ => None,
        }
    }

    /// The string, when it is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(text) => Some(text),
            _ => None,
        }
    }

    /// Any number as a float.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(Num::Unsigned(n)) => Some(*n as f64),
            Value::Number(Num::Signed(n)) => Some(*n as f64),
            Value::Number(Num::Float(x)) => Some(*x),
            _ => None,
        }
    }

    /// A whole number that fits an `i64`.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Value::Number(Num::Unsigned(n)) => i64::try_from(*n).ok(),
            Value::Number(Num::Signed(n)) => Some(*n),
            _ => None,
        }
    }

    /// A whole number ≥ 0.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(Num::Unsigned(n)) => Some(*n),
            _ => None,
        }
    }
}

/// Reads a whole text as one JSON value (only whitespace may follow it).
pub fn parse_value(text: &str) -> Result<Value> {
    let mut reader = Reader::new(text);
    let value = reader.value()?;
    reader.end()?;
    Ok(value)
}

impl Reader<'_> {
    /// One value of any kind, at most [`super::MAX_DEPTH`] levels deep.
    pub fn value(&mut self) -> Result<Value> {
        let Some(peek) = self.whitespace() else { return Err(self.peek_error(Code::EofValue)) };
        Ok(match peek {
            b'n' => {
                self.eat();
                self.ident(b"ull")?;
                Value::Null
            }
            b't' => {
                self.eat();
                self.ident(b"rue")?;
                Value::Bool(true)
            }
            b'f' => {
                self.eat();
                self.ident(b"alse")?;
                Value::Bool(false)
            }
            b'-' => {
                self.eat();
                Value::Number(self.number(false)?)
            }
            b'0'..=b'9' => Value::Number(self.number(true)?),
            b'"' => {
                self.eat();
                Value::String(self.string_body()?.into_owned())
            }
            b'[' => {
                self.enter()?;
                self.eat();
                let items = self.value_items();
                self.leave();
                let end = self.end_list();
                Value::Array(items.and_then(|items| end.map(|()| items))?)
            }
            b'{' => {
                self.enter()?;
                self.eat();
                let fields = self.value_fields();
                self.leave();
                let end = self.end_object();
                Value::Object(fields.and_then(|fields| end.map(|()| fields))?)
            }
            _ => return Err(self.peek_error(Code::ExpectedValue)),
        })
    }

    fn value_items(&mut self) -> Result<Vec<Value>> {
        let mut items = Vec::new();
        let mut first = true;
        while self.next_element(&mut first)? {
            items.push(self.value()?);
        }
        Ok(items)
    }

    fn value_fields(&mut self) -> Result<Object> {
        let mut fields = Object::new();
        let mut first = true;
        while self.next_key(&mut first)? {
            let name = self.key()?.into_owned();
            self.colon()?;
            let value = self.value()?;
            fields.insert(name, value);
        }
        Ok(fields)
    }
}
