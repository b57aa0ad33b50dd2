//! Periods on a page: headings such as "Medborgarlöfte 2019", "Medborgarlöfte 2022–2023", "Medborgarlöften
//! 2024-2025" or "Medborgarlöfte juli 2018–juni 2020" (a run of one to four calendar years), date ranges in running
//! text ("löpa från 2018-07-01—2020-06-30", "1 juli 2018 - 30 juni 2020"), and the kommun a page's title names
//! ("Eskilstuna – medborgarlöften", "Medborgarlöfte i Åsele").
//!
//! Import layer: of the layers below uses `dataset::date`, `dataset::month` and `text::fold`; of its own only `blocks`.

use crate::dataset::date::Date;
use crate::dataset::month::Month;
use crate::import::blocks::{find_date, month_number};
use crate::text::fold::fold;

/// Most calendar years a period may run over (the brief's "year spans of 1–4 years").
pub(crate) const MAX_YEARS: u16 = 4;

/// The months a period runs over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Span {
    /// The first month.
    pub start: Month,
    /// The last month.
    pub end: Month,
    /// True when the page names the months; false when it names only years (January to December is assumed).
    pub months_given: bool,
}

impl Span {
    /// The period's id: `2019`, or `2022-2023` for a run of years.
    pub(crate) fn id(&self) -> String {
        if self.start.year == self.end.year {
            self.start.year.to_string()
        } else {
            format!("{}-{}", self.start.year, self.end.year)
        }
    }

    /// A title for a period read from dates, not a heading: "Medborgarlöfte juli 2018–juni 2020".
    pub(crate) fn title(&self) -> String {
        if self.start.month == 1 && self.end.month == 12 {
            if self.start.year == self.end.year {
                format!("Medborgarlöfte {}", self.start.year)
            } else {
                format!("Medborgarlöfte {}–{}", self.start.year, self.end.year)
            }
        } else {
            format!("Medborgarlöfte {}–{}", self.start.text_sv(), self.end.text_sv())
        }
    }

    /// The span of whole calendar years, January to December.
    pub(crate) fn years(first: u16, last: u16) -> Option<Span> {
        let ok = (2000..=2099).contains(&first) && last >= first && last - first < MAX_YEARS;
        ok.then_some(Span {
            start: Month { year: first, month: 1 },
            end: Month { year: last, month: 12 },
            months_given: false,
        })
    }

    fn months(start: Month, end: Month) -> Option<Span> {
        let ok = (2000..=2099).contains(&start.year) && end >= start && end.year - start.year < MAX_YEARS;
        ok.then_some(Span { start, end, months_given: true })
    }
}

/// A period heading: its title as written (without anything after a full stop or colon) and its span.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Heading {
    /// "Medborgarlöfte 2022–2023", verbatim.
    pub title: String,
    /// The months it covers.
    pub span: Span,
    /// The place a heading such as "Medborgarlöfte i Ale 2020" names.
    pub place: Option<String>,
}

/// The word a period heading starts with, folded.
fn is_promise_word(word: &str) -> bool {
    matches!(
        fold(word.trim_end_matches([':', '.', ','])).as_str(),
        "medborgarlofte" | "medborgarloften" | "medborgarloftet"
    )
}

/// A period heading, or `None`. The line must start with "Medborgarlöfte(n)", may name a place ("i Ale"), and must
/// end with the years, or with a full stop or colon after them ("Medborgarlöfte 2022-2023. Arbete pågår …").
pub(crate) fn heading(line: &str) -> Option<Heading> {
    let line = line.trim();
    let (first, mut rest) = split_word(line);
    if !is_promise_word(first) || first.ends_with([':', '.', ',']) {
        return None;
    }
    let (word, after) = split_word(rest);
    if fold(word) == "for" {
        rest = after;
    }
    let mut place = None;
    let (word, after) = split_word(rest);
    if word == "i" {
        let mut words = Vec::new();
        let mut tail = after;
        loop {
            let (w, t) = split_word(tail);
            let is_place_word = w.starts_with(char::is_uppercase) && month_number(w).is_none();
            if w.is_empty() || !is_place_word || words.len() == 3 {
                break;
            }
            words.push(w);
            tail = t;
        }
        if words.is_empty() {
            return None;
        }
        place = Some(words.join(" "));
        rest = tail;
    }
    let (span, tail) = span_at(rest)?;
    let tail_trimmed = tail.trim_start();
    if !(tail_trimmed.is_empty() || tail_trimmed.starts_with(['.', ':', ','])) {
        return None;
    }
    let title = line[..line.len() - tail.len()].trim_end().to_string();
    Some(Heading { title, span, place })
}

