//! The page's language, as the document says it (`<html lang>`): the build writes it for each language's page, and
//! both modules read it here, so the full app and the first module write the same words.
//!
//! Shell layer: web-sys only.

use medborgarloften_core::lang::{self, Language};

/// The language of the document the module runs in, from `<html lang>` ("en", "ar-SE"); Swedish when it names
/// none or one the app does not write.
pub fn page_language() -> &'static Language {
    let code =
        crate::browser::document().and_then(|d| d.document_element()).and_then(|html| html.get_attribute("lang"));
    code.and_then(|code| Language::by_code(&code)).unwrap_or(lang::SWEDISH)
}
