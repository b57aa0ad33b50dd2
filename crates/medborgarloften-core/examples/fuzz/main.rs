//! Fuzzing on the stable compiler (cargo fuzz needs nightly): a seeded mutation loop over the committed seed
//! corpus in `fuzz/corpus/<target>/` and the shipped `public/data/*.json` and `public/geo/*.geojson`, one target
//! per parser the app feeds with outside data.
//!
//! - `dataset`: bytes → `parse_dataset_bytes`, and for a dataset that passes, its facets and filtered list.
//! - `geojson`: text → `parse_geojson`, and for a map that parses, both map layouts of the Eskilstuna dataset.
//! - `query`: text → `Query::parse` → notice lines, unknown ids dropped, and the canonical string must round-trip.
//!
//! Each input runs under `catch_unwind` (a panic in the app's wasm kills the page) and is timed: an input over
//! 100 ms by the wall clock is timed again on the thread's CPU clock (so other processes on a shared machine do
//! not count), and flagged as super-linear if it is over 100 ms there too. A mutated input whose outcome (the error's wording with numbers taken
//! out, or "ok") was not seen before joins the corpus, a cheap stand-in for coverage feedback. Panicking and slow
//! inputs are written to `target/fuzz/<target>/`. Exit code 1 when any input panicked or was slow.
//!
//! Run: `cargo run --release -p medborgarloften-core --example fuzz -- --seconds 10 --target dataset`
//! (`--target all` runs each target for the given seconds; `--seed N` picks the random sequence;
//! `--replay FILE` times one saved input instead).
//! A benchmark-style tool, not a test: it prints figures and decides nothing about speed beyond the 100 ms flag.

mod corpus;
mod mutate;
mod targets;

use std::collections::HashSet;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use medborgarloften_core::{parse_dataset, Dataset};

use corpus::{load_corpus, load_corpus_where, save};
use mutate::{mutate, Rng};
use targets::{run_one, Target};

/// An input slower than this is reported as super-linear.
const SLOW: Duration = Duration::from_millis(100);
/// Most inputs kept in the in-memory corpus.
const MAX_CORPUS: usize = 2_000;

struct Report {
    runs: u64,
    corpus: usize,
    seeds: usize,
    panics: usize,
    slow: usize,
    slowest: Duration,
    slowest_len: usize,
    spikes: usize,
    largest: usize,
    elapsed: Duration,
}

fn time_one(target: Target, input: &[u8], eskilstuna: &Dataset) -> Duration {
    let t0 = Instant::now();
    let _ = catch_unwind(AssertUnwindSafe(|| run_one(target, input, eskilstuna)));
    t0.elapsed()
}

/// `--replay FILE`: runs one saved input a few times and prints its fastest and slowest time.
fn replay(target: Target, file: &Path, eskilstuna: &Dataset) -> bool {
    let Ok(input) = std::fs::read(file) else {
        eprintln!("cannot read {}", file.display());
        return false;
    };
    let outcome = catch_unwind(AssertUnwindSafe(|| run_one(target, &input, eskilstuna)));
    let wall = (0..3).map(|_| time_one(target, &input, eskilstuna)).min().unwrap_or_default();
    let cpu = cpu_time(target, &input, eskilstuna);
    println!(
        "replay {} {} ({} bytes): {:?}, fastest {:.2} ms wall clock, {:.2} ms CPU",
        target.name(),
        file.display(),
        input.len(),
        outcome.as_ref().map_err(|_| "panic"),
        wall.as_secs_f64() * 1e3,
        cpu.as_secs_f64() * 1e3
    );
    outcome.is_ok_and(|o| o.is_ok()) && cpu <= SLOW
}

fn fuzz(target: Target, seconds: u64, seed: u64, root: &Path, eskilstuna: &Dataset) -> Report {
    let dir = root.join("fuzz/corpus").join(target.name());
    let out_dir = root.join("../../target/fuzz").join(target.name());
    // The shipped files are seeds too, read where they are published so the corpus never holds stale copies.
    let shipped = match target {
        Target::Dataset => root.join("../../public/data"),
        Target::Geojson => root.join("../../public/geo"),
        Target::Query => dir.clone(),
    };
    let mut corpus = load_corpus(&dir);
    if shipped != dir {
        let is_seed = |path: &Path| path.extension().is_some_and(|ext| ext == "geojson" || ext == "json");
        corpus.extend(load_corpus_where(&shipped, |path| is_seed(path) && !path.ends_with("schema.json")));
    }
    let seeds = corpus.len();
    if corpus.is_empty() {
        corpus.push(Vec::new());
    }
    let mut seen: HashSet<String> = HashSet::new();
    let mut rng = Rng(seed.max(1) ^ (target as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15));
    let mut report = Report {
        runs: 0,
        corpus: 0,
        seeds,
        panics: 0,
        slow: 0,
        slowest: Duration::ZERO,
        slowest_len: 0,
        spikes: 0,
        largest: 0,
        elapsed: Duration::ZERO,
    };
    let mut slowest: Vec<(Duration, Vec<u8>)> = Vec::new();
    let started = Instant::now();
    let deadline = Duration::from_secs(seconds);
    while started.elapsed() < deadline {
        // The seeds themselves run first, unchanged.
        let input = if report.runs < seeds as u64 {
            corpus[report.runs as usize].clone()
        } else {
            let mut input = corpus[rng.below(corpus.len())].clone();
            mutate(&mut rng, &mut input, &corpus);
            input
        };
        let t0 = Instant::now();
        let outcome = catch_unwind(AssertUnwindSafe(|| run_one(target, &input, eskilstuna)));
        let took = t0.elapsed();
        report.runs += 1;
        report.largest = report.largest.max(input.len());
        remember_slowest(&mut slowest, took, &input);
        if took > SLOW {
            // Wall-clock time on a shared machine includes other processes' turns: time the input again on this
            // thread's CPU clock, and call it slow only if its fastest run is still over the limit.
            let again = cpu_time(target, &input, eskilstuna);
            if again > SLOW {
                report.slow += 1;
                let path = save(&out_dir, "slow", report.slow, &input);
                eprintln!(
                    "{}: slow input ({} ms, {} bytes): {}",
                    target.name(),
                    again.as_millis(),
                    input.len(),
                    path.display()
                );
            } else {
                report.spikes += 1;
            }
        }
        match outcome {
            Ok(Ok(signature)) => {
                if seen.insert(signature) && corpus.len() < MAX_CORPUS {
                    corpus.push(input);
                    report.corpus += 1;
                }
            }
            Ok(Err(broken)) => {
                report.panics += 1;
                let path = save(&out_dir, "broken", report.panics, &input);
                eprintln!("{}: {broken}: {}", target.name(), path.display());
            }
            Err(_) => {
                report.panics += 1;
                let path = save(&out_dir, "panic", report.panics, &input);
                eprintln!("{}: panic ({} bytes): {}", target.name(), input.len(), path.display());
            }
        }
    }
    report.elapsed = started.elapsed();
    // The slowest inputs by wall clock, timed again: the fastest of many runs hardly depends on the machine's load.
    for (_, input) in &slowest {
        let took = (0..20).map(|_| time_one(target, input, eskilstuna)).min().unwrap_or_default();
        if took > report.slowest {
            report.slowest = took;
            report.slowest_len = input.len();
        }
    }
    report
}

