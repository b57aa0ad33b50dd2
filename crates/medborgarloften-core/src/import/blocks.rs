//! A page's text, as copied from a browser, split into blocks: bullets (any list mark, or a number) and plain lines
//! (headings and paragraphs alike; the walk in `walk` tells them apart). Invisible characters, line-ending styles and
//! the page's own furniture ("Dela", "Skriv ut", "Till toppen", cookie banners, breadcrumbs, "Senast uppdaterad")
//! are dropped here, so everything after sees only the page's content.
//!
//! Import layer: pure text handling; of the layers below uses `dataset::date` (a "Senast uppdaterad" date) and
//! `text::fold`; of its own layer nothing.

use crate::dataset::date::Date;
use crate::text::fold::fold;

/// What a block is on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A list item: the text after a bullet mark ("•", "-", "–", "*") or a number ("1.", "2)").
    Bullet,
    /// Any other line: a heading or a paragraph.
    Plain,
}

/// One line of content, trimmed, its mark removed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Block {
    /// Bullet or plain.
    pub kind: Kind,
    /// The text as on the page, trimmed, without its bullet mark.
    pub text: String,
    /// How far the line was indented (white space before the text or its mark).
    pub indent: usize,
    /// True when a blank line (or removed furniture) came before it.
    pub after_blank: bool,
}

/// The content of a page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Page {
    /// The content, in page order.
    pub blocks: Vec<Block>,
    /// The date of a "Senast uppdaterad" or "Publicerad" line, the later one if both are there.
    pub page_date: Option<Date>,
    /// The first web address that stands alone on a line (an editor may paste the page's address with its text).
    pub address: Option<String>,
}

/// The page's blocks. Linear in the length of the text.
pub(crate) fn split(text: &str) -> Page {
    let clean = normalise(text);
    let mut page = Page::default();
    let mut blank = true;
    let mut pending_mark: Option<usize> = None;
    for raw in clean.split('\n') {
        let body = raw.trim();
        if body.is_empty() {
            blank = true;
            continue;
        }
        let indent = raw.chars().take_while(|c| c.is_whitespace()).count();
        if let Some(date) = dated_line(body) {
            page.page_date = Some(page.page_date.map_or(date, |d| d.max(date)));
            blank = true;
            continue;
        }
        if is_address(body) {
            if page.address.is_none() {
                page.address = Some(body.to_string());
            }
            blank = true;
            continue;
        }
        if is_furniture(body) {
            blank = true;
            continue;
        }
        let (kind, text, mark_indent) = match bullet_text(body) {
            Some("") => {
                // A mark on a line of its own: the item's text is on the next line.
                pending_mark = Some(indent);
                continue;
            }
            Some(rest) => (Kind::Bullet, rest, indent),
            None => match pending_mark.take() {
                Some(mark) => (Kind::Bullet, body, mark),
                None => (Kind::Plain, body, indent),
            },
        };
        pending_mark = None;
        let after_blank = std::mem::replace(&mut blank, false);
        if kind == Kind::Bullet && starts_with_dash(body) {
            // "- Vi ska … relationer. - Vi ska …": a dash list written on one line.
            for (n, part) in split_dash_run(text).into_iter().enumerate() {
                page.blocks.push(Block {
                    kind,
                    text: part.to_string(),
                    indent: mark_indent,
                    after_blank: after_blank && n == 0,
                });
            }
        } else {
            page.blocks.push(Block { kind, text: text.to_string(), indent: mark_indent, after_blank });
        }
    }
    page
}

/// Line breaks as `\n`; non-breaking spaces as spaces; soft hyphens, zero-width characters, the byte order mark and
/// other invisible control characters removed. A reader sees the same text; the draft gets plain characters.
fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\u{2028}' | '\u{2029}' | '\u{0085}' | '\u{000B}' | '\u{000C}' => out.push('\n'),
            '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\u{2000}'..='\u{200A}' | '\u{3000}' => out.push(' '),
            '\u{00AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' => {}
            '\n' | '\t' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// The text after a bullet mark or list number, trimmed (empty for a mark alone); `None` for a plain line.
