//! From page text to draft (`medborgarloften_core::import`): the Eskilstuna seed page against the project's real
//! dataset made by hand from the same page, real polisen.se pages (`tests/fixtures/pages/`, sources in `kallor.md`)
//! against what a reader of each page sees and, where the repository has one, the real dataset made from it, and
//! the edge cases: empty text, no promises, a huge text, hostile text, and any text at all (property tests).

use std::collections::BTreeSet;

use medborgarloften_core::dataset::model::{Promise, TargetKind};
use medborgarloften_core::dataset::v1::upgraded_text;
use medborgarloften_core::import::{draft_from_page_text, draft_from_page_text_on, Confirm, TextDraft};
use medborgarloften_core::{parse_dataset, DataError, Dataset, Date};
use proptest::prelude::*;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{ROOT}/{path}")).unwrap_or_else(|err| panic!("{path}: {err}"))
}

/// A page's draft and the dataset it is (it must pass the app's own reader).
fn draft(page: &str) -> (TextDraft, Dataset) {
    let draft = draft_from_page_text(&read(page));
    let data = parse_dataset(&draft.json).unwrap_or_else(|err| panic!("the draft of {page} is refused: {err}"));
    (draft, data)
}

fn real(path: &str) -> Dataset {
    parse_dataset(&read(path)).unwrap_or_else(|err| panic!("{path}: {err}"))
}

/// The draft's promise whose text is exactly `text`.
fn by_text<'a>(data: &'a Dataset, text: &str) -> &'a Promise {
    data.promises.iter().find(|p| p.text == text).unwrap_or_else(|| {
        let texts: Vec<&str> = data.promises.iter().map(|p| p.text.as_str()).collect();
        panic!("no promise has the text {text:?}; the draft has {texts:#?}")
    })
}

fn parties(p: &Promise) -> BTreeSet<&str> {
    p.parties.iter().map(String::as_str).collect()
}

fn set<'a>(ids: &[&'a str]) -> BTreeSet<&'a str> {
    ids.iter().copied().collect()
}

fn confirm_at<'a>(draft: &'a TextDraft, path: &str) -> &'a Confirm {
    draft.confirm.iter().find(|c| c.path == path).unwrap_or_else(|| {
        let paths: Vec<&str> = draft.confirm.iter().map(|c| c.path.as_str()).collect();
        panic!("nothing to confirm at {path}; the paths are {paths:#?}")
    })
}

/// Every promise of `real` is in the draft, by its text verbatim, with the same promisers and period.
fn every_real_promise_is_in(data: &Dataset, real: &Dataset, periods: &[&str]) {
    for want in real.promises.iter().filter(|p| periods.contains(&p.period.as_str())) {
        let got = by_text(data, &want.text);
        assert_eq!(parties(got), parties(want), "promisers of {:?}", want.text);
        assert_eq!(got.period, want.period, "period of {:?}", want.text);
    }
}

fn period_spans(data: &Dataset) -> Vec<(String, String, String, String)> {
    data.periods.iter().map(|p| (p.id.clone(), p.start.to_string(), p.end.to_string(), p.title.clone())).collect()
}

fn span(id: &str, start: &str, end: &str, title: &str) -> (String, String, String, String) {
    (id.to_string(), start.to_string(), end.to_string(), title.to_string())
}

/// (value, minst, rate, unit) of each target of a promise.
fn targets(p: &Promise) -> Vec<(u32, bool, Option<&str>, &str)> {
    p.targets
        .iter()
        .map(|t| (t.value.unwrap_or(0), t.kind == Some(TargetKind::Minst), t.rate.as_deref(), t.unit.as_str()))
        .collect()
}

// ---------------------------------------------------------------------------------------------------------------
// Eskilstuna: the seed page against the dataset made by hand from it

#[test]
fn eskilstuna_every_promise_of_the_real_dataset_is_in_the_draft_verbatim() {
    let (_, data) = draft("tests/fixtures/polisen-eskilstuna-seed.txt");
    let real = real("public/data/eskilstuna.json");
    assert_eq!(real.promises.len(), 15, "the real dataset has 15 promises");
    assert_eq!(data.promises.len(), real.promises.len());
    for want in &real.promises {
        let got = by_text(&data, &want.text);
        assert_eq!(parties(got), parties(want), "promisers of {:?}", want.text);
        assert_eq!(got.period, want.period, "year of {:?}", want.text);
    }
}

