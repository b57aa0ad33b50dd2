//! The page contract (`medborgarloften_core::contract`) holds: every id, class, test id, control, data attribute
//! and meta name that the page's first module and the event reader both modules share look for is on the page the
//! build renders — for Eskilstuna (with its district map) and for a kommun without a map (the schema 2 fixture
//! Norrhamn, with groups of promises) — and each state-dependent one in the state that shows it. Renaming a
//! contract name in a component, or dropping the element, fails here.
//!
//! Natively, with the build's own render (the app's components in Leptos SSR) and its own rewrite of index.html.

use std::path::Path;
use std::sync::Arc;

use medborgarloften::prerender::{page_parts, render_state, Build};
use medborgarloften_build::page::{rewrite, PageEdits, BOOT_ID};
use medborgarloften_core::contract::{self, attr, by_control, by_testid, dot, hash, meta_tag, Place};
use medborgarloften_core::geo::parse_geojson_bytes;
use medborgarloften_core::page::active::every_chip;
use medborgarloften_core::page::interact::Ui;
use medborgarloften_core::page::view::{promises_view, Catalog};
use medborgarloften_core::{parse_dataset_bytes, Date, Query};
use scraper::{Html, Selector};

/// A rendered page and what it was rendered from.
struct Rendered {
    what: String,
    html: Html,
    has_map: bool,
    catalog: Arc<Catalog>,
}

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn build(dataset: &str, repeat_to: Option<usize>) -> Build {
    let bytes = std::fs::read(root().join(dataset)).expect("dataset is readable");
    let mut data = parse_dataset_bytes(&bytes).expect("dataset validates");
    if let Some(count) = repeat_to {
        let originals = data.promises.clone();
        data.promises = (0..count)
            .map(|i| {
                let mut p = originals[i % originals.len()].clone();
                p.id = format!("{}-{i}", p.id);
                p
            })
            .collect();
    }
    let geometry = data.geometry.as_ref().map(|g| {
        let bytes = std::fs::read(root().join("public").join(&g.districts)).expect("map file is readable");
        Arc::new(parse_geojson_bytes(&bytes).expect("map file parses"))
    });
    Build {
        catalog: Arc::new(Catalog::new(data)),
        dataset_path: format!("data/{}", dataset.rsplit('/').next().unwrap_or_default()),
        geometry,
        today: Date::from_ymd(2026, 12, 1).expect("a date"),
        downloads: Vec::new(),
        fingerprint: "0123456789abcdef".to_string(),
    }
}

