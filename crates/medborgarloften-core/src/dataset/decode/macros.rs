//! The two declaration macros of the model: [`record!`] declares a record type (a struct with named fields) and
//! [`words!`] a word list (an enum of fixed words), each once — the type as the rest of the core sees it, with its
//! docs, derives and serde attributes for writing, and its [`Decode`](super::Decode) reader — so adding a field is
//! one line and the reader cannot drift from the type.
//!
//! Pure core: reads without serde (the types' serde derives are for writing); no UI dependency.
//!
//! Dataset layer (`decode`): the expansions name only `decode` and `json`; the macros are used by `model` and `v1`,
//! which `decode` must not import.

/// Declares a record of the model: the struct, and its reader.
///
/// ```text
/// record! {
///     /// A titled link.
///     #[derive(Clone, Debug, PartialEq, Eq, Serialize)]
///     pub struct Link {
///         /// Link text.
///         pub title: String,
///         /// A short note.
///         #[serde(skip_serializing_if = "Option::is_none")]
///         pub note: Option<String> = None,
///     }
/// }
/// ```
///
/// Each field is written once — its docs and serde attributes (for writing), its name, `as "key"` when the JSON name
/// differs (it becomes serde's `rename` too), its type, and `= value` when it may be left out (the value it then
/// gets); a field without `= value` is required. The order of the fields is the order the reader names them in its
/// messages and reads them from a list by position. Type parameters with defaults (`pub struct Dataset<P = Party>`)
/// let one declaration serve two schemas.
///
/// The reader refuses unknown fields and a field given twice, names a missing required field, reads `null` as
/// `None` for an `Option`, and also reads the fields from a list by position — as serde's derive with
/// `deny_unknown_fields` did (`super::fields::object`). A record has at most 32 fields, each of a type with a
/// [`Decode`](super::Decode) reader (a record is one too).
macro_rules! record {
    (@key $field:ident) => { stringify!($field) };
    (@key $field:ident $key:literal) => { $key };
    (@need) => { $crate::dataset::decode::Need::Required };
    (@need $default:expr) => { $crate::dataset::decode::Need::Default };
    (@start $ty:ty) => { <$ty as $crate::dataset::decode::Decode>::blank() };
    (@start $ty:ty = $default:expr) => { $default };
    (
        $(#[$meta:meta])*
        pub struct $name:ident $(<$($param:ident = $param_default:ty),+>)? {
            $(
                $(#[$field_meta:meta])*
                pub $field:ident $(as $key:literal)?: $ty:ty $(= $default:expr)?,
            )+
        }
    ) => {
        $(#[$meta])*
        pub struct $name $(<$($param = $param_default),+>)? {
            $(
                $(#[$field_meta])*
                $(#[serde(rename = $key)])?
                pub $field: $ty,
            )+
        }

        impl $(<$($param: $crate::dataset::decode::Decode),+>)? $crate::dataset::decode::Decode
            for $name $(<$($param),+>)?
        {
            fn decode(r: &mut $crate::json::Reader<'_>) -> $crate::json::Result<Self> {
                static FIELDS: $crate::dataset::decode::Fields = $crate::dataset::decode::Fields {
                    names: &[$($crate::dataset::decode::record!(@key $field $($key)?)),+],
                    needs: &[$($crate::dataset::decode::record!(@need $($default)?)),+],
                    strict: true,
                };
                #[allow(non_camel_case_types)]
                enum Index { $($field),+ }
                // Required fields start blank, the others at their default; `object` refuses a record that leaves
                // a required field out, so a blank is never seen.
                let mut value = $name { $($field: $crate::dataset::decode::record!(@start $ty $(= $default)?)),+ };
                $crate::dataset::decode::object(r, &FIELDS, &mut |r, i| {
                    $(if i == Index::$field as usize {
                        value.$field = $crate::dataset::decode::Decode::decode(r)?;
                    } else)+ {}
                    Ok(())
                })?;
                Ok(value)
            }

            fn blank() -> Self {
                $name { $($field: $crate::dataset::decode::Decode::blank()),+ }
            }
        }
    };
}

/// Declares a word list of the model: a fieldless enum whose values are written as fixed words, and its reader.
///
/// ```text
/// words! {
///     /// The kind of a planned report.
///     #[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
///     pub enum ReportKind {
///         /// An internal report after a tertial.
///         Intern = "intern",
///         /// The final report of the period.
///         Slut = "slut",
///     }
/// }
/// ```
///
/// Each value's word becomes serde's `rename` (for writing, so the enum derives `Serialize`) and the word the reader
/// accepts; the reader refuses any other word with the list of allowed ones, as serde's derive did
/// (`super::fields::unit_enum`). The enum must be `Copy`.
macro_rules! words {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $(
                $(#[$variant_meta:meta])*
                $variant:ident = $word:literal,
            )+
        }
    ) => {
        $(#[$meta])*
        pub enum $name {
            $(
                $(#[$variant_meta])*
                #[serde(rename = $word)]
                $variant,
            )+
        }

        impl $crate::dataset::decode::Decode for $name {
            fn decode(r: &mut $crate::json::Reader<'_>) -> $crate::json::Result<Self> {
                const ALL: &[$name] = &[$($name::$variant),+];
                let index = $crate::dataset::decode::unit_enum(r, &[$($word),+])?;
                // `unit_enum` gives the index of one of the words; the clamp only spares a bounds check.
                Ok(ALL[index.min(ALL.len() - 1)])
            }

            fn blank() -> Self {
                [$($name::$variant),+][0]
            }
        }
    };
}

pub(crate) use {record, words};
