//! The kommun's own look (`look` in a dataset): WCAG 2.1 contrast maths, the page's colours a kommun's colour
//! meets, and the rules for its colour and its logo file. The build writes the colour into a small stylesheet
//! ([`stylesheet`]) in the same terms as checked here, so a colour that passes is exactly what the page shows.
//!
//! Where the page uses the colour (style/main.css, whose values [`PAGE`] repeats; a test keeps them in step):
//! in the light scheme it is `--header` (white text on it) and `--brand` (links, buttons with white text, chips
//! and the "Pågår" status on the light blue surface); in the dark scheme only `--header`, with white text — the
//! dark scheme's links keep their own light colour, which no colour dark enough for white text could replace.
//!
//! Pure core: no UI dependency. Dataset layer: imports only `links`, `model` and `json`; must not import `geo`, `page` or `export`.

use crate::dataset::links::is_app_relative_path;
use crate::dataset::model::Dataset;
use crate::json::message::quote_whole as quote;

/// A logo to show in the header: its address, relative to the page, and its text alternative.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Logo {
    /// The file's address relative to the page, e.g. `bilder/logga.svg`.
    pub src: String,
    /// Its text alternative.
    pub alt: String,
}

impl Logo {
    /// The logo a dataset's `look` names, when it names one with its text.
    pub fn of(data: &Dataset) -> Option<Logo> {
        let look = data.look.as_ref()?;
        let src = look.logo.as_deref()?.trim_start_matches("./").to_string();
        Some(Logo { src, alt: look.logo_alt.clone()? })
    }
}

/// WCAG 2.1 AA's least contrast for normal text.
pub const AA_TEXT: f64 = 4.5;

/// File endings a logo may have.
pub const LOGO_ENDINGS: [&str; 3] = [".svg", ".png", ".webp"];

/// The name of the stylesheet the build writes beside a kommun's page when its dataset has a colour.
pub const STYLESHEET: &str = "utseende.css";

/// One of the page's colours a kommun's colour is set against, and what it is, in Swedish.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageColour {
    /// The custom property of style/main.css that holds it, e.g. `--header-ink`.
    pub property: &'static str,
    /// Whether it is the dark scheme's value (`@media (prefers-color-scheme: dark)`).
    pub dark: bool,
    /// Its value, `#rrggbb`.
    pub value: &'static str,
    /// What the contrast is against, for the message: "vit text i sidhuvudet".
    pub words: &'static str,
}

/// The page's colours a kommun's colour must reach [`AA_TEXT`] against, the most telling first.
pub const PAGE: [PageColour; 4] = [
    PageColour {
        property: "--header-ink",
        dark: false,
        value: "#ffffff",
        words: "vit text i sidhuvudet och på knappar (ljust läge)",
    },
    PageColour {
        property: "--header-ink", dark: true, value: "#ffffff", words: "vit text i sidhuvudet (mörkt läge)"
    },
    PageColour {
        property: "--page",
        dark: false,
        value: "#f3f5f8",
        words: "sidans ljusgrå bakgrund (#f3f5f8), där färgen är länkfärg",
    },
    PageColour {
        property: "--surface-info",
        dark: false,
        value: "#e8eef7",
        words: "den ljusblå bakgrunden (#e8eef7) bakom valda filter och statusen Pågår",
    },
];

/// A colour's red, green and blue, 0–255.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// Reads `#rrggbb` (either case); anything else is `None`.
    pub fn parse(text: &str) -> Option<Rgb> {
        let hex = text.strip_prefix('#')?;
        if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let part = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
        Some(Rgb(part(0)?, part(2)?, part(4)?))
    }

    /// WCAG 2.1's relative luminance, 0 (black) to 1 (white).
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.040_45 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }
}

/// WCAG 2.1's contrast ratio of two colours, 1 to 21 (the order does not matter).
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// A ratio as a Swedish message writes it, rounded down so that a failing ratio never reads as the limit:
/// `2,1:1`, `21:1`.
pub fn ratio_words(ratio: f64) -> String {
    let tenths = (ratio * 10.0).floor() as i64;
    if tenths % 10 == 0 {
        format!("{}:1", tenths / 10)
    } else {
        format!("{},{}:1", tenths / 10, tenths % 10)
    }
}

/// Checks a dataset's `look.color`: `#rrggbb`, with at least [`AA_TEXT`] against each of the page's colours
/// ([`PAGE`]). The refusal names the first contrast that fails.
pub fn check_color(color: &str) -> Result<Rgb, String> {
    let Some(rgb) = Rgb::parse(color) else {
        return Err(format!("färgen {} ska skrivas som #rrggbb, t.ex. #005a9c", quote(color)));
    };
    for against in PAGE {
        let ratio = contrast(rgb, Rgb::parse(against.value).unwrap_or(Rgb(255, 255, 255)));
        if ratio < AA_TEXT {
            return Err(format!(
                "färgen {} har kontrasten {} mot {}; WCAG AA kräver minst 4,5:1 (välj en mörkare färg)",
                color.to_ascii_lowercase(),
                ratio_words(ratio),
                against.words
            ));
        }
    }
    Ok(rgb)
}

/// Checks a dataset's `look.logo`: a relative path inside the site (as a map file's) to an SVG, PNG or WebP file.
pub fn check_logo(path: &str) -> Result<(), String> {
    if !is_app_relative_path(path) {
        return Err(format!(
            "logotypen {} ska vara en relativ sökväg bredvid datamängden (utan \"..\", inledande \"/\" eller webbadress)",
            quote(path)
        ));
    }
    let lower = path.to_ascii_lowercase();
    if !LOGO_ENDINGS.iter().any(|ending| lower.ends_with(ending) && lower.len() > ending.len()) {
        return Err(format!("logotypen {} ska vara en .svg-, .png- eller .webp-fil", quote(path)));
    }
    Ok(())
}

