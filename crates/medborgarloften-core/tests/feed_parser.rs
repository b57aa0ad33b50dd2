//! The Atom feed the build writes, read by a real feed parser: Python's feedparser (Debian python3-feedparser)
//! through `tests/feed/check_feed.py`, for the example dataset (with follow-ups) and the real one (periods only),
//! and the national feed of a site built for many kommuner from the real kommuner the project ships (`datasets/`).
//! Skipped with a message when feedparser is missing, except under `scripts/test.sh`, which installs it and sets
//! `MEDB_REQUIRE_FEEDPARSER`.

use std::path::{Path, PathBuf};
use std::process::Command;

use medborgarloften_core::export::atom::atom_feed;
use medborgarloften_core::export::national::national_feed;
use medborgarloften_core::export::SiteAddress;
use medborgarloften_core::parse_dataset;

fn repo_file(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(relative)
}

/// A Python with feedparser (the first on PATH may be a pyenv one without Debian's packages).
fn python_with_feedparser() -> Option<&'static str> {
    let python = ["python3", "/usr/bin/python3"].into_iter().find(|python| {
        Command::new(python).args(["-c", "import feedparser"]).output().is_ok_and(|o| o.status.success())
    });
    if python.is_none() {
        assert!(std::env::var_os("MEDB_REQUIRE_FEEDPARSER").is_none(), "python3 med feedparser saknas");
        eprintln!("HOPPAR ÖVER flödestestet: python3 med feedparser saknas (apt-get install python3-feedparser).");
    }
    python
}

/// A temporary file `name` with `text`, in a folder of this test run.
fn temporary(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("medborgarloften-feed-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let path = dir.join(name);
    std::fs::write(&path, text).expect("the feed is written");
    path
}

/// Runs check_feed.py with `args`; fails the test with its messages unless it passes.
fn run_check(python: &str, args: &[&Path]) {
    let output =
        Command::new(python).arg(repo_file("tests/feed/check_feed.py")).args(args).output().expect("python3 runs");
    assert!(
        output.status.success(),
        "{:?}:\n{}{}",
        args,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

fn check(dataset: &str, site: &SiteAddress) {
    let Some(python) = python_with_feedparser() else { return };
    let path = repo_file(dataset);
    let text = std::fs::read_to_string(&path).expect("the dataset is readable");
    let data = parse_dataset(&text).expect("the dataset is valid");
    let name = path.file_stem().and_then(|s| s.to_str()).expect("a file name");
    let feed = temporary(&format!("{name}-{}.xml", site.of("").len()), &atom_feed(&data, site));
    run_check(python, &[&feed, &path]);
}

/// The national feed of every dataset in `datasets/`, checked against them all.
fn check_national(site: &SiteAddress) {
    let Some(python) = python_with_feedparser() else { return };
    let mut paths: Vec<PathBuf> = std::fs::read_dir(repo_file("datasets"))
        .expect("datasets/ is readable")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    paths.sort();
    let kommuner: Vec<(String, medborgarloften_core::Dataset)> = paths
        .iter()
        .map(|path| {
            let slug = path.file_stem().and_then(|s| s.to_str()).expect("a file name").to_string();
            let text = std::fs::read_to_string(path).expect("the dataset is readable");
            (slug, parse_dataset(&text).expect("the dataset is valid"))
        })
        .collect();
    assert!(kommuner.len() >= 4, "the shipped kommuner");
    let pairs: Vec<(&str, &medborgarloften_core::Dataset)> =
        kommuner.iter().map(|(slug, data)| (slug.as_str(), data)).collect();
    let feed = national_feed(&pairs, site, "Medborgarlöften i Sverige");
    let feed = temporary(&format!("national-{}.xml", site.of("").len()), &feed);
    let mut args: Vec<&Path> = vec![Path::new("--national"), &feed];
    args.extend(paths.iter().map(PathBuf::as_path));
    run_check(python, &args);
}

#[test]
fn the_example_feed_has_an_entry_per_followup_entry() {
    check("public/data/exempelkommun.json", &SiteAddress::relative());
}

#[test]
fn the_real_feed_is_valid_with_its_periods() {
    check("public/data/eskilstuna.json", &SiteAddress::relative());
}

#[test]
fn absolute_links_are_valid_too() {
    let site = SiteAddress::absolute("https://lofte.example.se/medborgarloften/").expect("address");
    check("public/data/exempelkommun.json", &site);
}

#[test]
fn the_national_feed_of_the_shipped_kommuner_is_valid() {
    check_national(&SiteAddress::relative());
}

#[test]
fn the_national_feed_with_absolute_links_is_valid() {
    check_national(&SiteAddress::absolute("https://lofte.example.se/sverige/").expect("address"));
}

#[test]
fn a_month_or_year_only_follow_up_is_dated_by_its_last_day() {
    let Some(python) = python_with_feedparser() else { return };
    let text = std::fs::read_to_string(repo_file("public/data/exempelkommun.json")).expect("the example");
    let mut data = parse_dataset(&text).expect("the example is valid");
    let promise = data.promises.iter_mut().find(|p| p.followups.len() >= 2).expect("a promise with follow-ups");
    promise.followups[0].date = medborgarloften_core::dataset::month::ReportDate::parse("2026-04").expect("month");
    promise.followups[1].date = medborgarloften_core::dataset::month::ReportDate::parse("2026").expect("year");
    promise.followups.truncate(2);
    let dataset = temporary("month-year.json", &serde_json::to_string(&data).expect("JSON"));
    let feed = atom_feed(&data, &SiteAddress::relative());
    assert!(feed.contains("<updated>2026-04-30T00:00:00Z</updated>"), "{feed}");
    assert!(feed.contains("<updated>2026-12-31T00:00:00Z</updated>"), "{feed}");
    let feed = temporary("month-year.xml", &feed);
    run_check(python, &[&feed, &dataset]);
}
