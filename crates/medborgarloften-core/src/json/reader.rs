//! The JSON reader: a cursor over the text with the building blocks of every decoder — whitespace, strings with
//! escapes and `\u` surrogate pairs, literals, commas and brackets, skipping a value, and placing errors.
//!
//! It reads exactly as serde_json 1 (`from_str`) reads: it accepts and refuses the same texts (RFC 8259, no
//! trailing commas, at most [`MAX_DEPTH`] nested lists and objects) and places each error at the same line and
//! byte column, so an editor sees the same "rad L, kolumn C". Not generic; no serde.
//!
//! Over 400 lines on purpose: it is one cursor type whose methods are the JSON grammar, and an error's place
//! depends on how they hand the cursor to each other; split across files, that hand-over could no longer be read
//! in one place. Numbers ([`super::number`]) and messages ([`super::message`]) live apart.
//!
//! Pure core: no UI dependency.

use std::borrow::Cow;

use super::error::{Code, JsonError};
use super::message::{found_words, invalid_type, invalid_type_str, Found};

/// Deepest nesting of lists and objects read into values, as serde_json's limit: the 128th level is refused.
pub const MAX_DEPTH: u8 = 128;

/// A result of the reader.
pub type Result<T> = std::result::Result<T, JsonError>;

/// A cursor over one JSON text.
pub struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    index: usize,
    remaining_depth: u8,
}

impl<'a> Reader<'a> {
    /// A reader at the start of `text`.
    pub fn new(text: &'a str) -> Self {
        Reader { text, bytes: text.as_bytes(), index: 0, remaining_depth: MAX_DEPTH }
    }

    pub(crate) fn peek(&self) -> Option<u8> {
        self.bytes.get(self.index).copied()
    }

    pub(crate) fn peek_or_null(&self) -> u8 {
        self.peek().unwrap_or(0)
    }

    pub(crate) fn eat(&mut self) {
        self.index += 1;
    }

    pub(crate) fn next(&mut self) -> Option<u8> {
        let byte = self.peek()?;
        self.index += 1;
        Some(byte)
    }

    fn place(&self, at: usize) -> (usize, usize) {
        let before = self.bytes.get(..at).unwrap_or(self.bytes);
        let start_of_line = before.iter().rposition(|&b| b == b'\n').map_or(0, |nl| nl + 1);
        let line = 1 + before[..start_of_line].iter().filter(|&&b| b == b'\n').count();
        (line, at - start_of_line)
    }

    /// A syntax error at the last byte read.
    pub(crate) fn error(&self, code: Code) -> JsonError {
        self.error_at(self.index, code)
    }

    /// A syntax error at the next byte (the one only looked at).
    pub(crate) fn peek_error(&self, code: Code) -> JsonError {
        self.error_at((self.index + 1).min(self.bytes.len()), code)
    }

    fn error_at(&self, at: usize, code: Code) -> JsonError {
        let (line, column) = self.place(at);
        JsonError { kind: super::error::Kind::Syntax(code), line, column }
    }

    /// Places an error that has no place yet where the reader stands.
    pub(crate) fn fix(&self, mut err: JsonError) -> JsonError {
        if err.line == 0 {
            (err.line, err.column) = self.place(self.index);
        }
        err
    }

    /// Skips JSON whitespace and returns the next byte without reading it.
    pub(crate) fn whitespace(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.peek() {
            self.index += 1;
        }
        self.peek()
    }

    /// The rest of a literal (`ull` after `n`).
    pub(crate) fn ident(&mut self, rest: &[u8]) -> Result<()> {
        for expected in rest {
            match self.next() {
                None => return Err(self.error(Code::EofValue)),
                Some(next) if next != *expected => return Err(self.error(Code::ExpectedIdent)),
                Some(_) => {}
            }
        }
        Ok(())
    }

    /// One level deeper into a list or an object; refused at [`MAX_DEPTH`].
    pub(crate) fn enter(&mut self) -> Result<()> {
        self.remaining_depth = self.remaining_depth.saturating_sub(1);
        if self.remaining_depth == 0 {
            return Err(self.peek_error(Code::RecursionLimit));
        }
        Ok(())
    }

