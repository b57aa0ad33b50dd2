//! From a page's text to a draft dataset: the sketch the walk made becomes a schema 2 [`Dataset`], written as the
//! `uppgradera` command writes datasets ([`upgraded_text`]), and every value the page does not say for certain becomes
//! a [`Confirm`] item with the validator's path syntax (`promises[3] (2019-polisen-3).parties`), so an editor can
//! check each against the page. Required values the page never says (the kommun's SCB code, a theme) get the most
//! honest placeholder the schema accepts, and a confirm item saying so.
//!
//! Import layer: of its own uses every other module; of the layers below `dataset` (model, v1 writer, forms, dates,
//! the target kinds' words), `json` (the message helpers, and the reader for [`TextDraft::counts`]) and `text`
//! (`fold`, `choice`).

use std::collections::{BTreeMap, BTreeSet};

use crate::dataset::choices::TARGET_KINDS;
use crate::dataset::date::Date;
use crate::dataset::forms::is_blank;
use crate::dataset::model::{
    Dataset, District, Document, FollowupPlan, Goal, Group, Link, Municipality, Party, Period, Promise, TargetKind,
    Theme, SCHEMA_VERSION,
};
use crate::dataset::month::Month;
use crate::dataset::v1::upgraded_text;
use crate::import::blocks::split;
use crate::import::followup::reports;
use crate::import::promisers::Who;
use crate::import::targets::targets;
use crate::import::walk::{walk, PeriodSketch, Sketch, Why};
use crate::json::message::{quote, shorten};
use crate::text::choice::word_of;
use crate::text::fold::{fold, id_words};

/// A draft dataset made from a page's text, and what an editor must check in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextDraft {
    /// A schema 2 dataset as JSON text, pretty-printed as `medborgarloften uppgradera` writes datasets. It passes
    /// [`crate::parse_dataset`] when the page had at least one promise.
    pub json: String,
    /// Everything the draft proposes without the page saying it for certain, in the order of the file.
    pub confirm: Vec<Confirm>,
}

/// One thing for the editor to check, and where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Confirm {
    /// The field, in the validator's path syntax ([`crate::Problem::path`]), e.g. `promises[3] (2019-polisen-3).parties`.
    pub path: String,
    /// What to check, in Swedish.
    pub message: String,
}

impl TextDraft {
    /// How many periods and promises the draft has.
    pub fn counts(&self) -> (usize, usize) {
        let value = crate::json::parse_value(&self.json).ok();
        let count =
            |field: &str| value.as_ref().and_then(|v| v.get(field)).and_then(|v| v.as_array()).map_or(0, Vec::len);
        (count("periods"), count("promises"))
    }
}

/// The draft dataset for a page's text, as copied from a browser. Never panics; linear in the text's length. The
/// dataset's `updated` is the page's "Senast uppdaterad" date, else a placeholder (1970-01-01), each to confirm; use
/// [`draft_from_page_text_on`] to give today's date.
pub fn draft_from_page_text(text: &str) -> TextDraft {
    build(text, None)
}

/// The same draft, with `today` as the dataset's `updated` (the date it was compiled).
pub fn draft_from_page_text_on(text: &str, today: Date) -> TextDraft {
    build(text, Some(today))
}

/// The theme every promise gets until the editor chooses: the schema wants one to three.
const PLACEHOLDER_THEME: &str = "att-valja";

/// The address used when the text has none: polisen.se's start page.
const PLACEHOLDER_URL: &str = "https://polisen.se/";

/// Collects the confirm items.
#[derive(Default)]
struct Notes(Vec<Confirm>);

impl Notes {
    fn say(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.0.push(Confirm { path: path.into(), message: message.into() });
    }
}

