//! The `uppgradera` command: reads a version 1 dataset, checks it, and writes it as version 2.
//!
//! Shell layer: file I/O only. The upgrade itself is the core's (`medborgarloften_core::dataset::v1::upgrade`, applied
//! by the parser), so the file written is exactly what the app shows for the old one.

use medborgarloften_core::dataset::parse::{decode_text, schema_version_of};
use medborgarloften_core::dataset::v1;
use medborgarloften_core::parse_dataset_bytes;

use crate::report::data_error_lines;
use crate::usage::{EXIT_INVALID, EXIT_OK, EXIT_USAGE};

/// `uppgradera <in.json> <ut.json>`. Returns the exit code.
pub fn run(input: &str, output: &str) -> u8 {
    let bytes = match std::fs::read(input) {
        Ok(bytes) => bytes,
        Err(err) => {
            eprintln!("Kunde inte läsa {input}: {err}.");
            return EXIT_USAGE;
        }
    };
    let version = decode_text(&bytes).ok().and_then(schema_version_of);
    let data = match parse_dataset_bytes(&bytes) {
        Ok(data) => data,
        Err(err) => {
            for line in data_error_lines(input, &err) {
                println!("{line}");
            }
            println!("{input} har fel och uppgraderas inte; rätta felen först (se docs/redaktorer.md).");
            return EXIT_INVALID;
        }
    };
    if version != Some(v1::SCHEMA_VERSION) {
        println!("{input} är redan version {}; inget att uppgradera.", data.schema_version);
        return EXIT_OK;
    }
    match std::fs::write(output, v1::upgraded_text(data)) {
        Ok(()) => {
            println!("OK: {output} är {input} i version 2. Kontrollera den med: medborgarloften validera {output}");
            EXIT_OK
        }
        Err(err) => {
            eprintln!("Kunde inte skriva {output}: {err}.");
            EXIT_USAGE
        }
    }
}