/// The first word of `text` (after white space) and the text after it.
fn split_word(text: &str) -> (&str, &str) {
    let text = text.trim_start();
    let end = text.find(char::is_whitespace).unwrap_or(text.len());
    (&text[..end], &text[end..])
}

/// Four ASCII digits at the start of `text` as a year, with the rest.
fn year_at(text: &str) -> Option<(u16, &str)> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    (digits == 4).then(|| text[..4].parse().ok().map(|y| (y, &text[4..]))).flatten()
}

/// A span at the start of `text` ("2019", "2022–2023", "2022-23", "juli 2018–juni 2020") and the text after it.
fn span_at(text: &str) -> Option<(Span, &str)> {
    let text = text.trim_start();
    let (first_month, text) = month_then(text);
    let (first, rest) = year_at(text)?;
    let after_sep = rest.trim_start();
    let sep_len = ["–", "—", "-", "/", "till "].iter().find(|s| after_sep.starts_with(*s)).map(|s| s.len());
    let Some(sep_len) = sep_len else {
        return match first_month {
            None => Span::years(first, first).map(|s| (s, rest)),
            Some(_) => None,
        };
    };
    let (last_month, second) = month_then(after_sep[sep_len..].trim_start());
    let digits = second.bytes().take_while(u8::is_ascii_digit).count();
    let (last, rest) = match digits {
        4 => year_at(second)?,
        2 => (first / 100 * 100 + second[..2].parse::<u16>().ok()?, &second[2..]),
        _ => return None,
    };
    let span = match (first_month, last_month) {
        (None, None) => Span::years(first, last)?,
        (Some(m1), Some(m2)) => Span::months(Month::new(first, m1)?, Month::new(last, m2)?)?,
        _ => return None,
    };
    Some((span, rest))
}

/// A month name at the start of `text`, and the text after it (all of `text` when there is none).
fn month_then(text: &str) -> (Option<u8>, &str) {
    let (word, rest) = split_word(text);
    match month_number(word).and_then(|m| u8::try_from(m).ok()) {
        Some(m) if !word.is_empty() && word.chars().all(char::is_alphabetic) => (Some(m), rest.trim_start()),
        _ => (None, text),
    }
}

/// A date range in running text: "2018-07-01—2020-06-30", "1 juli 2018 - 30 juni 2020", "från 1 januari 2020 till
/// 31 december 2020". The period then runs from the first date's month to the second's.
pub(crate) fn date_range(text: &str) -> Option<(Span, String)> {
    let dates = dates_in(text);
    dates.windows(2).find_map(|pair| {
        let ((_, a_end, a), (b_start, b_end, b)) = (pair[0], pair[1]);
        let between = text.get(a_end..b_start)?.trim();
        if !matches!(between, "-" | "–" | "—" | "till" | "t.o.m." | "t.o.m" | "tom" | "--") {
            return None;
        }
        let month = |d: Date| {
            Month::new(
                u16::try_from(chrono::Datelike::year(&d.0)).ok()?,
                u8::try_from(chrono::Datelike::month(&d.0)).ok()?,
            )
        };
        let span = Span::months(month(a)?, month(b)?)?;
        Some((span, text.get(pair[0].0..b_end)?.to_string()))
    })
}

/// Every date in `text` with its byte range: `YYYY-MM-DD`, and `D månad YYYY`.
fn dates_in(text: &str) -> Vec<(usize, usize, Date)> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let iso = |i: usize| {
        bytes.get(i..i + 10).is_some_and(|w| {
            w.iter().enumerate().all(|(k, b)| if k == 4 || k == 7 { *b == b'-' } else { b.is_ascii_digit() })
        }) && (i == 0 || !bytes[i - 1].is_ascii_digit())
            && !bytes.get(i + 10).is_some_and(u8::is_ascii_digit)
    };
    for i in 0..bytes.len() {
        if iso(i) {
            if let Some(date) = text.get(i..i + 10).and_then(Date::parse) {
                found.push((i, i + 10, date));
            }
        }
    }
    // "1 juli 2018": three words in a row.
    let words: Vec<(usize, &str)> =
        text.split_whitespace().map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w)).collect();
    for triple in words.windows(3) {
        let (start, day) = triple[0];
        let (_, month) = triple[1];
        let (year_start, year) = triple[2];
        let day_ok = !day.is_empty() && day.len() <= 3 && day.trim_end_matches('.').bytes().all(|b| b.is_ascii_digit());
        if !day_ok || month_number(month).is_none() || !month.chars().all(char::is_alphabetic) {
            continue;
        }
        let year_digits = year.bytes().take_while(u8::is_ascii_digit).count();
        if year_digits != 4 {
            continue;
        }
        let phrase = text.get(start..year_start + 4).unwrap_or_default();
        if let Some(date) = find_date(phrase) {
            found.push((start, year_start + 4, date));
        }
    }
    found.sort_by_key(|&(start, _, _)| start);
    found
}

