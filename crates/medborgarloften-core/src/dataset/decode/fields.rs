//! The shared decoding helpers: objects with known fields, lists, maps, texts, whole numbers, booleans, `null`
//! and unit enums, each reading and refusing exactly as serde_json did for the matching serde type.
//!
//! Pure core: no serde, no UI dependency.
//!
//! Dataset layer (`decode`): may use `json` and `text`; must not import `geo`, `page` or `export`.

use crate::json::message::{
    duplicate_field, expected, found_words, invalid_type, missing_field, out_of_range, unknown_field, unknown_variant,
    Found, LIST_FOR_OBJECT,
};
use crate::json::{Code, JsonError, Num, Reader};

pub(crate) use crate::json::Result;

/// How a field of an object may be left out.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Need {
    /// It must be there.
    Required,
    /// It has a default (serde's `#[serde(default)]`).
    Default,
    /// An `Option` without a default: may be left out of an object, but not of a list read by position.
    Optional,
}

/// The fields of an object type, in declaration order, and whether other fields are refused.
pub(crate) struct Fields {
    /// Field names as written in the file.
    pub names: &'static [&'static str],
    /// Whether each field may be left out, in the same order.
    pub needs: &'static [Need],
    /// True when an unknown field is an error (serde's `deny_unknown_fields`).
    pub strict: bool,
}

/// The error for a required field that is not there (for the decoders' last check, which [`object`] has already
/// made: it never fires).
#[cold]
pub(crate) fn missing(name: &str) -> JsonError {
    JsonError::shape(missing_field(name))
}

/// An object of `fields`; `read` reads the value of field `i` (the reader stands before it). A list is read as
/// the fields by position.
pub(crate) fn object(
    r: &mut Reader<'_>,
    fields: &Fields,
    read: &mut dyn FnMut(&mut Reader<'_>, usize) -> Result<()>,
) -> Result<()> {
    let Some(peek) = r.whitespace() else { return Err(r.peek_error(Code::EofValue)) };
    let result = match peek {
        b'[' => {
            r.enter()?;
            r.eat();
            let ret = by_position(r, fields, read);
            r.leave();
            let end = r.end_list();
            ret.and(end)
        }
        b'{' => {
            r.enter()?;
            r.eat();
            let ret = by_name(r, fields, read);
            r.leave();
            let end = r.end_object();
            ret.and(end)
        }
        _ => Err(r.invalid_type(expected::OBJECT)),
    };
    result.map_err(|err| r.fix(err))
}

fn by_name(
    r: &mut Reader<'_>,
    fields: &Fields,
    read: &mut dyn FnMut(&mut Reader<'_>, usize) -> Result<()>,
) -> Result<()> {
    let mut seen = 0u32;
    let mut first = true;
    while r.next_key(&mut first)? {
        let key = r.key()?;
        match fields.names.iter().position(|name| *name == key) {
            Some(i) => {
                if seen & (1 << i) != 0 {
                    return Err(JsonError::shape(duplicate_field(fields.names[i])));
                }
                r.colon()?;
                read(r, i)?;
                seen |= 1 << i;
            }
            None if fields.strict => {
                // serde named the field between backticks, and the message was cut at the first one.
                let found = key.split('`').next().unwrap_or_default();
                return Err(JsonError::shape(unknown_field(found, fields.names)));
            }
            None => {
                r.colon()?;
                r.ignore_value()?;
            }
        }
    }
    for (i, (name, need)) in fields.names.iter().zip(fields.needs).enumerate() {
        if *need == Need::Required && seen & (1 << i) == 0 {
            return Err(JsonError::shape(missing_field(name)));
        }
    }
    Ok(())
}

fn by_position(
    r: &mut Reader<'_>,
    fields: &Fields,
    read: &mut dyn FnMut(&mut Reader<'_>, usize) -> Result<()>,
) -> Result<()> {
    let mut first = true;
    for (i, need) in fields.needs.iter().enumerate() {
        if r.next_element(&mut first)? {
            read(r, i)?;
        } else if *need != Need::Default {
            return Err(JsonError::shape(LIST_FOR_OBJECT.to_owned()));
        }
    }
    Ok(())
}

/// A list; `each` reads one element (the reader stands before it).
pub(crate) fn list(r: &mut Reader<'_>, each: &mut dyn FnMut(&mut Reader<'_>) -> Result<()>) -> Result<()> {
    let Some(peek) = r.whitespace() else { return Err(r.peek_error(Code::EofValue)) };
    let result = match peek {
        b'[' => {
            r.enter()?;
            r.eat();
            let mut first = true;
            let mut ret = Ok(());
            loop {
                match r.next_element(&mut first) {
                    Ok(true) => {}
                    Ok(false) => break,
                    Err(err) => {
                        ret = Err(err);
                        break;
                    }
                }
                if let Err(err) = each(r) {
                    ret = Err(err);
                    break;
                }
            }
            r.leave();
            let end = r.end_list();
            ret.and(end)
        }
        _ => Err(r.invalid_type(expected::LIST)),
    };
    result.map_err(|err| r.fix(err))
}

/// A map from names to values; `each` reads the value of one name (the reader stands before it).
pub(crate) fn map(r: &mut Reader<'_>, each: &mut dyn FnMut(&mut Reader<'_>, String) -> Result<()>) -> Result<()> {
    let Some(peek) = r.whitespace() else { return Err(r.peek_error(Code::EofValue)) };
    let result = match peek {
        b'{' => {
            r.enter()?;
            r.eat();
            let ret = map_entries(r, each);
            r.leave();
            let end = r.end_object();
            ret.and(end)
        }
        _ => Err(r.invalid_type(expected::OBJECT)),
    };
    result.map_err(|err| r.fix(err))
}

fn map_entries(r: &mut Reader<'_>, each: &mut dyn FnMut(&mut Reader<'_>, String) -> Result<()>) -> Result<()> {
    let mut first = true;
    while r.next_key(&mut first)? {
        let key = r.key()?.into_owned();
        r.colon()?;
        each(r, key)?;
    }
    Ok(())
}

