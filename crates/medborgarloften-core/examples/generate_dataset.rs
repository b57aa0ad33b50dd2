//! Writes a generated, valid dataset of N promises to standard output, for the browser benchmark
//! (`scripts/bench.sh`) and for trying the app with many promises. Deterministic: the same N and seed give the same
//! file. The file is checked with `parse_dataset`, the app's own parser, before it is written.
//!
//! Run: `cargo run --release -p medborgarloften-core --example generate_dataset -- 5000 [SEED] > stor-5000.json`.

#[path = "support/generated.rs"]
mod generated;

use std::io::Write;

use medborgarloften_core::parse_dataset;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let count: usize = match args.next() {
        Some(n) => n.parse().map_err(|_| format!("antalet löften ska vara ett heltal, inte \"{n}\""))?,
        None => 5000,
    };
    let seed: u64 = args.next().map(|s| s.parse()).transpose()?.unwrap_or(2026);
    let data = generated::generated_dataset(count, seed);
    let text = compact_json(&data)?;
    match parse_dataset(&text) {
        Ok(parsed) => eprintln!(
            "generate_dataset: {} löften i {} perioder, {} byte, godkänd av parse_dataset",
            parsed.promises.len(),
            parsed.periods.len(),
            text.len()
        ),
        Err(error) => return Err(format!("den genererade filen godkänns inte: {error}").into()),
    }
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.write_all(b"\n")?;
    Ok(())
}

/// Compact JSON without the empty lists the schema lets a file leave out (`districts`, `targets`, `followups`
/// default to empty), as a hand-written file would, so 5,000 promises stay under the app's size limit.
fn compact_json(data: &medborgarloften_core::Dataset) -> serde_json::Result<String> {
    let mut value = serde_json::to_value(data)?;
    if let Some(promises) = value.get_mut("promises").and_then(serde_json::Value::as_array_mut) {
        for promise in promises.iter_mut().filter_map(serde_json::Value::as_object_mut) {
            for key in ["districts", "targets", "followups"] {
                if promise.get(key).and_then(serde_json::Value::as_array).is_some_and(Vec::is_empty) {
                    promise.remove(key);
                }
            }
        }
    }
    serde_json::to_string(&value)
}
