//! A short fingerprint of a published file's bytes (64-bit FNV-1a, in hex): the build writes the dataset's into the
//! page it renders, and the page's first module compares it with the dataset it fetches, so a dataset published
//! after the build is never shown through a page rendered from the older one. Not a security measure.
//!
//! Dataset layer: imports no other module of the crate; must never import `geo`, `page` or `export`.

/// The fingerprint of `bytes`: 16 hex digits.
pub fn fingerprint(bytes: &[u8]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &byte in bytes {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::fingerprint;

    #[test]
    fn known_values_and_sensitivity() {
        // FNV-1a 64 reference values.
        assert_eq!(fingerprint(b""), "cbf29ce484222325");
        assert_eq!(fingerprint(b"a"), "af63dc4c8601ec8c");
        assert_ne!(fingerprint(br#"{"a":1}"#), fingerprint(br#"{"a":2}"#));
    }
}
