//! What each thing a resident does on the promises page leads to: the next query, how it reaches the browser
//! history, where keyboard focus goes, the page's own state (the phone's filter sheet, the map's pointer and
//! mode, the latest copy) and what the shell must do outside the page (share, forget visits, open a dialog).
//! Both shells — the page's first module and the full app — read an [`Action`] from a DOM event
//! (`medborgarloften_web::events`), call [`update`] and apply its [`Outcome`]; neither decides anything itself.
//! Crux calls this the update function; the view model ([`crate::page::view`]) is its view.
//!
//! Page layer: pure, no UI dependency; it must not import anything from `export`.

use crate::lang::{fill, Language, SWEDISH};
use crate::page::active::{every_chip, without};
use crate::page::locate::{query_for, Located, Locating};
use crate::page::map_shades::DistrictShade;
use crate::page::query::{Facet, Query};
use crate::page::view::{Catalog, PromisesView};

/// Something a resident did on the page, as both shells read it from the DOM.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// A filter choice toggled: a checkbox, a count in a period's overview, a district on the map or in its list.
    Toggle {
        /// The facet.
        facet: Facet,
        /// The choice's URL value.
        id: String,
    },
    /// A chip pressed: its key ([`crate::page::active::ActiveFilter::key`]) and its place among the chip row's shown
    /// buttons, so focus can go to the one that takes its place.
    RemoveChip {
        /// The chip's key.
        key: String,
        /// Its place among the shown chips and the row's "Rensa filter".
        at: usize,
    },
    /// "Rensa filter": in the filter panel, after the chips or in the empty result.
    Clear,
    /// The search box's text changed.
    Search(String),
    /// "Visa bara nya" toggled.
    OnlyNew,
    /// "Glöm mina besök".
    ForgetVisits,
    /// "Visa fler".
    More,
    /// The phone's "Filter" button.
    ToggleSheet,
    /// "Visa N löften" in the filter sheet, or Escape inside it.
    CloseSheet,
    /// "Dela länk" on the card of a promise.
    Share(String),
    /// The share sheet or the clipboard answered for the card of a promise: whether the link was copied.
    /// `None` when the system share sheet took it (then nothing is written on the card).
    Shared {
        /// The promise.
        promise: String,
        /// `Some(true)` copied, `Some(false)` the copy failed, `None` shared by the system.
        copied: Option<bool>,
    },
    /// A district under the pointer, or `None` when the pointer left the districts.
    Point(Option<String>),
    /// A district got keyboard focus (`keyboard`: from the keyboard, as `:focus-visible` says), or `None` when it
    /// lost it.
    FocusDistrict {
        /// The district, or `None` on leaving it.
        id: Option<String>,
        /// True when the focus came from the keyboard (then it is outlined).
        keyboard: bool,
    },
    /// "Zooma ut till hela kommunen" (or back to the town).
    WholeMap,
    /// "Bädda in".
    Embed,
    /// "Visa vad som gäller där jag är".
    Locate,
    /// The browser and the lookup answered "Visa vad som gäller där jag är" ([`Effect::Locate`]).
    Located(Located),
}

/// The page's own state beside the address: what is not worth a place in a shared link.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Ui {
    /// The phone's filter sheet is open.
    pub sheet_open: bool,
    /// The district under the pointer or keyboard focus; the map's caption names it.
    pub pointed: Option<String>,
    /// The district with keyboard focus; the map outlines it.
    pub outlined: Option<String>,
    /// The map shows the whole kommun rather than the town.
    pub whole_map: bool,
    /// The latest "Dela länk" that copied or failed to: the promise and whether it worked.
    pub copied: Option<(String, bool)>,
    /// "Visa vad som gäller där jag är": looking, or what it found.
    pub locating: Locating,
}

/// How a new query reaches the browser history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Navigation {
    /// A new entry, so Back undoes the change (a checkbox, a chip, clearing).
    Push,
    /// The current entry rewritten (typing; every change inside an embed frame, whose Back belongs to the host).
    Replace,
}

/// An element that can take keyboard focus after a change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// The result count ("Visar 4 av 15 löften").
    Count,
    /// The chip row's shown button at this place (a chip, or the row's "Rensa filter" after the last one).
    ChipAt(usize),
    /// The filter sheet's heading.
    SheetHeading,
    /// The card of a promise.
    Card(String),
}