fn build(text: &str, today: Option<Date>) -> TextDraft {
    let page = split(text);
    let sketch = walk(&page);
    let mut notes = Notes::default();

    let (name, place) = municipality(&sketch, &mut notes);
    notes.say(
        "municipality.code",
        "SCB:s kommunkod står inte på sidan; 0000 är en platshållare. Skriv kommunens fyrsiffriga kod (till exempel \
         0484 för Eskilstuna).",
    );
    let url = page.address.clone().unwrap_or_else(|| PLACEHOLDER_URL.to_string());
    if page.address.is_none() {
        notes.say(
            "source.url",
            "Sidans adress finns inte i texten: skriv adressen till polisens sida om medborgarlöftena (https://…). \
             Den gäller också periodernas source_url.",
        );
    }
    let updated = match (today, page.page_date) {
        (Some(today), _) => today,
        (None, Some(date)) => {
            notes.say(
                "updated",
                format!("Datumet {date} är sidans eget; skriv dagens datum när du har gått igenom utkastet."),
            );
            date
        }
        (None, None) => {
            notes.say("updated", "1970-01-01 är en platshållare: skriv dagens datum när du har gått igenom utkastet.");
            Date(chrono::NaiveDate::default())
        }
    };
    let placeholder_year = u16::try_from(chrono::Datelike::year(&updated.0)).unwrap_or(1970);

    let (parties, party_of) = parties(&sketch, &name, &mut notes);
    notes.say(
        "themes[0]",
        "Sidan anger inga teman; \"Att välja\" är en platshållare som varje löfte har. Lägg till kommunens teman och \
         ge varje löfte 1–3 av dem.",
    );

    let kept: Vec<usize> = (0..sketch.periods.len())
        .filter(|&i| sketch.periods[i].heading.is_some() || sketch.periods[i].promises > 0)
        .collect();
    let mut new_index = vec![None; sketch.periods.len()];
    for (new, &old) in kept.iter().enumerate() {
        new_index[old] = Some(new);
    }
    let mut districts: Vec<District> = Vec::new();
    let mut district_ids = Ids::default();
    let mut district_of: BTreeMap<(usize, usize), String> = BTreeMap::new();
    let mut periods: Vec<Period> = Vec::new();
    let mut period_notes = Notes::default();
    let mut group_ids: Vec<Vec<String>> = Vec::new();
    for (new, &old) in kept.iter().enumerate() {
        let sketch_period = &sketch.periods[old];
        let (period, ids) = period(&sketch, sketch_period, new, &url, placeholder_year, &mut period_notes);
        for (g, group) in sketch_period.groups.iter().enumerate() {
            if group.district {
                let id = district_ids.claim(&slug(&group.heading, 4));
                notes.say(
                    format!("districts[{}]", districts.len()),
                    format!(
                        "Området {} är en rubrik på sidan som också nämns som plats. Lägg till dess RegSO-koder \
                         (regso), eller ta bort området om rubriken inte är ett område.",
                        quote(&group.heading)
                    ),
                );
                districts.push(District {
                    translations: Default::default(),
                    id: id.clone(),
                    name: group.heading.clone(),
                    priority: false,
                    regso: Vec::new(),
                });
                district_of.insert((new, g), id);
            }
        }
        group_ids.push(ids);
        periods.push(period);
    }
    move_documents(&mut periods, &mut period_notes);
    notes.0.extend(period_notes.0);

    let mut promises = Vec::new();
    let mut promise_notes = Notes::default();
    let mut taken = BTreeSet::new();
    let mut counters: BTreeMap<String, usize> = BTreeMap::new();
    for sketch_promise in &sketch.promises {
        if is_blank(&sketch_promise.text) {
            continue;
        }
        let Some(period_index) = new_index.get(sketch_promise.period).copied().flatten() else { continue };
        let period = &periods[period_index];
        let lead_who = sketch.periods[sketch_promise.period].lead_who.as_deref();
        let (who, we) = resolve_we(&sketch_promise.who, lead_who);
        let party_ids = party_ids(&who, &party_of);
        let first_party = party_ids.first().cloned().unwrap_or_else(|| "polisen".to_string());
        let id = promise_id(&period.id, &first_party, &mut counters, &mut taken);
        let at = format!("promises[{}] ({})", promises.len(), shorten(&id, 40));
        let title = title_of(&sketch_promise.text);
        promise_notes.say(
            format!("{at}.title"),
            "Rubriken är löftets första ord. Skriv en kort rubrik som säger vad löftet gäller.",
        );
        parties_note(&mut promise_notes, &at, &sketch_promise.why, we, &sketch_promise.text);
        if let Some(joined) = &sketch_promise.joined {
            promise_notes.say(
                format!("{at}.text"),
                format!(
                    "Stycket {} stod indraget under punkten och är lagt till löftets text. Kontrollera att det hör \
                     till löftet.",
                    quote(joined)
                ),
            );
        }
        if sketch_promise.paragraph {
            promise_notes.say(
                format!("{at}.text"),
                "Löftet är ett stycke under en rubrik om vem som lovar, inte en punkt i en lista. Kontrollera att det \
                 är ett löfte och inte en förklarande text.",
            );
        }
        let found = targets(&sketch_promise.text);
        for (j, f) in found.iter().enumerate() {
            let kind = word_of(&TARGET_KINDS, f.target.kind.unwrap_or(TargetKind::Exakt)).unwrap_or_default();
            let rate = f.target.rate.as_ref().map(|r| format!(", takten {}", quote(r))).unwrap_or_default();
            promise_notes.say(
                format!("{at}.targets[{j}]"),
                format!(
                    "Målet är läst ur {}: värdet {} ({kind}), enheten {}{rate}. Kontrollera värdet, om det är minst \
                     eller exakt, och vad som räknas (unit, label).",
                    quote(&f.words),
                    f.target.value.unwrap_or_default(),
                    quote(&f.target.unit)
                ),
            );
        }
        let group = sketch_promise.group.and_then(|g| group_ids.get(period_index).and_then(|ids| ids.get(g)).cloned());
        let district = sketch_promise.group.and_then(|g| district_of.get(&(period_index, g)).cloned());
        promises.push(Promise {
            translations: Default::default(),
            id,
            period: period.id.clone(),
            group,
            parties: party_ids,
            title,
            text: sketch_promise.text.clone(),
            sub_promises: Vec::new(),
            themes: vec![PLACEHOLDER_THEME.to_string()],
            districts: district.into_iter().collect(),
            targets: found.into_iter().map(|f| f.target).collect(),
            followups: Vec::new(),
            source_url: None,
        });
    }
    if promises.is_empty() {
        notes.say(
            "promises",
            "Inga löften hittades i texten. Kontrollera att hela sidan kom med när du kopierade (löftena står oftast \
             i en punktlista under en rubrik som \"Medborgarlöfte 2024\"), eller skriv in löftena själv.",
        );
    } else {
        notes.say(
            "promises",
            format!(
                "Löftenas id (som {}) är förslag. Ett id syns i länkar till löftet (?lofte=) och ska inte ändras \
                 efter publiceringen; byt dem nu om ni vill ha andra.",
                promises[0].id
            ),
        );
    }
    notes.0.extend(promise_notes.0);

    let title = match &place {
        Some(place) => format!("Medborgarlöften i {place}"),
        None => "Medborgarlöften".to_string(),
    };
    let data = Dataset {
        schema: Some("schema.json".to_string()),
        schema_version: SCHEMA_VERSION,
        id: slug(place.as_deref().unwrap_or_else(|| name.trim_end_matches(" kommun")), 4),
        title,
        example: false,
        updated,
        municipality: Municipality { name, code: "0000".to_string() },
        source: Link { title: format!("Polisen: {}", sketch.title_line.as_deref().unwrap_or("medborgarlöften")), url },
        geometry: None,
        look: None,
        parties,
        themes: vec![Theme {
            translations: Default::default(),
            id: PLACEHOLDER_THEME.to_string(),
            name: "Att välja".to_string(),
        }],
        districts,
        periods,
        promises,
    };
    TextDraft { json: upgraded_text(data), confirm: notes.0 }
}

