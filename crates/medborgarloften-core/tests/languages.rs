//! The page's view model in English and Arabic: the texts the core writes follow the catalog's language, the
//! dataset's own text stays as written, Arabic counts in its six forms, and no Swedish word of the core's is left
//! in another language's page.

mod common;

use std::collections::BTreeMap;

use common::{eskilstuna, many_promises};
use medborgarloften_core::dataset::model::{Amount, Dataset, FollowupEntry};
use medborgarloften_core::dataset::month::ReportDate;
use medborgarloften_core::lang::{self, Language, SWEDISH};
use medborgarloften_core::page::interact::{map_caption_in, Ui};
use medborgarloften_core::page::map_shades::district_shades_in;
use medborgarloften_core::page::notice::notice_lines_in;
use medborgarloften_core::page::saved_copy::{saved_copy_text_in, SavedCopy};
use medborgarloften_core::page::shared_link::copied_text_in;
use medborgarloften_core::page::view::{promises_view, promises_view_with_news, Catalog, PromisesView};
use medborgarloften_core::page::visit::{News, Novelty};
use medborgarloften_core::{Date, Query, Status};

fn english() -> &'static Language {
    Language::by_code("en").expect("English is a language of the app")
}

fn arabic() -> &'static Language {
    Language::by_code("ar").expect("Arabic is a language of the app")
}

fn date(text: &str) -> Date {
    Date::parse(text).expect("a date")
}

/// The page of `data` in `lang` for the address `search`, seen on `today`.
fn view(data: Dataset, lang: &'static Language, search: &str, today: &str) -> PromisesView {
    let (query, ignored) = Query::parse(search);
    promises_view(&Catalog::in_language(data, lang), &query, &ignored, date(today))
}

/// Eskilstuna with one follow-up added to the first promise with a target (the shipped dataset has none yet): a
/// report of 14 May 2019 with 1 done of its first target, still in progress. Made up for the test only.
fn followed_up() -> (Dataset, String) {
    let mut data = eskilstuna();
    let promise = data.promises.iter_mut().find(|p| p.targets.first().is_some_and(|t| t.value.is_some()));
    let promise = promise.expect("a promise with a numeric target");
    let target = promise.targets[0].id.clone();
    promise.followups.push(FollowupEntry {
        translations: Default::default(),
        date: ReportDate::parse("2019-05-14").expect("a date"),
        status: Status::InProgress,
        achieved: BTreeMap::from([(target, Amount::Number(1))]),
        note: None,
        source: None,
    });
    let id = promise.id.clone();
    (data, id)
}

fn card<'a>(view: &'a PromisesView, id: &str) -> &'a medborgarloften_core::page::card::PromiseCard {
    let mut cards = view.periods.iter().flat_map(|p| p.cards.iter().chain(&p.kommun_wide)).map(|c| &c.card);
    cards.find(|c| c.id == id).expect("the card is on screen")
}

#[test]
fn swedish_is_the_default_and_unchanged() {
    let catalog = Catalog::new(eskilstuna());
    assert_eq!(catalog.language().code, "sv");
    let swedish = view(eskilstuna(), SWEDISH, "", "2019-04-15");
    let default = promises_view(&catalog, &Query::default(), &[], date("2019-04-15"));
    assert_eq!(swedish, default);
    assert_eq!(default.count_text, "Visar 15 av 15 löften");
    assert_eq!(default.kommun_wide_heading, "Gäller hela kommunen");
}

#[test]
fn english_counts_statuses_and_dates() {
    let page = view(eskilstuna(), english(), "", "2019-04-15");
    assert_eq!(page.count_text, "Showing 15 of 15 promises");
    assert_eq!(page.show_text, "Show 15 promises");
    assert!(page.page_title.ends_with(" – showing 15 of 15 promises"), "{}", page.page_title);
    let first = &page.periods[0];
    assert_eq!(first.cards[0].card.status_label, "No follow-up published");
    assert_eq!(first.next_report.as_deref(), Some("Next report: May 2019."));
    assert_eq!(first.plan[0].when, "May 2019");
    assert_eq!(
        first.overview.details,
        "According to the plan, the promises are to be followed up in May and September 2019 and given a final \
         follow-up in January 2020."
    );
    assert!(first.overview.statuses.iter().any(|s| s.label == "No follow-up published"));

    let (data, id) = followed_up();
    let page = view(data, english(), "", "2026-12-01");
    let card = card(&page, &id);
    assert_eq!(card.status_label, "In progress");
    assert_eq!(card.latest_text.as_deref(), Some("Last followed up 14 May 2019 (interim report for tertial 1)."));
    assert_eq!(card.history[0].when, "14 May 2019 · covers tertial 1 (January–April)");
    assert_eq!(card.history[0].achieved_label, "Achieved so far");
    assert!(card.progress[0].text.starts_with("1 of "), "{:?}", card.progress);
    assert!(card.source_label.starts_with("Source: "), "{}", card.source_label);
}

