//! Shows a view model on the pre-rendered page: which cards, periods and groups are on screen and where, the
//! chips, the counts and states of the filter choices and of the map, and the texts that say how many promises
//! are shown. Everything it writes comes from the core's view model; it creates no element (the map's outlines
//! are copies of the build's own paths, `crate::map`).

use std::collections::{HashMap, HashSet};

use medborgarloften_core::dataset::model::Dataset;
use medborgarloften_core::page::active::ActiveFilter;
use medborgarloften_core::page::filter::Facets;
use medborgarloften_core::page::map_shades::district_shades;
use medborgarloften_core::page::query::Facet;
use medborgarloften_core::page::view::PromisesView;
use medborgarloften_core::page::visit::Novelty;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

use crate::page::{set_attr, set_hidden, set_text, Cards, Page};

/// Whether the build's page has an element for every part of `view`: not for a notice about the address,
/// "Visa fler", the embedded layout, another dataset, or a chip the build did not
/// render (a status no promise has, say).
pub fn can_show(page: &Page, view: &PromisesView) -> bool {
    let q = &view.query;
    view.ignored.is_empty()
        && view.more.is_none()
        && !q.embed
        && q.data.is_none()
        && view.chips.iter().all(|c| page.chip_keys.contains(&c.key()))
}

/// Updates `page` to show `view` of `data` (one it [`can_show`]).
pub fn show(page: &Page, cards: &Cards, data: &Dataset, view: &PromisesView) {
    place_cards(page, cards, view);
    counts(page, view);
    facets(page, &view.facets);
    chips(page, &view.chips);
    overviews(page, view);
    if page.has_map {
        crate::map::shade(page, &district_shades(data, &view.map_districts));
    }
    visit(page, view);
    if let Some(empty) = page.one("[data-testid=empty-state]") {
        set_hidden(&empty, view.shown != 0);
    }
    page.document.set_title(&view.page_title);
}

/// The cards on screen, each in its list (a kommun-wide card moves under its own heading while a district is
/// chosen), and the periods, groups and kommun-wide lists that have any.
fn place_cards(page: &Page, cards: &Cards, view: &PromisesView) {
    // Each card on screen, with its mark if it is new since the reader's last visit.
    let shown: HashMap<&str, Option<Novelty>> = view
        .periods
        .iter()
        .flat_map(|p| p.cards.iter().chain(&p.kommun_wide))
        .map(|c| (c.card.id.as_str(), c.novelty))
        .collect();
    let apart: HashSet<&str> = view.periods.iter().flat_map(|p| &p.kommun_wide).map(|c| c.card.id.as_str()).collect();
    let opened = view.query.promise.as_deref();
    for (at, place) in cards.places.iter().enumerate() {
        set_hidden(&place.item, !shown.contains_key(place.id.as_str()));
        // The promise a link opened (`?lofte=`), marked as the app's card does.
        if let Some(card) = place.item.first_element_child() {
            let current = opened == Some(place.id.as_str());
            let _ = card.class_list().toggle_with_force("card--selected", current);
            if current {
                set_attr(&card, "aria-current", "true");
            } else if card.has_attribute("aria-current") {
                let _ = card.remove_attribute("aria-current");
            }
            // New since the reader's last visit: the badge, and what a screen reader hears after the title.
            let novelty = shown.get(place.id.as_str()).copied().flatten();
            if let Ok(Some(badge)) = card.query_selector(".card__new") {
                set_text(&badge, novelty.map_or("", Novelty::badge));
                set_hidden(&badge, novelty.is_none());
            }
            if let Ok(Some(note)) = card.query_selector(".card__new-note") {
                set_text(&note, &novelty.map(Novelty::title_note).unwrap_or_default());
            }
        }
        let target = if apart.contains(place.id.as_str()) { place.apart.as_ref() } else { Some(&place.home) };
        let Some(target) = target else { continue };
        let here = place.item.parent_element();
        if here.as_ref() != Some(target) {
            // Before the next card, in the build's order, that is already in the target list.
            let next = cards.places[at + 1..].iter().find(|p| p.item.parent_element().as_ref() == Some(target));
            let _ = target.insert_before(&place.item, next.map(|p| p.item.as_ref()));
        }
    }
    let years: HashSet<u16> = view.periods.iter().map(|p| p.period.year()).collect();
    for section in page.all("section.period") {
        let year = section.id().strip_prefix("ar-").and_then(|y| y.parse::<u16>().ok());
        set_hidden(&section, !year.is_some_and(|y| years.contains(&y)));
    }
    for holder in page.all("section.period__group, .period__kommun-wide") {
        let any = holder.query_selector(".cards > li:not([hidden])").ok().flatten().is_some();
        set_hidden(&holder, !any);
    }
}