/// The kommun's name and the place the page's title names.
fn municipality(sketch: &Sketch, notes: &mut Notes) -> (String, Option<String>) {
    let place = sketch.place.clone();
    let from_text = sketch.kommun.clone().filter(|k| place.as_ref().is_none_or(|p| fold(k).starts_with(&fold(p))));
    let (name, message) = match (from_text, &place) {
        (Some(name), _) => {
            let message = format!(
                "Kommunens namn {} är läst ur sidans text. Kontrollera att det är kommunens officiella namn (till \
                 exempel \"Eskilstuna kommun\" eller \"Göteborgs stad\").",
                quote(&name)
            );
            (name, message)
        }
        (None, Some(place)) => {
            let name = format!("{place} kommun");
            let message = format!(
                "Kommunens namn {} är sidans rubrik med \"kommun\" efter. Kontrollera att det är kommunens officiella \
                 namn (till exempel \"Göteborgs stad\").",
                quote(&name)
            );
            (name, message)
        }
        (None, None) => (
            "Kommunens namn".to_string(),
            "Sidan säger inte vilken kommun den gäller: skriv kommunens namn, till exempel \"Eskilstuna kommun\". \
             Datamängdens id och rubrik bygger på det."
                .to_string(),
        ),
    };
    notes.say("municipality.name", message);
    (name, place)
}

