//! The district map: the municipality's areas in SVG, shaded by how many promises name each district, with
//! a legend, the source line and a list of the districts as a text alternative. Tapping a district, pressing
//! Enter or Space on it, or pressing its button in the list toggles it in the district filter: each carries its
//! id (`data-district-id`), from which the page reads it (`crate::events`), as it reads the pointer and keyboard
//! focus that the caption and the focus outline follow. Leaf component.
//!
//! The paths are built once per layout (map file and mode); on a filter change only the shading, the pressed
//! state and the labels' counts change, so keyboard focus stays where it is. SVG has no z-order, so the selected
//! and the focused districts are drawn again on top, as outlines, where no neighbour can paint over them. The
//! areas of no named district are decoration: hidden from screen readers, which get the four district buttons
//! and the list. On a phone the whole-kommun view shows the list alone (style/map.css): its areas would be
//! smaller than a finger.

mod district_list;
mod locate_button;
mod map_legend;

use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;
use medborgarloften_core::contract::{class, control};
use medborgarloften_core::geo::{svg_number, MapDistrict, MapLayout};
use medborgarloften_core::page::interact::{map_caption_in, Ui};
use medborgarloften_core::page::map_shades::DistrictShade;

pub use district_list::DistrictList;
pub use locate_button::LocateButton;
pub use map_legend::MapLegend;

use super::TechnicalDetail;
use crate::api::ErrorText;
use crate::language::use_language;

/// The map section, in a `<details>` that starts open on a desktop and closed on a phone.
#[component]
pub fn DistrictMap(
    /// `None` while the map file loads, then the layout or an error message in the page's language.
    #[prop(into)]
    layout: Signal<Option<Result<Arc<MapLayout>, ErrorText>>>,
    /// Every named district under the current filters, in dataset order (`MapDistrict::index` points here).
    #[prop(into)]
    districts: Signal<Vec<DistrictShade>>,
    /// True when the whole kommun is drawn, false for the town.
    #[prop(into)]
    whole: Signal<bool>,
    /// True when the map starts open (the desktop layout); a phone starts with it closed.
    start_open: bool,
    /// The page's own state: the district under the pointer (the caption) and the one with keyboard focus (its
    /// outline).
    #[prop(into)]
    ui: Signal<Ui>,
    /// The map was opened (its file is loaded only then).
    on_open: Callback<()>,
    /// What "Visa vad som gäller där jag är" said; empty before it was asked.
    #[prop(into)]
    locate_note: Signal<String>,
) -> impl IntoView {
    let language = use_language();
    let words = &language.words.app.map;
    let caption = Memo::new(move |_| districts.with(|shades| ui.with(|ui| map_caption_in(shades, ui, language))));
    let outlined = Memo::new(move |_| ui.with(|ui| ui.outlined.clone()));
    let ready = move || layout.get().and_then(Result::ok);
    let locating = Signal::derive(move || ui.with(|ui| ui.locating.clone()));
    view! {
        <LocateButton language=language locating=locating note=locate_note/>
        <details class=class::DISTRICT_MAP class:district-map--whole=move || whole.get() open=start_open
            on:toggle=move |ev: ev::Event| {
                let opened = event_target::<web_sys::HtmlDetailsElement>(&ev).open();
                if opened {
                    on_open.run(());
                }
            }>
            <summary class="district-map__summary">{words.heading}</summary>
            <div class="district-map__body">
                <div class=class::MAP_FIGURE>
                    {move || match layout.get() {
                        None => view! { <p class="district-map__status" role="status">{words.loading}</p> }.into_any(),
                        Some(Err(error)) => view! {
                            <div class="district-map__status district-map__error" role="alert">
                                <p>{error.plain}</p>
                                <TechnicalDetail detail=error.detail/>
                            </div>
                        }.into_any(),
                        Some(Ok(layout)) => map_svg(layout, districts, outlined, words.heading).into_any(),
                    }}
                    <p class=class::MAP_CAPTION class=(class::MAP_CAPTION_ACTIVE, move || caption.with(|c| c.1)) aria-hidden="true">
                        {move || caption.with(|c| c.0.clone())}
                    </p>
                    <p class="district-map__small-note">{words.too_small}</p>
                </div>
                <div class="district-map__side">
                    <button type="button" class="button button--secondary district-map__mode" data-action=control::WHOLE_MAP
                        aria-pressed=move || if whole.get() { "true" } else { "false" }>
                        {words.whole}
                    </button>
                    {move || ready().map(|l| view! { <MapLegend entries=l.legend.clone() priority=l.has_priority attribution=l.attribution.clone()/> })}
                    <DistrictList districts=districts/>
                </div>
            </div>
        </details>
    }
}

