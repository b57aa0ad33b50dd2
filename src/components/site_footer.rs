//! The page footer: the source of the promises and when the data was compiled. Leaf component.

use leptos::prelude::*;
use medborgarloften_core::model::Link;
use medborgarloften_core::Date;

/// Site footer.
#[component]
pub fn SiteFooter(
    /// Where the promises were published.
    #[prop(into)]
    source: Signal<Option<Link>>,
    /// When the dataset was last updated.
    #[prop(into)]
    updated: Signal<Option<Date>>,
) -> impl IntoView {
    view! {
        <footer class="site-footer">
            {move || source.get().map(|link| view! {
                <p>"Källa: " <a href=link.url.clone() rel="noopener" target="_blank">{link.title.clone()}</a></p>
            })}
            {move || updated.get().map(|date| view! { <p>"Uppgifterna uppdaterades " {date.long_sv()} "."</p> })}
            <p>"Öppen källkod. Texten i löftena är återgiven ordagrant."</p>
        </footer>
    }
}
