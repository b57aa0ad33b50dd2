//! Leaf components: they take plain data, signals and callbacks, never context, the URL or resources — except the
//! page's language (`crate::language::use_language`), which each reads for the words it writes.

mod active_filters;
mod card_list;
mod district_map;
mod embed_dialog;
mod empty_state;
mod error_panel;
mod facet_group;
mod filter_panel;
mod more_button;
mod offline_banner;
mod period_list;
mod period_section;
mod promise_card;
mod promise_groups;
mod site_footer;
mod site_header;
mod technical_detail;
mod update_prompt;
mod url_notice;
mod visit_news;
mod year_overview;

pub use active_filters::ActiveFilters;
pub use card_list::CardList;
pub use district_map::DistrictMap;
pub use embed_dialog::EmbedDialog;
pub use empty_state::EmptyState;
pub use error_panel::ErrorPanel;
pub use facet_group::FacetGroup;
pub use filter_panel::FilterPanel;
pub use more_button::MoreButton;
pub use offline_banner::OfflineBanner;
pub use period_list::PeriodList;
pub use period_section::PeriodSection;
pub use promise_card::PromiseCard;
pub use promise_groups::PromiseGroups;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use technical_detail::TechnicalDetail;
pub use update_prompt::UpdatePrompt;
pub use url_notice::UrlNotice;
pub use visit_news::VisitNews;
pub use year_overview::YearOverview;