fn bullet_text(line: &str) -> Option<&str> {
    let mut chars = line.char_indices();
    let (_, first) = chars.next()?;
    const MARKS: &str = "•·●◦▪▫■□‣⁃∙○►▶✓✔*+-–—";
    if MARKS.contains(first) {
        let rest = &line[first.len_utf8()..];
        // "-5 grader" or "–Det" is text, not a list; a mark needs a space after it, or nothing.
        if rest.is_empty() {
            return Some("");
        }
        if rest.starts_with(char::is_whitespace) {
            return Some(rest.trim());
        }
        // "•Text": the round bullets are never text.
        return "•●◦▪▫■□‣⁃∙".contains(first).then(|| rest.trim());
    }
    // "1. Text", "12) Text", "a) Text".
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let after = if (1..=3).contains(&digits) {
        &line[digits..]
    } else if line.len() > 1 && line.as_bytes()[0].is_ascii_lowercase() && line.as_bytes()[1] == b')' {
        &line[1..]
    } else {
        return None;
    };
    let rest = after.strip_prefix('.').or_else(|| after.strip_prefix(')'))?;
    (rest.is_empty() || rest.starts_with(char::is_whitespace)).then(|| rest.trim())
}

fn starts_with_dash(line: &str) -> bool {
    line.starts_with('-') || line.starts_with('–')
}

/// "Första. - Andra" → ["Första.", "Andra"]: splits where a sentence ends and a dash with a space and a capital
/// letter starts the next item.
fn split_dash_run(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    for (i, _) in text.match_indices(". ") {
        let next = &text[i + 2..];
        let Some(rest) = next.strip_prefix("- ").or_else(|| next.strip_prefix("– ")) else { continue };
        if i >= start && rest.starts_with(char::is_uppercase) {
            parts.push(text[start..=i].trim());
            start = text.len() - rest.len();
        }
    }
    parts.push(text[start..].trim());
    parts.retain(|p| !p.is_empty());
    parts
}

/// A web address alone on a line.
fn is_address(line: &str) -> bool {
    (line.starts_with("https://") || line.starts_with("http://")) && !line.contains(char::is_whitespace)
}

/// The date of "Senast uppdaterad: 12 mars 2024", "Publicerad 2024-03-12" and the like.
fn dated_line(line: &str) -> Option<Date> {
    let folded = fold(line);
    let label = ["senast uppdaterad", "uppdaterad", "publicerad", "sidan uppdaterades", "sidan granskades"]
        .iter()
        .find(|label| folded.starts_with(*label))?;
    let rest: String = line.chars().skip(label.chars().count()).collect();
    // A sentence that starts with the word is text, not the page's date line.
    if rest.chars().count() > 40 {
        return None;
    }
    find_date(&rest)
}

/// The first date in `text`: `2024-03-12` or `12 mars 2024`.
pub(crate) fn find_date(text: &str) -> Option<Date> {
    let words: Vec<&str> =
        text.split(|c: char| c.is_whitespace() || c == ':' || c == ',').filter(|w| !w.is_empty()).collect();
    for (i, word) in words.iter().enumerate() {
        if let Some(date) = Date::parse(word.get(..10).unwrap_or(word)) {
            return Some(date);
        }
        let day = word.trim_end_matches('.').parse::<u32>().ok();
        let month = words.get(i + 1).and_then(|m| month_number(m));
        let year = words.get(i + 2).and_then(|y| y.trim_end_matches('.').parse::<i32>().ok());
        if let (Some(day), Some(month), Some(year)) = (day, month, year) {
            if let Some(date) = Date::from_ymd(year, month, day) {
                return Some(date);
            }
        }
    }
    None
}

/// 1–12 for a Swedish month name ("maj", "September").
pub(crate) fn month_number(word: &str) -> Option<u32> {
    let word = fold(word.trim_matches(|c: char| !c.is_alphabetic()));
    crate::dataset::date::MONTHS_SV.iter().position(|m| fold(m) == word).and_then(|i| u32::try_from(i + 1).ok())
}