/// Where keyboard focus goes once the change is on screen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Focus {
    /// Where it is.
    #[default]
    Stay,
    /// Only if the focused element is no longer shown: to the first of these that is.
    Rescue(Vec<Target>),
    /// To the target, scrolled into view.
    Move(Target),
}

/// What the shell must do outside the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Offer the system share sheet for a card's link, else copy it; then report [`Action::Shared`].
    Share {
        /// The promise.
        promise: String,
        /// The share sheet's title.
        title: String,
        /// The link's query (`lofte=<id>`), to go after the app's address.
        link_query: String,
    },
    /// Delete every stored visit and keep no more ("Glöm mina besök").
    ForgetVisits,
    /// Open the embed dialog.
    OpenEmbed,
    /// Ask the browser for the position once, look it up in the dataset's map files on the device
    /// (`medborgarloften_web::locate`), then report [`Action::Located`].
    Locate,
}

/// What one [`Action`] leads to.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    /// The next query, to write to the address and show; `None` leaves the address as it is.
    pub query: Option<Query>,
    /// How the query reaches the history.
    pub navigation: Option<Navigation>,
    /// The page's own state after the action.
    pub ui: Ui,
    /// Where focus goes.
    pub focus: Focus,
    /// What to do outside the page.
    pub effect: Option<Effect>,
    /// The page's first module cannot do this on the build's page: the full app must take over and do it.
    pub needs_full_app: bool,
}

/// What `action` leads to on the page showing `view` with `ui`.
pub fn update(view: &PromisesView, ui: &Ui, action: Action) -> Outcome {
    let query = &view.query;
    let mut out = Outcome { ui: ui.clone(), ..Outcome::default() };
    // The next query, and whether it is a new history entry.
    let mut next = None;
    let mut push = true;
    match action {
        Action::Toggle { facet, id } => next = Some(query.toggled(facet, &id)),
        Action::RemoveChip { key, at } => {
            if let Some(chip) = view.chips.iter().find(|c| c.key() == key) {
                next = Some(without(query, chip));
                out.focus = Focus::Rescue(vec![Target::ChipAt(at), Target::Count]);
            }
        }
        Action::Clear => {
            next = Some(query.cleared());
            out.focus = Focus::Rescue(vec![Target::Count]);
        }
        Action::Search(text) => {
            if text != query.text {
                next = Some(Query { text, limit: None, ..query.clone() });
                push = false;
            }
        }
        Action::OnlyNew => next = view.news.as_ref().map(|news| news.toggle.clone()),
        Action::ForgetVisits => {
            next = Some(Query { new_only: false, ..query.clone() });
            push = false;
            out.focus = Focus::Rescue(vec![Target::Count]);
            out.effect = Some(Effect::ForgetVisits);
        }
        Action::More => {
            if let Some(more) = &view.more {
                next = Some(more.next.clone());
                push = false;
                out.focus = Focus::Move(Target::Card(more.first_new.clone()));
            }
        }
        Action::ToggleSheet => {
            out.ui.sheet_open = !ui.sheet_open;
            if out.ui.sheet_open {
                out.focus = Focus::Move(Target::SheetHeading);
            }
        }
        Action::CloseSheet => {
            if ui.sheet_open {
                out.ui.sheet_open = false;
                out.focus = Focus::Move(Target::Count);
            }
        }
        Action::Share(promise) => {
            out.effect = card_link(view, &promise).map(|link_query| Effect::Share {
                promise,
                title: view.heading.clone(),
                link_query,
            });
        }
        // The system's share sheet writes nothing on the card.
        Action::Shared { promise, copied } => {
            if let Some(ok) = copied {
                out.ui.copied = Some((promise, ok));
            }
        }
        Action::Point(district) => out.ui.pointed = district,
        Action::FocusDistrict { id, keyboard } => {
            out.ui.outlined = id.clone().filter(|_| keyboard);
            out.ui.pointed = id;
        }
        Action::WholeMap => {
            out.ui.whole_map = !ui.whole_map;
            out.needs_full_app = true;
        }
        Action::Embed => {
            out.effect = Some(Effect::OpenEmbed);
            out.needs_full_app = true;
        }
        // One question at a time: a press while the browser looks asks nothing more. The full app asks: it has
        // the map files' reader, which the build's page (drawn at build time) does without.
        Action::Locate => {
            if !ui.locating.busy() {
                out.ui.locating = Locating::Looking;
                out.effect = Some(Effect::Locate);
                out.needs_full_app = true;
            }
        }
        // Only a district found changes the query; every other answer is one sentence, and nothing else changes.
        Action::Located(located) => {
            if let Located::At(crate::geo::Whereabouts::District(id)) = &located {
                next = Some(query_for(query, id)).filter(|q| q != query);
            }
            out.ui.locating = Locating::Done(located);
        }
    }
    if let Some(next) = next {
        out.navigation = Some(if push && !next.embed { Navigation::Push } else { Navigation::Replace });
        out.query = Some(next);
    }
    out
}

