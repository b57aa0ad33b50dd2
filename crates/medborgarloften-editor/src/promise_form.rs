//! One promise as a form: period, who promises (among the dataset's promisers), title, the verbatim text, themes,
//! districts, source, targets and follow-ups.
//!
//! Shell layer.

use leptos::prelude::*;
use medborgarloften_core::edit::{ops, Path};

use crate::fields::{named, Choice, TextField, Ticks};
use crate::followups::Followups;
use crate::state::Ws;
use crate::targets::Targets;

/// The form of promise `i`.
#[component]
pub fn PromiseForm(ws: Ws, i: usize) -> impl IntoView {
    let at = Path::root().field(ops::PROMISES).index(i);
    view! {
        <Choice ws path=at.field("period") label="Period" options=named(ws, "periods")/>
        <Ticks ws path=at.field("parties") legend="Vem lovar" options=named(ws, "parties")
            hint="Välj bland datamängdens parter; nya parter lägger du till under ”Uppgifter, parter, teman, områden”."/>
        <TextField ws path=at.field("title") label="Rubrik" hint="En kort rubrik för kortet, med dina egna ord."/>
        <TextField ws path=at.field("text") label="Löftet, ordagrant" long=true
            hint="Exakt som löftet publicerades, utan egna ändringar."/>
        <Ticks ws path=at.field("themes") legend="Teman (1–3)" options=named(ws, "themes")/>
        <Ticks ws path=at.field("districts") legend="Områden" options=named(ws, "districts")
            hint="Inget valt: löftet gäller hela kommunen."/>
        <TextField ws path=at.field("source_url") label="Källa (adress där löftet publicerades)" optional=true
            hint="Lämna tomt om det är periodens källa."/>
        <Targets ws i/>
        <Followups ws i/>
    }
}
