//! Benchmark (not a test): how long reading a dataset file takes with the core's own JSON reader and decoders
//! (`parse_dataset`, what the app runs) against the serde path they replaced (`reference::parse_dataset`), for
//! the shipped Eskilstuna file and a generated 5,000-promise file; median of N runs each, validation included.
//!
//! Run: `cargo run --release -p medborgarloften-core --example parse_timing [-- PROMISES [RUNS]]`.
//! Native timings: the browser's WebAssembly is typically 1.5–3× slower.

#[path = "support/generated.rs"]
mod generated;

use std::time::{Duration, Instant};

use medborgarloften_core::{parse_dataset, reference};

fn median(runs: usize, mut work: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let started = Instant::now();
            work();
            started.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn compare(name: &str, text: &str, runs: usize) -> Result<(), Box<dyn std::error::Error>> {
    let new = parse_dataset(text)?;
    let old = reference::parse_dataset(text)?;
    if new != old {
        return Err(format!("{name}: the two paths read different datasets").into());
    }
    let new = median(runs, || drop(parse_dataset(text)));
    let old = median(runs, || drop(reference::parse_dataset(text)));
    println!(
        "{name} ({} KB): own reader {:.2} ms, serde {:.2} ms ({:.2}×)",
        text.len() / 1024,
        ms(new),
        ms(old),
        ms(new) / ms(old).max(f64::MIN_POSITIVE)
    );
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let count: usize = args.next().map(|n| n.parse()).transpose()?.unwrap_or(5_000);
    let runs: usize = args.next().map(|n| n.parse()).transpose()?.unwrap_or(21).max(1);
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let eskilstuna = std::fs::read_to_string(root.join("public/data/eskilstuna.json"))?;
    println!("parse timing: median of {runs} runs, parse and validation (native)");
    compare("Eskilstuna", &eskilstuna, runs)?;
    let large = serde_json::to_string(&generated::generated_dataset(count, 2026))?;
    compare(&format!("{count} generated promises"), &large, runs)?;
    Ok(())
}