#[test]
fn eskilstuna_periods_plan_goal_and_lead_are_the_pages() {
    let (_, data) = draft("tests/fixtures/polisen-eskilstuna-seed.txt");
    let real = real("public/data/eskilstuna.json");
    assert_eq!(period_spans(&data), period_spans(&real));
    let (got, want) = (&data.periods[0], &real.periods[0]);
    assert_eq!(got.intro, want.intro);
    assert_eq!(got.lead, want.lead);
    assert_eq!(got.goal, want.goal);
    assert_eq!(got.followup.heading, want.followup.heading);
    assert_eq!(got.followup.text, want.followup.text);
    let dates = |p: &medborgarloften_core::dataset::model::Period| -> Vec<(String, String)> {
        p.followup.reports.iter().map(|r| (r.date.to_string(), format!("{:?}", r.kind))).collect()
    };
    assert_eq!(dates(got), dates(want), "maj and september 2019, the final report in januari 2020");
    assert_eq!(data.periods[1].lead, real.periods[1].lead);
    let titles: Vec<&str> = data.periods[1].documents.iter().map(|d| d.title.as_str()).collect();
    assert_eq!(titles, ["Uppföljning Eskilstuna kommun tertial 1-3 2018.pdf"], "the 2018 follow-up goes with 2018");
}

#[test]
fn eskilstuna_the_200_checks_are_a_target_to_confirm() {
    let (draft, data) = draft("tests/fixtures/polisen-eskilstuna-seed.txt");
    let (i, promise) =
        data.promises.iter().enumerate().find(|(_, p)| p.text.contains("200 trafik-")).expect("the promise");
    assert_eq!(targets(promise), [(200, false, None, "kontroller")]);
    assert_eq!(promise.targets[0].label, "trafik- och trafikrelaterade kontroller");
    let note = confirm_at(&draft, &format!("promises[{i}] ({}).targets[0]", promise.id));
    assert!(note.message.contains("värdet 200 (exakt)"), "{}", note.message);
    let with_targets = data.promises.iter().filter(|p| !p.targets.is_empty()).count();
    assert_eq!(with_targets, 1, "no other promise on the page names a number of things");
}

#[test]
fn eskilstuna_what_the_page_does_not_say_is_to_confirm() {
    let (draft, data) = draft("tests/fixtures/polisen-eskilstuna-seed.txt");
    assert_eq!(data.municipality.name, "Eskilstuna kommun");
    assert_eq!(data.municipality.code, "0000", "the page has no SCB code: a placeholder");
    assert!(confirm_at(&draft, "municipality.code").message.contains("0000"));
    assert!(confirm_at(&draft, "municipality.name").message.contains("Eskilstuna kommun"));
    assert!(confirm_at(&draft, "source.url").message.contains("adress"));
    assert!(confirm_at(&draft, "themes[0]").message.contains("1–3"));
    for (i, p) in data.promises.iter().enumerate() {
        assert!(p.title.chars().count() <= 80, "a short title: {}", p.title);
        assert_eq!(p.themes, ["att-valja"]);
        confirm_at(&draft, &format!("promises[{i}] ({}).title", p.id));
    }
    assert!(data.promises[0].title.starts_with("Ingripa mot de lokala kriminella"), "{}", data.promises[0].title);
    // Polisen lovar / Kommunen lovar and the bullets' own first words say who promises: nothing to confirm there.
    assert!(!draft.confirm.iter().any(|c| c.path.ends_with(".parties")), "{:#?}", draft.confirm);
}