    /// Back out of a list or an object.
    pub(crate) fn leave(&mut self) {
        self.remaining_depth = self.remaining_depth.saturating_add(1);
    }

    /// Only whitespace may follow the value.
    pub fn end(&mut self) -> Result<()> {
        match self.whitespace() {
            Some(_) => Err(self.peek_error(Code::TrailingCharacters)),
            None => Ok(()),
        }
    }

    pub(crate) fn end_list(&mut self) -> Result<()> {
        match self.whitespace() {
            Some(b']') => {
                self.eat();
                Ok(())
            }
            Some(b',') => {
                self.eat();
                match self.whitespace() {
                    Some(b']') => Err(self.peek_error(Code::TrailingComma)),
                    _ => Err(self.peek_error(Code::TrailingCharacters)),
                }
            }
            Some(_) => Err(self.peek_error(Code::TrailingCharacters)),
            None => Err(self.peek_error(Code::EofList)),
        }
    }

    pub(crate) fn end_object(&mut self) -> Result<()> {
        match self.whitespace() {
            Some(b'}') => {
                self.eat();
                Ok(())
            }
            Some(b',') => Err(self.peek_error(Code::TrailingComma)),
            Some(_) => Err(self.peek_error(Code::TrailingCharacters)),
            None => Err(self.peek_error(Code::EofObject)),
        }
    }

    pub(crate) fn colon(&mut self) -> Result<()> {
        match self.whitespace() {
            Some(b':') => {
                self.eat();
                Ok(())
            }
            Some(_) => Err(self.peek_error(Code::ExpectedColon)),
            None => Err(self.peek_error(Code::EofObject)),
        }
    }

    /// Whether a list (just opened) has another element; reads the comma before it.
    pub(crate) fn next_element(&mut self, first: &mut bool) -> Result<bool> {
        let Some(peek) = self.whitespace() else { return Err(self.peek_error(Code::EofList)) };
        if peek == b']' {
            Ok(false)
        } else if *first {
            *first = false;
            Ok(true)
        } else if peek == b',' {
            self.eat();
            match self.whitespace() {
                Some(b']') => Err(self.peek_error(Code::TrailingComma)),
                Some(_) => Ok(true),
                None => Err(self.peek_error(Code::EofValue)),
            }
        } else {
            Err(self.peek_error(Code::ExpectedListCommaOrEnd))
        }
    }

    /// Whether an object (just opened) has another field; reads the comma before it and stops at its `"`.
    pub(crate) fn next_key(&mut self, first: &mut bool) -> Result<bool> {
        let Some(peek) = self.whitespace() else { return Err(self.peek_error(Code::EofObject)) };
        if peek == b'}' {
            Ok(false)
        } else if *first {
            *first = false;
            if peek == b'"' {
                Ok(true)
            } else {
                Err(self.peek_error(Code::KeyMustBeAString))
            }
        } else if peek == b',' {
            self.eat();
            match self.whitespace() {
                Some(b'"') => Ok(true),
                Some(b'}') => Err(self.peek_error(Code::TrailingComma)),
                Some(_) => Err(self.peek_error(Code::KeyMustBeAString)),
                None => Err(self.peek_error(Code::EofValue)),
            }
        } else {
            Err(self.peek_error(Code::ExpectedObjectCommaOrEnd))
        }
    }

