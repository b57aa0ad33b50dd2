//! Shows a view model and the page's own state on the pre-rendered page: which cards, periods and groups are on
//! screen and where, the chips, the counts and states of the filter choices and of the map, the texts that say how
//! many promises are shown, the filter sheet, the map's caption and the cards' copy messages. Everything it writes
//! comes from the core ([`PromisesView`], [`Ui`]); it creates no element (the map's outlines are copies of the
//! build's own paths, [`crate::map`]) and finds elements only by the page contract's names.

use medborgarloften_core::contract::{self, attr, by_testid, class, dot, hash};
use medborgarloften_core::dataset::model::Dataset;
use medborgarloften_core::page::active::ActiveFilter;
use medborgarloften_core::page::filter::Facets;
use medborgarloften_core::page::interact::{map_caption_in, Ui};
use medborgarloften_core::page::map_shades::district_shades_in;
use medborgarloften_core::page::query::Facet;
use medborgarloften_core::page::shared_link::copied_text_in;
use medborgarloften_core::page::view::PromisesView;
use medborgarloften_core::page::visit::Novelty;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

use crate::map::{self, Layer};
use crate::page::{all_in, one_in, set_attr, set_class, set_flag, set_hidden, set_text, Cards, Page};

/// Updates `page` to show `view` of `data`.
pub fn show(page: &Page, cards: &Cards, data: &Dataset, view: &PromisesView) {
    place_cards(page, cards, view);
    counts(page, view);
    facets(page, &view.facets);
    chips(page, &view.chips);
    overviews(page, view);
    if page.has_map {
        map::shade(page, &district_shades_in(data, &view.facets.districts, page.language));
    }
    visit(page, view);
    if let Some(empty) = page.one(by_testid::EMPTY_STATE) {
        set_hidden(&empty, view.shown != 0);
    }
    page.document.set_title(&view.page_title);
}

/// Shows the page's own state: the phone's filter sheet, the map's caption and focus outline, and the latest copy
/// message (`link_base`: the app's address, for the link a failed copy offers).
pub fn show_ui(page: &Page, data: &Dataset, view: &PromisesView, ui: &Ui, link_base: &str) {
    if let Some(panel) = page.one(hash::FILTER_PANEL) {
        if ui.sheet_open && !panel.class_list().contains(class::SHEET_OPEN) {
            medborgarloften_web::offline::place_in_view(&panel);
        }
        set_class(&panel, class::SHEET_OPEN, ui.sheet_open);
    }
    if let Some(toggle) = page.one(by_testid::FILTER_TOGGLE) {
        set_attr(&toggle, "aria-expanded", if ui.sheet_open { "true" } else { "false" });
    }
    if page.has_map {
        let shades = district_shades_in(data, &view.facets.districts, page.language);
        let (text, active) = map_caption_in(&shades, ui, page.language);
        map::caption(page, &text, active);
        map::outline(page, Layer::Focus, ui.outlined.as_slice());
    }
    // The latest copy's message only, on its card.
    let copied = ui.copied.as_ref().and_then(|(promise, ok)| {
        let cards = view.periods.iter().flat_map(|p| p.cards.iter().chain(&p.kommun_wide));
        let card = cards.into_iter().find(|c| c.card.id == *promise)?;
        Some((promise, copied_text_in(*ok, &format!("{link_base}?{}", card.link_query), page.language)))
    });
    for message in page.all(dot::CARD_COPIED) {
        let card = message.closest(contract::has_attr::PROMISE).ok().flatten();
        let promise = card.and_then(|c| c.get_attribute(attr::PROMISE));
        let text = match &copied {
            Some((copied, text)) if promise.as_deref() == Some(copied.as_str()) => text.as_str(),
            _ => "",
        };
        set_text(&message, text);
    }
}

/// The cards on screen, each in its list (a kommun-wide card moves under its own heading while a district is
/// chosen), and the periods, groups and kommun-wide lists that have any.
fn place_cards(page: &Page, cards: &Cards, view: &PromisesView) {
    // Each card on screen: its id, its mark if it is new since the reader's last visit, and whether it is listed
    // apart (kommun-wide while a district is chosen); sorted by id. A sorted list rather than a hash map keeps the
    // hashing machinery out of this module.
    let mut shown: Vec<(&str, Option<Novelty>, bool)> = view
        .periods
        .iter()
        .flat_map(|p| {
            let cards = p.cards.iter().map(|c| (c, false));
            cards.chain(p.kommun_wide.iter().map(|c| (c, true)))
        })
        .map(|(c, apart)| (c.card.id.as_str(), c.novelty, apart))
        .collect();
    shown.sort_unstable_by(|a, b| a.0.cmp(b.0));
    let find = |id: &str| shown.binary_search_by(|s| s.0.cmp(id)).ok().map(|at| shown[at]);
    let opened = view.query.promise.as_deref();
    for (at, place) in cards.places.iter().enumerate() {
        let on_screen = find(&place.id);
        set_hidden(&place.item, on_screen.is_none());
        if let Some(card) = place.item.first_element_child() {
            mark_card(page, &card, opened == Some(place.id.as_str()), on_screen.and_then(|s| s.1));
        }
        let apart = on_screen.is_some_and(|s| s.2);
        let target = if apart { place.apart.as_ref() } else { Some(&place.home) };
        let Some(target) = target else { continue };
        if place.item.parent_element().as_ref() != Some(target) {
            // Before the next card, in the build's order, that is already in the target list.
            let next = cards.places[at + 1..].iter().find(|p| p.item.parent_element().as_ref() == Some(target));
            let _ = target.insert_before(&place.item, next.map(|p| p.item.as_ref()));
        }
    }
    for section in page.all(dot::PERIOD) {
        let shown = view.periods.iter().any(|p| section.id() == contract::period_id(p.period.year()));
        set_hidden(&section, !shown);
    }
    let shown_item = format!("{} > li:not([hidden])", dot::CARDS);
    for holder in page.all(&format!("{}, {}", dot::PERIOD_GROUP, dot::KOMMUN_WIDE)) {
        set_hidden(&holder, one_in(&holder, &shown_item).is_none());
    }
}

