//! The periods part: each period's span, title, texts and follow-up plan; add a period.
//!
//! Shell layer.

use leptos::prelude::*;
use medborgarloften_core::edit::{ops, Path};

use crate::browser;
use crate::fields::TextField;
use crate::state::Ws;

/// The periods part.
#[component]
pub fn Periods(ws: Ws) -> impl IntoView {
    let list = Path::root().field("periods");
    let count = {
        let list = list.clone();
        Memo::new(move |_| ws.count(&list))
    };
    let add_list = list.clone();
    let add = move |_| {
        let year = browser::saved_at(browser::now_ms()).year;
        let mut added = None;
        ws.edit(|doc| {
            added = ops::new_period(doc, u16::try_from(year).unwrap_or(2026));
            added.is_some()
        });
        if let Some(j) = added {
            ws.status.set("En ny period är tillagd.".to_owned());
            browser::focus_after_paint(add_list.index(j).field("title").anchor());
        }
    };
    view! {
        <h2>"Perioder"</h2>
        {move || (0..count.get()).map(|j| {
            let at = list.index(j);
            let legend = at.field("title");
            view! {
                <fieldset class="grupp" id=at.anchor() tabindex="-1">
                    <legend>{move || ws.text(&legend)}</legend>
                    <TextField ws path=at.field("title") label="Rubrik" hint="Till exempel ”Medborgarlöfte 2022–2023”."/>
                    <TextField ws path=at.field("start") label="Första månaden (ÅÅÅÅ-MM)"/>
                    <TextField ws path=at.field("end") label="Sista månaden (ÅÅÅÅ-MM)"/>
                    <TextField ws path=at.field("intro") label="Inledning, ordagrant" long=true/>
                    <TextField ws path=at.field("lead") label="Inledning till löftena" optional=true
                        hint="Till exempel ”Polisen och kommunen lovar att:”."/>
                    <TextField ws path=at.field("followup").field("heading") label="Uppföljningens rubrik"/>
                    <TextField ws path=at.field("followup").field("text") label="Så följs löftena upp, ordagrant" long=true optional=true/>
                    <TextField ws path=at.field("source_url") label="Källa (adress där perioden publicerades)"/>
                    <TextField ws path=at.field("id") label="Id (löftena pekar på det)"/>
                </fieldset>
            }
        }).collect_view()}
        <button type="button" class="knapp" on:click=add>"Lägg till en period"</button>
    }
}