/// The stylesheet that puts a checked `color` on the page (linked after the main stylesheet): the header in
/// both schemes, links and buttons in the light one on screen (print keeps its black links).
pub fn stylesheet(color: Rgb) -> String {
    let Rgb(r, g, b) = color;
    let hex = format!("#{r:02x}{g:02x}{b:02x}");
    format!(
        "/* Kommunens färg (datamängdens look.color), skriven av bygget. */\n\
         :root {{ --header: {hex}; }}\n\
         @media screen and (prefers-color-scheme: light) {{ :root {{ --brand: {hex}; }} }}\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ratio(a: &str, b: &str) -> f64 {
        contrast(Rgb::parse(a).expect("colour"), Rgb::parse(b).expect("colour"))
    }

    #[test]
    fn known_pairs_have_their_known_contrast() {
        assert!((ratio("#ffffff", "#000000") - 21.0).abs() < 1e-9);
        assert!((ratio("#000000", "#ffffff") - 21.0).abs() < 1e-9, "either order");
        assert!((ratio("#767676", "#ffffff") - 4.54).abs() < 0.01, "{}", ratio("#767676", "#ffffff"));
        assert!((ratio("#777777", "#ffffff") - 4.48).abs() < 0.01, "{}", ratio("#777777", "#ffffff"));
        assert!((ratio("#123456", "#123456") - 1.0).abs() < 1e-9);
    }

    #[test]
    fn only_rrggbb_is_a_colour() {
        assert_eq!(Rgb::parse("#005A9c"), Some(Rgb(0, 0x5a, 0x9c)));
        for bad in ["005a9c", "#05a", "#005a9cff", "#005a9g", "blue", "", "#ééé"] {
            assert_eq!(Rgb::parse(bad), None, "{bad}");
            assert!(check_color(bad).expect_err("refused").contains("#rrggbb"), "{bad}");
        }
    }

    #[test]
    fn ratios_are_written_in_swedish_and_never_rounded_up() {
        assert_eq!(ratio_words(21.0), "21:1");
        assert_eq!(ratio_words(2.15), "2,1:1");
        assert_eq!(ratio_words(4.499), "4,4:1");
    }

    #[test]
    fn a_dark_colour_passes_and_a_light_one_is_refused_naming_the_contrast() {
        assert_eq!(check_color("#005a9c"), Ok(Rgb(0, 0x5a, 0x9c)));
        assert!(check_color("#1d3b66").is_ok(), "the page's own colour");
        assert_eq!(
            check_color("#88AAFF").expect_err("refused"),
            "färgen #88aaff har kontrasten 2,2:1 mot vit text i sidhuvudet och på knappar (ljust läge); \
             WCAG AA kräver minst 4,5:1 (välj en mörkare färg)"
        );
    }

    #[test]
    fn a_colour_fine_on_white_must_also_read_on_the_pages_light_backgrounds() {
        // #767676 reaches 4,54:1 on white but not on the page's #f3f5f8.
        let message = check_color("#767676").expect_err("refused");
        assert!(message.contains("har kontrasten 4,1:1 mot sidans ljusgrå bakgrund (#f3f5f8)"), "{message}");
        assert!(message.contains("WCAG AA kräver minst 4,5:1"), "{message}");
    }

    #[test]
    fn a_logo_is_an_svg_png_or_webp_file_inside_the_site() {
        for ok in ["bilder/logga.svg", "logga.PNG", "a/b/c.webp"] {
            assert_eq!(check_logo(ok), Ok(()), "{ok}");
        }
        for outside in ["../logga.svg", "bilder/../../x.svg", "/logga.svg", "https://x.se/logga.svg", "a//b.svg"] {
            assert!(check_logo(outside).expect_err("refused").contains("relativ sökväg"), "{outside}");
        }
        for kind in ["logga.gif", "logga.svg.exe", ".svg", "logga"] {
            assert!(check_logo(kind).expect_err("refused").contains(".svg-, .png- eller .webp-fil"), "{kind}");
        }
    }

    #[test]
    fn the_stylesheet_sets_the_header_in_both_schemes_and_links_in_the_light_one() {
        let css = stylesheet(Rgb(0, 0x5a, 0x9c));
        assert!(css.contains(":root { --header: #005a9c; }"), "{css}");
        assert!(css.contains("@media screen and (prefers-color-scheme: light) { :root { --brand: #005a9c; } }"));
        assert!(!css.contains('<'), "nothing but CSS");
    }

    /// The colours checked against are style/main.css's: a change there must come here too.
    #[test]
    fn the_page_colours_are_the_stylesheets() {
        let css = include_str!("../../../../style/main.css");
        let dark_at = css.find("@media (prefers-color-scheme: dark)").expect("a dark scheme");
        let (light, dark) = css.split_at(dark_at);
        for colour in PAGE {
            let scheme = if colour.dark { dark } else { light };
            let declaration = format!("{}: {};", colour.property, colour.value);
            assert!(scheme.contains(&declaration), "main.css has no {declaration} (dark: {})", colour.dark);
        }
        for property in ["--header:", "--brand:"] {
            assert!(light.contains(property) && dark.contains(property), "main.css sets {property} in both schemes");
        }
    }
}