#[test]
fn every_confirm_path_names_a_field_of_the_draft() {
    let (draft, data) = draft("tests/fixtures/polisen-eskilstuna-seed.txt");
    let ids: Vec<String> = data.promises.iter().enumerate().map(|(i, p)| format!("promises[{i}] ({})", p.id)).collect();
    let periods: Vec<String> =
        data.periods.iter().enumerate().map(|(i, p)| format!("periods[{i}] ({})", p.id)).collect();
    for c in &draft.confirm {
        let known = ["municipality.", "source.", "updated", "themes[", "parties[", "districts["]
            .iter()
            .any(|head| c.path.starts_with(head))
            || c.path == "promises"
            || ids.iter().chain(&periods).any(|at| c.path == *at || c.path.starts_with(&format!("{at}.")));
        assert!(known, "{} names no field of the draft", c.path);
        assert!(!c.message.is_empty());
    }
}

#[test]
fn the_json_is_what_uppgradera_writes() {
    let (draft, data) = draft("tests/fixtures/polisen-eskilstuna-seed.txt");
    assert_eq!(draft.json, upgraded_text(data), "the same writer, so a draft reads back to the same bytes");
    assert!(
        draft.json.starts_with("{\n  \"$schema\": \"schema.json\",\n  \"schema_version\": 2,"),
        "{}",
        &draft.json[..80]
    );
    assert_eq!(draft.counts(), (2, 15));
}

#[test]
fn todays_date_is_the_drafts_date() {
    let today = Date::from_ymd(2026, 12, 7).expect("a date");
    let draft = draft_from_page_text_on(&read("tests/fixtures/polisen-eskilstuna-seed.txt"), today);
    let data = parse_dataset(&draft.json).expect("a valid draft");
    assert_eq!(data.updated, today);
    assert!(!draft.confirm.iter().any(|c| c.path == "updated"), "today's date is not to confirm");
    let undated = draft_from_page_text(&read("tests/fixtures/polisen-eskilstuna-seed.txt"));
    assert!(confirm_at(&undated, "updated").message.contains("1970-01-01"));
}

// ---------------------------------------------------------------------------------------------------------------
// Other real pages (tests/fixtures/pages/, sources in kallor.md)

#[test]
fn katrineholm_two_periods_headings_say_who_and_an_indented_paragraph_joins_its_bullet() {
    let (draft, data) = draft("tests/fixtures/pages/katrineholm-2021-2023.txt");
    assert_eq!(
        period_spans(&data),
        [
            span("2022-2023", "2022-01", "2023-12", "Medborgarlöfte 2022-2023"),
            span("2021", "2021-01", "2021-12", "Medborgarlöfte 2021"),
        ]
    );
    assert_eq!(data.promises.len(), 10, "1 joint promise for 2022-2023, 3 police and 6 kommun promises for 2021");
    let joint = by_text(
        &data,
        "sätta in åtgärder, både kortsiktiga och långsiktiga, för att öka tryggheten med särskilt fokus på stadsdelarna \
         centrum, norr och Nävertorp. Några exempel på åtgärder som kan vara aktuella är patrullering av polis, \
         åtgärder kring belysning eller växtlighet vid en fastighet eller övervakningskameror.",
    );
    assert_eq!(parties(joint), set(&["polisen", "kommunen"]));
    assert!(confirm_at(&draft, "promises[0] (2022-2023-kommunen-1).text").message.contains("Några exempel"));
    assert!(confirm_at(&draft, "periods[0] (2022-2023).start").message.contains("januari 2022–december 2023"));
    assert_eq!(parties(by_text(&data, "genomföra antilangningskampanjer vid riskhelger")), set(&["kommunen"]));
    assert_eq!(
        parties(by_text(
            &data,
            "att genomföra förebyggande och ingripande aktiviteter mot brottslighet bland unga förare av motorfordon"
        )),
        set(&["polisen"])
    );
    every_real_promise_is_in(&data, &real("datasets/katrineholm.json"), &["2022-2023", "2021"]);
    assert!(data.promises.iter().all(|p| p.targets.is_empty()), "no number is promised");
}

