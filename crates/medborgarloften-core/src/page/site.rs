//! What a site built for one dataset says about itself before any promise is read: the page title, the meta
//! description, the installed app's name, the search box's example. The build step (the pre-render) writes these
//! into the page and the manifest, so a kommun's site names that kommun and no other.
//!
//! Page layer: may use `dataset`; must not import `export` (whose feed and description use it).

use crate::dataset::model::Dataset;
use crate::lang::{fill, Language};

/// Name of the app for home screens with little room (the manifest's `short_name`).
pub const SHORT_NAME: &str = "Medborgarlöften";

/// The words a site built for `data` uses about itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteMeta {
    /// The document title of the default view, e.g. "Medborgarlöften i Eskilstuna".
    pub title: String,
    /// The meta description and the manifest's description.
    pub description: String,
    /// The installed app's name (the manifest's `name`).
    pub app_name: String,
    /// The search box's example, e.g. "t.ex. trafik, Fröslunda".
    pub search_hint: String,
}

/// The site's words for `data`.
pub fn site_meta(data: &Dataset) -> SiteMeta {
    site_meta_in(data, crate::lang::SWEDISH)
}

/// The site's words for `data` in `lang` (the dataset's title and kommun's name as published).
pub fn site_meta_in(data: &Dataset, lang: &Language) -> SiteMeta {
    let place = &data.municipality.name;
    SiteMeta {
        title: data.title.clone(),
        description: fill(lang.words.site.description, &[("title", &data.title), ("place", place)]),
        app_name: data.title.clone(),
        search_hint: search_hint_in(data, lang),
    }
}

/// An example for the search box from the dataset's own words: a theme and a district when it has them, the
/// shortest of each (the first of equals), so the example fits a phone's search box.
pub fn search_hint(data: &Dataset) -> String {
    search_hint_in(data, crate::lang::SWEDISH)
}

/// [`search_hint`] in `lang`, from the names as the page shows them in it (translated where the dataset has it).
pub fn search_hint_in(data: &Dataset, lang: &Language) -> String {
    let shortest = |names: Vec<&str>| names.into_iter().min_by_key(|name| name.chars().count()).map(str::to_owned);
    let theme = shortest(data.themes.iter().map(|t| t.name_in(lang).text).collect()).map(|t| t.to_lowercase());
    let district = shortest(data.districts.iter().map(|d| d.name_in(lang).text).collect());
    let words = match (theme, district) {
        (Some(theme), Some(district)) => format!("{theme}{}{district}", lang.words.list_comma),
        (Some(word), None) | (None, Some(word)) => word,
        (None, None) => return lang.words.site.search_any.to_string(),
    };
    fill(lang.words.site.search_example, &[("words", &words)])
}
