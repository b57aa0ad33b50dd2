//! What a Swedish public site must say about itself, in its own words: the accessibility statement
//! (tillgänglighetsredogörelse, in the structure the Myndigheten för digital förvaltning (DIGG) asks for under lagen
//! (2018:1937) om tillgänglighet till digital offentlig service) and a short note on what the browser keeps on the
//! device. The build writes both as static pages at the site's root ([`ACCESSIBILITY_PAGE`], [`PRIVACY_PAGE`]) and
//! every page's footer links to them ([`FOOTER_LINKS`]).
//!
//! Everything said here is a fact of the site: the publisher and the contact come from the build's settings
//! ([`PUBLISHER_SETTING`], [`CONTACT_SETTING`]), nothing else is assumed about them; the known gaps, the tests and
//! the storage are the project's own. Every text from a setting or a dataset is escaped.
//!
//! Page layer: may use `dataset` and its own layer's `embed` (the attribute escape); must not import `export`.

use crate::dataset::date::Date;
use crate::dataset::links::is_safe_link;
use crate::page::embed::escape_attribute;

/// The accessibility statement's file, at the site's root.
pub const ACCESSIBILITY_PAGE: &str = "tillganglighet.html";
/// The privacy note's file, at the site's root.
pub const PRIVACY_PAGE: &str = "integritet.html";
/// The footer's links to the two pages: address and words, in the footer's order.
pub const FOOTER_LINKS: [(&str, &str); 2] =
    [(ACCESSIBILITY_PAGE, "Tillgänglighet"), (PRIVACY_PAGE, "Om lagring och integritet")];
/// The setting that names who publishes the site.
pub const PUBLISHER_SETTING: &str = "MEDB_PUBLISHER";
/// The setting that gives the address for reporting accessibility problems.
pub const CONTACT_SETTING: &str = "MEDB_CONTACT";
/// DIGG's form for reporting a public site's lacking accessibility.
pub const SUPERVISION_URL: &str = "https://www.digg.se/tdosanmalan";

/// Where a resident reports an accessibility problem: an e-mail address or a web page (a form, a contact page).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Contact {
    /// An e-mail address, linked with `mailto:`.
    Email(String),
    /// An `http://` or `https://` address.
    Web(String),
}

impl Contact {
    /// `value` (trimmed) as a contact: an e-mail address (with or without `mailto:`) or an http(s) address;
    /// anything else is refused with a Swedish message that names the setting.
    pub fn parse(value: &str) -> Result<Contact, String> {
        let value = value.trim();
        let refused = || {
            format!(
                "{CONTACT_SETTING}={value} ska vara en e-postadress (t.ex. tillganglighet@kommun.se) eller en \
                 webbadress som börjar med https:// (t.ex. https://kommun.se/kontakt)"
            )
        };
        let lower = value.to_ascii_lowercase();
        if lower.starts_with("https://") || lower.starts_with("http://") {
            let host = value.split("://").nth(1).and_then(|rest| rest.split(['/', '?', '#']).next()).unwrap_or("");
            let plain_host = host.contains('.') && !host.contains(['@', '<', '>', '"', '\'']);
            return (is_safe_link(value) && plain_host).then(|| Contact::Web(value.to_string())).ok_or_else(refused);
        }
        let address = if lower.starts_with("mailto:") { &value["mailto:".len()..] } else { value };
        is_email(address).then(|| Contact::Email(address.to_string())).ok_or_else(refused)
    }