/// How many of the slowest inputs (by wall clock) are kept to be timed again at the end.
const KEEP_SLOWEST: usize = 8;

fn remember_slowest(slowest: &mut Vec<(Duration, Vec<u8>)>, took: Duration, input: &[u8]) {
    if slowest.len() < KEEP_SLOWEST || slowest.last().is_some_and(|(t, _)| took > *t) {
        slowest.push((took, input.to_vec()));
        slowest.sort_by_key(|(took, _)| std::cmp::Reverse(*took));
        slowest.truncate(KEEP_SLOWEST);
    }
}

/// CPU time this thread has used, from Linux's `/proc/thread-self/schedstat` (nanoseconds on the CPU, brought up
/// to date at each scheduler tick, so a few ms behind: fine for a 100 ms limit); `None` where there is no such file.
fn thread_cpu() -> Option<Duration> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    Some(Duration::from_nanos(text.split_whitespace().next()?.parse().ok()?))
}

/// The fastest of three runs of `input`, on the thread's CPU clock (wall clock where there is none).
fn cpu_time(target: Target, input: &[u8], eskilstuna: &Dataset) -> Duration {
    (0..3)
        .map(|_| match thread_cpu() {
            Some(before) => {
                let _ = catch_unwind(AssertUnwindSafe(|| run_one(target, input, eskilstuna)));
                thread_cpu().map_or(Duration::MAX, |after| after.saturating_sub(before))
            }
            None => time_one(target, input, eskilstuna),
        })
        .min()
        .unwrap_or(Duration::MAX)
}

fn main() {
    let mut seconds = 10;
    let mut targets = vec![Target::Dataset, Target::Geojson, Target::Query];
    let mut seed = 0x5EED_u64;
    let mut replay_file = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let value = args.next().unwrap_or_default();
        match arg.as_str() {
            "--seconds" => seconds = value.parse().unwrap_or(seconds),
            "--seed" => seed = value.parse().unwrap_or(seed),
            "--replay" => replay_file = Some(PathBuf::from(value)),
            "--target" => {
                targets = match value.as_str() {
                    "dataset" => vec![Target::Dataset],
                    "geojson" => vec![Target::Geojson],
                    "query" => vec![Target::Query],
                    "all" => targets,
                    other => {
                        eprintln!("unknown target {other:?}: dataset, geojson, query or all");
                        std::process::exit(2);
                    }
                }
            }
            other => {
                eprintln!("usage: fuzz [--seconds N] [--target dataset|geojson|query|all] [--seed N] (got {other:?})");
                std::process::exit(2);
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("../../public/data/eskilstuna.json")).unwrap_or_default();
    let Ok(eskilstuna) = parse_dataset(&text) else {
        eprintln!("public/data/eskilstuna.json does not parse; the geojson and query targets need it");
        std::process::exit(2);
    };
    // Panics are caught and counted; the default hook would print each one.
    std::panic::set_hook(Box::new(|_| {}));
    if let Some(file) = replay_file {
        let ok = targets.iter().all(|&target| replay(target, &file, &eskilstuna));
        std::process::exit(i32::from(!ok));
    }
    let mut failed = false;
    for target in targets {
        let r = fuzz(target, seconds, seed, root, &eskilstuna);
        let secs = r.elapsed.as_secs_f64();
        println!(
            "fuzz {:<8} {:>10} runs in {:>6.1} s ({:>8.0} runs/s), {} seeds + {} kept inputs, largest input {} bytes, \
             slowest input {:.2} ms ({} bytes, fastest of 20 runs), {} panics/broken, {} over {} ms CPU ({} were slow only by the wall clock)",
            target.name(),
            r.runs,
            secs,
            r.runs as f64 / secs.max(1e-9),
            r.seeds,
            r.corpus,
            r.largest,
            r.slowest.as_secs_f64() * 1e3,
            r.slowest_len,
            r.panics,
            r.slow,
            SLOW.as_millis(),
            r.spikes
        );
        failed |= r.panics > 0 || r.slow > 0;
    }
    std::process::exit(i32::from(failed));
}
