//! The build's district map under the current filters: each district's shade, pressed state, name for screen
//! readers and count, the outlines of the selected and the focused districts (SVG has no z-order, so they are
//! drawn again on top, as in the app's `src/components/district_map/`), and the caption.

use medborgarloften_core::contract::{attr, class, dot, with_attr};
use medborgarloften_core::geo::count_text_in;
use medborgarloften_core::page::map_shades::DistrictShade;
use web_sys::Element;

use crate::page::{all_in, one_in, set_attr, set_class, set_text, Page};

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
        let of_district = with_attr(attr::DISTRICT, &shade.id);
        let pressed = if shade.selected { "true" } else { "false" };
        let class = shade.class.to_string();
        for district in page.all(&format!("{}{of_district}", dot::MAP_DISTRICT)) {
            set_attr(&district, attr::SHADE, &class);
            set_attr(&district, "aria-pressed", pressed);
            set_attr(&district, "aria-label", &shade.label);
            if let Some(title) = one_in(&district, "title") {
                set_text(&title, &shade.caption);
            }
        }
        for label in page.all(&format!("{}{of_district}", dot::MAP_LABEL)) {
            set_attr(&label, attr::ON_SHADE, &class);
            if let Some(count) = one_in(&label, dot::MAP_LABEL_COUNT) {
                set_text(&count, &format!(" ({})", shade.count));
            }
        }
        for button in page.all(&format!("{}{of_district}", dot::DISTRICT_BUTTON)) {
            set_attr(&button, "aria-pressed", pressed);
            if let Some(count) = one_in(&button, dot::DISTRICT_COUNT) {
                set_text(&count, &count_text_in(shade.count, page.language));
            }
        }
    }
    let selected: Vec<String> = shades.iter().filter(|s| s.selected).map(|s| s.id.clone()).collect();
    outline(page, Layer::Selected, &selected);
}

/// Draws the outlines of the districts `ids` in `layer`: bare copies of their areas' paths, each twice (a halo and
/// a line), with no test id or title, so the areas are not counted or announced twice.
pub fn outline(page: &Page, layer: Layer, ids: &[String]) {
    let holder = match layer {
        Layer::Selected => format!("{}:not({})", dot::MAP_OUTLINE, dot::MAP_OUTLINE_FOCUS),
        Layer::Focus => dot::MAP_OUTLINE_FOCUS.to_string(),
    };
    let Some(holder) = page.one(&holder) else { return };
    let paths: Vec<Element> = ids
        .iter()
        .flat_map(|id| page.all(&format!("{}{} {}", dot::MAP_DISTRICT, with_attr(attr::DISTRICT, id), dot::MAP_AREA)))
        .collect();
    for part in [dot::OUTLINE_HALO, dot::OUTLINE_LINE] {
        let Some(group) = one_in(&holder, part) else { continue };
        // Drawn again only when the districts change: a pointer moving over the map redraws nothing.
        let drawn: Vec<String> = all_in(&group, "path").iter().filter_map(|p| p.get_attribute("d")).collect();
        let wanted: Vec<String> = paths.iter().filter_map(|p| p.get_attribute("d")).collect();
        if drawn == wanted {
            continue;
        }
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

/// The caption under the map: `text`, marked `active` while it names a district.
pub fn caption(page: &Page, text: &str, active: bool) {
    let Some(caption) = page.one(dot::MAP_CAPTION) else { return };
    set_class(&caption, class::MAP_CAPTION_ACTIVE, active);
    set_text(&caption, text);
}