/// The page's furniture: buttons, links to the top, search, cookie banners, breadcrumbs.
fn is_furniture(line: &str) -> bool {
    const WHOLE: [&str; 40] = [
        "dela",
        "dela sidan",
        "dela på facebook",
        "dela på linkedin",
        "dela på x",
        "dela på twitter",
        "dela via e-post",
        "kopiera länk",
        "kopiera länken",
        "skriv ut",
        "skriv ut sidan",
        "till toppen",
        "till toppen av sidan",
        "tillbaka till toppen",
        "sök",
        "sök på polisen.se",
        "stäng meny",
        "meny",
        "stäng",
        "lyssna",
        "lyssna på sidan",
        "läs upp",
        "tillbaka",
        "startsida",
        "till startsidan",
        "hoppa till innehåll",
        "till innehåll på sidan",
        "gå till huvudinnehåll",
        "hjälpte informationen på sidan dig?",
        "tack för att du hjälper oss!",
        "ja",
        "nej",
        "sidfot",
        "godkänn",
        "godkänn alla",
        "acceptera",
        "acceptera alla",
        "avvisa",
        "neka",
        "cookieinställningar",
    ];
    const START: [&str; 9] = [
        "javascript är inte påslaget",
        "du är här:",
        "vi använder kakor",
        "vi använder cookies",
        "kakor (cookies)",
        "läs mer om kakor",
        "den här webbplatsen använder",
        "polisen.se använder",
        "sidans innehåll senast uppdaterat",
    ];
    let lower = line.to_lowercase();
    let lower = lower.trim_end_matches(['.', ':']).trim();
    WHOLE.contains(&lower)
        || START.iter().any(|s| lower.starts_with(s))
        || (lower.contains("cookie") && lower.chars().count() < 400)
        || is_breadcrumb(line)
}

/// "Startsida > Om polisen > Medborgarlöften": two or more of the same separator, every part short.
fn is_breadcrumb(line: &str) -> bool {
    ["›", ">", "»", " / "].iter().any(|sep| {
        let parts: Vec<&str> = line.split(sep).map(str::trim).collect();
        parts.len() >= 3
            && parts.iter().all(|p| !p.is_empty() && p.split_whitespace().count() <= 5 && !p.ends_with('.'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(page: &Page) -> Vec<(Kind, &str)> {
        page.blocks.iter().map(|b| (b.kind, b.text.as_str())).collect()
    }

    #[test]
    fn every_kind_of_bullet_is_a_bullet() {
        let page = split("• Ett\n- Två\n– Tre\n* Fyra\n1. Fem\n2) Sex\n•Sju\n-5 grader");
        let bullets: Vec<&str> =
            page.blocks.iter().filter(|b| b.kind == Kind::Bullet).map(|b| b.text.as_str()).collect();
        assert_eq!(bullets, ["Ett", "Två", "Tre", "Fyra", "Fem", "Sex", "Sju"]);
        assert_eq!(page.blocks.last().map(|b| b.kind), Some(Kind::Plain));
    }

    #[test]
    fn invisible_characters_and_line_endings_are_normalised() {
        let page = split("Polisen\u{00A0}lovar:\r\n\r\n •\u{00A0}200 trafik\u{00AD}kontroller\u{200B}\r");
        assert_eq!(texts(&page), [(Kind::Plain, "Polisen lovar:"), (Kind::Bullet, "200 trafikkontroller")]);
        assert!(page.blocks[1].after_blank);
    }

    #[test]
    fn furniture_is_dropped_and_the_page_date_kept() {
        let page = split(
            "Startsida > Om polisen > Medborgarlöften\nDela\nSkriv ut\nSenast uppdaterad: 12 mars 2024\nText.\nTill toppen\nVi använder kakor (cookies) för att …",
        );
        assert_eq!(texts(&page), [(Kind::Plain, "Text.")]);
        assert_eq!(page.page_date, Date::from_ymd(2024, 3, 12));
    }

    #[test]
    fn a_mark_alone_on_its_line_marks_the_next_line() {
        let page = split("•\n\nAtt genomföra kontroller.");
        assert_eq!(texts(&page), [(Kind::Bullet, "Att genomföra kontroller.")]);
    }

    #[test]
    fn a_dash_list_on_one_line_is_split() {
        let page = split("- Vi ska göra ett. - Vi ska göra två.");
        assert_eq!(texts(&page), [(Kind::Bullet, "Vi ska göra ett."), (Kind::Bullet, "Vi ska göra två.")]);
    }

    #[test]
    fn an_address_alone_on_a_line_is_kept_aside() {
        let page = split("https://polisen.se/om-polisen/medborgarloften/eskilstuna/\nText.");
        assert_eq!(page.address.as_deref(), Some("https://polisen.se/om-polisen/medborgarloften/eskilstuna/"));
        assert_eq!(texts(&page), [(Kind::Plain, "Text.")]);
    }
}