#[test]
fn katrineholm_2019_joint_promises_and_counted_supervision() {
    let (_, data) = draft("tests/fixtures/pages/katrineholm-2019.txt");
    assert_eq!(period_spans(&data), [span("2019", "2019-01", "2019-12", "Medborgarlöfte 2019")]);
    assert_eq!(data.promises.len(), 9);
    every_real_promise_is_in(&data, &real("datasets/katrineholm.json"), &["2019"]);
    let walks = data.promises.iter().find(|p| p.text.contains("vid minst två tillfällen")).expect("the walks");
    assert_eq!(targets(walks), [(2, true, None, "tillfällen")]);
    let supervision = data.promises.iter().find(|p| p.text.contains("alkohol (2 st)")).expect("the supervision");
    assert_eq!(targets(supervision), [(2, false, None, "alkohol"), (2, false, None, "tobak")]);
    let grouped = data.promises.iter().filter(|p| p.targets.is_empty()).count();
    assert_eq!(grouped, 7, "\"15 minuters metoden\" is no target");
}

#[test]
fn laxa_a_period_from_dates_in_the_text_and_promisers_from_each_sentence() {
    let (draft, data) = draft("tests/fixtures/pages/laxa-2018-2020.txt");
    assert_eq!(period_spans(&data), [span("2018-2020", "2018-07", "2020-06", "Medborgarlöfte juli 2018–juni 2020")]);
    assert!(confirm_at(&draft, "periods[0] (2018-2020).title").message.contains("2018-07-01—2020-06-30"));
    assert_eq!(data.promises.len(), 4);
    every_real_promise_is_in(&data, &real("datasets/laxa.json"), &["2018-2020"]);
    assert!(data.periods[0].intro.starts_with("Medborgarlöftet är framtaget utifrån grundtanken"));
    assert!(!data.promises.iter().any(|p| p.text.contains("Harry Lundin")), "the signatures are no promises");
}

#[test]
fn trosa_the_lead_names_both_and_each_bullet_names_its_own() {
    let (draft, data) = draft("tests/fixtures/pages/trosa-2018-2019.txt");
    assert_eq!(period_spans(&data), [span("2018-2019", "2018-01", "2019-12", "Medborgarlöfte 2018-2019")]);
    assert_eq!(data.promises.len(), 3);
    let real = real("datasets/trosa.json");
    every_real_promise_is_in(&data, &real, &["2018-2019"]);
    let (got, want) = (&data.periods[0], &real.periods[0]);
    assert_eq!((&got.lead, &got.intro, &got.followup.text), (&want.lead, &want.intro, &want.followup.text));
    let reports = |p: &medborgarloften_core::dataset::model::Period| -> Vec<String> {
        p.followup.reports.iter().map(|r| format!("{} {:?}", r.date, r.precision)).collect()
    };
    assert_eq!(reports(got), reports(want), "maj and september 2018, and during 2019");
    assert_eq!(got.documents.len(), 1);
    assert!(confirm_at(&draft, "periods[0] (2018-2019).documents[0]").message.contains("T1-T3"));
}

#[test]
fn ale_a_three_year_period_without_years_with_party_tags_and_groups() {
    let (draft, data) = draft("tests/fixtures/pages/ale-trearsperiod.txt");
    assert_eq!(data.municipality.name, "Ale kommun");
    assert_eq!(data.periods.len(), 1, "the page says \"under en treårsperiod\" but not which years");
    assert!(confirm_at(&draft, "periods[0] (1970)").message.contains("inte vilka år"));
    assert_eq!(data.promises.len(), 5);
    let drugs = by_text(
        &data,
        "Minst 6 stycken narkotikainsatser med fokus på ungdomar och unga vuxna under den totala tre-års-perioden.",
    );
    assert_eq!(parties(drugs), set(&["polisen"]), "the tag \"(Polis)\" is the promiser, not text");
    assert_eq!(targets(drugs), [(6, true, None, "narkotikainsatser")]);
    let meetings = data.promises.iter().find(|p| p.text.starts_with("Genomföra informationsmöten")).expect("meetings");
    assert_eq!(parties(meetings), set(&["kommunen", "polisen"]));
    assert!(meetings.text.ends_with("unga i Ale kommun."), "{}", meetings.text);
    assert!(meetings.targets.is_empty(), "\"årskurs 7\" is no target");
    let speed = data.promises.iter().find(|p| p.text.starts_with("Minst 70")).expect("speed checks");
    assert_eq!(targets(speed), [(70, true, None, "hastighetskontroller")]);
    let info = data.promises.iter().find(|p| p.text.starts_with("Sprida information")).expect("information");
    assert_eq!(parties(info), set(&["kommunen"]));
    assert!(info.targets.is_empty(), "\"år 2020\" and \"15 år\" are no targets");
    let groups: Vec<&str> = data.periods[0].groups.iter().map(|g| g.heading.as_str()).collect();
    assert_eq!(
        groups,
        [
            "Insatser för att förebygga narkotikamissbruk och narkotikarelaterad brottslighet",
            "Insatser för att öka trafiksäkerheten",
        ]
    );
    assert_eq!(speed.group.as_deref(), Some(data.periods[0].groups[1].id.as_str()));
    assert!(confirm_at(&draft, "promises[0] (1970-polisen-1).parties").message.contains("(Polis)"));
}