    /// The contact as a link: the address itself is the link's text.
    pub fn link(&self) -> String {
        match self {
            Contact::Email(address) => {
                format!(r#"<a href="mailto:{}">{}</a>"#, escape_attribute(address), escape_attribute(address))
            }
            Contact::Web(url) => format!(r#"<a href="{}">{}</a>"#, escape_attribute(url), escape_attribute(url)),
        }
    }
}

/// A plain e-mail address: one `@`, a local part and a domain with a dot, and none of the characters that would
/// make it something else (spaces, quotes, angle brackets, `?`, `/`, `:`).
fn is_email(address: &str) -> bool {
    let Some((local, domain)) = address.split_once('@') else { return false };
    let bad = |c: char| c.is_whitespace() || c.is_control() || "@<>\"'()[],;:\\/?#&=%".contains(c);
    !local.is_empty()
        && !local.chars().any(bad)
        && domain.contains('.')
        && !domain.starts_with(['.', '-'])
        && !domain.ends_with(['.', '-'])
        && domain.chars().all(|c| c.is_alphanumeric() || c == '.' || c == '-')
}

/// What the two pages say about this site.
#[derive(Clone, Debug)]
pub struct SiteFacts<'a> {
    /// The site's name, e.g. "Medborgarlöften i Eskilstuna".
    pub site_name: &'a str,
    /// Who publishes the site, e.g. "Eskilstuna kommun".
    pub publisher: &'a str,
    /// Where to report problems, when the publisher has given it.
    pub contact: Option<&'a Contact>,
    /// Whether a page of the site has a map of its districts.
    pub maps: bool,
    /// The day the statement was made (the build's date).
    pub made: Date,
}

/// One of the two pages, ready to be put in a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InfoPage {
    /// The page's file at the site's root.
    pub file: &'static str,
    /// The document's title, as plain text (the document escapes it).
    pub title: String,
    /// The page's heading, as plain text (it may hold a soft hyphen, U+00AD, where a long word may break).
    pub heading: String,
    /// The page's text as HTML: sections with `<h2>` headings, paragraphs, lists and links; every setting escaped.
    pub body: String,
}

/// The site's known gaps from WCAG 2.1 AA, each with its reason and what a resident can do instead.
pub fn known_gaps(facts: &SiteFacts) -> Vec<&'static str> {
    let mut gaps = vec![
        "Löftena och uppföljningarna finns bara på svenska, och det finns ingen lättläst version. Texterna kommer \
         från polisens och kommunernas publicerade medborgarlöften och återges ordagrant.",
    ];
    if facts.maps {
        gaps.push(
            "Kartan över områdena visar områdena som former att peka på, och alla kan inte använda den. Den är ett \
             extra sätt att välja område: samma val finns under Filter, i listan Område.",
        );
    }
    gaps
}

