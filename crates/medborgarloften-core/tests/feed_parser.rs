//! The Atom feed the build writes, read by a real feed parser: Python's feedparser (Debian python3-feedparser)
//! through `tests/feed/check_feed.py`, for the example dataset (with follow-ups) and the real one (periods only).
//! Skipped with a message when feedparser is missing, except under `scripts/test.sh`, which installs it and sets
//! `MEDB_REQUIRE_FEEDPARSER`.

use std::path::{Path, PathBuf};
use std::process::Command;

use medborgarloften_core::export::atom::atom_feed;
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

fn check(dataset: &str, site: &SiteAddress) {
    let Some(python) = python_with_feedparser() else { return };
    let path = repo_file(dataset);
    let text = std::fs::read_to_string(&path).expect("the dataset is readable");
    let data = parse_dataset(&text).expect("the dataset is valid");
    let dir = std::env::temp_dir().join(format!("medborgarloften-feed-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let name = path.file_stem().and_then(|s| s.to_str()).expect("a file name");
    let feed = dir.join(format!("{name}-{}.xml", site.of("").len()));
    std::fs::write(&feed, atom_feed(&data, site)).expect("the feed is written");
    let output = Command::new(python)
        .arg(repo_file("tests/feed/check_feed.py"))
        .arg(&feed)
        .arg(&path)
        .output()
        .expect("python3 runs");
    assert!(
        output.status.success(),
        "{dataset}:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
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