#[test]
fn asele_2023_2024_subjects_say_who() {
    let (draft, data) = draft("tests/fixtures/pages/asele-2023-2024.txt");
    assert_eq!(period_spans(&data), [span("2023-2024", "2023-01", "2024-12", "Medborgarlöfte 2023–2024")]);
    assert_eq!(data.promises.len(), 5);
    assert_eq!(
        parties(by_text(
            &data,
            "Kommunen och polisen ska verka för att minska tobaksanvändningen bland unga i Åsele kommun."
        )),
        set(&["kommunen", "polisen"])
    );
    assert_eq!(
        parties(by_text(&data, "Polisen ska vara närvarande och synlig i Fredrika genom trafikkontroller.")),
        set(&["polisen"])
    );
    assert!(confirm_at(&draft, "periods[0] (2023-2024).intro").message.contains("ovanför perioderna"));
    assert_eq!(data.municipality.name, "Åsele kommun");
}

#[test]
fn asele_2017_targets_with_minst_and_a_rate_and_the_goal() {
    let (_, data) = draft("tests/fixtures/pages/asele-2017.txt");
    assert_eq!(period_spans(&data), [span("2017", "2017-01", "2017-12", "Medborgarlöfte 2017")]);
    assert_eq!(data.promises.len(), 4);
    let traffic = data.promises.iter().find(|p| p.text.contains("minst 4 riktade")).expect("traffic");
    assert_eq!(targets(traffic), [(4, true, None, "trafikinsatser")]);
    assert_eq!(traffic.targets[0].label, "riktade trafikinsatser");
    let schools = data.promises.iter().find(|p| p.text.contains("gånger/år")).expect("schools");
    assert_eq!(targets(schools), [(2, true, Some("per år"), "gånger")]);
    let joint = data.promises.iter().find(|p| p.text.starts_with("Polisen och kommunen lovar")).expect("joint");
    assert_eq!(parties(joint), set(&["polisen", "kommunen"]));
    let goal = data.periods[0].goal.as_ref().expect("the goal");
    assert_eq!(goal.heading, "Det här ska vi åstadkomma tillsammans");
    assert!(goal.text.starts_with("Effekterna med det lokala medborgarlöftet"));
    assert!(!data.promises.iter().any(|p| p.text.contains("Javascript")), "the page's furniture is dropped");
}

// ---------------------------------------------------------------------------------------------------------------
// Edge cases

#[test]
fn empty_text_is_an_empty_draft_that_says_no_promise_was_found() {
    for text in ["", "   \n\r\n\t", "\u{FEFF}\u{00AD}\u{200B}"] {
        let draft = draft_from_page_text(text);
        assert_eq!(draft.counts(), (0, 0));
        assert!(confirm_at(&draft, "promises").message.starts_with("Inga löften hittades"));
        match parse_dataset(&draft.json) {
            Err(DataError::Invalid(problems)) => {
                let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
                assert_eq!(paths, ["promises"], "only the missing promises keep it from validating");
            }
            other => panic!("expected only the missing promises, got {other:?}"),
        }
    }
}

#[test]
fn text_without_promises_keeps_its_period_and_says_so() {
    let draft = draft_from_page_text(
        "Sollefteå - medborgarlöfte\n\nMedborgarlöfte 2022-2023\n\nArbete pågår med att ta fram nya löften.\n",
    );
    assert_eq!(draft.counts(), (1, 0));
    assert!(confirm_at(&draft, "promises").message.contains("Inga löften"));
}