/// The police, the kommun and every other promiser the page names, each other one to confirm; and the other ones'
/// ids by their folded names.
fn parties(sketch: &Sketch, kommun: &str, notes: &mut Notes) -> (Vec<Party>, BTreeMap<String, String>) {
    let mut parties = Party::police_and_kommun(kommun);
    let mut ids = Ids::default();
    ids.claim("polisen");
    ids.claim("kommunen");
    let mut by_name = BTreeMap::new();
    for other in &sketch.others {
        let id = ids.claim(&slug(other, 4));
        by_name.insert(fold(other), id.clone());
        let name = capitalised(other);
        notes.say(
            format!("parties[{}]", parties.len()),
            format!(
                "Parten {} är ny: sidan nämner den som en av dem som lovar. Kontrollera namnet, kortnamnet (short) \
                 och id.",
                quote(other)
            ),
        );
        let in_sentence = other.starts_with(char::is_lowercase).then(|| other.clone());
        parties.push(Party { translations: Default::default(), id, name: name.clone(), short: name, in_sentence });
    }
    (parties, by_name)
}

/// One period of the dataset and its group ids, with what to confirm about it.
fn period(
    sketch: &Sketch,
    p: &PeriodSketch,
    index: usize,
    url: &str,
    placeholder_year: u16,
    notes: &mut Notes,
) -> (Period, Vec<String>) {
    let fallback_span = || Month { year: placeholder_year, month: 1 };
    let (start, end) = match p.span {
        Some(span) => (span.start, span.end),
        None => (fallback_span(), Month { year: placeholder_year, month: 12 }),
    };
    let id = match p.span {
        Some(span) => span.id(),
        None => placeholder_year.to_string(),
    };
    let at = format!("periods[{index}] ({})", shorten(&id, 40));
    let title = match (&p.heading, p.span) {
        (Some(heading), _) => heading.title.clone(),
        (None, Some(span)) => {
            notes.say(
                format!("{at}.title"),
                format!(
                    "Perioden har ingen rubrik på sidan. Rubriken och månaderna är lästa ur {}; kontrollera dem.",
                    quote(p.range_words.as_deref().unwrap_or_default())
                ),
            );
            span.title()
        }
        (None, None) => {
            notes.say(
                at.clone(),
                format!(
                    "Sidan säger inte vilka år löftena gäller; perioden {placeholder_year} är en platshållare. Skriv \
                     periodens id, start, slut och rubrik (till exempel \"Medborgarlöfte 2024–2026\")."
                ),
            );
            "Medborgarlöfte".to_string()
        }
    };
    if let (Some(heading), Some(span)) = (&p.heading, p.span) {
        if !span.months_given && span.start.year != span.end.year {
            notes.say(
                format!("{at}.start"),
                format!(
                    "Sidan anger bara åren ({}); perioden är satt till {}–{}. Ändra start och slut om löftet gällde \
                     andra månader.",
                    quote(&heading.title),
                    span.start.text_sv(),
                    span.end.text_sv()
                ),
            );
        }
    }
    let intro = intro(sketch, p, &at, notes);
    let followup_text = (!p.followup.is_empty()).then(|| p.followup.join(" "));
    let planned = followup_text.as_deref().map(|t| reports(t, start)).unwrap_or_default();
    if !planned.is_empty() {
        let when: Vec<String> = planned.iter().map(|r| r.title.to_lowercase()).collect();
        notes.say(
            format!("{at}.followup.reports"),
            format!(
                "Redovisningarna ({}) är lästa ur uppföljningstexten. Kontrollera datumen och vilken som är \
                 slutredovisningen (kind \"slut\").",
                when.join(", ")
            ),
        );
    }
    let documents: Vec<Document> = p
        .documents
        .iter()
        .map(|title| Document {
            title: title.clone(),
            kind: fold(title).starts_with("uppfoljning").then(|| "uppfoljning".to_string()),
            url: None,
            note: None,
        })
        .collect();
    let mut taken = Ids::default();
    let group_ids: Vec<String> = p.groups.iter().map(|g| taken.claim(&slug(&g.heading, 5))).collect();
    let groups = p
        .groups
        .iter()
        .zip(&group_ids)
        .map(|(g, id)| Group {
            translations: Default::default(),
            id: id.clone(),
            heading: g.heading.clone(),
            intro: None,
            source_url: None,
        })
        .collect();
    let goal = match &p.goal {
        Some((heading, Some(text))) => {
            Some(Goal { translations: Default::default(), heading: heading.clone(), text: text.clone() })
        }
        _ => None,
    };
    let period = Period {
        translations: Default::default(),
        id,
        start,
        end,
        title,
        intro,
        lead: p.lead.clone(),
        goal,
        followup: FollowupPlan {
            translations: Default::default(),
            heading: p.followup_heading.clone().unwrap_or_else(|| "Uppföljning".to_string()),
            text: followup_text,
            reports: planned,
        },
        documents,
        source_url: url.to_string(),
        groups,
    };
    (period, group_ids)
}