/// A text.
pub(crate) fn string(r: &mut Reader<'_>) -> Result<String> {
    let Some(peek) = r.whitespace() else { return Err(r.peek_error(Code::EofValue)) };
    let result = match peek {
        b'"' => {
            r.eat();
            return r.string_body().map(std::borrow::Cow::into_owned);
        }
        _ => Err(r.invalid_type(expected::TEXT)),
    };
    result.map_err(|err| r.fix(err))
}

/// A whole number from 0 to `max`; `range` words the range for an out-of-range message.
pub(crate) fn unsigned(r: &mut Reader<'_>, max: u64, range: &str) -> Result<u64> {
    let Some(peek) = r.whitespace() else { return Err(r.peek_error(Code::EofValue)) };
    let number = match peek {
        b'-' => {
            r.eat();
            r.number(false)?
        }
        b'0'..=b'9' => r.number(true)?,
        _ => {
            let err = r.invalid_type(expected::INTEGER);
            return Err(r.fix(err));
        }
    };
    let result = match number {
        Num::Unsigned(n) if n <= max => return Ok(n),
        Num::Unsigned(n) => out_of_range(&found_words(Found::Unsigned(n)), range),
        Num::Signed(n) => out_of_range(&found_words(Found::Signed(n)), range),
        Num::Float(x) => invalid_type(&found_words(Found::Float(x)), expected::INTEGER),
    };
    Err(r.fix(JsonError::shape(result)))
}

/// true or false.
pub(crate) fn bool_value(r: &mut Reader<'_>) -> Result<bool> {
    let Some(peek) = r.whitespace() else { return Err(r.peek_error(Code::EofValue)) };
    match peek {
        b't' => {
            r.eat();
            r.ident(b"rue")?;
            Ok(true)
        }
        b'f' => {
            r.eat();
            r.ident(b"alse")?;
            Ok(false)
        }
        _ => {
            let err = r.invalid_type(expected::BOOL);
            Err(r.fix(err))
        }
    }
}

/// Reads a `null` when one stands next (an optional field left empty); false, reading nothing, otherwise.
pub(crate) fn is_null(r: &mut Reader<'_>) -> Result<bool> {
    if r.whitespace() == Some(b'n') {
        r.eat();
        r.ident(b"ull")?;
        return Ok(true);
    }
    Ok(false)
}

/// One of the words `variants` (a unit enum): the index of the word. As serde, `{"word": null}` is read too.
pub(crate) fn unit_enum(r: &mut Reader<'_>, variants: &[&str]) -> Result<usize> {
    match r.whitespace() {
        Some(b'{') => {
            r.enter()?;
            r.eat();
            let ret = variant_in_object(r, variants);
            r.leave();
            let index = ret?;
            match r.whitespace() {
                Some(b'}') => {
                    r.eat();
                    Ok(index)
                }
                Some(_) => Err(r.error(Code::ExpectedValue)),
                None => Err(r.error(Code::EofObject)),
            }
        }
        Some(b'"') => {
            r.eat();
            let word = r.string_body()?;
            variant_index(&word, variants).map_err(|err| r.fix(err))
        }
        Some(_) => Err(r.peek_error(Code::ExpectedValue)),
        None => Err(r.peek_error(Code::EofValue)),
    }
}

fn variant_in_object(r: &mut Reader<'_>, variants: &[&str]) -> Result<usize> {
    match r.whitespace() {
        Some(b'"') => {}
        Some(b'}') => return Err(r.peek_error(Code::ExpectedValue)),
        Some(_) => return Err(r.peek_error(Code::KeyMustBeAString)),
        None => return Err(r.peek_error(Code::EofObject)),
    }
    let word = r.key()?;
    let index = variant_index(&word, variants).map_err(|err| r.fix(err))?;
    r.colon()?;
    let Some(peek) = r.whitespace() else { return Err(r.peek_error(Code::EofValue)) };
    if peek == b'n' {
        r.eat();
        r.ident(b"ull")?;
        Ok(index)
    } else {
        let err = r.invalid_type(expected::NULL);
        Err(r.fix(err))
    }
}

fn variant_index(word: &str, variants: &[&str]) -> Result<usize> {
    variants.iter().position(|v| *v == word).ok_or_else(|| {
        let found = word.split('`').next().unwrap_or_default();
        JsonError::shape(unknown_variant(found, variants))
    })
}

/// A tuple struct: a list of exactly `needs.len()` values read by position (`read` reads value `i`).
pub(crate) fn tuple(
    r: &mut Reader<'_>,
    needs: &'static [Need],
    read: &mut dyn FnMut(&mut Reader<'_>, usize) -> Result<()>,
) -> Result<()> {
    let Some(peek) = r.whitespace() else { return Err(r.peek_error(Code::EofValue)) };
    let result = match peek {
        b'[' => {
            r.enter()?;
            r.eat();
            let ret = by_position(r, &Fields { names: &[], needs, strict: true }, read);
            r.leave();
            let end = r.end_list();
            ret.and(end)
        }
        _ => Err(r.invalid_type(expected::OBJECT)),
    };
    result.map_err(|err| r.fix(err))
}
