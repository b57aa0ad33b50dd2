//! Benchmark (not a test): how long the core takes to turn the shipped map file into what the app draws.
//! Parses `public/geo/eskilstuna-districts.geojson` (or the file given as the first argument), then times
//! `build_map` and `map_layout` for the town and the whole kommun, median of N runs, and prints the figures.
//!
//! Run: `cargo run --release -p medborgarloften-core --example map_timing [-- FILE [RUNS]]`.
//! Native timings: the browser's WebAssembly is typically 1.5–3× slower.

use std::time::{Duration, Instant};

use medborgarloften_core::geo::{build_map, map_layout, parse_geojson, MAP_WIDTH};
use medborgarloften_core::parse_dataset;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let mut args = std::env::args().skip(1);
    let file = args.next().unwrap_or_else(|| format!("{root}/public/geo/eskilstuna-districts.geojson"));
    let runs: usize = args.next().map(|n| n.parse()).transpose()?.unwrap_or(201).max(1);
    let text = std::fs::read_to_string(&file)?;
    let data = parse_dataset(&std::fs::read_to_string(format!("{root}/public/data/eskilstuna.json"))?)?;

    let (parse, geo) = median(runs, || parse_geojson(&text));
    let geo = geo?;
    println!("map file: {file}");
    println!(
        "  {} bytes, {} areas ({} urban), {runs} runs each, median",
        text.len(),
        geo.areas.len(),
        geo.areas.iter().filter(|a| a.urban).count()
    );
    println!("  parse_geojson              {:>9.3} ms", ms(parse));
    for (mode, urban_only) in [("town (urban)", true), ("whole kommun", false)] {
        let (build, map) = median(runs, || build_map(&geo, urban_only, MAP_WIDTH));
        let path_bytes: usize = map.shapes.iter().map(|s| s.d.len()).sum();
        println!(
            "  build_map  {mode:<15} {:>9.3} ms  ({} paths, {path_bytes} bytes of path data)",
            ms(build),
            map.shapes.len()
        );
        let (layout, _) = median(runs, || map_layout(&data, &geo, urban_only));
        println!("  map_layout {mode:<15} {:>9.3} ms  (build_map + grouping, labels, legend)", ms(layout));
    }
    Ok(())
}

/// Runs `f` `runs` times and returns the median duration and the last result.
fn median<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut times = Vec::with_capacity(runs);
    let mut last = f();
    for _ in 0..runs {
        let start = Instant::now();
        last = std::hint::black_box(f());
        times.push(start.elapsed());
    }
    times.sort_unstable();
    (times[times.len() / 2], last)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