/// The period's introduction: its own first paragraph, else one found elsewhere on the page (to confirm), else a
/// placeholder (to confirm).
fn intro(sketch: &Sketch, p: &PeriodSketch, at: &str, notes: &mut Notes) -> String {
    if let Some(intro) = &p.intro {
        return intro.clone();
    }
    // A paragraph, not a signature or a date line ("Laxå den 26 oktober 2018").
    let paragraph = |t: &&String| t.split_whitespace().count() >= 6;
    let loose = p.loose.iter().find(paragraph);
    let preamble = sketch.preamble.iter().find(paragraph);
    let from_preamble_first = p.heading.is_none();
    let choice = if from_preamble_first {
        preamble.map(|t| (t, true)).or(loose.map(|t| (t, false)))
    } else {
        loose.map(|t| (t, false)).or(preamble.map(|t| (t, true)))
    };
    let path = format!("{at}.intro");
    match choice {
        Some((text, true)) => {
            notes.say(
                path,
                format!(
                    "Perioden har ingen egen inledning; den här är sidans stycke ovanför perioderna ({}). Kontrollera \
                     att den gäller perioden.",
                    quote(text)
                ),
            );
            text.clone()
        }
        Some((text, false)) => {
            notes.say(
                path,
                format!(
                    "Perioden har ingen inledning direkt under rubriken; den här är stycket {} längre ner. Kontrollera \
                     den.",
                    quote(text)
                ),
            );
            text.clone()
        }
        None => {
            notes.say(path, "Sidan har ingen inledande text för perioden: skriv periodens inledning ordagrant.");
            "Inledning saknas – skriv periodens inledning här.".to_string()
        }
    }
}

