//! The elements of the pre-rendered page that change with the filters, found once by the page contract's names
//! (`medborgarloften_core::contract`, which the app's components render).

use medborgarloften_core::contract::{self, dot, hash, meta};
use medborgarloften_core::lang::Language;
use medborgarloften_web::browser;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlInputElement};

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
    /// The language the page is written in (`<html lang>`), for the words this module writes.
    pub language: &'static Language,
}

/// Where each card of the build's page is: its list item, the list the build put it in and, for a kommun-wide
/// card, the list it moves to while a district is chosen.
pub struct Cards {
    /// The cards in the build's order.
    pub places: Vec<CardPlace>,
}

/// One card's place.
pub struct CardPlace {
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
        let apart_list = format!("{} > {}", dot::KOMMUN_WIDE, dot::CARDS);
        let places = ids
            .iter()
            .map(|id| {
                let item = page.card_item(id)?;
                let home = item.parent_element()?;
                let period = item.closest(dot::PERIOD).ok().flatten();
                let apart = period.and_then(|p| p.query_selector(&apart_list).ok().flatten());
                Some(CardPlace { id: id.clone(), item, home, apart })
            })
            .collect::<Option<Vec<_>>>()?;
        Some(Cards { places })
    }
}

impl Page {
    /// The page, if the build rendered one.
    pub fn find() -> Option<Page> {
        let document = browser::document()?;
        document.get_element_by_id(contract::id::PRERENDERED)?;
        let dataset_address = browser::meta(meta::DATASET)?;
        let fingerprint = browser::meta(meta::FINGERPRINT)?;
        let search = document.query_selector(hash::SEARCH).ok().flatten().and_then(|e| e.dyn_into().ok());
        let has_map = document.query_selector(dot::MAP_DISTRICT).ok().flatten().is_some();
        let language = medborgarloften_web::page_language();
        Some(Page { document, dataset_address, fingerprint, search, has_map, language })
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
        all_in(&self.document, selector)
    }

    /// The list item that holds the card of promise `id`.
    pub fn card_item(&self, id: &str) -> Option<Element> {
        let card = self.by_id(&contract::card_id(id))?;
        card.parent_element().filter(|item| item.tag_name().eq_ignore_ascii_case("li"))
    }
}

/// Every element under `root` matching `selector`, in document order.
pub fn all_in(root: &impl AsRef<web_sys::Node>, selector: &str) -> Vec<Element> {
    let node: &web_sys::Node = root.as_ref();
    let list = if let Some(document) = node.dyn_ref::<Document>() {
        document.query_selector_all(selector)
    } else if let Some(element) = node.dyn_ref::<Element>() {
        element.query_selector_all(selector)
    } else {
        return Vec::new();
    };
    let Ok(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect()
}

/// The first element under `root` matching `selector`.
pub fn one_in(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).ok().flatten()
}

/// Sets `element`'s text, when it differs (text only: never markup).
pub fn set_text(element: &Element, text: &str) {
    if element.text_content().as_deref() != Some(text) {
        element.set_text_content(Some(text));
    }
}

/// Shows or hides `element` with the `hidden` attribute.
pub fn set_hidden(element: &Element, hidden: bool) {
    set_flag(element, "hidden", hidden);
}

/// Sets or removes a boolean attribute.
pub fn set_flag(element: &Element, name: &str, on: bool) {
    if element.has_attribute(name) != on {
        let _ = element.toggle_attribute_with_force(name, on);
    }
}

/// Sets attribute `name`, when it differs.
pub fn set_attr(element: &Element, name: &str, value: &str) {
    if element.get_attribute(name).as_deref() != Some(value) {
        let _ = element.set_attribute(name, value);
    }
}

/// Adds or removes class `name`.
pub fn set_class(element: &Element, name: &str, on: bool) {
    if element.class_list().contains(name) != on {
        let _ = element.class_list().toggle_with_force(name, on);
    }
}