#[test]
fn arabic_counts_statuses_and_dates() {
    let page = view(eskilstuna(), arabic(), "", "2019-04-15");
    assert_eq!(page.count_text, "عرض 15 من أصل 15 وعدًا");
    assert_eq!(page.filter_text, "تصفية");
    let first = &page.periods[0];
    assert_eq!(first.cards[0].card.status_label, "لم تُنشر متابعة");
    assert_eq!(first.next_report.as_deref(), Some("التقرير التالي: مايو 2019."));
    assert_eq!(first.plan[1].when, "سبتمبر 2019");

    let (data, id) = followed_up();
    let page = view(data, arabic(), "", "2026-12-01");
    let card = card(&page, &id);
    assert_eq!(card.status_label, "جارٍ التنفيذ");
    assert_eq!(card.history[0].when, "14 مايو 2019 · عن الثلث 1 (يناير–أبريل)");
    assert_eq!(card.latest_text.as_deref(), Some("آخر متابعة في 14 مايو 2019 ضمن تقرير مرحلي عن الثلث 1."));
}

#[test]
fn arabic_counts_zero_one_two_few_many_and_other_each_in_its_own_form() {
    let lines: Vec<String> = [0, 1, 2, 3, 11, 100]
        .into_iter()
        .map(|n| view(many_promises(n), arabic(), "", "2026-12-01").count_text)
        .collect();
    assert_eq!(
        lines,
        [
            "عرض 0 من أصل 0 وعود",
            "عرض 1 من أصل وعد واحد",
            "عرض 2 من أصل وعدين",
            "عرض 3 من أصل 3 وعود",
            "عرض 11 من أصل 11 وعدًا",
            "عرض 100 من أصل 100 وعد",
        ]
    );
    let distinct: std::collections::BTreeSet<&str> =
        lines.iter().map(|l| l.rsplit(' ').next().unwrap_or_default()).collect();
    assert!(distinct.len() >= 4, "the noun takes several forms: {lines:?}");
}

/// Swedish words the core writes on the page (not the dataset's), and the months as written in a Swedish date.
const SWEDISH_WORDS: &[&str] = &[
    "Visar",
    "Visa",
    "visar",
    "löfte",
    "löften",
    "av",
    "uppföljning",
    "Uppföljning",
    "publicerad",
    "Ingen",
    "Källa",
    "Hela",
    "kommunen",
    "nämner",
    "området",
    "senast",
    "Senast",
    "redovisning",
    "Nästa",
    "Enligt",
    "planen",
    "hittills",
    "mål",
    "minst",
    "Rapport",
    "Delrapport",
    "Slutrapport",
    "delrapport",
    "Pågår",
    "Genomfört",
    "Försenat",
    "Sök",
    "Inget",
    "nytt",
    "sedan",
    "besök",
    "och",
    "eller",
    "för",
    "denna",
    "månad",
    "dagar",
    "Du",
    "Länken",
    "länken",
    "Kopiera",
    "fler",
    "kvar",
    "valt",
    "valda",
    "Gäller",
    "avser",
    "Välj",
    "Valt",
    "sidan",
    "januari",
    "februari",
    "mars",
    "maj",
    "juni",
    "juli",
    "augusti",
    "oktober",
    "Servern",
];