    /// A field name: the reader stands at its opening `"`.
    pub(crate) fn key(&mut self) -> Result<Cow<'a, str>> {
        self.eat();
        self.string_body()
    }

    /// The rest of a string after its opening `"`, escapes decoded.
    pub(crate) fn string_body(&mut self) -> Result<Cow<'a, str>> {
        let mut start = self.index;
        let mut owned: Option<String> = None;
        loop {
            self.skip_to_escape();
            let Some(byte) = self.peek() else { return Err(self.error(Code::EofString)) };
            // Cuts fall on ASCII bytes only, so they are always character boundaries.
            let piece = self.text.get(start..self.index).unwrap_or_default();
            match byte {
                b'"' => {
                    self.eat();
                    return Ok(match owned {
                        None => Cow::Borrowed(piece),
                        Some(mut text) => {
                            text.push_str(piece);
                            Cow::Owned(text)
                        }
                    });
                }
                b'\\' => {
                    let text = owned.get_or_insert_with(String::new);
                    text.push_str(piece);
                    self.eat();
                    self.escape(text)?;
                    start = self.index;
                }
                _ => {
                    self.eat();
                    return Err(self.error(Code::ControlCharacter));
                }
            }
        }
    }

    /// Moves to the next `"`, `\\` or control character (or the end), eight bytes at a time where it can.
    fn skip_to_escape(&mut self) {
        const ONES: u64 = u64::MAX / 255;
        const HIGH: u64 = ONES << 7;
        let rest = self.bytes.get(self.index..).unwrap_or_default();
        let mut chunks = rest.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            let x = u64::from_le_bytes(word);
            // A byte below 0x20, or equal to '"' or '\\', sets its high bit in `found` (the classic SWAR test).
            let control = x.wrapping_sub(ONES * 0x20) & !x;
            let quote = (x ^ (ONES * u64::from(b'"'))).wrapping_sub(ONES) & !(x ^ (ONES * u64::from(b'"')));
            let slash = (x ^ (ONES * u64::from(b'\\'))).wrapping_sub(ONES) & !(x ^ (ONES * u64::from(b'\\')));
            let found = (control | quote | slash) & HIGH;
            if found != 0 {
                self.index += found.trailing_zeros() as usize / 8;
                return;
            }
            self.index += 8;
        }
        while let Some(&b) = self.bytes.get(self.index) {
            if b == b'"' || b == b'\\' || b < 0x20 {
                return;
            }
            self.index += 1;
        }
    }

    fn next_in_string(&mut self) -> Result<u8> {
        self.next().ok_or_else(|| self.error(Code::EofString))
    }

    fn escape(&mut self, out: &mut String) -> Result<()> {
        let c = match self.next_in_string()? {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => return self.unicode_escape(out),
            _ => return Err(self.error(Code::InvalidEscape)),
        };
        out.push(c);
        Ok(())
    }

    fn unicode_escape(&mut self, out: &mut String) -> Result<()> {
        let n = self.hex4()?;
        if (0xDC00..=0xDFFF).contains(&n) {
            return Err(self.error(Code::LoneSurrogate));
        }
        let code = if (0xD800..=0xDBFF).contains(&n) {
            for expected in [b'\\', b'u'] {
                let next = self.peek().ok_or_else(|| self.error(Code::EofString))?;
                self.eat();
                if next != expected {
                    return Err(self.error(Code::UnexpectedEndOfHexEscape));
                }
            }
            let low = self.hex4()?;
            if !(0xDC00..=0xDFFF).contains(&low) {
                return Err(self.error(Code::LoneSurrogate));
            }
            (((u32::from(n) - 0xD800) << 10) | (u32::from(low) - 0xDC00)) + 0x1_0000
        } else {
            u32::from(n)
        };
        out.push(char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER));
        Ok(())
    }

    fn hex4(&mut self) -> Result<u16> {
        let Some(digits) = self.bytes.get(self.index..self.index + 4) else {
            self.index = self.bytes.len();
            return Err(self.error(Code::EofString));
        };
        self.index += 4;
        let mut n = 0u16;
        for &d in digits {
            let v = match d {
                b'0'..=b'9' => d - b'0',
                b'a'..=b'f' => d - b'a' + 10,
                b'A'..=b'F' => d - b'A' + 10,
                _ => return Err(self.error(Code::InvalidEscape)),
            };
            n = (n << 4) | u16::from(v);
        }
        Ok(n)
    }

    /// Skips the rest of a string after its opening `"`, checking it as serde_json checks a skipped string
    /// (escapes must be well formed; a lone surrogate is not looked at).
    fn ignore_str(&mut self) -> Result<()> {
        loop {
            self.skip_to_escape();
            match self.peek() {
                None => return Err(self.error(Code::EofString)),
                Some(b'"') => {
                    self.eat();
                    return Ok(());
                }
                Some(b'\\') => {
                    self.eat();
                    match self.next_in_string()? {
                        b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't' => {}
                        b'u' => {
                            self.hex4()?;
                        }
                        _ => return Err(self.error(Code::InvalidEscape)),
                    }
                }
                Some(_) => return Err(self.error(Code::ControlCharacter)),
            }
        }
    }

    /// Skips one value of any kind, checking its syntax (without a depth limit: it keeps its own stack).
    pub(crate) fn ignore_value(&mut self) -> Result<()> {
        let mut stack: Vec<u8> = Vec::new();
        let mut enclosing: Option<u8> = None;
        loop {
            let Some(peek) = self.whitespace() else { return Err(self.peek_error(Code::EofValue)) };
            let frame = match peek {
                b'n' => {
                    self.eat();
                    self.ident(b"ull")?;
                    None
                }
                b't' => {
                    self.eat();
                    self.ident(b"rue")?;
                    None
                }
                b'f' => {
                    self.eat();
                    self.ident(b"alse")?;
                    None
                }
                b'-' => {
                    self.eat();
                    self.ignore_number()?;
                    None
                }
                b'0'..=b'9' => {
                    self.ignore_number()?;
                    None
                }
                b'"' => {
                    self.eat();
                    self.ignore_str()?;
                    None
                }
                frame @ (b'[' | b'{') => {
                    stack.extend(enclosing.take());
                    self.eat();
                    Some(frame)
                }
                _ => return Err(self.peek_error(Code::ExpectedValue)),
            };
            let (mut accept_comma, mut frame) = match frame {
                Some(frame) => (false, frame),
                None => match enclosing.take().or_else(|| stack.pop()) {
                    Some(frame) => (true, frame),
                    None => return Ok(()),
                },
            };
            loop {
                match self.whitespace() {
                    Some(b',') if accept_comma => {
                        self.eat();
                        break;
                    }
                    Some(b']') if frame == b'[' => {}
                    Some(b'}') if frame == b'{' => {}
                    Some(_) if !accept_comma => break,
                    Some(_) => {
                        let code =
                            if frame == b'[' { Code::ExpectedListCommaOrEnd } else { Code::ExpectedObjectCommaOrEnd };
                        return Err(self.peek_error(code));
                    }
                    None => {
                        let code = if frame == b'[' { Code::EofList } else { Code::EofObject };
                        return Err(self.peek_error(code));
                    }
                }
                self.eat();
                match stack.pop() {
                    Some(outer) => frame = outer,
                    None => return Ok(()),
                }
                accept_comma = true;
            }
            if frame == b'{' {
                match self.whitespace() {
                    Some(b'"') => self.eat(),
                    Some(_) => return Err(self.peek_error(Code::KeyMustBeAString)),
                    None => return Err(self.peek_error(Code::EofObject)),
                }
                self.ignore_str()?;
                match self.whitespace() {
                    Some(b':') => self.eat(),
                    Some(_) => return Err(self.peek_error(Code::ExpectedColon)),
                    None => return Err(self.peek_error(Code::EofObject)),
                }
            }
            enclosing = Some(frame);
        }
    }

    /// The error for a value of the wrong type: reads a scalar to name it (a list or object is only named).
    pub(crate) fn invalid_type(&mut self, expected: &str) -> JsonError {
        let found = match self.peek_or_null() {
            b'n' => {
                self.eat();
                if let Err(err) = self.ident(b"ull") {
                    return err;
                }
                Found::Null
            }
            b't' => {
                self.eat();
                if let Err(err) = self.ident(b"rue") {
                    return err;
                }
                Found::Bool(true)
            }
            b'f' => {
                self.eat();
                if let Err(err) = self.ident(b"alse") {
                    return err;
                }
                Found::Bool(false)
            }
            b'-' => {
                self.eat();
                match self.number(false) {
                    Ok(n) => n.found(),
                    Err(err) => return err,
                }
            }
            b'0'..=b'9' => match self.number(true) {
                Ok(n) => n.found(),
                Err(err) => return err,
            },
            b'"' => {
                self.eat();
                return match self.string_body() {
                    Ok(text) => self.fix(JsonError::shape(invalid_type_str(&text, expected))),
                    Err(err) => err,
                };
            }
            b'[' => Found::List,
            b'{' => Found::Object,
            _ => return self.peek_error(Code::ExpectedValue),
        };
        self.fix(JsonError::shape(invalid_type(&found_words(found), expected)))
    }
}
