//! Leaf components: they take plain data, signals and callbacks, never context, the URL or resources.

mod active_filters;
mod empty_state;
mod error_panel;
mod facet_group;
mod filter_panel;
mod period_section;
mod promise_card;
mod site_footer;
mod site_header;
mod url_notice;

pub use active_filters::ActiveFilters;
pub use empty_state::EmptyState;
pub use error_panel::ErrorPanel;
pub use facet_group::FacetGroup;
pub use filter_panel::FilterPanel;
pub use period_section::PeriodSection;
pub use promise_card::PromiseCard;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use url_notice::UrlNotice;