/// The accessibility statement (tillgänglighetsredogörelse) in DIGG's structure.
pub fn accessibility_statement(facts: &SiteFacts) -> InfoPage {
    let site = text(facts.site_name);
    let publisher = text(facts.publisher);
    let gaps = known_gaps(facts);
    let mut body = String::new();
    body.push_str(&format!(
        "<p>{publisher} står bakom webbplatsen {site}. Vi vill att så många som möjligt ska kunna använda den. Här \
         beskriver vi hur webbplatsen uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, \
         vilka brister vi känner till och hur du kan meddela oss om problem, så att vi kan rätta dem.</p>"
    ));

    section(&mut body, "hur-tillganglig", "Hur tillgänglig är webbplatsen?");
    if gaps.is_empty() {
        body.push_str(
            "<p>Webbplatsen är <strong>helt förenlig</strong> med lagen om tillgänglighet till digital offentlig \
             service. Den är byggd för att uppfylla WCAG 2.1 på nivå AA, och vi känner inte till några brister.</p>",
        );
    } else {
        body.push_str(
            "<p>Webbplatsen är <strong>delvis förenlig</strong> med lagen om tillgänglighet till digital offentlig \
             service. Den är byggd för att uppfylla WCAG 2.1 på nivå AA, men vi känner till de brister som står \
             här:</p><ul>",
        );
        for gap in gaps {
            body.push_str(&format!("<li>{gap}</li>"));
        }
        body.push_str("</ul>");
    }
    body.push_str(
        "<p>Länkarna till polisens och kommunernas egna sidor och dokument leder till andra webbplatser. Det \
         innehållet omfattas inte av den här redogörelsen.</p>",
    );

    let reach = match facts.contact {
        Some(contact) => format!("kontakta {publisher}: {}", contact.link()),
        None => format!(
            "kontakta den som publicerar webbplatsen, {publisher}. Någon särskild adress för frågor om \
             tillgänglighet har inte angetts"
        ),
    };
    section(&mut body, "om-du-inte-kan", "Vad kan du göra om du inte kan använda delar av webbplatsen?");
    body.push_str(&format!(
        "<p>Alla löften och uppföljningar finns också som tabell (CSV) och som data (JSON) under ”Ladda ner \
         uppgifterna” längst ned på sidan med löftena. Om du behöver innehållet i en annan form, {reach}.</p>"
    ));

    section(&mut body, "rapportera", "Rapportera brister i webbplatsens tillgänglighet");
    body.push_str(&format!(
        "<p>Om du hittar problem som inte står på den här sidan, eller om du tycker att webbplatsen inte uppfyller \
         lagens krav, vill vi veta det: {reach}. Berätta gärna vilken sida det gäller, vad som hände och vilken \
         webbläsare och vilka hjälpmedel du använder.</p>"
    ));

    section(&mut body, "tillsyn", "Tillsyn");
    body.push_str(&format!(
        "<p>Myndigheten för digital förvaltning (DIGG) har tillsyn över lagen om tillgänglighet till digital \
         offentlig service. Om du inte är nöjd med hur vi tar hand om dina synpunkter kan du anmäla det till DIGG: \
         <a href=\"{SUPERVISION_URL}\">Anmäl bristande tillgänglighet hos DIGG</a>.</p>"
    ));

    section(&mut body, "hur-vi-testat", "Hur vi testat webbplatsen");
    body.push_str(
        "<p>Bedömningen är en självskattning: webbplatsen testas av projektet som utvecklar den. Vid varje ändring \
         av webbplatsens kod körs automatiska tester i en riktig webbläsare som kontrollerar</p><ul>\
         <li>att verktyget axe-core inte hittar några fel mot WCAG, i ljust och mörkt läge, på mobil och dator,</li>\
         <li>att filter, kartan och knapparna går att använda med bara tangentbordet och har namn och roller som \
         skärmläsare läser upp,</li>\
         <li>att sidan går att läsa utan att rulla i sidled när den är 320 pixlar bred, och med texten förstorad \
         till 200 procent.</li></ul>",
    );
    body.push_str(&format!(
        "<p>Redogörelsen skapades den <time datetime=\"{}\">{}</time>, när webbplatsen byggdes.</p>",
        facts.made,
        facts.made.long_sv()
    ));

    InfoPage {
        file: ACCESSIBILITY_PAGE,
        title: format!("Tillgänglighetsredogörelse – {}", facts.site_name),
        // A soft hyphen: on a phone the long compound breaks there, with a hyphen, rather than at any letter.
        heading: "Tillgänglighets\u{ad}redogörelse".to_string(),
        body,
    }
}

/// The privacy note: no cookies, no statistics, and what the browser keeps on the device and how to remove it
/// (public/sw.js, crates/medborgarloften-web/js/pwa.js and visit.js).
pub fn privacy_note(facts: &SiteFacts) -> InfoPage {
    let publisher = text(facts.publisher);
    let mut body = String::new();
    body.push_str(
        "<p>Webbplatsen använder inga kakor (cookies) och ingen besöksstatistik. Den frågar inte efter uppgifter om \
         dig, och det som sparas i din webbläsare skickas aldrig någonstans.</p>",
    );

    section(&mut body, "sparas", "Det här sparas i din webbläsare");
    body.push_str(
        "<p>För att sidan ska gå snabbt och fungera utan nät sparar din webbläsare några saker på din enhet. Bara \
         du och din webbläsare kommer åt dem.</p><ul>\
         <li>En kopia av webbplatsen (sidan, dess program, utseende och filerna under ”Ladda ner uppgifterna”), så \
         att den fungerar utan nät. Kopian byts ut när en ny version publiceras.</li>\
         <li>Den senaste versionen av löftena och kartan som sidan har kontrollerat, så att du kan läsa dem utan nät \
         eller om en ny publicering skulle vara trasig.</li>\
         <li>Ditt senaste besök, för att kunna visa ”Nytt sedan ditt senaste besök”: dagen då du var här och, för \
         varje löfte, hur många uppföljningar det hade då. Det sparas för varje samling löften du har öppnat.</li>\
         </ul>",
    );

    section(&mut body, "ta-bort", "Så tar du bort det");
    body.push_str(
        "<ul><li>När sidan med löftena visar ”Nytt sedan ditt senaste besök” finns knappen ”Glöm mina besök” där. \
         Den tar bort alla sparade besök.</li>\
         <li>Allt som sparats tar du bort genom att rensa webbplatsens data i webbläsarens inställningar, oftast \
         under sekretess eller integritet (”webbplatsdata”, ”kakor och webbplatsdata”).</li></ul>",
    );

    section(&mut body, "servern", "Webbservern");
    let ask = match facts.contact {
        Some(contact) => format!("Frågor om det kan du ställa till {publisher}: {}.", contact.link()),
        None => format!("Frågor om det kan du ställa till {publisher}."),
    };
    body.push_str(&format!(
        "<p>Som på alla webbplatser tar webbservern emot din webbläsares förfrågningar, med bland annat din \
         IP-adress. Vad som sparas i serverns loggar och hur länge bestämmer {publisher}, som publicerar \
         webbplatsen. {ask}</p>"
    ));

    InfoPage {
        file: PRIVACY_PAGE,
        title: format!("Om lagring och integritet – {}", facts.site_name),
        heading: "Om lagring och integritet".to_string(),
        body,
    }
}

