//! The elements of the pre-rendered page that change with the filters, found once by their ids and data
//! attributes (the app's components write them; see `src/components/` in the app).

use std::collections::HashSet;

use medborgarloften_web::browser;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlInputElement};

/// The `<meta>` that names the site's dataset (`src/boot.rs` in the app).
pub const DATASET_META: &str = "medborgarloften-dataset";
/// The `<meta>` with the fingerprint of the dataset the build rendered the page from (`src/boot.rs` in the app).
pub const FINGERPRINT_META: &str = "medborgarloften-fingerprint";

/// The pre-rendered page.
pub struct Page {
    /// The document.
    pub document: Document,
    /// The dataset's address, relative to the page.
    pub dataset_address: String,
    /// The fingerprint of the dataset the page was rendered from.
    pub fingerprint: String,
    /// The search box.
    pub search: Option<HtmlInputElement>,
    /// Whether the page has the district map.
    pub has_map: bool,
    /// The `data-chip` of every chip the build rendered.
    pub chip_keys: HashSet<String>,
}

/// Where each card of the build's page is: its list item, the list the build put it in and, for a kommun-wide
/// card, the list it moves to while a district is chosen.
pub struct Cards {
    /// The cards in the build's order.
    pub places: Vec<Place>,
}

/// One card's place.
pub struct Place {
    /// The promise's id.
    pub id: String,
    /// The card's `<li>`.
    pub item: Element,
    /// The list the build rendered it in.
    pub home: Element,
    /// Its period's list of kommun-wide cards.
    pub apart: Option<Element>,
}

impl Cards {
    /// The places of the cards of `ids`; `None` if the page lacks one (a dataset larger than the build's page).
    pub fn find(page: &Page, ids: &[String]) -> Option<Cards> {
        let places = ids
            .iter()
            .map(|id| {
                let item = page.card_item(id)?;
                let home = item.parent_element()?;
                let apart = item
                    .closest("section.period")
                    .ok()
                    .flatten()
                    .and_then(|section| section.query_selector(".period__kommun-wide > .cards").ok().flatten());
                Some(Place { id: id.clone(), item, home, apart })
            })
            .collect::<Option<Vec<_>>>()?;
        Some(Cards { places })
    }
}

impl Page {
    /// The page, if the build rendered one.
    pub fn find() -> Option<Page> {
        let document = browser::document()?;
        document.get_element_by_id(browser::PRERENDERED_ID)?;
        let dataset_address = browser::meta(DATASET_META)?;
        let fingerprint = browser::meta(FINGERPRINT_META)?;
        let search = document.get_element_by_id("sok").and_then(|e| e.dyn_into().ok());
        let has_map = document.query_selector("g.map__district").ok().flatten().is_some();
        let mut page = Page { document, dataset_address, fingerprint, search, has_map, chip_keys: HashSet::new() };
        page.chip_keys = page.all(".chips [data-chip]").iter().filter_map(|c| c.get_attribute("data-chip")).collect();
        Some(page)
    }

    /// The element with `id`.
    pub fn by_id(&self, id: &str) -> Option<Element> {
        self.document.get_element_by_id(id)
    }

    /// The first element matching `selector`.
    pub fn one(&self, selector: &str) -> Option<Element> {
        self.document.query_selector(selector).ok().flatten()
    }

    /// Every element matching `selector`, in document order.
    pub fn all(&self, selector: &str) -> Vec<Element> {
        let Ok(list) = self.document.query_selector_all(selector) else { return Vec::new() };
        (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect()
    }

    /// The list item that holds the card of promise `id`.
    pub fn card_item(&self, id: &str) -> Option<Element> {
        self.by_id(&format!("lofte-{id}"))?.closest("li").ok().flatten()
    }
}

/// Sets `element`'s text, when it differs (text only: never markup).
pub fn set_text(element: &Element, text: &str) {
    if element.text_content().as_deref() != Some(text) {
        element.set_text_content(Some(text));
    }
}

/// Shows or hides `element` with the `hidden` attribute.
pub fn set_hidden(element: &Element, hidden: bool) {
    if element.has_attribute("hidden") != hidden {
        let _ = element.toggle_attribute_with_force("hidden", hidden);
    }
}

/// Sets attribute `name`, when it differs.
pub fn set_attr(element: &Element, name: &str, value: &str) {
    if element.get_attribute(name).as_deref() != Some(value) {
        let _ = element.set_attribute(name, value);
    }
}
