//! Today's date from the browser's clock, as a core [`Date`]. The only place the app reads the clock, so the core
//! stays pure and its schedule tests pass explicit dates.
//!
//! Shell layer: js_sys only.

use medborgarloften_core::Date;

/// The local date today; `None` if the browser's clock gives something that is not a date.
pub fn today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    // Local time, like the reader's calendar; the month is 0-based.
    let year = now.get_full_year();
    Date::from_ymd(i32::try_from(year).ok()?, now.get_month() + 1, now.get_date())
}