/// A card's marks: opened by a link (`?lofte=`), and new since the reader's last visit (the badge, and what a
/// screen reader hears after the title).
fn mark_card(page: &Page, card: &web_sys::Element, opened: bool, novelty: Option<Novelty>) {
    set_class(card, class::CARD_SELECTED, opened);
    if opened {
        set_attr(card, "aria-current", "true");
    } else if card.has_attribute("aria-current") {
        let _ = card.remove_attribute("aria-current");
    }
    if let Some(badge) = one_in(card, dot::CARD_NEW) {
        set_text(&badge, novelty.map_or("", |n| n.badge_in(page.language)));
        set_hidden(&badge, novelty.is_none());
    }
    if let Some(note) = one_in(card, dot::CARD_NEW_NOTE) {
        set_text(&note, &novelty.map(|n| n.title_note_in(page.language)).unwrap_or_default());
    }
}

/// "Nytt sedan ditt senaste besök" for a returning reader, in the place the page reserved for it.
fn visit(page: &Page, view: &PromisesView) {
    let news = view.news.as_ref();
    if let Some(section) = page.one(by_testid::VISIT_NEWS) {
        set_hidden(&section, news.is_none());
    }
    if let Some(slot) = page.one(dot::VISIT_SLOT) {
        set_hidden(&slot, news.is_some());
    }
    if let Some(text) = page.one(by_testid::VISIT_COUNT) {
        set_text(&text, news.map_or("", |n| n.text.as_str()));
    }
    if let Some(label) = page.one(dot::VISIT_ONLY) {
        set_hidden(&label, news.is_none_or(|n| n.count == 0));
    }
    if let Some(only) = page.one(by_testid::ONLY_NEW).and_then(|e| e.dyn_into::<HtmlInputElement>().ok()) {
        only.set_checked(news.is_some_and(|n| n.only_new));
    }
}

/// The result count, the phone's filter buttons and the search box.
fn counts(page: &Page, view: &PromisesView) {
    let texts = [
        (hash::RESULT_COUNT, &view.count_text),
        (by_testid::FILTER_TOGGLE, &view.filter_text),
        (by_testid::FILTER_DONE, &view.show_text),
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
    for input in page.all(&format!("input{}{}", contract::has_attr::FACET, contract::has_attr::ID)) {
        let (Some(param), Some(id)) = (input.get_attribute(attr::FACET), input.get_attribute(attr::ID)) else {
            continue;
        };
        let Some(option) = Facet::from_param(&param).and_then(|f| facets.of(f).iter().find(|o| o.id == id)) else {
            continue;
        };
        let Ok(input) = input.dyn_into::<HtmlInputElement>() else { continue };
        input.set_checked(option.selected);
        input.set_disabled(option.dead_end());
        let Some(label) = input.parent_element() else { continue };
        set_class(&label, class::FACET_EMPTY, option.dead_end());
        if let Some(count) = one_in(&label, dot::FACET_COUNT) {
            set_text(&count, &format!("({})", option.count));
        }
        if let Some(why) = one_in(&label, dot::FACET_WHY) {
            set_text(&why, option.note_in(page.language));
        }
    }
}

/// The build's chips: the active ones shown (the search text's with its words), the row only when any is.
fn chips(page: &Page, active: &[ActiveFilter]) {
    let Some(row) = page.one(dot::CHIPS) else { return };
    set_hidden(&row, active.is_empty());
    for button in all_in(&row, contract::has_attr::CHIP) {
        let key = button.get_attribute(attr::CHIP).unwrap_or_default();
        let chip = active.iter().find(|c| c.key() == key);
        set_hidden(&button, chip.is_none());
        if let (Some(chip), Some(label)) = (chip, button.first_element_child()) {
            set_text(&label, &chip.label);
            set_attr(&button, "aria-label", &chip.remove_label());
        }
    }
}

/// Each period's overview: what more it says than the period's headline (which does not change), and its count
/// buttons.
fn overviews(page: &Page, view: &PromisesView) {
    for period in &view.periods {
        let Some(section) = page.by_id(&contract::period_id(period.period.year())) else { continue };
        if let Some(summary) = one_in(&section, dot::OVERVIEW_SUMMARY) {
            set_text(&summary, &period.overview.details);
        }
        let rows = [(Facet::Status, &period.overview.statuses), (Facet::Party, &period.overview.parties)];
        for (facet, options) in rows {
            for option in options {
                let selector = format!(
                    "{}{}{}",
                    dot::OVERVIEW_COUNT,
                    contract::with_attr(attr::FACET, facet.param()),
                    contract::with_attr(attr::ID, &option.id)
                );
                let Some(button) = one_in(&section, &selector) else { continue };
                set_attr(&button, "aria-pressed", if option.selected { "true" } else { "false" });
                set_flag(&button, "disabled", option.count == 0 && !option.selected);
                if let Some(number) = one_in(&button, dot::OVERVIEW_NUMBER) {
                    set_text(&number, &option.count.to_string());
                }
            }
        }
    }
}
