//! The first cards of a page, for building it in steps: a cheap phone draws the whole list in one long task, so
//! the app builds it a few cards per frame before it shows (see the shell's `stagger.rs`). Pure: cuts a list of
//! [`PeriodView`]s; which cards and in which order never change, only how many.
//!
//! Page layer (`view`): may use the other modules of `page` and the layers below; must not import `export`.

use super::PeriodView;

/// The periods of `periods` holding their first `budget` cards in display order (each period's cards, then its
/// kommun-wide cards, period after period). A period with no card within the budget is left out; its groups keep
/// only the cards kept. With a budget at least the number of cards, the periods come back whole.
pub fn first_cards(periods: &[PeriodView], budget: usize) -> Vec<PeriodView> {
    let mut left = budget;
    let mut out = Vec::new();
    for period in periods {
        if left == 0 {
            break;
        }
        let mut kept = period.clone();
        kept.cards.truncate(left);
        left -= kept.cards.len();
        kept.kommun_wide.truncate(left);
        left -= kept.kommun_wide.len();
        if kept.cards.len() < period.cards.len() {
            let shown = kept.cards.len();
            let mut seen = 0;
            for group in &mut kept.groups {
                let room = shown - seen;
                group.cards.truncate(room);
                seen += group.cards.len();
            }
            kept.groups.retain(|g| !g.cards.is_empty());
        }
        if !kept.cards.is_empty() || !kept.kommun_wide.is_empty() {
            out.push(kept);
        }
    }
    out
}

/// How many cards `periods` hold in all.
pub fn card_count(periods: &[PeriodView]) -> usize {
    periods.iter().map(|p| p.cards.len() + p.kommun_wide.len()).sum()
}
