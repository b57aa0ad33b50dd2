//! The dataset as files for others to read, written at build time next to the site: the promises as CSV, an
//! Atom feed of the follow-ups, a DCAT-AP-SE description for open-data portals, and the list of downloads the
//! footer shows; for a site built for many kommuner also the national files at its root ([`national`]).
//!
//! Pure core: every writer builds a `String` from a validated [`crate::Dataset`]; no I/O, no clock, so the same
//! input gives the same bytes build after build.
//!
//! Export layer, the top: may use every other layer (`page`'s cards and site texts among them); no layer may use it.

pub mod atom;
pub mod csv;
pub mod dcat;
pub mod downloads;
pub mod national;
mod xml;

/// The site's own address for absolute links, or relative links when it is not known.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SiteAddress {
    base: String,
}

impl SiteAddress {
    /// Links relative to the file that holds them (`./?lofte=…`, `flode.xml`): right wherever the site is hosted.
    pub fn relative() -> Self {
        SiteAddress { base: String::new() }
    }

    /// Links under `base`, an `http(s)://` address of the site's folder; `None` for anything else. A missing
    /// final `/` is added, so `https://lofte.example.se/app` and `https://lofte.example.se/app/` are the same.
    pub fn absolute(base: &str) -> Option<Self> {
        let base = base.trim();
        let lower = base.to_ascii_lowercase();
        let host = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://"))?;
        let ok = !host.is_empty()
            && !host.starts_with('/')
            && !base.contains(['?', '#'])
            && !base.chars().any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>');
        ok.then(|| SiteAddress { base: if base.ends_with('/') { base.to_string() } else { format!("{base}/") } })
    }

    /// The address of the site's folder `folder` (a kommun's page on a site built for many): relative links stay
    /// relative (they are read in that folder), absolute ones get `folder/` added to the base.
    pub fn folder(&self, folder: &str) -> Self {
        if self.base.is_empty() {
            self.clone()
        } else {
            SiteAddress { base: format!("{}{}/", self.base, folder.trim_matches('/')) }
        }
    }

    /// The address of the site's folder `folder` in a file read at the site's root (a national file linking into
    /// a kommun's folder): relative links get `./folder/`, absolute ones are those of [`SiteAddress::folder`].
    pub fn folder_from_root(&self, folder: &str) -> Self {
        let folder = folder.trim_matches('/');
        if self.base.is_empty() {
            SiteAddress { base: format!("./{folder}/") }
        } else {
            self.folder(folder)
        }
    }

    /// The address of `path`, a file or query of the site without leading `/` or `./` (e.g. `flode.xml`,
    /// `?ar=2019`).
    pub fn of(&self, path: &str) -> String {
        if self.base.is_empty() {
            format!("./{path}")
        } else {
            format!("{}{path}", self.base)
        }
    }
}

/// `text` for a URL's query value: letters, digits and `-._~` as they are, every other byte percent-encoded.
pub(crate) fn query_value(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_addresses_are_relative_or_absolute_http() {
        assert_eq!(SiteAddress::relative().of("flode.xml"), "./flode.xml");
        let site = SiteAddress::absolute("https://lofte.example.se/app").expect("https");
        assert_eq!(site.of("?ar=2019"), "https://lofte.example.se/app/?ar=2019");
        assert_eq!(SiteAddress::absolute("http://x.se/").map(|s| s.of("a")), Some("http://x.se/a".to_string()));
        for bad in
            ["", "lofte.example.se", "javascript:alert(1)", "https://", "https:///x", "https://x.se/?a", "ftp://x"]
        {
            assert_eq!(SiteAddress::absolute(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_kommuns_folder_is_under_the_site() {
        assert_eq!(SiteAddress::relative().folder("ale").of("flode.xml"), "./flode.xml", "read in the folder");
        let site = SiteAddress::absolute("https://lofte.example.se/").expect("https");
        assert_eq!(site.folder("ale").of("flode.xml"), "https://lofte.example.se/ale/flode.xml");
        assert_eq!(site.folder("/ale/").of("?ar=2019"), "https://lofte.example.se/ale/?ar=2019");
    }

    #[test]
    fn a_kommuns_folder_from_the_root() {
        let relative = SiteAddress::relative().folder_from_root("ale");
        assert_eq!(relative.of("?lofte=x"), "./ale/?lofte=x");
        assert_eq!(relative.of(""), "./ale/");
        let site = SiteAddress::absolute("https://lofte.example.se/app").expect("https");
        assert_eq!(site.folder_from_root("/ale/").of("flode.xml"), "https://lofte.example.se/app/ale/flode.xml");
    }

    #[test]
    fn query_values_are_percent_encoded() {
        assert_eq!(query_value("2019-polisen-trafik"), "2019-polisen-trafik");
        assert_eq!(query_value("a&b=c d"), "a%26b%3Dc%20d");
        assert_eq!(query_value("ö"), "%C3%B6");
    }
}
