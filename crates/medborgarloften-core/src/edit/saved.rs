//! How the workspace names a draft kept on the device when the editor comes back: "Fortsätt med utkastet från 12
//! december 14.03". The shell reads the clock and the device's time zone; the words are here.
//!
//! Pure core: no UI dependency.

use crate::dataset::date::Date;

/// When a draft was last saved, in the device's local time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SavedAt {
    /// The calendar year.
    pub year: i32,
    /// 1–12.
    pub month: u32,
    /// 1–31.
    pub day: u32,
    /// 0–23.
    pub hour: u32,
    /// 0–59.
    pub minute: u32,
}

impl SavedAt {
    /// "12 december 14.03" (the year added when it is not `this_year`), as Swedish writes a time of day.
    pub fn words(&self, this_year: i32) -> String {
        let month = Date::from_ymd(self.year, self.month, self.day).map_or("", |d| d.month_name_sv());
        let year = if self.year == this_year { String::new() } else { format!(" {}", self.year) };
        format!("{} {month}{year} {}.{:02}", self.day, self.hour, self.minute)
    }
}

/// The button that opens a kept draft: "Fortsätt med utkastet från 12 december 14.03".
pub fn continue_label(saved: SavedAt, this_year: i32) -> String {
    format!("Fortsätt med utkastet från {}", saved.words(this_year))
}

/// "Sparat på den här enheten 14.03": the line that says the draft is kept as the editor types.
pub fn saved_line(saved: SavedAt) -> String {
    format!("Sparat på den här enheten {}.{:02}", saved.hour, saved.minute)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_is_named_by_day_and_time() {
        let at = SavedAt { year: 2026, month: 12, day: 12, hour: 14, minute: 3 };
        assert_eq!(continue_label(at, 2026), "Fortsätt med utkastet från 12 december 14.03");
        assert_eq!(at.words(2027), "12 december 2026 14.03");
        assert_eq!(saved_line(at), "Sparat på den här enheten 14.03");
    }
}
