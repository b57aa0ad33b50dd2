//! The `use_geometry` hook: fetches the dataset's map file once, lays the map out once per map file and mode
//! (town or whole kommun), and shades the districts on every filter change.
//!
//! Shell layer: Leptos reactivity around [`crate::api`] and the core's `geo::map_layout`/`district_shades`.
//! No DOM access.

use std::sync::Arc;

use leptos::prelude::*;
use medborgarloften_core::geo::{map_layout_in, GeoCollection, MapLayout};
use medborgarloften_core::page::filter::FacetOption;
use medborgarloften_core::page::map_shades::district_shades_in;
use medborgarloften_core::page::map_shades::DistrictShade;
use medborgarloften_core::page::view::Catalog;

use crate::api::{fetch_geometry, ErrorText, LoadError};
use crate::language::use_language;

/// The map as a page passes it on to `DistrictMap`.
#[derive(Clone, Copy)]
pub struct GeometryState {
    /// True when the dataset names a map file (otherwise there is no map to show).
    pub available: Signal<bool>,
    /// `None` while loading, then the layout or an error message in the page's language with its technical detail.
    pub layout: Memo<Option<Result<Arc<MapLayout>, ErrorText>>>,
    /// Every named district under the current filters, in dataset order.
    pub districts: Memo<Vec<DistrictShade>>,
    /// The map was opened: its file is fetched now (once).
    pub on_shown: Callback<()>,
}

/// The district map of `catalog`, shaded by the district facet's choices `districts`, of the whole kommun when
/// `whole` (else the town). A `preloaded` map file (the build-time render) is drawn until a fetched one arrives.
/// The map file is fetched only once the map is shown: from the start when `start_open`, else when
/// [`GeometryState::on_shown`] is called.
pub fn use_geometry(
    catalog: Memo<Option<Arc<Catalog>>>,
    districts: Memo<Vec<FacetOption>>,
    whole: Signal<bool>,
    preloaded: Option<Arc<GeoCollection>>,
    start_open: bool,
) -> GeometryState {
    let language = use_language();
    let words = &language.words.app.errors;
    // The map file is fetched once the map is shown (it starts open on a desktop; a phone opens it).
    let shown = RwSignal::new(start_open);
    let named = Memo::new(move |_| {
        catalog.with(|c| c.as_ref().and_then(|c| c.data().geometry.as_ref()).map(|g| g.districts.clone()))
    });
    let path = Memo::new(move |_| if shown.get() { named.get() } else { None });
    // Keyed on the path alone: a new filter or a reload of the same dataset does not fetch the map again.
    let resource = LocalResource::new(move || {
        let path = path.get();
        async move {
            match path {
                Some(path) => Some(fetch_geometry(&path).await),
                None => None,
            }
        }
    });
    let layout = Memo::new(move |_| {
        let catalog = catalog.get()?;
        let geo = match resource.get() {
            Some(fetched) => fetched?,
            None => Ok(preloaded.clone()?),
        };
        Some(match geo {
            Ok(geo) => map_layout_in(catalog.data(), &geo, !whole.get(), language)
                .map(Arc::new)
                .map_err(|err| LoadError::Map(err).map_message(words)),
            Err(err) => Err(err.map_message(words)),
        })
    });
    let districts = Memo::new(move |_| {
        catalog
            .with(|c| c.as_ref().map(|c| districts.with(|options| district_shades_in(c.data(), options, language))))
            .unwrap_or_default()
    });
    GeometryState {
        available: Signal::derive(move || named.with(Option::is_some)),
        on_shown: Callback::new(move |()| shown.set(true)),
        layout,
        districts,
    }
}