/// Every string of the dataset (names, labels, units, texts): the words the page shows as written.
fn dataset_strings(data: &Dataset) -> Vec<String> {
    fn collect(value: &serde_json::Value, out: &mut Vec<String>) {
        match value {
            serde_json::Value::String(s) => out.push(s.clone()),
            serde_json::Value::Array(items) => items.iter().for_each(|v| collect(v, out)),
            serde_json::Value::Object(map) => map.values().for_each(|v| collect(v, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    collect(&serde_json::to_value(data).expect("the dataset serialises"), &mut out);
    out.sort_by_key(|s| std::cmp::Reverse(s.len()));
    out
}

/// Every text the core writes for the page of `data` in `lang`: the view model's under a few addresses, and the
/// notices, map captions and news.
fn page_texts(data: &Dataset, lang: &'static Language) -> Vec<String> {
    let catalog = Catalog::in_language(data.clone(), lang);
    let mut texts = Vec::new();
    for search in ["", "omrade=skiftinge", "status=pagar&q=krog", "tema=andt-forebyggande"] {
        let (query, ignored) = Query::parse(search);
        let news = News {
            since: date("2026-11-12"),
            promises: data.promises.iter().take(3).map(|p| (p.id.clone(), Novelty::Followup)).collect(),
        };
        let page = promises_view_with_news(&catalog, &query, &ignored, date("2019-04-15"), Some(&news));
        texts.extend([page.count_text, page.show_text, page.filter_text, page.page_title]);
        texts.extend(page.theme_help);
        texts.extend([page.kommun_wide_heading, page.district_help, page.tertial_help].map(str::to_owned));
        texts.extend(page.chips.iter().flat_map(|c| [c.label.clone(), c.remove_label_in(lang)]));
        texts.extend(page.news.map(|n| n.text));
        texts.extend(page.more.map(|m| m.label));
        let facets = [&page.facets.statuses, &page.facets.districts];
        texts.extend(facets.into_iter().flatten().flat_map(|o| [o.label.clone(), o.note_in(lang).to_owned()]));
        for period in &page.periods {
            texts.extend([period.overview.headline.clone(), period.overview.details.clone()]);
            texts.extend(period.next_report.clone());
            texts.extend(period.plan.iter().flat_map(|r| [r.when.clone(), r.state_text_in(lang).to_owned()]));
            for view in period.cards.iter().chain(&period.kommun_wide) {
                let card = &view.card;
                texts.extend([card.status_label.to_owned(), card.source_label.clone(), card.party_label.clone()]);
                texts.extend(card.districts.iter().cloned().chain(card.targets.iter().cloned()));
                texts.extend(card.latest_text.clone());
                texts.extend(card.progress.iter().map(|p| p.line()));
                texts.extend(view.novelty.map(|n| n.badge_in(lang).to_owned()));
            }
        }
        let shades = district_shades_in(data, &page.facets.districts, lang);
        texts.extend(shades.iter().flat_map(|s| [s.label.clone(), s.caption.clone()]));
        texts.push(map_caption_in(&shades, &Ui::default(), lang).0);
    }
    let (data_query, ignored) = Query::parse("data=https://evil.example/x.json&foo=1&nytt=1");
    assert_eq!(data_query.data, None);
    texts.extend(notice_lines_in(&ignored, lang));
    texts.extend(notice_lines_in(&Query::parse("data=x.csv").1, lang));
    texts.push(saved_copy_text_in(SavedCopy::Offline, Some(date("2019-06-01")), lang));
    texts.push(copied_text_in(false, "https://x.se/?lofte=a", lang));
    texts
}

/// The words of `text` left once the dataset's own strings are taken out.
fn own_words(text: &str, dataset: &[String]) -> Vec<String> {
    let mut rest = text.to_owned();
    for s in dataset.iter().filter(|s| s.chars().count() > 2) {
        // The card starts a target's label with a capital ("Trygghetsvandringar …").
        let mut chars = s.chars();
        let capital: String = chars.next().into_iter().flat_map(char::to_uppercase).chain(chars).collect();
        rest = rest.replace(s.as_str(), " ").replace(&capital, " ");
    }
    rest.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_owned).collect()
}

#[test]
fn no_swedish_word_of_the_core_is_left_in_english_or_arabic() {
    let (data, _) = followed_up();
    let dataset = dataset_strings(&data);
    let swedish = page_texts(&data, SWEDISH);
    let found_in_swedish: Vec<&&str> = SWEDISH_WORDS
        .iter()
        .filter(|w| swedish.iter().any(|t| own_words(t, &dataset).iter().any(|o| o == **w)))
        .collect();
    assert!(found_in_swedish.len() > 20, "the scan sees the Swedish page's words: {found_in_swedish:?}");
    for lang in [english(), arabic()] {
        let texts = page_texts(&data, lang);
        assert!(texts.len() > 100, "{}", texts.len());
        for text in &texts {
            let left: Vec<String> =
                own_words(text, &dataset).into_iter().filter(|w| SWEDISH_WORDS.contains(&w.as_str())).collect();
            assert!(left.is_empty(), "{}: {left:?} in {text:?}", lang.code);
        }
    }
}

#[test]
fn every_language_has_every_status_label_and_they_differ() {
    for lang in lang::LANGUAGES {
        let labels: std::collections::BTreeSet<&str> = Status::ALL.iter().map(|s| s.label_in(lang)).collect();
        assert_eq!(labels.len(), Status::COUNT, "{}", lang.code);
    }
    assert_eq!(Status::InProgress.label_in(english()), "In progress");
    assert_eq!(Status::InProgress.label(), "Pågår");
}
