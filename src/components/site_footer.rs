//! The page footer: the source of the promises, when the data was compiled, the files to download, and the links
//! to the site's accessibility statement and privacy note (written by the build at the site's root). Leaf
//! component.

use leptos::prelude::*;
use medborgarloften_core::dataset::model::Link;
use medborgarloften_core::export::downloads::Download;
use medborgarloften_core::lang::fill;
use medborgarloften_core::page::statement::{ACCESSIBILITY_PAGE, PRIVACY_PAGE};
use medborgarloften_core::Date;

use crate::language::use_language;

/// Site footer.
#[component]
pub fn SiteFooter(
    /// Where the promises were published.
    #[prop(into)]
    source: Signal<Option<Link>>,
    /// When the dataset was last updated.
    #[prop(into)]
    updated: Signal<Option<Date>>,
    /// The files to download for the dataset on screen; no list when empty.
    #[prop(into)]
    downloads: Signal<Vec<Download>>,
) -> impl IntoView {
    let language = use_language();
    let words = &language.words.app;
    let links = [(ACCESSIBILITY_PAGE, language.words.site.accessibility), (PRIVACY_PAGE, language.words.site.privacy)];
    view! {
        <footer class="site-footer">
            {move || source.get().map(|link| view! {
                <p>{words.source} <a href=link.url.clone() rel="noopener" target="_blank">{link.title.clone()}</a></p>
            })}
            {move || updated.get().map(|date| view! { <p>{fill(words.updated, &[("date", &date.long(language))])}</p> })}
            <Show when=move || downloads.with(|d| !d.is_empty())>
                <section class="downloads" aria-labelledby="ladda-ner" data-testid="downloads">
                    <h2 id="ladda-ner">{words.downloads}</h2>
                    <ul>
                        {move || downloads.get().into_iter().map(|d| view! {
                            <li><a href=d.href.clone() type=d.kind.media_type()>{d.text_in(language)}</a></li>
                        }).collect_view()}
                    </ul>
                </section>
            </Show>
            <p>{words.open_source}</p>
            // The same markup as the build's pages (core::page::statement::footer_links_html).
            <nav class="site-footer__about" aria-label=words.about_site>
                <ul>
                    {links.iter().map(|(href, text)| view! { <li><a href=*href>{*text}</a></li> }).collect_view()}
                </ul>
            </nav>
        </footer>
    }
}
