#!/usr/bin/env python3
"""Checks an Atom feed the build wrote (flode.xml) with a real feed parser, Python's feedparser (Debian
python3-feedparser), against the dataset it was written from.

    python3 tests/feed/check_feed.py FEED.xml DATASET.json
    python3 tests/feed/check_feed.py --national FEED.xml DATASET.json...

Exit 0 when the feed is well-formed Atom 1.0 (not "bozo") and has one entry per follow-up entry of each promise
and one per period, with unique tag URI ids, each dated by its follow-up entry (the last day of a month or year
known only so far, the day the CSV gives too: core::dataset::followup::report_day) or its period's start, and
linking to ?lofte=<promise id> or ?ar=<year>. Exit 1 with what is wrong, 2 when feedparser is missing. Run by crates/medborgarloften-core/tests/feed_parser.rs and the e2e tests.

With --national the feed is the national one of a site built for many kommuner, written from every DATASET (its
kommun's folder is the file's name without .json): the newest entries of all of them (at most 100), newest first,
each titled with its kommun's name, by that kommun's parties, and linking into its folder (<slug>/?lofte=…).
"""
import calendar
import json
import sys

try:
    import feedparser
except ImportError:
    print("feedparser saknas (apt-get install python3-feedparser)", file=sys.stderr)
    sys.exit(2)


def report_day(date):
    """YYYY-MM-DD as it is, YYYY-MM and YYYY as their last day."""
    if len(date) == 10:
        return date
    if len(date) == 4:
        return date + "-12-31"
    year, month = int(date[:4]), int(date[5:7])
    return "%s-%02d" % (date, calendar.monthrange(year, month)[1])


def expected_entries(data):
    """(kind, link, date) for every entry the feed should have."""
    out = []
    for period in data["periods"]:
        # Version 1 periods are calendar years; version 2 ones start in a month.
        start = period["start"] + "-01" if "start" in period else "%d-01-01" % period["year"]
        out.append(("period", "?ar=%s" % start[:4], start))
    for promise in data["promises"]:
        for entry in promise.get("followups", []):
            out.append(("followup", "?lofte=%s" % promise["id"], report_day(entry["date"])))
    return out


def envelope_problems(feed):
    """What is wrong with the feed as an Atom document: well-formed Atom 1.0 with a tag: id, a title and a date."""
    problems = []
    if feed.bozo:
        problems.append("not well-formed: %r" % (feed.bozo_exception,))
    if feed.version != "atom10":
        problems.append("version %r, expected atom10" % feed.version)
    if not feed.feed.get("id", "").startswith("tag:"):
        problems.append("feed id %r is not a tag URI" % feed.feed.get("id"))
    if not feed.feed.get("title"):
        problems.append("feed has no title")
    if not feed.feed.get("updated_parsed"):
        problems.append("feed has no updated")
    return problems


def check(feed_path, dataset_path):
    with open(dataset_path, encoding="utf-8-sig") as f:
        data = json.load(f)
    feed = feedparser.parse(feed_path)
    problems = envelope_problems(feed)
    rels = {link.get("rel") for link in feed.feed.get("links", [])}
    if not {"self", "alternate"} <= rels:
        problems.append("feed links %r lack self or alternate" % sorted(rels))
    authors = [a.get("name") for a in feed.feed.get("authors", [])]
    if authors != [party["name"] for party in data["parties"]]:
        problems.append("authors %r are not the parties" % authors)
    entries = feed.entries
    expected = expected_entries(data)
    if len(entries) != len(expected):
        problems.append("%d entries, expected %d" % (len(entries), len(expected)))
    ids = [e.get("id", "") for e in entries]
    if len(set(ids)) != len(ids):
        problems.append("ids are not unique")
    if not all(i.startswith("tag:") for i in ids):
        problems.append("an id is not a tag URI")
    got = []
    for e in entries:
        if not e.get("title") or not e.get("summary"):
            problems.append("entry %s lacks title or summary" % e.get("id"))
        parsed = e.get("updated_parsed")
        date = "%04d-%02d-%02d" % parsed[:3] if parsed else None
        link = e.get("link", "")
        query = link[link.index("?"):] if "?" in link else link
        got.append((query, date))
    want = sorted((link, date) for _, link, date in expected)
    if sorted(got) != want:
        problems.append("entries (link, date) %r, expected %r" % (sorted(got), want))
    return problems


NATIONAL_LIMIT = 100


def check_national(feed_path, dataset_paths):
    kommuner = {}
    for path in dataset_paths:
        with open(path, encoding="utf-8-sig") as f:
            slug = path.replace("\\", "/").rsplit("/", 1)[-1][: -len(".json")]
            kommuner[slug] = json.load(f)
    feed = feedparser.parse(feed_path)
    problems = envelope_problems(feed)
    rels = {link.get("rel") for link in feed.feed.get("links", [])}
    if not {"self", "alternate"} <= rels:
        problems.append("feed links %r lack self or alternate" % sorted(rels))
    expected = {(slug, link, date) for slug, data in kommuner.items() for _, link, date in expected_entries(data)}
    entries = feed.entries
    if len(entries) != min(NATIONAL_LIMIT, len(expected)):
        problems.append("%d entries, expected %d" % (len(entries), min(NATIONAL_LIMIT, len(expected))))
    ids = [e.get("id", "") for e in entries]
    if len(set(ids)) != len(ids) or not all(i.startswith("tag:") for i in ids):
        problems.append("ids are not unique tag URIs")
    dates = []
    for e in entries:
        link = e.get("link", "")
        if "?" not in link:
            problems.append("entry %s links %r, not into a kommun's folder" % (e.get("id"), link))
            continue
        path, query = link.split("?", 1)
        slug = path.rstrip("/").rsplit("/", 1)[-1]
        data = kommuner.get(slug)
        if data is None:
            problems.append("entry %s links %r, no kommun's folder" % (e.get("id"), link))
            continue
        parsed = e.get("updated_parsed")
        date = "%04d-%02d-%02d" % parsed[:3] if parsed else None
        dates.append(date or "")
        if (slug, "?" + query, date) not in expected:
            problems.append("entry %s (%s, ?%s, %s) is in no dataset" % (e.get("id"), slug, query, date))
        name = data["municipality"]["name"]
        if not e.get("title", "").startswith(name + ": "):
            problems.append("entry %s is titled %r, not by %s" % (e.get("id"), e.get("title"), name))
        if not e.get("summary"):
            problems.append("entry %s has no summary" % e.get("id"))
        authors = [a.get("name") for a in e.get("authors", [])]
        if authors != [party["name"] for party in data["parties"]]:
            problems.append("entry %s: authors %r are not %s's parties" % (e.get("id"), authors, name))
    if dates != sorted(dates, reverse=True):
        problems.append("entries are not newest first: %r" % dates)
    return problems


def main():
    if len(sys.argv) >= 3 and sys.argv[1] == "--national":
        problems = check_national(sys.argv[2], sys.argv[3:])
        for problem in problems:
            print("%s: %s" % (sys.argv[2], problem), file=sys.stderr)
        if problems:
            sys.exit(1)
        print("%s: a valid national Atom feed of %d kommuner" % (sys.argv[2], len(sys.argv) - 3))
        return
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    problems = check(sys.argv[1], sys.argv[2])
    for problem in problems:
        print("%s: %s" % (sys.argv[1], problem), file=sys.stderr)
    if problems:
        sys.exit(1)
    print("%s: a valid Atom feed matching %s" % (sys.argv[1], sys.argv[2]))


if __name__ == "__main__":
    main()
