//! Benchmark (not a test): how long the core takes to compute what the promises page shows for a large dataset
//! (100,000 generated promises by default), median of N runs per query, printed against the target of 20 ms.
//!
//! Run: `cargo run --release -p medborgarloften-core --example view_timing [-- PROMISES [RUNS]]`.
//! Native timings: the browser's WebAssembly is typically 1.5–3× slower.

#[path = "support/generated.rs"]
mod generated;

use std::time::{Duration, Instant};

use medborgarloften_core::page::view::{promises_view, Catalog};
use medborgarloften_core::{Date, Query};

/// The target for one computation of the page's view model with 100,000 promises, natively.
const TARGET_MS: f64 = 20.0;

/// What the page computes on every change: the whole view model, once.
fn page_view(catalog: &Catalog, query: &Query, today: Date) -> impl Sized {
    promises_view(catalog, query, &[], today)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let count: usize = args.next().map(|n| n.parse()).transpose()?.unwrap_or(100_000);
    let runs: usize = args.next().map(|n| n.parse()).transpose()?.unwrap_or(5).max(1);
    let started = Instant::now();
    let catalog = Catalog::new(generated::generated_dataset(count, 2026));
    println!("indexing {count} promises once per dataset: {:.0} ms", started.elapsed().as_secs_f64() * 1000.0);
    let today = Date::from_ymd(2025, 6, 15).ok_or("bad date")?;
    println!("view timing: {count} generated promises, {runs} runs per query, median (target ≤ {TARGET_MS} ms)");
    let queries = [
        ("no filter", ""),
        ("one year", "ar=2024"),
        ("year + theme + district", "ar=2023,2024&tema=trafik&omrade=norrby"),
        ("one search word", "q=trygghetsvandringar"),
        ("two search words + party", "part=polisen&q=synlig%20helger"),
    ];
    for (name, search) in queries {
        let (query, _) = Query::parse(search);
        let shown = promises_view(&catalog, &query, &[], today).shown;
        let time = median(runs, || page_view(&catalog, &query, today));
        let verdict = if ms(time) <= TARGET_MS { "OK  " } else { "over" };
        println!("  {verdict}  {name:<26} {:>9.2} ms  ({shown} shown)  ?{search}", ms(time));
    }
    Ok(())
}

/// Runs `f` once to warm up, then `runs` times, and returns the median duration.
fn median<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    std::hint::black_box(f());
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(f());
            start.elapsed()
        })
        .collect();
    times.sort_unstable();
    times[times.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
