//! The page built in steps before it shows. On a cheap phone, building every card, the filters and the periods in
//! one go is one long task (about 400 ms at a quarter of a laptop's speed) in which the page cannot answer a tap.
//! While the pre-rendered copy is still on screen (see `take_over.rs`), nobody sees the app, so it builds itself a
//! part per animation frame instead: first the page's frame and the count, then the filters, then a few cards per
//! frame, and only then takes over. Once it has, or at build time, everything renders at once.
//!
//! Shell layer: one signal and an effect; which cards come first is the core's `page::view::first_cards`.

use leptos::prelude::*;

/// Cards added per frame: each step stays well under the 50 ms that counts as a long task on a slow phone.
const CARDS_PER_STEP: usize = 3;

/// The step after the last: everything is built.
const DONE: usize = usize::MAX;

/// How much of the page is built.
#[derive(Clone, Copy)]
pub struct Stagger {
    /// How many cards may be on the page.
    pub budget: Signal<usize>,
    /// Whether the filter panel is built.
    pub filters: Signal<bool>,
    /// True once everything is built; from then on every change renders at once.
    pub done: Signal<bool>,
}

/// Builds the page in steps, one per animation frame, once `cards` (how many cards the page holds) is known.
/// With `at_once` (the build-time render) everything is built from the start.
pub fn use_stagger(cards: Signal<Option<usize>>, at_once: bool) -> Stagger {
    let step = RwSignal::new(if at_once { DONE } else { 0 });
    Effect::new(move |_| {
        let (Some(total), current) = (cards.get(), step.get()) else { return };
        if current != DONE {
            request_animation_frame(move || step.set(next_step(current, total)));
        }
    });
    Stagger {
        budget: Signal::derive(move || budget(step.get())),
        filters: Signal::derive(move || step.get() >= 1),
        done: Signal::derive(move || step.get() == DONE),
    }
}

/// Cards allowed at `step`: none for the frame (0) and the filters (1), then [`CARDS_PER_STEP`] more per step.
fn budget(step: usize) -> usize {
    if step == DONE {
        DONE
    } else {
        step.saturating_sub(1) * CARDS_PER_STEP
    }
}

/// The step after `step` for a page of `total` cards: [`DONE`] once every card is within the budget.
fn next_step(step: usize, total: usize) -> usize {
    let next = step + 1;
    if next >= 2 && budget(next) >= total {
        DONE
    } else {
        next
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_through_the_filters_then_the_cards_a_few_at_a_time() {
        let mut step = 0;
        let mut budgets = Vec::new();
        while step != DONE {
            step = next_step(step, 7);
            budgets.push(budget(step));
        }
        assert_eq!(budgets, vec![0, 3, 6, DONE]);
        assert_eq!(next_step(0, 0), 1, "an empty page still builds its filters first");
        assert_eq!(next_step(1, 0), DONE);
        assert_eq!(next_step(1, 3), DONE);
    }
}
