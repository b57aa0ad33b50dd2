//! The periods part: each period's span, title, texts and follow-up plan; add a period.
//!
//! Shell layer.

use leptos::prelude::*;
use medborgarloften_core::edit::{ops, Path};

use serde_json::{json, Value};

use crate::browser;
use crate::fields::{Choice, TextField};
use crate::items::Items;
use crate::state::Ws;

fn add_report(doc: &mut Value, list: &Path) -> Option<usize> {
    ops::push(doc, list, json!({"date": "", "precision": "month", "kind": "intern", "title": ""}))
}

fn add_group(doc: &mut Value, list: &Path) -> Option<usize> {
    ops::push(doc, list, json!({"id": "", "heading": ""}))
}

fn words(pairs: &'static [(&'static str, &'static str)]) -> Signal<Vec<(String, String)>> {
    Signal::derive(move || pairs.iter().map(|(v, w)| ((*v).to_owned(), (*w).to_owned())).collect())
}

fn report_fields(ws: Ws, at: Path) -> AnyView {
    view! {
        <TextField ws path=at.field("date") label="Datum (ÅÅÅÅ-MM-DD)"
            hint="När bara månaden eller året är känt: dess sista dag, och välj det nedan."/>
        <Choice ws path=at.field("precision") label="Datumet är känt till" optional=true
            options=words(&[("day", "dagen"), ("month", "månaden"), ("year", "året")])/>
        <Choice ws path=at.field("kind") label="Slag" options=words(&[("intern", "delrapport"), ("slut", "slutrapport")])/>
        <TextField ws path=at.field("title") label="Rubrik" hint="Till exempel ”Intern redovisning, tertial 1”."/>
    }
    .into_any()
}

fn group_fields(ws: Ws, at: Path) -> AnyView {
    view! {
        <TextField ws path=at.field("heading") label="Rubrik" hint="Till exempel ”Skiftinge” eller ”Trafik”."/>
        <TextField ws path=at.field("intro") label="Inledning, ordagrant" long=true optional=true/>
        <TextField ws path=at.field("id") label="Id (löftena pekar på det)" hint="Små bokstäver a–z, siffror och bindestreck."/>
        <TextField ws path=at.field("source_url") label="Källa" optional=true/>
    }
    .into_any()
}

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
                    <Items ws list=at.field("followup").field("reports") heading="Planerade rapporter" one="Rapport"
                        add=add_report first_field="date" fields=report_fields
                        hint="När uppföljningen enligt planen ska redovisas, till exempel ”Intern redovisning, tertial 1”."/>
                    <Items ws list=at.field("groups") heading="Grupper av löften" one="Grupp"
                        add=add_group first_field="heading" fields=group_fields
                        hint="Rubriker som delar periodens löften, till exempel stadsdelar eller teman."/>
                    <TextField ws path=at.field("source_url") label="Källa (adress där perioden publicerades)"/>
                    <TextField ws path=at.field("id") label="Id (löftena pekar på det)"/>
                </fieldset>
            }
        }).collect_view()}
        <button type="button" class="knapp" on:click=add>"Lägg till en period"</button>
    }
}