/// Hatch patterns for priority districts, one per shading class (`fill: url(#map-hatch-N)` in style/map.css).
const HATCHES: &str = concat!(
    r#"<pattern id="map-hatch-0" width="14" height="14" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="14" height="14" data-shade="0"/><rect class="map__hatch-line" width="5" height="14"/></pattern>"#,
    r#"<pattern id="map-hatch-1" width="14" height="14" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="14" height="14" data-shade="1"/><rect class="map__hatch-line" width="5" height="14"/></pattern>"#,
    r#"<pattern id="map-hatch-2" width="14" height="14" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="14" height="14" data-shade="2"/><rect class="map__hatch-line" width="5" height="14"/></pattern>"#,
    r#"<pattern id="map-hatch-3" width="14" height="14" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="14" height="14" data-shade="3"/><rect class="map__hatch-line" width="5" height="14"/></pattern>"#,
    r#"<pattern id="map-hatch-4" width="14" height="14" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="14" height="14" data-shade="4"/><rect class="map__hatch-line" width="5" height="14"/></pattern>"#,
);

/// The `<svg>`, named `name`: muted background areas, then one focusable group per named district, then the outlines of the
/// selected and focused districts, then the labels with their counts. The static layers arrive as markup from the
/// core (escaped there).
fn map_svg(
    layout: Arc<MapLayout>,
    districts: Signal<Vec<DistrictShade>>,
    outlined: Memo<Option<String>>,
    name: &'static str,
) -> impl IntoView {
    let groups = layout.districts.iter().map(|d| district_group(d, districts)).collect_view();
    let selected = {
        let layout = layout.clone();
        Memo::new(move |_| {
            districts.with(|shades| {
                layout
                    .districts
                    .iter()
                    .filter(|d| shades.get(d.index).is_some_and(|s| s.selected))
                    .map(MapDistrict::outline_markup)
                    .collect::<String>()
            })
        })
    };
    let focus = {
        let layout = layout.clone();
        Memo::new(move |_| {
            outlined.with(|id| {
                id.as_ref()
                    .and_then(|id| layout.districts.iter().find(|d| d.id == *id))
                    .map(MapDistrict::outline_markup)
                    .unwrap_or_default()
            })
        })
    };
    let labels = layout.districts.iter().map(|d| label(d, districts)).collect_view();
    view! {
        <div class="district-map__canvas" data-testid="district-map">
            <svg class="map" viewBox=layout.view_box.clone() role="group" aria-label=name>
                <defs inner_html=HATCHES></defs>
                <g class="map__background" aria-hidden="true" inner_html=layout.background_markup()></g>
                {groups}
                {outline(class::MAP_OUTLINE.to_owned(), selected)}
                {outline(format!("{} {}", class::MAP_OUTLINE, class::MAP_OUTLINE_FOCUS), focus)}
                <g class="map__labels" aria-hidden="true" font-size=layout.label_size>{labels}</g>
            </svg>
        </div>
    }
}

/// An outline layer: each path twice, a wide stroke in the card colour under a narrow one in ink (or the focus
/// colour), so the line is ≥ 3:1 against its halo whatever shade or neighbour lies beside it.
fn outline(classes: String, markup: Memo<String>) -> impl IntoView {
    view! {
        <g class=classes aria-hidden="true">
            <g class=class::OUTLINE_HALO inner_html=markup></g>
            <g class=class::OUTLINE_LINE inner_html=markup></g>
        </g>
    }
}

/// A district's label: its name and, in brackets, how many promises name it under the current filters, so the
/// count never rests on the shade alone (the legend's title says what the number counts). One line, so the core's
/// label placement keeps labels apart.
fn label(district: &MapDistrict, districts: Signal<Vec<DistrictShade>>) -> impl IntoView {
    let (x, y) = district.label;
    let count = shade_of(districts, district.index, |s| s.count);
    view! {
        <text class=class::MAP_LABEL data-district-id=district.id.clone() x=svg_number(x) y=svg_number(y) data-on-shade=shade_of(districts, district.index, |s| s.class.to_string())>
            {district.name.clone()}
            <tspan class=class::MAP_LABEL_COUNT>" (" {count} ")"</tspan>
        </text>
    }
}

/// One named district: a focusable toggle button made of its areas' paths.
fn district_group(district: &MapDistrict, districts: Signal<Vec<DistrictShade>>) -> impl IntoView {
    let index = district.index;
    let shade = move |pick: fn(&DistrictShade) -> String| shade_of(districts, index, pick);
    let selected = shade_of(districts, index, |s| s.selected);
    view! {
        <g class=class::MAP_DISTRICT class:map__district--priority=district.priority data-testid="map-district"
            data-district-id=district.id.clone() data-shade=shade(|s| s.class.to_string()) role="button" tabindex="0"
            aria-pressed=move || if selected() { "true" } else { "false" } aria-label=shade(|s| s.label.clone())>
            <title>{shade(|s| s.caption.clone())}</title>
            <g inner_html=district.paths_markup()></g>
        </g>
    }
}

/// A reactive getter for one field of the district at `index` (the default while the list is shorter).
fn shade_of<T: Default + 'static>(
    districts: Signal<Vec<DistrictShade>>,
    index: usize,
    pick: fn(&DistrictShade) -> T,
) -> impl Fn() -> T + Copy + Send + Sync + 'static {
    move || districts.with(|d| d.get(index).map(pick).unwrap_or_default())
}