/// "Nytt sedan ditt senaste besök" for a returning reader, in the place the page reserved for it.
fn visit(page: &Page, view: &PromisesView) {
    let news = view.news.as_ref();
    if let Some(section) = page.one("[data-testid=visit-news]") {
        set_hidden(&section, news.is_none());
    }
    if let Some(slot) = page.one(".visit-slot") {
        set_hidden(&slot, news.is_some());
    }
    if let Some(text) = page.one("[data-testid=visit-count]") {
        set_text(&text, news.map_or("", |n| n.text.as_str()));
    }
    if let Some(label) = page.one(".visit__only") {
        set_hidden(&label, news.is_none_or(|n| n.count == 0));
    }
    if let Some(only) = page.one("[data-testid=only-new]").and_then(|e| e.dyn_into::<HtmlInputElement>().ok()) {
        only.set_checked(news.is_some_and(|n| n.only_new));
    }
}

/// The result count, the phone's filter buttons and the search box.
fn counts(page: &Page, view: &PromisesView) {
    let texts = [
        ("#resultat-antal", &view.count_text),
        ("[data-testid=filter-toggle]", &view.filter_text),
        ("[data-testid=filter-done]", &view.show_text),
    ];
    for (selector, text) in texts {
        for element in page.all(selector) {
            set_text(&element, text);
        }
    }
    if let Some(search) = &page.search {
        if search.value() != view.query.text {
            search.set_value(&view.query.text);
        }
    }
}

/// The filter panel's checkboxes: checked, count, and off (saying why) when they would show nothing.
fn facets(page: &Page, facets: &Facets) {
    for input in page.all("input[data-facet][data-id]") {
        let (Some(param), Some(id)) = (input.get_attribute("data-facet"), input.get_attribute("data-id")) else {
            continue;
        };
        let Some(option) = Facet::from_param(&param).and_then(|f| facets.of(f).iter().find(|o| o.id == id)) else {
            continue;
        };
        let Ok(input) = input.dyn_into::<HtmlInputElement>() else { continue };
        input.set_checked(option.selected);
        input.set_disabled(option.dead_end());
        let Some(label) = input.closest("label").ok().flatten() else { continue };
        let _ = label.class_list().toggle_with_force("facet__option--empty", option.dead_end());
        if let Ok(Some(count)) = label.query_selector(".facet__count") {
            set_text(&count, &format!("({})", option.count));
        }
        if let Ok(Some(why)) = label.query_selector(".facet__why") {
            set_text(&why, option.note());
        }
    }
}

/// The build's chips: the active ones shown (the search text's with its words), the group only when any is.
fn chips(page: &Page, active: &[ActiveFilter]) {
    let Some(group) = page.one(".chips") else { return };
    set_hidden(&group, active.is_empty());
    for button in page.all(".chips [data-chip]") {
        let key = button.get_attribute("data-chip").unwrap_or_default();
        let chip = active.iter().find(|c| c.key() == key);
        set_hidden(&button, chip.is_none());
        if let (Some(chip), Ok(Some(label))) = (chip, button.query_selector("span")) {
            set_text(&label, &chip.label);
            set_attr(&button, "aria-label", &chip.remove_label());
        }
    }
}

/// Each period's overview: its sentence and its count buttons.
fn overviews(page: &Page, view: &PromisesView) {
    for period in &view.periods {
        let Some(section) = page.by_id(&format!("ar-{}", period.period.year())) else { continue };
        if let Ok(Some(summary)) = section.query_selector(".overview__summary") {
            set_text(&summary, &period.overview.summary);
        }
        let rows = [("status", &period.overview.statuses), ("part", &period.overview.parties)];
        for (kind, options) in rows {
            for option in options {
                let selector = format!(".overview__count[data-facet=\"{kind}\"][data-id=\"{}\"]", option.id);
                let Ok(Some(button)) = section.query_selector(&selector) else { continue };
                set_attr(&button, "aria-pressed", if option.selected { "true" } else { "false" });
                set_flag(&button, "disabled", option.count == 0 && !option.selected);
                if let Ok(Some(number)) = button.query_selector(".overview__number") {
                    set_text(&number, &option.count.to_string());
                }
            }
        }
    }
}

/// Sets or removes a boolean attribute.
fn set_flag(element: &Element, name: &str, on: bool) {
    if element.has_attribute(name) != on {
        let _ = element.toggle_attribute_with_force(name, on);
    }
}
