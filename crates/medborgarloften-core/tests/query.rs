//! The URL query codec: parameter names are a public contract; parsing never fails; writing round-trips.

mod common;

use common::eskilstuna;
use medborgarloften_core::page::query::Facet;
use medborgarloften_core::{Query, Status};

#[test]
fn reads_every_parameter() {
    let (q, ignored) = Query::parse("?ar=2019&part=polisen,kommunen&omrade=froslunda&tema=krogar&status=pagar&q=krogar%20mot&lofte=2019-kommunen-andt&data=data/exempelkommun.json&inbaddad=1");
    assert!(ignored.is_empty(), "{ignored:?}");
    assert_eq!(q.years.iter().copied().collect::<Vec<_>>(), vec![2019]);
    assert_eq!(q.parties.len(), 2);
    assert!(q.districts.contains("froslunda"));
    assert!(q.themes.contains("krogar"));
    assert!(q.statuses.contains(&Status::InProgress));
    assert_eq!(q.text, "krogar mot");
    assert_eq!(q.promise.as_deref(), Some("2019-kommunen-andt"));
    assert_eq!(q.data.as_deref(), Some("data/exempelkommun.json"));
    assert!(q.embed);
}

#[test]
fn round_trips_through_the_canonical_string() {
    let samples = [
        "",
        "ar=2018,2019",
        "part=kommunen&q=%C3%A5r%2C+n%C3%A4t",
        "omrade=hela-kommunen,skiftinge&status=ej-uppfoljt,genomfort",
        "q=a%26b%3Dc",
        "lofte=2019-polisen-synlighet&inbaddad=1",
        "data=data/exempelkommun.json",
    ];
    for sample in samples {
        let (q, _) = Query::parse(sample);
        let written = q.to_query_string();
        let (again, ignored) = Query::parse(&written);
        assert_eq!(again, q, "{sample} -> {written}");
        assert!(ignored.is_empty());
        assert_eq!(again.to_query_string(), written);
    }
}

#[test]
fn toggling_round_trips_for_every_facet() {
    let base = Query::parse("ar=2019").0;
    for (facet, id) in [
        (Facet::Year, "2018"),
        (Facet::Party, "polisen"),
        (Facet::District, "skiftinge"),
        (Facet::Theme, "vald"),
        (Facet::Status, "pagar"),
    ] {
        let on = base.toggled(facet, id);
        assert_ne!(on, base);
        assert_eq!(Query::parse(&on.to_query_string()).0, on);
        assert_eq!(on.toggled(facet, id), base);
    }
}

#[test]
fn free_text_with_commas_and_ampersands_stays_one_value() {
    let q = Query { text: "krogar, knark & våld".to_string(), ..Query::default() };
    assert_eq!(Query::parse(&q.to_query_string()).0.text, "krogar, knark & våld");
}

#[test]
fn invalid_values_and_unknown_parameters_are_ignored_and_reported() {
    let (q, ignored) =
        Query::parse("ar=tjugo,2019&status=klart&part=Polisen!&foo=bar&utm_source=nyhetsbrev&lofte=<script>");
    assert_eq!(q.years.len(), 1);
    assert!(q.statuses.is_empty());
    assert!(q.parties.is_empty());
    assert!(q.promise.is_none());
    let reported: Vec<String> = ignored.iter().map(|i| format!("{}={}", i.param, i.value)).collect();
    assert_eq!(reported, vec!["ar=tjugo", "status=klart", "part=Polisen!", "foo=bar", "lofte=<script>"]);
}

#[test]
fn other_origins_are_refused_as_dataset() {
    for bad in ["https://evil.example/x.json", "//evil.example/x.json", "javascript:alert(1)", "data/x.txt"] {
        let (q, ignored) = Query::parse(&format!("data={}", medborgarloften_core::page::query::encode(bad)));
        assert!(q.data.is_none(), "{bad}");
        assert_eq!(ignored.len(), 1);
    }
}

#[test]
fn unknown_ids_are_dropped_against_the_dataset() {
    let data = eskilstuna();
    let (mut q, _) = Query::parse("omrade=mars,skiftinge&part=brandkaren&ar=1999&tema=krogar&lofte=finns-inte");
    let dropped: Vec<String> = q.retain_known(&data).iter().map(|i| format!("{}={}", i.param, i.value)).collect();
    assert_eq!(dropped, vec!["ar=1999", "part=brandkaren", "omrade=mars", "lofte=finns-inte"]);
    assert_eq!(q.to_query_string(), "omrade=skiftinge&tema=krogar");
}

#[test]
fn clearing_keeps_dataset_and_layout() {
    let q = Query::parse("ar=2019&q=x&data=data/exempelkommun.json&inbaddad=1&lofte=a").0;
    assert_eq!(q.cleared().to_query_string(), "data=data/exempelkommun.json&inbaddad=1");
    assert!(!q.cleared().has_filters());
    assert!(q.has_filters());
}
