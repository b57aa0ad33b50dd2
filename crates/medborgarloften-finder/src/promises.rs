//! The finder's search across every kommun's promises. The index (`sok.json`, written by the build) is fetched
//! only when the resident opens or uses that search, once; every keystroke then asks the core
//! ([`SearchIndex::search`]) and lists its hits as links into the kommuner's pages. A failed fetch says so and is
//! tried again at the next keystroke. Text is only ever set as text content.

use std::cell::RefCell;
use std::rc::Rc;

use medborgarloften_core::page::promise_search::{SearchIndex, INDEX_FILE};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Document, Element, HtmlInputElement};

/// The promise search box's id (crates/medborgarloften-build/src/finder.rs writes it).
pub const SEARCH_ID: &str = "lofte-sok";
/// Its status line.
pub const STATUS_ID: &str = "lofte-sok-status";
/// Its list of hits.
pub const HITS_ID: &str = "lofte-traffar";
/// The fold-out that holds it.
pub const FOLD_ID: &str = "lofte-sok-ruta";

enum Index {
    NotAsked,
    Loading,
    Ready(SearchIndex),
    Failed,
}

struct Search {
    document: Document,
    input: HtmlInputElement,
    index: RefCell<Index>,
}

/// Makes the promise search work, when the page has one.
pub fn attach(document: &Document) {
    let Some(input) = document.get_element_by_id(SEARCH_ID).and_then(|e| e.dyn_into::<HtmlInputElement>().ok()) else {
        return;
    };
    let search =
        Rc::new(Search { document: document.clone(), input: input.clone(), index: RefCell::new(Index::NotAsked) });
    let on_use = Closure::<dyn Fn()>::new({
        let search = search.clone();
        move || use_search(&search)
    });
    let _ = input.add_event_listener_with_callback("input", on_use.as_ref().unchecked_ref());
    let _ = input.add_event_listener_with_callback("focus", on_use.as_ref().unchecked_ref());
    if let Some(fold) = document.get_element_by_id(FOLD_ID) {
        let _ = fold.add_event_listener_with_callback("toggle", on_use.as_ref().unchecked_ref());
    }
    on_use.forget();
    if !input.value().is_empty() {
        use_search(&search);
    }
}

/// Shows the hits for the box's words, or fetches the index first.
fn use_search(search: &Rc<Search>) {
    let state = std::mem::replace(&mut *search.index.borrow_mut(), Index::Loading);
    match state {
        Index::Ready(index) => {
            show(search, &index);
            *search.index.borrow_mut() = Index::Ready(index);
        }
        Index::Loading => {}
        Index::NotAsked | Index::Failed => {
            status(search, "Hämtar alla kommuners löften …");
            let search = search.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let loaded = fetch_index().await;
                match loaded {
                    Ok(index) => {
                        show(&search, &index);
                        *search.index.borrow_mut() = Index::Ready(index);
                    }
                    Err(message) => {
                        status(&search, &message);
                        *search.index.borrow_mut() = Index::Failed;
                    }
                }
            });
        }
    }
}

async fn fetch_index() -> Result<SearchIndex, String> {
    const OFFLINE: &str = "Löftena kunde inte hämtas. Försök igen när du är uppkopplad.";
    let window = web_sys::window().ok_or(OFFLINE)?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(INDEX_FILE))
        .await
        .map_err(|_| OFFLINE)?
        .dyn_into()
        .map_err(|_| OFFLINE)?;
    if !response.ok() {
        return Err(OFFLINE.to_string());
    }
    let text = JsFuture::from(response.text().map_err(|_| OFFLINE)?).await.map_err(|_| OFFLINE)?;
    SearchIndex::parse(&text.as_string().unwrap_or_default())
}

fn show(search: &Search, index: &SearchIndex) {
    let hits = index.search(&search.input.value());
    status(search, &hits.status);
    let Some(list) = search.document.get_element_by_id(HITS_ID) else { return };
    list.set_text_content(None);
    for hit in hits.hits {
        let (Some(item), Some(link), Some(about)) = (make(search, "li"), make(search, "a"), make(search, "span"))
        else {
            return;
        };
        let _ = link.set_attribute("href", &hit.href);
        link.set_text_content(Some(&hit.title));
        let _ = about.set_attribute("class", "finder__summary");
        about.set_text_content(Some(&format!("{} · {}", hit.kommun, hit.facts)));
        let _ = item.set_attribute("class", "finder__hit");
        let _ = item.append_child(&link);
        let _ = item.append_child(&about);
        let _ = list.append_child(&item);
    }
}

fn status(search: &Search, text: &str) {
    if let Some(line) = search.document.get_element_by_id(STATUS_ID) {
        if line.text_content().unwrap_or_default() != text {
            line.set_text_content(Some(text));
        }
    }
}

fn make(search: &Search, tag: &str) -> Option<Element> {
    search.document.create_element(tag).ok()
}
