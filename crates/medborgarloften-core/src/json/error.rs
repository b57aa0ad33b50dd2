//! The JSON reader's error: what went wrong (a syntax rule, or a value of the wrong shape) and where (line and
//! byte column, counted as serde_json counts them, so editors get the same "rad L, kolumn C" as before).
//!
//! Pure core: no serde, no UI dependency.

/// A broken JSON syntax rule. The names follow the rules of RFC 8259; [`Code::swedish`] words them for editors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Code {
    /// The text ends inside a list.
    EofList,
    /// The text ends inside an object.
    EofObject,
    /// The text ends inside a string.
    EofString,
    /// The text ends where a value was expected.
    EofValue,
    /// A `:` is missing after a field name.
    ExpectedColon,
    /// A `,` or `]` is missing in a list.
    ExpectedListCommaOrEnd,
    /// A `,` or `}` is missing in an object.
    ExpectedObjectCommaOrEnd,
    /// A bare word other than `true`, `false` or `null`.
    ExpectedIdent,
    /// No value where one was expected.
    ExpectedValue,
    /// A backslash escape that JSON does not have.
    InvalidEscape,
    /// A number that breaks JSON's number syntax.
    InvalidNumber,
    /// A number too large for a 64-bit float.
    NumberOutOfRange,
    /// A control character inside a string.
    ControlCharacter,
    /// A field name that is not a string.
    KeyMustBeAString,
    /// A lone UTF-16 surrogate in a `\u` escape.
    LoneSurrogate,
    /// A leading surrogate not followed by a `\u` escape.
    UnexpectedEndOfHexEscape,
    /// A comma before `]` or `}`.
    TrailingComma,
    /// Text after the end of the value.
    TrailingCharacters,
    /// Lists and objects nested deeper than [`crate::json::MAX_DEPTH`].
    RecursionLimit,
}

impl Code {
    /// True for the codes that mean the text ended too early.
    fn is_eof(self) -> bool {
        matches!(self, Code::EofList | Code::EofObject | Code::EofString | Code::EofValue)
    }

    /// What is wrong, in Swedish, without the place.
    pub fn swedish(self) -> &'static str {
        match self {
            Code::EofList => "filen tar slut mitt i en lista (en ] saknas)",
            Code::EofObject => "filen tar slut mitt i ett objekt (en } saknas)",
            Code::EofString => "filen tar slut mitt i en text (ett avslutande \" saknas)",
            Code::EofValue => "filen tar slut där ett värde väntades",
            Code::ExpectedColon => "ett kolon (:) saknas efter fältnamnet",
            Code::ExpectedListCommaOrEnd => "ett kommatecken (,) eller ] saknas i listan",
            Code::ExpectedObjectCommaOrEnd => "ett kommatecken (,) eller } saknas i objektet",
            Code::ExpectedIdent => "okänt ord; bara true, false och null får stå utan citattecken",
            Code::ExpectedValue => {
                "här väntades ett värde (en text inom citattecken, ett tal, en lista, ett objekt, true, false eller null)"
            }
            Code::InvalidEscape => "ogiltig escape-sekvens efter \\ i en text",
            Code::InvalidNumber => "ogiltigt tal",
            Code::NumberOutOfRange => "talet är för stort",
            Code::ControlCharacter => {
                "en text innehåller ett styrtecken (till exempel en radbrytning eller tabb) som måste skrivas med \\"
            }
            Code::KeyMustBeAString => "fältnamnet måste stå inom citattecken",
            Code::LoneSurrogate | Code::UnexpectedEndOfHexEscape => {
                "en \\u-sekvens är ett ensamt halvt tecken (surrogat); ett tecken utanför BMP skrivs som två \\u-sekvenser"
            }
            Code::TrailingComma => "ett kommatecken för mycket före ] eller }",
            Code::TrailingCharacters => "tecken efter datamängdens slut",
            Code::RecursionLimit => "listorna och objekten är nästlade för djupt",
        }
    }

    /// The rule in English, as developers' logs have always shown it (the map file's technical detail).
    pub fn english(self) -> &'static str {
        match self {
            Code::EofList => "EOF while parsing a list",
            Code::EofObject => "EOF while parsing an object",
            Code::EofString => "EOF while parsing a string",
            Code::EofValue => "EOF while parsing a value",
            Code::ExpectedColon => "expected `:`",
            Code::ExpectedListCommaOrEnd => "expected `,` or `]`",
            Code::ExpectedObjectCommaOrEnd => "expected `,` or `}`",
            Code::ExpectedIdent => "expected ident",
            Code::ExpectedValue => "expected value",
            Code::InvalidEscape => "invalid escape",
            Code::InvalidNumber => "invalid number",
            Code::NumberOutOfRange => "number out of range",
            Code::ControlCharacter => "control character (\\u0000-\\u001F) found while parsing a string",
            Code::KeyMustBeAString => "key must be a string",
            Code::LoneSurrogate => "lone leading surrogate in hex escape",
            Code::UnexpectedEndOfHexEscape => "unexpected end of hex escape",
            Code::TrailingComma => "trailing comma",
            Code::TrailingCharacters => "trailing characters",
            Code::RecursionLimit => "recursion limit exceeded",
        }
    }
}

/// What is wrong: a syntax rule, or a well-formed value of the wrong shape (already worded in Swedish).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    /// The text is not JSON.
    Syntax(Code),
    /// The JSON is fine but the value does not fit (a missing field, a wrong type, an unknown value).
    Shape(String),
}

/// A JSON reading error with its place. `line` 0 means "not placed yet": the reader places it where it stands
/// when the error leaves the value being read, as serde_json does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    /// What is wrong.
    pub kind: Kind,
    /// 1-based line (0 while not placed).
    pub line: usize,
    /// Byte column: the number of bytes before the place on its line, as serde_json counts.
    pub column: usize,
}

impl JsonError {
    /// A shape error, not placed yet.
    pub(crate) fn shape(message: String) -> Self {
        JsonError { kind: Kind::Shape(message), line: 0, column: 0 }
    }

    /// What is wrong, in Swedish, without the place.
    pub fn message(&self) -> String {
        match &self.kind {
            Kind::Syntax(code) => code.swedish().to_owned(),
            Kind::Shape(message) => message.clone(),
        }
    }

    /// The same text serde_json's `Display` gave ("expected value at line 3 column 16"), for developers' logs.
    pub fn technical(&self) -> String {
        let what = match &self.kind {
            Kind::Syntax(code) => code.english().to_owned(),
            Kind::Shape(message) => message.clone(),
        };
        if self.line == 0 {
            what
        } else {
            format!("{what} at line {} column {}", self.line, self.column)
        }
    }

    /// True when the text ended too early.
    pub fn is_eof(&self) -> bool {
        matches!(self.kind, Kind::Syntax(code) if code.is_eof())
    }
}
