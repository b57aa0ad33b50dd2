//! The build's district map under the current filters: each district's shade, pressed state, name for screen
//! readers and count, the outlines of the selected and the focused districts (SVG has no z-order, so they are
//! drawn again on top, as in the app's `src/components/district_map/`), and the caption under the pointer.

use medborgarloften_core::geo::count_text;

use medborgarloften_core::page::map_shades::DistrictShade;
use web_sys::Element;

use crate::page::{set_attr, set_text, Page};

/// The two outline layers of the build's map.
#[derive(Clone, Copy)]
pub enum Layer {
    /// The selected districts.
    Selected,
    /// The district with keyboard focus.
    Focus,
}

/// Shows `shades` on the map, its labels and its list of districts.
pub fn shade(page: &Page, shades: &[DistrictShade]) {
    for shade in shades {
        let id = &shade.id;
        let pressed = if shade.selected { "true" } else { "false" };
        for district in page.all(&format!("g.map__district[data-district-id=\"{id}\"]")) {
            set_attr(&district, "data-shade", &shade.class.to_string());
            set_attr(&district, "aria-pressed", pressed);
            set_attr(&district, "aria-label", &shade.label);
            if let Ok(Some(title)) = district.query_selector("title") {
                set_text(&title, &shade.caption);
            }
        }
        for label in page.all(&format!("text.map__label[data-district-id=\"{id}\"]")) {
            set_attr(&label, "data-on-shade", &shade.class.to_string());
            if let Ok(Some(count)) = label.query_selector(".map__label-count") {
                set_text(&count, &format!(" ({})", shade.count));
            }
        }
        for button in page.all(&format!(".district-list__button[data-district-id=\"{id}\"]")) {
            set_attr(&button, "aria-pressed", pressed);
            if let Ok(Some(count)) = button.query_selector(".district-list__count") {
                set_text(&count, &count_text(shade.count));
            }
        }
    }
    let selected: Vec<&str> = shades.iter().filter(|s| s.selected).map(|s| s.id.as_str()).collect();
    outline(page, Layer::Selected, &selected);
}

/// Draws the outlines of the districts `ids` in `layer`: bare copies of their areas' paths, each twice (a halo and
/// a line), with no test id or title, so the areas are not counted or announced twice.
pub fn outline(page: &Page, layer: Layer, ids: &[&str]) {
    let holder = match layer {
        Layer::Selected => "g.map__outline:not(.map__outline--focus)",
        Layer::Focus => "g.map__outline--focus",
    };
    let paths: Vec<Element> = ids
        .iter()
        .flat_map(|id| page.all(&format!("g.map__district[data-district-id=\"{id}\"] path.map__area")))
        .collect();
    for part in ["map__outline-halo", "map__outline-line"] {
        let Some(group) = page.one(&format!("{holder} > .{part}")) else { continue };
        group.set_text_content(None);
        for path in &paths {
            let Ok(copy) = path.clone_node() else { continue };
            let Ok(copy) = wasm_bindgen::JsCast::dyn_into::<Element>(copy) else { continue };
            for name in ["class", "data-testid", "data-code"] {
                let _ = copy.remove_attribute(name);
            }
            let _ = group.append_child(&copy);
        }
    }
}

/// The caption under the map: the district's (its title), or the build's text when `district` is `None`.
pub fn caption(page: &Page, district: Option<&Element>, resting: &str) {
    let Some(caption) = page.one(".district-map__caption") else { return };
    let text = district.and_then(|d| d.query_selector("title").ok().flatten()).and_then(|t| t.text_content());
    let _ = caption.class_list().toggle_with_force("district-map__caption--active", text.is_some());
    set_text(&caption, text.as_deref().unwrap_or(resting));
}