#[test]
fn hostile_text_is_kept_as_text() {
    let text = "Medborgarlöfte 2024\n\nPolisen lovar:\n\n• <script>alert(\"x\")</script> &amp; <b>fet</b>\n• Att göra \"citat\" \\ och {\"json\": 1}\n";
    let draft = draft_from_page_text(text);
    let data = parse_dataset(&draft.json).expect("a valid draft");
    assert_eq!(data.promises[0].text, "<script>alert(\"x\")</script> &amp; <b>fet</b>");
    assert_eq!(data.promises[1].text, "Att göra \"citat\" \\ och {\"json\": 1}");
    assert_eq!(data.promises[0].parties, ["polisen"]);
}

#[test]
fn browser_noise_and_every_kind_of_bullet() {
    let text = "Startsida > Om polisen > Medborgarlöften\r\nDela\r\nSkriv ut\r\nSenast uppdaterad: 12 mars 2024\r\n\
                Medborgarlöften 2024-2025\r\n\r\nKommunen lovar:\r\n\r\n•\u{00A0}Att genomföra minst tre trygghets\u{00AD}vandringar per år.\r\n\
                - Att laga belysningen.\r\n– Att röja buskage.\r\n* Att informera.\r\n1. Att sätta upp kameror.\r\n\r\nTill toppen\r\n\
                Vi använder kakor (cookies) för att förbättra webbplatsen.";
    let draft = draft_from_page_text(text);
    let data = parse_dataset(&draft.json).expect("a valid draft");
    let texts: Vec<&str> = data.promises.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Att genomföra minst tre trygghetsvandringar per år.",
            "Att laga belysningen.",
            "Att röja buskage.",
            "Att informera.",
            "Att sätta upp kameror.",
        ]
    );
    assert!(data.promises.iter().all(|p| p.parties == ["kommunen"]));
    assert_eq!(targets(&data.promises[0]), [(3, true, Some("per år"), "trygghetsvandringar")]);
    assert_eq!(data.updated.to_string(), "2024-03-12", "the page's date, to confirm");
    assert!(confirm_at(&draft, "updated").message.contains("2024-03-12"));
}

#[test]
fn another_promiser_becomes_a_party_to_confirm() {
    // Made-up text in the shape of a page, to test the rule; not data.
    let text = "Medborgarlöfte 2025\n\nTrafikverket lovar:\n\n• Att sänka hastigheten på väg 53.\n\n\
                Tillsammans lovar vi:\n\n• Trygghetsvandringar i centrum. (kommun och fastighetsägarna)\n";
    let draft = draft_from_page_text(text);
    let data = parse_dataset(&draft.json).expect("a valid draft");
    let names: Vec<(&str, &str)> = data.parties.iter().map(|p| (p.id.as_str(), p.name.as_str())).collect();
    assert_eq!(
        names,
        [
            ("polisen", "Polismyndigheten"),
            ("kommunen", "Kommunens namn"),
            ("trafikverket", "Trafikverket"),
            ("fastighetsagarna", "Fastighetsägarna")
        ]
    );
    assert_eq!(data.parties[3].in_sentence.as_deref(), Some("fastighetsägarna"));
    assert_eq!(data.promises[0].parties, ["trafikverket"]);
    assert_eq!(parties(&data.promises[1]), set(&["kommunen", "fastighetsagarna"]));
    assert_eq!(data.promises[1].text, "Trygghetsvandringar i centrum.");
    assert!(confirm_at(&draft, "parties[2]").message.contains("Trafikverket"));
    assert!(confirm_at(&draft, "parties[3]").message.contains("fastighetsägarna"));
    assert!(confirm_at(&draft, "municipality.name").message.contains("inte vilken kommun"));
}

