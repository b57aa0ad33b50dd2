//! Benchmark (not a test): how long reading a dataset file takes with the core's own JSON reader and decoders
//! (`parse_dataset`, what the app runs), for the shipped Eskilstuna file and a generated 5,000-promise file; median
//! of N runs each, validation included.
//!
//! Run: `cargo run --release -p medborgarloften-core --example parse_timing [-- PROMISES [RUNS]]`.
//! Native timings: the browser's WebAssembly is typically 1.5–3× slower.

#[path = "support/generated.rs"]
mod generated;

use std::time::{Duration, Instant};

use medborgarloften_core::parse_dataset;

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

fn time(name: &str, text: &str, runs: usize) -> Result<(), Box<dyn std::error::Error>> {
    parse_dataset(text)?;
    let took = median(runs, || drop(parse_dataset(text)));
    println!("{name} ({} KB): {:.2} ms", text.len() / 1024, took.as_secs_f64() * 1000.0);
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let count: usize = args.next().map(|n| n.parse()).transpose()?.unwrap_or(5_000);
    let runs: usize = args.next().map(|n| n.parse()).transpose()?.unwrap_or(21).max(1);
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let eskilstuna = std::fs::read_to_string(root.join("public/data/eskilstuna.json"))?;
    println!("parse timing: median of {runs} runs, parse and validation (native)");
    time("Eskilstuna", &eskilstuna, runs)?;
    let large = serde_json::to_string(&generated::generated_dataset(count, 2026))?;
    time(&format!("{count} generated promises"), &large, runs)?;
    Ok(())
}
