//! One promise period: its title and where its follow-up stands in one sentence, then (folded) its intro, joint
//! goal and follow-up overview, then its promise cards, then the follow-up plan as a timeline and the period's
//! documents. Leaf component.

use leptos::prelude::*;
use medborgarloften_core::contract::{self, class, testid};
use medborgarloften_core::dataset::model::{lead_with_colon, Localized};
use medborgarloften_core::dataset::model::{Document, Period};
use medborgarloften_core::dataset::schedule::{ReportState, ScheduledReport};
use medborgarloften_core::lang::{fill, Language};
use medborgarloften_core::page::view::YearOverview as OverviewData;
use medborgarloften_core::page::view::{CardView, GroupView};

use super::{CardList, PromiseGroups, YearOverview};
use crate::language::use_language;

/// A period and its cards on screen.
#[component]
pub fn PeriodSection(
    /// The period.
    period: Period,
    /// The planned reports, each with its state today.
    plan: Vec<ScheduledReport>,
    /// "Nästa redovisning: …", or that every date has passed; `None` without a plan.
    next_report: Option<String>,
    /// The period's overview (summary sentence and counts) under the current filters.
    #[prop(into)]
    overview: Signal<OverviewData>,
    /// The period's cards on screen (with a district chosen: those that name it).
    #[prop(into)]
    cards: Signal<Vec<CardView>>,
    /// With a district chosen, the period's kommun-wide cards, listed apart under their own heading.
    #[prop(into)]
    kommun_wide: Signal<Vec<CardView>>,
    /// The same cards under the period's group headings; empty when the period has no groups.
    #[prop(into)]
    groups: Signal<Vec<GroupView>>,
    /// The promise opened by a link, if any.
    #[prop(into)]
    opened: Signal<Option<String>>,
    /// The latest copy to the clipboard: its key (a promise id) and whether it worked.
    #[prop(into)]
    copied: Signal<Option<(String, bool)>>,
    /// The app's address without query; card links add `?lofte=<id>`.
    link_base: String,
    /// The embedded layout: compact cards and the follow-up plan folded.
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    let language = use_language();
    let words = &language.words.app;
    let heading_id = format!("period-{}", period.year());
    let labelled_by = heading_id.clone();
    // The dataset's texts in the page's language where it has them, else Swedish, marked so (`lang`, `dir`).
    let shown =
        |text: Localized<'_>| (text.text.to_string(), text.lang_on(language), language.dir_of(text.lang_on(language)));
    let (title, title_lang, title_dir) = shown(period.title_in(language));
    let (intro, intro_lang, intro_dir) = shown(period.intro_in(language));
    let goal = period.goal.as_ref().map(|goal| (shown(goal.heading_in(language)), shown(goal.text_in(language))));
    let lead = period.lead_in(language).map(|lead| (lead_with_colon(lead.text), shown(lead)));
    let (heading, heading_lang, heading_dir) = shown(period.followup.heading_in(language));
    let followup_text = period.followup.text_in(language).map(shown);
    // In the embedded layout the plan is folded under its heading.
    let plan = view! {
        {followup_text.map(|(text, lang, dir)| view! { <p lang=lang dir=dir>{text}</p> })}
        {plan_view(plan, language)}
        {next_report.map(|text| view! { <p class="plan__next" data-testid="next-report">{text}</p> })}
        {documents_view(period.documents.clone(), period.source_url.clone(), language)}
    };
    view! {
        <section class=class::PERIOD id=contract::period_id(period.year()) aria-labelledby=labelled_by>
            <header class="period__header">
                <h2 id=heading_id lang=title_lang dir=title_dir>{title}</h2>
                // The answer to "has it been done?", before anything folded: one sentence, the same whatever the filters.
                <p class="period__status" data-testid=testid::PERIOD_STATUS>{move || overview.with(|o| o.headline.clone())}</p>
                // Folded on every screen, so the first promise is on the first screen; the lead stays, it opens the list.
                <details class="period__about" data-testid="period-about">
                    <summary>{fill(words.period_about, &[("years", &period.years_label())])}</summary>
                    <p class="period__intro" lang=intro_lang dir=intro_dir>{intro}</p>
                    {goal.map(|((heading, heading_lang, heading_dir), (text, text_lang, text_dir))| view! {
                        <div class="period__goal">
                            <h3 class="period__goal-heading" lang=heading_lang dir=heading_dir>{heading}</h3>
                            <p lang=text_lang dir=text_dir>{text}</p>
                        </div>
                    })}
                    <YearOverview year=period.year() label=period.years_label() overview=overview/>
                </details>
                {lead.map(|(lead, (_, lang, dir))| view! { <p class="period__lead" lang=lang dir=dir>{lead}</p> })}
            </header>
            {if period.groups.is_empty() {
                view! { <CardList cards=cards opened=opened copied=copied link_base=link_base.clone() compact=compact/> }.into_any()
            } else {
                view! { <PromiseGroups year=period.year() groups=groups opened=opened copied=copied link_base=link_base.clone() compact=compact/> }.into_any()
            }}
            // While a district is chosen, the kommun-wide cards under their own heading; the place is always in the
            // page, hidden while empty (the page's first module moves the build's cards into it).
            <div class=class::KOMMUN_WIDE hidden=move || kommun_wide.with(Vec::is_empty)>
                <h3 class="period__group-heading" data-testid="kommun-wide-heading">{language.words.page.kommun_wide_heading}</h3>
                <CardList cards=kommun_wide opened=opened copied=copied link_base=link_base.clone() compact=compact/>
            </div>
            <footer class="period__followup" data-testid="followup-plan">
                {if compact {
                    view! { <details class="period__plan"><summary lang=heading_lang dir=heading_dir>{heading}</summary>{plan}</details> }.into_any()
                } else {
                    view! { <h3 lang=heading_lang dir=heading_dir>{heading}</h3>{plan}}.into_any()
                }}
            </footer>
        </section>
    }
}

