//! The words a site built for one dataset uses about itself: its own kommun, never another's.

mod common;

use medborgarloften_core::page::site::{search_hint, site_meta};

#[test]
fn names_the_datasets_own_kommun_and_words() {
    let mut data = common::eskilstuna();
    data.title = "Medborgarlöften i Exempelby".to_string();
    data.municipality.name = "Exempelby kommun".to_string();
    let meta = site_meta(&data);
    assert_eq!(meta.title, "Medborgarlöften i Exempelby");
    assert_eq!(
        meta.description,
        "Medborgarlöften i Exempelby: vad polisen och Exempelby kommun lovar om trygghet, var det gäller och hur det \
         följs upp."
    );
    assert_eq!(meta.app_name, "Medborgarlöften i Exempelby");
    for text in [&meta.title, &meta.description, &meta.app_name] {
        assert!(!text.contains("Eskilstuna"), "{text}");
    }
}

#[test]
fn the_search_example_is_the_datasets_shortest_theme_and_district() {
    let mut data = common::eskilstuna();
    // The shortest of each, so it fits a phone's search box: not "Eskilstunas centrum".
    assert_eq!(search_hint(&data), "t.ex. våld, Skiftinge");
    data.districts.clear();
    assert_eq!(search_hint(&data), "t.ex. våld");
    data.themes.clear();
    assert_eq!(search_hint(&data), "Sök på ett ord i löftena");
}
