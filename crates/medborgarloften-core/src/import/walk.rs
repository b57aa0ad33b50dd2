//! One pass over a page's blocks, in page order, that sorts them into a sketch of the draft: the page's title and
//! the kommun it names, the text before the first period, each period's heading, introduction, lead, goal,
//! follow-up plan, documents and groups, and each promise with who promises it and why that is known. The sketch
//! holds the page's words as they are; `draft` turns it into a dataset and says what to confirm.
//!
//! Import layer: of its own uses `blocks`, `periods`, `promisers` and `followup`; of the layers below
//! `dataset::forms` and `text::fold`.

use std::collections::BTreeMap;

use crate::import::blocks::{Block, Kind, Page};
use crate::import::followup::{document, is_followup_heading, is_goal_heading, is_plan};
use crate::import::periods::{self, date_range, title_place, Heading, Span};
use crate::import::promisers::{self, Known, Who};
use crate::text::fold::fold;

/// Why the draft names a promise's promisers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Why {
    /// A party tag after the bullet, as written ("(Polis)"); it was taken out of the text.
    Tag(String),
    /// The bullet's own first words ("Att polisen ska …").
    Subject,
    /// The promiser heading above it ("Polisen lovar:").
    Heading,
    /// The bullet's first words name other promisers than the heading above it (the heading as written).
    Conflict(String),
    /// The period's lead ("… lovar polisen och kommunen:").
    Lead,
    /// Nothing on the page says; the police and the kommun together are proposed.
    Unsaid,
}

/// A promise as the page has it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct PromiseSketch {
    /// Index into [`Sketch::periods`].
    pub period: usize,
    /// Index into its period's groups.
    pub group: Option<usize>,
    /// The text, verbatim (bullet mark and any party tag removed).
    pub text: String,
    /// Who promises ([`Who::We`] is resolved by `draft`).
    pub who: Vec<Who>,
    /// Why that is known.
    pub why: Why,
    /// An indented paragraph under the bullet that was added to its text, as written.
    pub joined: Option<String>,
    /// True when the promise is a paragraph under a promiser heading rather than a bullet.
    pub paragraph: bool,
}

/// A heading that groups promises within a period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct GroupSketch {
    /// The heading, verbatim.
    pub heading: String,
    /// True when the heading is a place the page also names in running text ("i Skiftinge").
    pub district: bool,
}

/// A period as the page has it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct PeriodSketch {
    /// The heading, or `None` for a period the page gives no heading (its promises come first).
    pub heading: Option<Heading>,
    /// The months, from the heading or a date range in the text before it; `None` when the page does not say.
    pub span: Option<Span>,
    /// The date range's words, when the span came from one.
    pub range_words: Option<String>,
    /// The first paragraph after the heading, before any list.
    pub intro: Option<String>,
    /// The sentence that leads into the list.
    pub lead: Option<String>,
    /// Who the lead names.
    pub lead_who: Option<Vec<Who>>,
    /// The goal's heading and text.
    pub goal: Option<(String, Option<String>)>,
    /// The follow-up plan's heading.
    pub followup_heading: Option<String>,
    /// The follow-up plan's paragraphs.
    pub followup: Vec<String>,
    /// Documents, by their link text.
    pub documents: Vec<String>,
    /// Group headings.
    pub groups: Vec<GroupSketch>,
    /// Paragraphs that found no place (after the list, for instance).
    pub loose: Vec<String>,
    /// How many promises it has.
    pub promises: usize,
}

/// Everything the draft is made from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Sketch {
    /// The page's title line, verbatim ("Eskilstuna – medborgarlöften").
    pub title_line: Option<String>,
    /// The place the title names ("Eskilstuna").
    pub place: Option<String>,
    /// The first "<Namn> kommun" the text names, preferring one that starts with the place.
    pub kommun: Option<String>,
    /// Paragraphs before the first period.
    pub preamble: Vec<String>,
    /// The periods, in page order.
    pub periods: Vec<PeriodSketch>,
    /// The promises, in page order.
    pub promises: Vec<PromiseSketch>,
    /// Promisers besides the police and the kommun, as first written.
    pub others: Vec<String>,
    /// The same, folded, to look them up.
    pub known: Known,
    /// Each period's index by its id.
    by_id: BTreeMap<String, usize>,
}

