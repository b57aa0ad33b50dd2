//! A promise's target: what is promised as a number ("minst 200 trafikkontroller", "2 per vecka"), as the fields of
//! one record in the promise's list of targets (`items::Items`).
//!
//! Shell layer.

use leptos::prelude::*;
use medborgarloften_core::edit::Path;

use crate::fields::{Choice, NumberField, TextField};
use crate::state::Ws;

fn kinds() -> Signal<Vec<(String, String)>> {
    Signal::derive(|| {
        vec![("minst".to_owned(), "minst (eller fler)".to_owned()), ("exakt".to_owned(), "exakt".to_owned())]
    })
}

/// The fields of the target at `at`.
pub fn target_fields(ws: Ws, at: Path) -> AnyView {
    view! {
        <TextField ws path=at.field("label") label="Vad som räknas" hint="Till exempel ”trafikkontroller i Norrby”."/>
        <NumberField ws path=at.field("value") label="Antal".to_owned() optional=true
            hint="Lämna tomt om resultaten räknas utan mål."/>
        <Choice ws path=at.field("kind") label="Minst eller exakt" options=kinds() optional=true/>
        <TextField ws path=at.field("unit") label="Enhet" hint="Till exempel ”kontroller”."/>
        <TextField ws path=at.field("rate") label="Takt" optional=true hint="Till exempel ”per vecka”; tomt om antalet gäller hela perioden."/>
        <TextField ws path=at.field("id") label="Id (för uppföljningarnas värden)"/>
    }
    .into_any()
}