/// The kommun a page title names: "Eskilstuna – medborgarlöften" → "Eskilstuna", "Medborgarlöfte i Åsele" →
/// "Åsele". A heading with years ("Medborgarlöfte i Ale 2020") is read by [`heading`] instead.
pub(crate) fn title_place(line: &str) -> Option<String> {
    let line = line.trim();
    for sep in [" – ", " - ", " — ", ": "] {
        if let Some((place, after)) = line.split_once(sep) {
            let (word, rest) = split_word(after);
            if is_promise_word(word) && rest.trim().is_empty() && is_place(place) {
                return Some(place.trim().to_string());
            }
        }
    }
    let (first, rest) = split_word(line);
    let (word, place) = split_word(rest);
    (is_promise_word(first) && word == "i" && is_place(place)).then(|| place.trim().to_string())
}

/// One to four words, the first a capital, no digits.
fn is_place(text: &str) -> bool {
    let text = text.trim();
    let words = text.split_whitespace().count();
    (1..=4).contains(&words) && text.starts_with(char::is_uppercase) && !text.contains(|c: char| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(line: &str) -> Option<(String, String, String)> {
        heading(line).map(|h| (h.span.id(), h.span.start.to_string(), h.span.end.to_string()))
    }

    fn owned(id: &str, start: &str, end: &str) -> Option<(String, String, String)> {
        Some((id.to_string(), start.to_string(), end.to_string()))
    }

    #[test]
    fn headings_with_one_to_four_years_are_periods() {
        assert_eq!(span("Medborgarlöfte 2019"), owned("2019", "2019-01", "2019-12"));
        assert_eq!(span("Medborgarlöfte 2022–2023"), owned("2022-2023", "2022-01", "2023-12"));
        assert_eq!(span("Medborgarlöften 2024-2025"), owned("2024-2025", "2024-01", "2025-12"));
        assert_eq!(span("Medborgarlöfte 2022 - 2023"), owned("2022-2023", "2022-01", "2023-12"));
        assert_eq!(span("Medborgarlöfte 2022-23"), owned("2022-2023", "2022-01", "2023-12"));
        assert_eq!(span("Medborgarlöfte 2024–2027"), owned("2024-2027", "2024-01", "2027-12"));
        assert_eq!(span("Medborgarlöfte juli 2018–juni 2020"), owned("2018-2020", "2018-07", "2020-06"));
        assert_eq!(span("Medborgarlöfte 2018–2025"), None, "eight years are no period");
        assert_eq!(span("Medborgarlöfte 2019 gäller hela kommunen"), None, "a sentence is no heading");
        assert_eq!(span("Medborgarlöftet följs upp 2019"), None);
    }

    #[test]
    fn a_heading_keeps_its_words_and_may_name_a_place() {
        let h = heading("Medborgarlöfte 2022-2023. Arbete pågår med att ta fram nya löften.").expect("a heading");
        assert_eq!(h.title, "Medborgarlöfte 2022-2023");
        let h = heading("Medborgarlöfte i Ale 2020").expect("a heading");
        assert_eq!(
            (h.title.as_str(), h.place.as_deref(), h.span.id()),
            ("Medborgarlöfte i Ale 2020", Some("Ale"), "2020".into())
        );
    }

    #[test]
    fn date_ranges_in_text_give_months() {
        let (s, words) = date_range("Medborgarlöftet kommer att löpa från 2018-07-01—2020-06-30").expect("a range");
        assert_eq!(
            (s.start.to_string(), s.end.to_string(), s.months_given),
            ("2018-07".into(), "2020-06".into(), true)
        );
        assert_eq!(words, "2018-07-01—2020-06-30");
        let (s, _) = date_range("gälla under tiden 1 juli 2018 - 30 juni 2020:").expect("a range");
        assert_eq!((s.id(), s.title()), ("2018-2020".into(), "Medborgarlöfte juli 2018–juni 2020".into()));
        assert_eq!(date_range("Laxå den 26 oktober 2018"), None);
    }

    #[test]
    fn a_title_names_the_place() {
        assert_eq!(title_place("Eskilstuna – medborgarlöften").as_deref(), Some("Eskilstuna"));
        assert_eq!(title_place("Sollefteå - medborgarlöfte").as_deref(), Some("Sollefteå"));
        assert_eq!(title_place("Medborgarlöfte i Åsele").as_deref(), Some("Åsele"));
        assert_eq!(title_place("Medborgarlöfte 2019"), None);
    }
}