/// The complete page (index.html around the rendered view) of `build` at `search` with `ui`.
fn render(what: &str, build: &Build, search: &str, ui: Ui) -> Rendered {
    let template = std::fs::read_to_string(root().join("index.html")).expect("index.html is readable");
    // What Trunk adds to index.html before the hook runs: the boot script's tag (Trunk.toml's pattern_script).
    let boot = format!(r#"<script type="module" id="{BOOT_ID}" src="boot.js"></script></body>"#);
    let template = template.replace("</body>", &boot);
    let parts = page_parts(build, &render_state(build, search, ui));
    let edits = PageEdits::only(&parts);
    let page = rewrite(&template, &edits).expect("the page is rewritten");
    Rendered {
        what: format!("{what} ?{search}"),
        html: Html::parse_document(&page),
        has_map: build.geometry.is_some(),
        catalog: build.catalog.clone(),
    }
}

/// The build's pages: each dataset's default view, and the states the page reaches.
fn pages() -> Vec<Rendered> {
    let eskilstuna = build("public/data/eskilstuna.json", None);
    let norrhamn = build("tests/fixtures/schema2/valid/norrhamn.json", None);
    let many = build("public/data/eskilstuna.json", Some(60));
    let first = eskilstuna.catalog.data().promises[0].id.clone();
    let pointed = Ui { sheet_open: true, pointed: Some("skiftinge".into()), ..Ui::default() };
    vec![
        render("Eskilstuna", &eskilstuna, "", Ui::default()),
        render("Norrhamn", &norrhamn, "", Ui::default()),
        render("Eskilstuna, 60 promises", &many, "", Ui::default()),
        // A card a link opened; a choice that would show nothing, the sheet open and a district under the pointer.
        render("Eskilstuna", &eskilstuna, &format!("lofte={first}"), Ui::default()),
        render("Eskilstuna", &eskilstuna, "ar=2018&omrade=skiftinge", pointed),
    ]
}

fn matches(page: &Rendered, selector: &str) -> usize {
    let parsed = Selector::parse(selector).unwrap_or_else(|e| panic!("{selector} is not a selector: {e:?}"));
    page.html.select(&parsed).count()
}

/// Every selector of the contract, with where it must be found.
fn every_selector() -> Vec<(&'static str, Place)> {
    [meta_tag::ALL, hash::ALL, dot::ALL, by_testid::ALL, by_control::ALL, contract::has_attr::ALL].concat()
}

#[test]
fn every_name_of_the_contract_is_on_the_build_page_where_it_belongs() {
    let pages = pages();
    let mut missing = Vec::new();
    for (selector, place) in every_selector() {
        match place {
            Place::Always => {
                missing.extend(pages.iter().filter(|p| matches(p, selector) == 0).map(|p| (selector, p.what.clone())));
            }
            Place::Map => missing.extend(
                pages.iter().filter(|p| p.has_map && matches(p, selector) == 0).map(|p| (selector, p.what.clone())),
            ),
            Place::State => {
                if pages.iter().all(|p| matches(p, selector) == 0) {
                    missing.push((selector, "any rendered state".to_string()));
                }
            }
        }
    }
    assert!(missing.is_empty(), "contract selectors that match nothing: {missing:#?}");
}

#[test]
fn a_page_without_a_map_has_none_of_the_map_names() {
    let pages = pages();
    let norrhamn = pages.iter().find(|p| !p.has_map).expect("a page without a map");
    for (selector, place) in every_selector() {
        if place == Place::Map {
            assert_eq!(matches(norrhamn, selector), 0, "{selector} on {}", norrhamn.what);
        }
    }
}

#[test]
fn each_card_is_the_only_child_of_a_list_item_and_each_period_is_found_by_its_year() {
    // The default views: every card is on screen (the first page of them, with 60 promises).
    for page in pages().into_iter().take(3) {
        let data = page.catalog.data();
        let view = promises_view(&page.catalog, &Query::default(), &[], Date::from_ymd(2026, 12, 1).expect("a date"));
        for card in view.periods.iter().flat_map(|p| &p.cards) {
            let selector = format!("{} > li > #{}:only-child", dot::CARDS, contract::card_id(&card.card.id));
            assert_eq!(matches(&page, &selector), 1, "{selector} on {}", page.what);
        }
        for period in &data.periods {
            let selector = format!("section{}#{}", dot::PERIOD, contract::period_id(period.year()));
            assert_eq!(matches(&page, &selector), 1, "{selector} on {}", page.what);
            let apart = format!("#{} {} > {}", contract::period_id(period.year()), dot::KOMMUN_WIDE, dot::CARDS);
            assert_eq!(matches(&page, &apart), 1, "{apart} on {}", page.what);
        }
    }
}

#[test]
fn every_choice_chip_and_district_is_found_by_its_data_attributes() {
    for page in pages().iter().take(2) {
        let data = page.catalog.data();
        let facets = medborgarloften_core::page::filter::facets(data, &Query::default());
        for chip in every_chip(&facets) {
            let selector = format!("{} > button{}", dot::CHIPS, contract::with_attr(attr::CHIP, &chip.key()));
            assert_eq!(matches(page, &selector), 1, "{selector} on {}", page.what);
            if let Some(facet) = chip.facet {
                let choice = format!(
                    "label > input[type=checkbox]{}{}",
                    contract::with_attr(attr::FACET, facet.param()),
                    contract::with_attr(attr::ID, &chip.id)
                );
                assert_eq!(matches(page, &choice), 1, "{choice} on {}", page.what);
            }
        }
        for district in data.districts.iter().filter(|_| page.has_map) {
            let of = contract::with_attr(attr::DISTRICT, &district.id);
            for selector in [
                format!("{}{of}[role=button]", dot::MAP_DISTRICT),
                format!("button{}{of}", dot::DISTRICT_BUTTON),
                format!("{}{of}", dot::MAP_LABEL),
            ] {
                assert_eq!(matches(page, &selector), 1, "{selector} on {}", page.what);
            }
        }
    }
}

#[test]
fn the_chip_row_ends_with_its_clear_button_and_controls_are_buttons() {
    for page in pages().iter().take(2) {
        let last = format!("{} > button:last-child{}", dot::CHIPS, by_control::CLEAR);
        assert_eq!(matches(page, &last), 1, "{last} on {}", page.what);
        for (selector, _) in by_control::ALL.iter().filter(|(s, _)| *s != by_control::ONLY_NEW) {
            let not_button = format!("{selector}:not(button)");
            assert_eq!(matches(page, &not_button), 0, "{not_button} on {}", page.what);
        }
        let only_new = format!("input[type=checkbox]{}", by_control::ONLY_NEW);
        assert_eq!(matches(page, &only_new), 1, "{only_new} on {}", page.what);
    }
}

#[test]
fn the_boot_script_names_what_the_contract_names() {
    // public/boot.js is JavaScript, so it spells the names out; this keeps its copies equal to the contract's.
    let boot = std::fs::read_to_string(root().join("public/boot.js")).expect("public/boot.js is readable");
    for (name, used_as) in [
        (contract::id::PRERENDERED, format!("getElementById('{}')", contract::id::PRERENDERED)),
        (contract::id::MAIN, format!("querySelector('{}')", hash::MAIN)),
        (contract::id::APP_ROOT, format!("`{} ${{replay}}`", hash::APP_ROOT)),
        (contract::app::FULL, format!("dataset.app !== '{}'", contract::app::FULL)),
        (contract::app::ATTR, format!("attributeFilter: ['{}']", contract::app::ATTR)),
    ] {
        assert!(boot.contains(&used_as), "public/boot.js should use {name} as {used_as}");
    }
}
