//! The build's content hashes: short hex names for files (a new content is a new name) and Subresource Integrity
//! values.
//!
//! Build layer (native). Imports nothing of the app.

use base64::Engine;
use sha2::{Digest, Sha256, Sha384};

/// The first 16 hex digits of the SHA-256 of `bytes`: the content part of a file name.
pub fn short_hex(bytes: &[u8]) -> String {
    hex16(Sha256::digest(bytes).as_slice())
}

/// The first 16 hex digits of a finished digest.
pub fn hex16(digest: &[u8]) -> String {
    digest.iter().take(8).map(|byte| format!("{byte:02x}")).collect()
}

/// The Subresource Integrity value of `bytes`: `sha384-` and the base64 of its SHA-384.
pub fn integrity(bytes: &[u8]) -> String {
    format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_hex_is_the_start_of_sha256() {
        // sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
        assert_eq!(short_hex(b"abc"), "ba7816bf8f01cfea");
    }

    #[test]
    fn integrity_is_sha384_in_base64() {
        // The example of the Subresource Integrity specification's tooling: sha384 of "alert('Hello, world.');".
        assert_eq!(
            integrity(b"alert('Hello, world.');"),
            "sha384-H8BRh8j48O9oYatfu5AZzq6A9RINhZO5H16dQZngK7T62em8MUt1FLm52t+eX6xO"
        );
    }
}