/// Where the walk is.
#[derive(Default)]
struct At {
    period: Option<usize>,
    heading: Option<(Vec<Who>, String)>,
    group: Option<usize>,
    section: Section,
    list: bool,
    paragraphs: bool,
    bullet_indent: usize,
}

#[derive(Default, PartialEq, Eq)]
enum Section {
    #[default]
    None,
    Goal,
    Followup,
}

/// Sorts a page's blocks into a sketch.
pub(crate) fn walk(page: &Page) -> Sketch {
    let mut sketch = Sketch::default();
    let mut at = At::default();
    let blocks = &page.blocks;
    for (i, block) in blocks.iter().enumerate() {
        if crate::dataset::forms::is_blank(&block.text) {
            continue;
        }
        note_kommun(&mut sketch, &block.text);
        if i == 0 && block.kind == Kind::Plain {
            if let Some(place) = title_place(&block.text) {
                sketch.place = Some(place);
                sketch.title_line = Some(block.text.clone());
                continue;
            }
        }
        match block.kind {
            Kind::Bullet => bullet(&mut sketch, &mut at, block),
            Kind::Plain => plain(&mut sketch, &mut at, block, blocks.get(i + 1)),
        }
    }
    mark_districts(&mut sketch, blocks);
    sketch
}

fn bullet(sketch: &mut Sketch, at: &mut At, block: &Block) {
    let period = current_period(sketch, at, None);
    let (text, who, why) = if let Some((rest, who, tag)) = promisers::tag(&block.text, &sketch.known) {
        (rest, who, Why::Tag(tag))
    } else if let Some(who) = promisers::subject(&block.text, &sketch.known) {
        let why = match &at.heading {
            Some((heading, words))
                if !same(heading, &who) && !heading.contains(&Who::We) && !who.contains(&Who::We) =>
            {
                Why::Conflict(words.clone())
            }
            _ => Why::Subject,
        };
        (block.text.clone(), who, why)
    } else if let Some((who, _)) = &at.heading {
        (block.text.clone(), who.clone(), Why::Heading)
    } else if let Some(who) = sketch.periods[period].lead_who.clone() {
        (block.text.clone(), who, Why::Lead)
    } else {
        (block.text.clone(), vec![Who::Police, Who::Kommun], Why::Unsaid)
    };
    remember_others(sketch, &who);
    add_promise(sketch, at, period, text, who, why, false);
    at.list = true;
    at.paragraphs = false;
    at.bullet_indent = block.indent;
}

fn add_promise(sketch: &mut Sketch, at: &At, period: usize, text: String, who: Vec<Who>, why: Why, paragraph: bool) {
    sketch.periods[period].promises += 1;
    sketch.promises.push(PromiseSketch { period, group: at.group, text, who, why, joined: None, paragraph });
}

fn same(a: &[Who], b: &[Who]) -> bool {
    a.len() == b.len() && a.iter().all(|w| b.contains(w))
}

fn remember_others(sketch: &mut Sketch, who: &[Who]) {
    for one in who {
        if let Who::Other(name) = one {
            if sketch.known.insert(fold(name)) {
                sketch.others.push(name.clone());
            }
        }
    }
}