/// The planned reports as an ordered timeline, each "redovisad" once a follow-up from it is published, else
/// whether its date has passed; then what a tertial is, once.
fn plan_view(plan: Vec<ScheduledReport>, language: &'static Language) -> Option<impl IntoView> {
    let words = &language.words.app;
    (!plan.is_empty()).then(|| {
        view! {
            <ol class="plan" aria-label=words.plan>
                {plan.into_iter().map(|r| {
                    let state = match (r.published, r.state) {
                        (true, _) => "published",
                        (false, ReportState::Passed) => "passed",
                        (false, ReportState::Next) => "next",
                        (false, ReportState::Upcoming) => "upcoming",
                    };
                    let state_text = r.state_text_in(language);
                    view! {
                        <li class=format!("plan__item plan__item--{state}") data-testid="plan-report">
                            <span class="plan__when"><time datetime=r.date.to_string()>{r.when}</time></span>
                            <span class="plan__title">{r.title}</span>
                            <span class="plan__state">{state_text}</span>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <p class="plan__note">{medborgarloften_core::dataset::tertial::tertial_explained(language)}</p>
        }
    })
}

/// The period's documents; one without its own address links to the period's source page.
fn documents_view(documents: Vec<Document>, source_url: String, language: &'static Language) -> Option<impl IntoView> {
    let words = &language.words.app;
    let (lang, dir) = (language.swedish_text_lang(), language.swedish_text_dir());
    (!documents.is_empty()).then(|| {
        view! {
            <h4 class="documents__heading">{words.documents}</h4>
            <ul class="documents">
                {documents.into_iter().map(|doc| {
                    let (href, where_) = match doc.url {
                        Some(url) => (url, None),
                        None => (source_url.clone(), Some(words.document_at_source)),
                    };
                    view! {
                        <li>
                            <a href=href target="_blank" rel="noopener" lang=lang dir=dir>{doc.title}</a>
                            {where_}
                            {doc.note.map(|note| view! { <span class="documents__note">" – " <span lang=lang dir=dir>{note}</span></span> })}
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
    })
}
