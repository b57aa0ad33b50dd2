//! The `use_geometry` hook: fetches the dataset's map file once, lays the map out once per map file and mode
//! (town or whole kommun), and shades the districts on every filter change.
//!
//! Shell layer: Leptos reactivity around [`crate::api`] and the core's `geo::map_layout`/`district_shades`.
//! No DOM access.

use std::sync::Arc;

use leptos::prelude::*;
use medborgarloften_core::filter::Facets;
use medborgarloften_core::geo::{district_shades, map_layout, DistrictShade, MapLayout};
use medborgarloften_core::Dataset;

use crate::api::fetch_geometry;

/// The map as a page passes it on to `DistrictMap`.
#[derive(Clone, Copy)]
pub struct GeometryState {
    /// True when the dataset names a map file (otherwise there is no map to show).
    pub available: Signal<bool>,
    /// `None` while loading, then the layout or a Swedish error message.
    pub layout: Memo<Option<Result<Arc<MapLayout>, String>>>,
    /// Every named district under the current filters, in dataset order.
    pub districts: Memo<Vec<DistrictShade>>,
    /// True when the whole kommun is drawn, false for the town only.
    pub whole: Signal<bool>,
    /// Switches between the town and the whole kommun.
    pub on_whole: Callback<bool>,
}

/// The district map of `data`, shaded by the district facet of `facets`.
pub fn use_geometry(data: Memo<Option<Arc<Dataset>>>, facets: Memo<Facets>) -> GeometryState {
    let path =
        Memo::new(move |_| data.with(|d| d.as_ref().and_then(|d| d.geometry.as_ref()).map(|g| g.districts.clone())));
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
    // The town first: it is where the named districts are. View-local, like an open panel; not in the URL.
    let whole = RwSignal::new(false);
    let layout = Memo::new(move |_| {
        let data = data.get()?;
        let geo = resource.get()??;
        Some(match geo {
            Ok(geo) => map_layout(&data, &geo, !whole.get())
                .map(Arc::new)
                .map_err(|err| format!("Kartan kan inte visas: {err}.")),
            Err(err) => Err(err.message()),
        })
    });
    let districts = Memo::new(move |_| {
        data.with(|d| d.as_ref().map(|d| facets.with(|f| district_shades(d, &f.districts))).unwrap_or_default())
    });
    GeometryState {
        available: Signal::derive(move || path.with(Option::is_some)),
        layout,
        districts,
        whole: whole.into(),
        on_whole: Callback::new(move |on| whole.set(on)),
    }
}