fn plain(sketch: &mut Sketch, at: &mut At, block: &Block, next: Option<&Block>) {
    let text = block.text.as_str();
    if at.list && continues(sketch, at, block) {
        if let Some(last) = sketch.promises.last_mut() {
            last.text.push(' ');
            last.text.push_str(text);
            if block.after_blank || block.indent > 0 {
                last.joined = Some(text.to_string());
            }
            return;
        }
    }
    at.list = false;
    if let Some(heading) = periods::heading(text) {
        if sketch.place.is_none() {
            sketch.place = heading.place.clone();
        }
        open_period(sketch, at, heading);
        return;
    }
    if let Some(title) = document(text) {
        let period = current_period(sketch, at, None);
        sketch.periods[period].documents.push(title);
        return;
    }
    if let Some(who) = promisers::heading(text, &sketch.known) {
        remember_others(sketch, &who);
        at.heading = Some((who, text.to_string()));
        at.paragraphs = true;
        at.section = Section::None;
        return;
    }
    if is_goal_heading(text) {
        let period = current_period(sketch, at, None);
        sketch.periods[period].goal = Some((text.to_string(), None));
        at.section = Section::Goal;
        at.paragraphs = false;
        return;
    }
    if is_followup_heading(text) {
        let period = current_period(sketch, at, None);
        sketch.periods[period].followup_heading = Some(text.to_string());
        at.section = Section::Followup;
        at.paragraphs = false;
        return;
    }
    if let Some(period) = at.period {
        match at.section {
            Section::Goal => {
                if let Some((_, goal @ None)) = &mut sketch.periods[period].goal {
                    *goal = Some(text.to_string());
                    at.section = Section::None;
                    return;
                }
            }
            Section::Followup => {
                sketch.periods[period].followup.push(text.to_string());
                return;
            }
            Section::None => {}
        }
        if is_plan(text) {
            sketch.periods[period].followup.push(text.to_string());
            return;
        }
    }
    let list_follows =
        next.is_some_and(|n| n.kind == Kind::Bullet || promisers::heading(&n.text, &sketch.known).is_some());
    if list_follows && leads(sketch, at, text) {
        return;
    }
    if at.paragraphs && text.split_whitespace().count() >= 4 {
        if let Some((who, _)) = at.heading.clone() {
            let period = current_period(sketch, at, None);
            add_promise(sketch, at, period, text.to_string(), who, Why::Heading, true);
            return;
        }
    }
    match at.period {
        Some(period) => {
            let p = &mut sketch.periods[period];
            if p.intro.is_none() && p.promises == 0 && p.lead.is_none() {
                p.intro = Some(text.to_string());
            } else {
                p.loose.push(text.to_string());
            }
        }
        None => sketch.preamble.push(text.to_string()),
    }
}

/// A line before a list: the period's lead, a promiser line, or a group heading. True when it was one.
fn leads(sketch: &mut Sketch, at: &mut At, text: &str) -> bool {
    let folded = fold(text);
    let promising = ["lovar", "foljande", "utlovar", "atar sig", "atar oss"].iter().any(|w| folded.contains(w));
    let free = at.period.is_none_or(|p| sketch.periods[p].promises == 0 && sketch.periods[p].lead.is_none());
    if promising || (text.ends_with(':') && !heading_shaped(text)) {
        let who = promisers::in_lead(text, &sketch.known);
        if free {
            let period = current_period(sketch, at, Some(text));
            let p = &mut sketch.periods[period];
            p.lead = Some(text.to_string());
            p.lead_who = who;
            return true;
        }
        if let Some(who) = who {
            at.heading = Some((who, text.to_string()));
            return true;
        }
    }
    if heading_shaped(text) {
        let period = current_period(sketch, at, None);
        let heading = text.trim_end_matches(':').trim_end().to_string();
        let groups = &mut sketch.periods[period].groups;
        let index = groups.iter().position(|g| g.heading == heading).unwrap_or_else(|| {
            groups.push(GroupSketch { heading, district: false });
            groups.len() - 1
        });
        at.group = Some(index);
        return true;
    }
    false
}

/// A short line that reads as a heading: a capital first, at most twelve words, no closing full stop.
fn heading_shaped(text: &str) -> bool {
    let words = text.split_whitespace().count();
    (1..=12).contains(&words) && text.starts_with(char::is_uppercase) && !text.ends_with(['.', '!', '?', ';', ','])
}