/// A document whose title names the year of another period goes there ("Uppföljning … tertial 1-3 2018.pdf"
/// under 2019 is 2018's follow-up); every document is to confirm, as the copied text has no links.
fn move_documents(periods: &mut [Period], notes: &mut Notes) {
    let by_id: BTreeMap<String, usize> = periods.iter().enumerate().map(|(i, p)| (p.id.clone(), i)).collect();
    let mut moved: BTreeSet<(usize, String)> = BTreeSet::new();
    let mut placed: Vec<Vec<Document>> = vec![Vec::new(); periods.len()];
    for (from, period) in periods.iter_mut().enumerate() {
        for doc in std::mem::take(&mut period.documents) {
            let named: BTreeSet<usize> = doc
                .title
                .split(|c: char| !c.is_ascii_digit())
                .filter_map(|w| by_id.get(w).copied())
                .filter(|&to| to != from)
                .collect();
            let to = match named.iter().next() {
                Some(&to) if named.len() == 1 => {
                    moved.insert((to, doc.title.clone()));
                    to
                }
                _ => from,
            };
            if let Some(docs) = placed.get_mut(to) {
                docs.push(doc);
            }
        }
    }
    for (period, docs) in periods.iter_mut().zip(placed) {
        period.documents = docs;
    }
    for (i, period) in periods.iter().enumerate() {
        for (j, doc) in period.documents.iter().enumerate() {
            let why = if moved.contains(&(i, doc.title.clone())) {
                " Det stod under en annan period på sidan men nämner den här periodens år."
            } else {
                ""
            };
            notes.say(
                format!("periods[{i}] ({}).documents[{j}]", shorten(&period.id, 40)),
                format!(
                    "Dokumentet {} är bara ett länknamn i texten: lägg till adressen (url) om länken finns, och \
                     kontrollera att det hör till perioden.{why}",
                    quote(&doc.title)
                ),
            );
        }
    }
}

/// "Vi" means the lead's promisers, else the police and the kommun; true when it was read so.
fn resolve_we(who: &[Who], lead: Option<&[Who]>) -> (Vec<Who>, bool) {
    if !who.contains(&Who::We) {
        return (who.to_vec(), false);
    }
    let us = lead.filter(|l| !l.contains(&Who::We)).map_or_else(|| vec![Who::Police, Who::Kommun], <[Who]>::to_vec);
    let mut out: Vec<Who> = Vec::new();
    for one in who.iter().flat_map(|w| if *w == Who::We { us.clone() } else { vec![w.clone()] }) {
        if !out.contains(&one) {
            out.push(one);
        }
    }
    (out, true)
}

/// The party ids for promisers.
fn party_ids(who: &[Who], others: &BTreeMap<String, String>) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for one in who {
        let id = match one {
            Who::Police | Who::We => "polisen".to_string(),
            Who::Kommun => "kommunen".to_string(),
            Who::Other(name) => others.get(&fold(name)).cloned().unwrap_or_else(|| "polisen".to_string()),
        };
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids
}

fn parties_note(notes: &mut Notes, at: &str, why: &Why, we: bool, text: &str) {
    let path = format!("{at}.parties");
    let first_words: String = text.split_whitespace().take(4).collect::<Vec<_>>().join(" ");
    match why {
        Why::Tag(tag) => notes.say(
            path,
            format!(
                "Parterna kommer från märkningen {} efter löftet på sidan; märkningen är borttagen ur texten. \
                 Kontrollera.",
                quote(tag)
            ),
        ),
        Why::Conflict(heading) => notes.say(
            path,
            format!(
                "Löftet står under {} men börjar med {}; parterna är tagna ur löftets egen början. Kontrollera.",
                quote(heading),
                quote(&first_words)
            ),
        ),
        Why::Unsaid => notes.say(
            path,
            "Sidan säger inte vem som lovar det här; förslaget är polisen och kommunen tillsammans. Kontrollera.",
        ),
        Why::Subject | Why::Heading | Why::Lead if we => notes.say(
            path,
            "\"Vi\" på sidan är tolkat som polisen och kommunen (eller de som inledningen av listan nämner). \
             Kontrollera.",
        ),
        Why::Subject | Why::Heading | Why::Lead => {}
    }
}