#[test]
fn a_heading_that_is_also_a_named_place_is_a_district_to_confirm() {
    // Made-up text in the shape of a page, to test the rule; not data.
    let text = "Medborgarlöfte 2025\n\nVi har valt att arbeta i Skiftinge och med trafiken.\n\nSkiftinge\n\n\
                • Att polisen ska patrullera kvällstid.\n\nTrafik\n\n• Att kommunen ska bygga farthinder.\n";
    let draft = draft_from_page_text(text);
    let data = parse_dataset(&draft.json).expect("a valid draft");
    let districts: Vec<(&str, &str)> = data.districts.iter().map(|d| (d.id.as_str(), d.name.as_str())).collect();
    assert_eq!(districts, [("skiftinge", "Skiftinge")], "\"Trafik\" is a heading, not a place the text names");
    assert_eq!(data.promises[0].districts, ["skiftinge"]);
    assert!(data.promises[1].districts.is_empty());
    let groups: Vec<&str> = data.periods[0].groups.iter().map(|g| g.heading.as_str()).collect();
    assert_eq!(groups, ["Skiftinge", "Trafik"]);
    assert!(confirm_at(&draft, "districts[0]").message.contains("RegSO"));
}

#[test]
fn a_huge_text_is_read_in_one_pass() {
    // 40,000 bullets, each with a number and a tag naming a different organisation, under 2,000 group headings,
    // and a paragraph of a million characters: every list and lookup the reader keeps grows with the text, so a
    // quadratic step would take hours here.
    let mut text = String::from("Medborgarlöfte 2024\n\n");
    for group in 0..2_000 {
        text.push_str(&format!("Insatser i grupp {group}\n\n"));
        for n in 0..20 {
            text.push_str(&format!(
                "• Minst {n} kontroller per vecka i område {group}. (Polis och Bolag{group}bolaget)\n"
            ));
        }
        text.push('\n');
    }
    text.push_str(&"ord ".repeat(250_000));
    let draft = draft_from_page_text(&text);
    assert_eq!(draft.counts(), (1, 40_000));
    assert!(draft.confirm.len() > 40_000);
}

// ---------------------------------------------------------------------------------------------------------------
// Any text at all

/// Lines that look like a page's, mixed with anything.
fn page_like() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        Just("Medborgarlöfte 2019".to_string()),
        Just("Medborgarlöften 2024–2025".to_string()),
        Just("Polisen lovar:".to_string()),
        Just("Kommunen och polisen lovar gemensamt att:".to_string()),
        Just("Tillsammans lovar vi".to_string()),
        Just("Det här ska vi åstadkomma tillsammans".to_string()),
        Just("Följ med i hur det går!".to_string()),
        Just("Medborgarlöftet följs upp i maj och september 2019 samt slutredovisas i januari 2020.".to_string()),
        Just("Uppföljning 2018.pdf".to_string()),
        Just("Dela".to_string()),
        Just("".to_string()),
        "[•*–-] [A-Za-zåäö0-9 ()]{0,40}",
        "  [a-zåäö ]{0,20}",
        "(Minst |minst )?[0-9]{1,4} [a-zåäö]{1,12}( per vecka)?( \\((Polis|Kommun och Polis|kommun och fastighetsägarna)\\))?",
        ".{0,30}",
    ];
    prop::collection::vec(line, 0..30).prop_map(|lines| lines.join("\n"))
}

/// The draft of any text: never a panic, and when the app's reader accepts it, it writes back to the same bytes.
/// With `must_parse`, a draft with promises must be accepted.
fn check(text: &str, must_parse: bool) -> Result<(), TestCaseError> {
    let draft = draft_from_page_text(text);
    let (_, promises) = draft.counts();
    match parse_dataset(&draft.json) {
        Ok(data) => {
            prop_assert_eq!(upgraded_text(data.clone()), draft.json.clone());
            prop_assert_eq!(data.promises.len(), promises);
        }
        Err(err) => prop_assert!(!must_parse || promises == 0, "refused: {}\n{}", err, text),
    }
    if promises == 0 {
        prop_assert!(draft.confirm.iter().any(|c| c.path == "promises" && c.message.starts_with("Inga löften")));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_string_gives_a_draft(text in any::<String>()) {
        check(&text, false)?;
    }

    #[test]
    fn any_page_like_text_gives_a_valid_draft(text in page_like()) {
        check(&text, true)?;
    }
}
