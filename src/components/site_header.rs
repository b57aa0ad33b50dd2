//! The page header: what the app is and which municipality it shows. Leaf component.

use leptos::prelude::*;
use medborgarloften_core::dataset::look::Logo;

use crate::language::use_language;

/// Site header. In the embedded layout it shrinks to one line.
#[component]
pub fn SiteHeader(
    /// Where the skip link at the header's start leads (the results). In the header, so that it sits in a
    /// landmark: on a page with the language switch before it, it is not the page's first link.
    skip_to: String,
    /// The dataset's title, once loaded.
    #[prop(into)]
    title: Signal<Option<String>>,
    /// True for made-up example data, which gets a visible label.
    #[prop(into)]
    example: Signal<bool>,
    /// True in the compact embedded layout.
    #[prop(into)]
    compact: Signal<bool>,
    /// The kommun's logo (its dataset's `look`), shown above the title; its address is relative to the page.
    #[prop(into)]
    logo: Signal<Option<Logo>>,
) -> impl IntoView {
    let language = use_language();
    let words = &language.words.app;
    // The dataset's title is Swedish, as published: marked so on another language's page.
    let title_lang = move || title.with(Option::is_some).then(|| language.swedish_text_lang()).flatten();
    view! {
        <header class="site-header" class:compact=move || compact.get()>
            <a class="skip-link" href=skip_to>{words.skip_link}</a>
            <div class="site-header__inner">
                {move || logo.get().map(|logo| view! {
                    <img class="site-header__logo" src=logo.src alt=logo.alt data-testid="site-logo"/>
                })}
                <p class="site-header__eyebrow">{words.eyebrow}</p>
                <h1 lang=title_lang dir=move || language.dir_of(title_lang())>{move || title.get().unwrap_or_else(|| words.fallback_title.to_string())}</h1>
                <Show when=move || example.get()>
                    <p class="example-label" data-testid="example-label">
                        {words.example_label}
                    </p>
                </Show>
            </div>
        </header>
    }
}