/// A promise's id: `<period>-<first party>-<n>`, unique.
fn promise_id(
    period: &str,
    party: &str,
    counters: &mut BTreeMap<String, usize>,
    taken: &mut BTreeSet<String>,
) -> String {
    let key = format!("{period}-{party}");
    let n = counters.entry(key.clone()).or_insert(0);
    loop {
        *n += 1;
        let id = format!("{key}-{n}");
        if taken.insert(id.clone()) {
            return id;
        }
    }
}

/// Longest title made from a promise's first words, in characters (before "…").
const TITLE_CHARS: usize = 60;

/// The promise's first words as a title: at most eight and [`TITLE_CHARS`] characters, to the first comma or full
/// stop, "Att" left out, a capital first, "…" when words were left out.
fn title_of(text: &str) -> String {
    let text = text.strip_prefix("Att ").or_else(|| text.strip_prefix("att ")).unwrap_or(text);
    let all: Vec<&str> = text.split_whitespace().collect();
    let mut words: Vec<String> = Vec::new();
    let mut chars = 0;
    for word in &all {
        if word.chars().count() > TITLE_CHARS && words.is_empty() {
            words.push(shorten(word, TITLE_CHARS));
            break;
        }
        let length = word.chars().count() + usize::from(!words.is_empty());
        if words.len() == 8 || (chars + length > TITLE_CHARS && !words.is_empty()) {
            break;
        }
        chars += length;
        words.push((*word).to_string());
        if word.ends_with([',', '.', ';', ':', '!', '?']) {
            break;
        }
    }
    let mut title = words.join(" ").trim_end_matches([',', '.', ';', ':']).to_string();
    if words.len() < all.len() && !title.ends_with('…') {
        title.push('…');
    }
    let title = capitalised(&title);
    if is_blank(&title) {
        "Löfte".to_string()
    } else {
        title
    }
}

/// The text with a capital first letter.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// An id from words: folded, a–z and 0–9 with single hyphens, at most `words` words ("Insatser för att öka
/// tryggheten" → `insatser-for-att-oka-tryggheten`); `del` when nothing is left.
fn slug(text: &str, words: usize) -> String {
    let id = id_words(text).into_iter().take(words).collect::<Vec<_>>().join("-");
    if id.is_empty() {
        "del".to_string()
    } else {
        id
    }
}

/// Ids given out so far.
#[derive(Default)]
struct Ids(BTreeSet<String>);

impl Ids {
    /// `base`, or `base-2`, `base-3` … when it is taken; taken from then on.
    fn claim(&mut self, base: &str) -> String {
        let mut id = base.to_string();
        let mut n = 1;
        while self.0.contains(&id) {
            n += 1;
            id = format!("{base}-{n}");
        }
        self.0.insert(id.clone());
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_is_the_first_words() {
        assert_eq!(
            title_of("Att stödja och hjälpa de individer som vill hoppa av den kriminella banan."),
            "Stödja och hjälpa de individer som vill hoppa…"
        );
        assert_eq!(
            title_of("utöka kamerabevakningen på brottsutsatta platser"),
            "Utöka kamerabevakningen på brottsutsatta platser"
        );
        assert_eq!(title_of("sätta in åtgärder, både kortsiktiga och långsiktiga"), "Sätta in åtgärder…");
        assert_eq!(title_of(&"x".repeat(500)).chars().count(), TITLE_CHARS + 1);
        assert_eq!(title_of("\u{200B}"), "Löfte");
    }

    #[test]
    fn ids_from_words_are_slugs() {
        assert_eq!(slug("Insatser för att öka trafiksäkerheten", 5), "insatser-for-att-oka-trafiksakerheten");
        assert_eq!(slug("???", 4), "del");
        let mut ids = Ids::default();
        assert_eq!((ids.claim("a"), ids.claim("a"), ids.claim("a")), ("a".into(), "a-2".into(), "a-3".into()));
    }
}
