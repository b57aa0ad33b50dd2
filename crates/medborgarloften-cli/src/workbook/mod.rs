//! The dataset as a workbook: one sheet per table (Kommun, Perioder, Rapporter, Dokument, Grupper, Löften,
//! Stödlöften, Mål, Uppföljningar, Områden, Teman, Parter), a header row of Swedish column names.
//!
//! [`layout`] names the sheets and columns; [`to_rows`] turns a dataset into rows of [`cells`] and [`from_rows`]
//! rows back into a dataset, one sheet at a time through [`sheet_reader`] (all pure, so the round trip is tested
//! without files); [`export`] writes .xlsx with `rust_xlsxwriter` and [`import`] reads .xlsx or .ods with
//! `calamine`.

pub mod cells;
pub mod export;
pub mod from_rows;
pub mod import;
pub mod layout;
#[cfg(test)]
mod round_trip_tests;
pub mod sheet_reader;
pub mod to_rows;
