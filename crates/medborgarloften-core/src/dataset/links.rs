//! Which link targets the app may follow: http(s) and relative addresses, nothing else.
//!
//! Pure core: no UI dependency.
//!
//! Dataset layer: imports no other module of the crate; must never import `geo`, `page` or `export`.

/// True when `url` is an absolute http(s) address with a host, or a relative path.
/// `javascript:`, `data:`, protocol-relative `//host` and anything with spaces or control characters are refused.
pub fn is_safe_link(url: &str) -> bool {
    if url.is_empty() || url.chars().any(|c| c.is_whitespace() || c.is_control() || c == '\\') {
        return false;
    }
    let lower = url.to_ascii_lowercase();
    for scheme in ["https://", "http://"] {
        if let Some(rest) = lower.strip_prefix(scheme) {
            let host = rest.split(['/', '?', '#']).next().unwrap_or("");
            return !host.is_empty();
        }
    }
    if url.starts_with("//") {
        return false;
    }
    // A relative reference has no scheme: no ':' before the first '/', '?' or '#'.
    let head = url.split(['/', '?', '#']).next().unwrap_or("");
    !head.contains(':')
}

/// Top-level domains that make a relative-looking link a web address written without `https://`.
const DOMAIN_ENDINGS: [&str; 12] = ["se", "nu", "com", "org", "net", "eu", "info", "io", "gov", "dk", "no", "fi"];

/// True when `url` looks like a web address without its scheme (`polisen.se/om-polisen/…`, `www.example.org`):
/// taken as relative it would become a broken link inside the app.
pub fn is_bare_domain(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    if lower.contains("://") || lower.starts_with(['/', '.', '?', '#']) {
        return false;
    }
    let host = lower.split(['/', '?', '#']).next().unwrap_or("");
    let labels: Vec<&str> = host.split('.').collect();
    let ending = labels.last().copied().unwrap_or("");
    labels.len() >= 2
        && labels.iter().all(|l| !l.is_empty() && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
        && (host.starts_with("www.") || DOMAIN_ENDINGS.contains(&ending))
}

/// True when `url` is relative and stays on the app's own origin (used for `?data=` and geometry files).
pub fn is_same_origin_path(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    is_safe_link(url) && !lower.starts_with("http://") && !lower.starts_with("https://")
}

/// True when `path` names a file inside the app's own folder: relative, without `..`, a leading `/`, a scheme, a
/// query or an escaped dot (`%2e`). Used for a dataset's map files, which the app fetches and the editors' tool
/// opens on disk, so a path must not reach outside the published app.
pub fn is_app_relative_path(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    is_same_origin_path(path)
        && !path.starts_with('/')
        && !path.contains(['?', '#', '%'])
        && !lower.split('/').any(|segment| segment == "..")
        && !path.split('/').any(str::is_empty)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_http_https_and_relative() {
        for ok in [
            "https://polisen.se/x",
            "http://example.se",
            "HTTPS://A.SE/",
            "data/eskilstuna.json",
            "./a.pdf",
            "/docs/a.pdf",
            "?q=1",
            "#lofte",
        ] {
            assert!(is_safe_link(ok), "{ok}");
        }
    }

    #[test]
    fn refuses_other_schemes_and_tricks() {
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "data:text/html,x",
            "//evil.example",
            "https://",
            "mailto:a@b.se",
            " https://a.se",
            "a b.pdf",
            "vbscript:x",
            "file:///etc/passwd",
            "https:\\\\evil",
        ] {
            assert!(!is_safe_link(bad), "{bad}");
        }
    }

    #[test]
    fn bare_domains_are_recognised_and_file_names_are_not() {
        for bare in ["polisen.se/om-polisen/medborgarloften/", "www.example.org", "kungalv.se", "polisen.se?x=1"] {
            assert!(is_bare_domain(bare), "{bare}");
        }
        for not in
            ["https://polisen.se/", "plan.pdf", "dokument/plan.pdf", "./polisen.se", "data/x.json", "rapport 2019.pdf"]
        {
            assert!(!is_bare_domain(not), "{not}");
        }
    }

    #[test]
    fn same_origin_paths_are_relative_only() {
        assert!(is_same_origin_path("data/exempelkommun.json"));
        assert!(is_same_origin_path("/medborgarloften/data/x.json"));
        assert!(!is_same_origin_path("https://evil.example/data.json"));
        assert!(!is_same_origin_path("//evil.example/data.json"));
        assert!(!is_same_origin_path("javascript:alert(1)"));
    }

    #[test]
    fn app_relative_paths_stay_inside_the_app() {
        for ok in ["geo/eskilstuna-districts.geojson", "./geo/a.geojson", "a.geojson"] {
            assert!(is_app_relative_path(ok), "{ok}");
        }
        for bad in [
            "../../../etc/passwd",
            "geo/../../x.geojson",
            "/etc/passwd",
            "//evil.example/x.geojson",
            "https://evil.example/x.geojson",
            "file:///etc/passwd",
            "geo/%2e%2e/x.geojson",
            "geo//x.geojson",
            "geo/x.geojson?v=1",
            "geo\\..\\x",
            "",
        ] {
            assert!(!is_app_relative_path(bad), "{bad}");
        }
    }
}