/// The link query of the card of `promise` on screen.
fn card_link(view: &PromisesView, promise: &str) -> Option<String> {
    let mut cards = view.periods.iter().flat_map(|p| p.cards.iter().chain(&p.kommun_wide));
    cards.find(|c| c.card.id == promise).map(|c| c.link_query.clone())
}

/// What the page the build rendered holds besides the default view: the build renders a chip for every choice of
/// the dataset (hidden unless active), so the page's first module can show any of them without markup of its own.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BuiltPage {
    /// The keys of the chips the build rendered, sorted.
    chip_keys: Vec<String>,
}

impl BuiltPage {
    /// The build's page of `catalog`'s dataset: every chip of its default view's choices.
    pub fn of(catalog: &Catalog) -> BuiltPage {
        let facets = crate::page::filter::facets(catalog.data(), &Query::default());
        let mut chip_keys: Vec<String> = every_chip(&facets).iter().map(|c| c.key()).collect();
        chip_keys.sort_unstable();
        BuiltPage { chip_keys }
    }

    /// Whether this page can show `view` in place: not a notice about the address, "Visa fler", the embedded
    /// layout or another dataset, and only chips the build rendered (not, say, a status no promise has).
    pub fn shows(&self, view: &PromisesView) -> bool {
        let q = &view.query;
        view.ignored.is_empty()
            && view.more.is_none()
            && !q.embed
            && q.data.is_none()
            && view.chips.iter().all(|c| self.chip_keys.binary_search(&c.key()).is_ok())
    }
}

/// The map's caption when no district is under the pointer or keyboard focus.
pub const MAP_HINT: &str = SWEDISH.words.page.map_hint;

/// The caption under the map, and true while it names a district: the district under the pointer or keyboard
/// focus ("Skiftinge: 5 löften nämner området"); else the chosen ones ("Valt område: Skiftinge – 5 löften nämner
/// det", "Valda områden: Skiftinge (5), Lagersberg (5)"), so choosing one says so; else [`MAP_HINT`].
pub fn map_caption(shades: &[DistrictShade], ui: &Ui) -> (String, bool) {
    map_caption_in(shades, ui, SWEDISH)
}

/// [`map_caption`] in `lang` (of shades from [`crate::page::map_shades::district_shades_in`] in the same
/// language).
pub fn map_caption_in(shades: &[DistrictShade], ui: &Ui, lang: &Language) -> (String, bool) {
    let words = &lang.words.page;
    if let Some(pointed) = ui.pointed.as_deref().and_then(|id| shades.iter().find(|s| s.id == id)) {
        return (pointed.caption.clone(), true);
    }
    let chosen: Vec<&DistrictShade> = shades.iter().filter(|s| s.selected).collect();
    match chosen.as_slice() {
        [] => (words.map_hint.to_owned(), false),
        [one] => {
            let promises = lang.count(&words.promises, one.count);
            (fill(words.chosen_area, &[("name", &one.name), ("promises", &promises)]), true)
        }
        several => {
            let each: Vec<String> = several.iter().map(|s| format!("{} ({})", s.name, s.count)).collect();
            (fill(words.chosen_areas, &[("names", &each.join(lang.words.list_comma))]), true)
        }
    }
}
