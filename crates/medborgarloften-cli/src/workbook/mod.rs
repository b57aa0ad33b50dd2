//! The dataset as a workbook: one sheet per table (Kommun, Perioder, Rapporter, Dokument, Grupper, Löften,
//! Stödlöften, Mål, Uppföljningar, Områden, Teman, Parter), a header row of Swedish column names.
//!
//! [`layout`] names the sheets and columns, [`tables`] turns a dataset into rows and rows back into a dataset
//! (pure, so the round trip is tested without files), [`export`] writes .xlsx with `rust_xlsxwriter` and
//! [`import`] reads .xlsx or .ods with `calamine`.

pub mod export;
pub mod import;
pub mod layout;
pub mod tables;
