//! The words of the page's notices: the address, a saved copy, a copied link, the embed link, what is new: the shape every language file fills.
//!
//! Language layer: may use `text`; must not import any higher layer.

use crate::lang::plural::Forms;

/// The words of the page's notices (`core::page::notice`, `saved_copy`, `shared_link`, `embed`, `visit`).
#[derive(Debug, PartialEq)]
pub struct NoticeWords {
    /// A dataset from another site: "Löften från andra webbplatser visas inte ({value}). …".
    pub foreign_data: &'static str,
    /// A dataset that is not a .json file here: «Filen "{value}" visas inte: …».
    pub not_json: &'static str,
    /// Unknown parts of the link: "En del av länken kändes inte igen och används inte: {parts}.".
    pub unknown_parts: &'static str,
    /// The parts not listed: "och {n} till".
    pub more_parts: &'static str,
    /// `nytt=1` with nothing new.
    pub nothing_new: &'static str,
    /// A saved copy, offline: "Du är offline.".
    pub offline: &'static str,
    /// A saved copy, the server silent: "Servern svarar inte.".
    pub unreachable: &'static str,
    /// A saved copy, the data failed: "De senast publicerade löftena kunde inte visas.".
    pub failed: &'static str,
    /// A saved copy of a known day: "{why} Visar löften uppdaterade {date}.".
    pub saved_on: &'static str,
    /// A saved copy of an unknown day: "{why} Visar sparade löften.".
    pub saved: &'static str,
    /// The link was copied: "Länken är kopierad.".
    pub copied: &'static str,
    /// The link to copy by hand: "Kopiera länken: {link}".
    pub copy_by_hand: &'static str,
    /// The link under an embedded frame: "Visa medborgarlöftena på en egen sida".
    pub open_page: &'static str,
    /// Nothing new since the last visit: "Inget nytt".
    pub news_none: &'static str,
    /// Promises with a new follow-up: "{n} löften har ny uppföljning".
    pub news_followups: Forms,
    /// New promises alone: "1 nytt löfte", "{n} nya löften".
    pub news_added: Forms,
    /// New promises after the followed-up ones: "{n} löfte är nytt", "{n} löften är nya".
    pub news_added_too: Forms,
    /// Both: "{followups} och {added}".
    pub news_both: &'static str,
    /// The whole sentence: "{what} sedan ditt senaste besök ({date}).".
    pub news_since: &'static str,
}