/// Whether a plain line goes on with the bullet before it: indented under it (after a blank line or not), or a
/// line the browser broke (no blank line, a small letter first, the bullet not ending a sentence).
fn continues(sketch: &Sketch, at: &At, block: &Block) -> bool {
    let text = block.text.as_str();
    let structural = periods::heading(text).is_some()
        || document(text).is_some()
        || promisers::heading(text, &sketch.known).is_some()
        || is_goal_heading(text)
        || is_followup_heading(text);
    if structural {
        return false;
    }
    let indented = block.indent >= 2 && block.indent >= at.bullet_indent;
    let previous_open = sketch.promises.last().is_some_and(|p| !p.text.ends_with(['.', '!', '?', ':', ';']));
    let broken = !block.after_blank && text.starts_with(char::is_lowercase) && previous_open;
    indented || broken
}

/// The period a promise or a part of one goes in: the current one, or a new one without a heading whose months come
/// from a date range in the text before it (and in `line`, the line being read).
fn current_period(sketch: &mut Sketch, at: &mut At, line: Option<&str>) -> usize {
    if let Some(period) = at.period {
        return period;
    }
    let range = line.and_then(date_range).or_else(|| sketch.preamble.iter().find_map(|p| date_range(p)));
    let (span, range_words) = match range {
        Some((span, words)) => (Some(span), Some(words)),
        None => (None, None),
    };
    sketch.periods.push(PeriodSketch { span, range_words, ..PeriodSketch::default() });
    let period = sketch.periods.len() - 1;
    at.period = Some(period);
    period
}

fn open_period(sketch: &mut Sketch, at: &mut At, heading: Heading) {
    let id = heading.span.id();
    let period = match sketch.by_id.get(&id) {
        Some(&existing) => existing,
        None => {
            let span = Some(heading.span);
            sketch.periods.push(PeriodSketch { heading: Some(heading), span, ..PeriodSketch::default() });
            sketch.by_id.insert(id, sketch.periods.len() - 1);
            sketch.periods.len() - 1
        }
    };
    *at = At { period: Some(period), ..At::default() };
}

/// "Eskilstuna kommun", "Katrineholms kommun": a name with a capital before the word "kommun".
fn note_kommun(sketch: &mut Sketch, text: &str) {
    let wants_place = |name: &str| sketch.place.as_ref().is_none_or(|place| fold(name).starts_with(&fold(place)));
    if sketch.kommun.as_ref().is_some_and(|k| wants_place(k)) {
        return;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    for pair in words.windows(2) {
        let (name, word) = (pair[0], pair[1]);
        let kommun = word.trim_end_matches(|c: char| !c.is_alphabetic()) == "kommun";
        let named = name.starts_with(char::is_uppercase) && name.chars().all(|c| c.is_alphabetic() || c == '-');
        if kommun && named && !matches!(name, "Kommun" | "Kommunen") {
            let candidate = format!("{name} kommun");
            if wants_place(&candidate) || sketch.kommun.is_none() {
                sketch.kommun = Some(candidate);
            }
            if wants_place(name) {
                return;
            }
        }
    }
}

/// A group heading of one to three capitalised words that the page also names as a place ("i Skiftinge", "på
/// Norr") is a district. Only the first 20 such headings are looked for, so a long page stays one pass each.
fn mark_districts(sketch: &mut Sketch, blocks: &[Block]) {
    let mut checked = 0;
    for period in &mut sketch.periods {
        for group in &mut period.groups {
            let words: Vec<&str> = group.heading.split_whitespace().collect();
            let named = (1..=3).contains(&words.len()) && words.iter().all(|w| w.starts_with(char::is_uppercase));
            if !named || checked == 20 {
                continue;
            }
            checked += 1;
            let phrases =
                [format!(" i {}", group.heading), format!(" på {}", group.heading), format!(" inom {}", group.heading)];
            group.district =
                blocks.iter().any(|b| b.text != group.heading && phrases.iter().any(|p| b.text.contains(p.as_str())));
        }
    }
}