/// The footer's links to the two pages as HTML, for the pages the build writes without the app's components (the
/// two pages themselves, the finder): `current` is the file of the page they are on, marked `aria-current`. The
/// app's footer (`src/components/site_footer.rs`) renders the same markup from [`FOOTER_LINKS`].
pub fn footer_links_html(current: Option<&str>) -> String {
    let mut html = String::from(r#"<nav class="site-footer__about" aria-label="Om webbplatsen"><ul>"#);
    for (href, words) in FOOTER_LINKS {
        let here = if current == Some(href) { r#" aria-current="page""# } else { "" };
        html.push_str(&format!(r#"<li><a href="{href}"{here}>{words}</a></li>"#));
    }
    html.push_str("</ul></nav>");
    html
}

/// Opens a section: its `<h2>` with `id`.
fn section(body: &mut String, id: &str, heading: &str) {
    body.push_str(&format!(r#"<h2 id="{id}">{heading}</h2>"#));
}

/// `value` for an element's text.
fn text(value: &str) -> String {
    escape_attribute(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts<'a>(contact: Option<&'a Contact>) -> SiteFacts<'a> {
        SiteFacts {
            site_name: "Medborgarlöften i Eskilstuna",
            publisher: "Eskilstuna kommun",
            contact,
            maps: true,
            made: Date::from_ymd(2026, 5, 4).expect("a date"),
        }
    }

    #[test]
    fn an_email_address_becomes_a_mailto_link() {
        for value in ["tillganglighet@eskilstuna.se", " mailto:tillganglighet@eskilstuna.se "] {
            let contact = Contact::parse(value).expect("an address");
            assert_eq!(contact, Contact::Email("tillganglighet@eskilstuna.se".into()));
            assert_eq!(
                contact.link(),
                r#"<a href="mailto:tillganglighet@eskilstuna.se">tillganglighet@eskilstuna.se</a>"#
            );
        }
    }

    #[test]
    fn a_web_address_becomes_a_link() {
        let contact = Contact::parse("https://www.eskilstuna.se/kontakt?amne=tillganglighet&x=1").expect("an address");
        assert_eq!(
            contact.link(),
            r#"<a href="https://www.eskilstuna.se/kontakt?amne=tillganglighet&amp;x=1">https://www.eskilstuna.se/kontakt?amne=tillganglighet&amp;x=1</a>"#
        );
        assert!(matches!(Contact::parse("http://kommun.se"), Ok(Contact::Web(_))));
    }

    #[test]
    fn a_value_that_is_neither_is_refused_in_swedish() {
        for bad in [
            "",
            "kontakta oss",
            "eskilstuna.se",
            "javascript:alert(1)",
            "mailto:",
            "a@b",
            "a b@kommun.se",
            "x@kommun.se?subject=hej",
            "\"><script>@x.se",
            "https://",
            "https:///kontakt",
            "https://kommun.se/a b",
            "ftp://kommun.se",
        ] {
            let error = Contact::parse(bad).expect_err(bad);
            assert!(error.starts_with("MEDB_CONTACT=") && error.contains("ska vara en e-postadress"), "{bad}: {error}");
        }
    }

    #[test]
    fn the_statement_names_the_publisher_the_contact_and_digg() {
        let contact = Contact::parse("tillganglighet@eskilstuna.se").expect("an address");
        let page = accessibility_statement(&facts(Some(&contact)));
        assert_eq!(page.file, "tillganglighet.html");
        assert_eq!(page.title, "Tillgänglighetsredogörelse – Medborgarlöften i Eskilstuna");
        assert_eq!(page.heading.replace('\u{ad}', ""), "Tillgänglighetsredogörelse");
        assert!(page.body.starts_with("<p>Eskilstuna kommun står bakom webbplatsen Medborgarlöften i Eskilstuna."));
        assert!(page.body.contains("lagen (2018:1937) om tillgänglighet till digital offentlig service"));
        for heading in [
            "Hur tillgänglig är webbplatsen?",
            "Vad kan du göra om du inte kan använda delar av webbplatsen?",
            "Rapportera brister i webbplatsens tillgänglighet",
            "Tillsyn",
            "Hur vi testat webbplatsen",
        ] {
            assert!(page.body.contains(&format!("\">{heading}</h2>")), "{heading}");
        }
        assert!(page.body.contains("<strong>delvis förenlig</strong>"));
        assert!(page.body.contains("bara på svenska") && page.body.contains("i listan Område"));
        assert!(page.body.contains(r#"<a href="mailto:tillganglighet@eskilstuna.se">"#));
        assert!(page.body.contains(r#"Myndigheten för digital förvaltning (DIGG) har tillsyn"#));
        assert!(page.body.contains(r#"<a href="https://www.digg.se/tdosanmalan">"#));
        assert!(page.body.contains(r#"<time datetime="2026-05-04">4 maj 2026</time>"#));
    }

    #[test]
    fn without_a_contact_the_statement_points_to_the_publisher_and_invents_no_address() {
        let page = accessibility_statement(&facts(None));
        assert!(page.body.contains("kontakta den som publicerar webbplatsen, Eskilstuna kommun."));
        assert!(!page.body.contains("mailto:"));
        let note = privacy_note(&facts(None));
        assert!(note.body.contains("Frågor om det kan du ställa till Eskilstuna kommun.</p>"));
        assert!(!note.body.contains("mailto:"));
    }

    #[test]
    fn without_a_map_the_map_is_no_gap() {
        let page = accessibility_statement(&SiteFacts { maps: false, ..facts(None) });
        assert!(!page.body.contains("Kartan"));
        assert!(page.body.contains("<strong>delvis förenlig</strong>"), "Swedish only is still a gap");
    }

    #[test]
    fn the_privacy_note_says_what_is_kept_and_how_to_remove_it() {
        let page = privacy_note(&facts(None));
        assert_eq!(page.file, "integritet.html");
        assert_eq!(page.heading, "Om lagring och integritet");
        for fact in ["inga kakor", "ingen besöksstatistik", "Nytt sedan ditt senaste besök", "Glöm mina besök"] {
            assert!(page.body.contains(fact), "{fact}");
        }
    }

    #[test]
    fn the_footer_links_lead_to_both_pages_and_mark_the_one_shown() {
        assert_eq!(
            footer_links_html(None),
            concat!(
                r#"<nav class="site-footer__about" aria-label="Om webbplatsen"><ul>"#,
                r#"<li><a href="tillganglighet.html">Tillgänglighet</a></li>"#,
                r#"<li><a href="integritet.html">Om lagring och integritet</a></li></ul></nav>"#
            )
        );
        assert!(footer_links_html(Some(PRIVACY_PAGE))
            .contains(r#"<a href="integritet.html" aria-current="page">Om lagring och integritet</a>"#));
    }

    #[test]
    fn settings_are_text_never_markup() {
        let facts =
            SiteFacts { site_name: "<b>Löften</b>", publisher: "Polisen & <script>alert(1)</script>", ..facts(None) };
        for page in [accessibility_statement(&facts), privacy_note(&facts)] {
            assert!(!page.body.contains("<script>") && !page.body.contains("<b>"), "{}", page.body);
            assert!(page.body.contains("Polisen &amp; &lt;script&gt;alert(1)&lt;/script&gt;"));
        }
        assert_eq!(accessibility_statement(&facts).title, "Tillgänglighetsredogörelse – <b>Löften</b>");
    }
}
