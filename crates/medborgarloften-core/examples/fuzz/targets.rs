//! The fuzz targets: one per parser the app feeds with outside data, and what running one input gives.

use medborgarloften_core::geo::{map_layout, parse_geojson};
use medborgarloften_core::page::notice::notice_lines;
use medborgarloften_core::{facets, filter, parse_dataset_bytes, Dataset, Query};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Target {
    Dataset,
    Geojson,
    Query,
}

impl Target {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Target::Dataset => "dataset",
            Target::Geojson => "geojson",
            Target::Query => "query",
        }
    }
}

/// What running one input gave: a short outcome signature, or a failed round-trip.
pub(crate) fn run_one(target: Target, input: &[u8], eskilstuna: &Dataset) -> Result<String, String> {
    match target {
        Target::Dataset => Ok(match parse_dataset_bytes(input) {
            Ok(data) => {
                let query = Query::default();
                let _ = facets(&data, &query);
                format!("ok {}", filter(&data, &query).len().min(1))
            }
            Err(err) => signature(&err.to_string()),
        }),
        Target::Geojson => {
            let text = String::from_utf8_lossy(input);
            Ok(match parse_geojson(&text) {
                Ok(geo) => {
                    for urban_only in [true, false] {
                        // Unknown district codes are expected with a random map; the layout must still not hang.
                        let _ = map_layout(eskilstuna, &geo, urban_only);
                    }
                    let mut any_codes = eskilstuna.clone();
                    for district in &mut any_codes.districts {
                        district.regso.retain(|code| geo.area(code).is_some());
                    }
                    let _ = map_layout(&any_codes, &geo, false);
                    "ok".to_owned()
                }
                Err(err) => signature(&err.to_string()),
            })
        }
        Target::Query => {
            let text = String::from_utf8_lossy(input);
            let (mut query, mut ignored) = Query::parse(&text);
            let written = query.to_query_string();
            let (again, _) = Query::parse(&written);
            if again != query {
                return Err(format!("round-trip changed the query: {written:?}"));
            }
            ignored.extend(query.retain_known(eskilstuna));
            let lines = notice_lines(&ignored);
            if lines.iter().any(|line| line.chars().count() > 2_000) {
                return Err("a notice line is longer than 2000 characters".to_owned());
            }
            Ok(format!("{} ignored, {} lines", ignored.len().min(3), lines.len()))
        }
    }
}

/// An error's wording with digits and quoted text taken out, so "rad 3" and "rad 4" count as one outcome.
pub(crate) fn signature(message: &str) -> String {
    let mut out = String::new();
    let mut quoted = false;
    for c in message.chars() {
        if c == '"' {
            quoted = !quoted;
        } else if !quoted && !c.is_ascii_digit() {
            out.push(c);
        }
        if out.len() > 120 {
            break;
        }
    }
    out
}
