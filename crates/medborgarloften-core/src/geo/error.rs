//! Errors of the geo layer: one enum whose messages (in Swedish) say where the problem is — the feature's index
//! in `features`, its code, the polygon and ring — and what is wrong, in words an editor understands.
//!
//! Pure data. Must not import anything from the UI, nor from the other geo files.

use std::fmt;

use thiserror::Error;

/// Which feature of a FeatureCollection a problem is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeatureRef {
    /// 0-based index into the file's `features` array, as a JSON path would count it.
    pub index: usize,
    /// The feature's code (`regsokod`), when it has one.
    pub code: Option<String>,
}

impl fmt::Display for FeatureRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.code {
            Some(code) => write!(f, "område features[{}] ({code})", self.index),
            None => write!(f, "område features[{}]", self.index),
        }
    }
}

/// Which ring of a feature's geometry a problem is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RingRef {
    /// 0-based index of the polygon inside a MultiPolygon; `None` for a plain Polygon.
    pub polygon: Option<usize>,
    /// 0-based index of the ring in its polygon: 0 is the outer ring, 1 and up are holes.
    pub ring: usize,
}

impl fmt::Display for RingRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(polygon) = self.polygon {
            write!(f, "polygon {polygon}, ")?;
        }
        let kind = if self.ring == 0 { "ytterring" } else { "hål" };
        write!(f, "ring {} ({kind})", self.ring)
    }
}

/// Degrees written with up to six decimals through integer formatting only: float formatting would add about
/// 15 KB to the app's WebAssembly for this one message.
struct Degrees(f64);

impl fmt::Display for Degrees {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.0.is_finite() || self.0.abs() >= 1e12 {
            return f.write_str("(ogiltigt tal)");
        }
        let micro = (self.0 * 1e6).round() as i64;
        let sign = if micro < 0 { "-" } else { "" };
        let (whole, mut frac, mut digits) = (micro.unsigned_abs() / 1_000_000, micro.unsigned_abs() % 1_000_000, 6);
        if frac == 0 {
            return write!(f, "{sign}{whole}");
        }
        while frac % 10 == 0 {
            frac /= 10;
            digits -= 1;
        }
        write!(f, "{sign}{whole}.{frac:0digits$}")
    }
}

/// Everything that can be wrong with a map file, or with a reference into it.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum GeoError {
    /// The text is not JSON at all.
    #[error("kartfilen är inte giltig JSON: {reason} på rad {line}, kolumn {column}")]
    InvalidJson {
        /// 1-based line of the first error.
        line: usize,
        /// 1-based column of the first error.
        column: usize,
        /// What went wrong, in Swedish.
        reason: String,
        /// The parser's own (English) message, for developers' logs.
        detail: String,
    },
    /// The bytes are not UTF-8 text (UTF-16, a broken byte, or a file cut mid-character).
    #[error("kartfilen är inte UTF-8-text: {reason} på rad {line}, kolumn {column}")]
    Encoding {
        /// 1-based line.
        line: usize,
        /// 1-based column, in characters.
        column: usize,
        /// What is wrong, in Swedish.
        reason: String,
    },
    /// The JSON is not a GeoJSON FeatureCollection with a `features` list.
    #[error("kartfilen är ingen GeoJSON FeatureCollection: {found}")]
    NotFeatureCollection {
        /// What was found instead.
        found: String,
    },
    /// The map file is larger than the app accepts.
    #[error("kartfilen är för stor: {size} byte (högst {limit} byte)")]
    TooLarge {
        /// Size of the file in bytes.
        size: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// The FeatureCollection has no features.
    #[error("kartfilen innehåller inga områden")]
    NoAreas,
    /// A feature is shaped wrongly in a way the other variants do not name.
    #[error("{at}: {what}")]
    Malformed {
        /// The feature.
        at: FeatureRef,
        /// What is wrong, in Swedish.
        what: String,
    },
    /// The geometry is not a Polygon or MultiPolygon.
    #[error("{at}: geometritypen {kind} stöds inte, bara Polygon och MultiPolygon")]
    UnsupportedGeometry {
        /// The feature.
        at: FeatureRef,
        /// The geometry type found.
        kind: String,
    },
    /// A ring's last point is not its first point.
    #[error("{at}, {ring}: ringen är inte sluten (sista punkten måste vara samma som den första)")]
    RingNotClosed {
        /// The feature.
        at: FeatureRef,
        /// The ring.
        ring: RingRef,
    },
    /// A ring has fewer than four positions (three corners and the closing point).
    #[error("{at}, {ring}: ringen har {points} punkter, men minst 4 behövs (tre hörn och slutpunkten)")]
    RingTooShort {
        /// The feature.
        at: FeatureRef,
        /// The ring.
        ring: RingRef,
        /// How many positions the ring has.
        points: usize,
    },
    /// A position lies outside longitude −180…180 or latitude −90…90.
    #[error("{at}, {ring}, punkt {point}: koordinaten [{}, {}] ligger utanför longitud −180…180 eller latitud −90…90", Degrees(*.lon), Degrees(*.lat))]
    CoordinateOutOfRange {
        /// The feature.
        at: FeatureRef,
        /// The ring.
        ring: RingRef,
        /// 0-based index of the position in the ring.
        point: usize,
        /// The longitude found.
        lon: f64,
        /// The latitude found.
        lat: f64,
    },
    /// A position lies farther north or south than a web map can show (Web Mercator stops at ±85.05°).
    #[error("{at}, {ring}, punkt {point}: latituden {} ligger utanför kartans gräns ±85.05° (nära polerna kan kartan inte ritas)", Degrees(*.lat))]
    LatitudeBeyondMap {
        /// The feature.
        at: FeatureRef,
        /// The ring.
        ring: RingRef,
        /// 0-based index of the position in the ring.
        point: usize,
        /// The latitude found.
        lat: f64,
    },
    /// A ring encloses no area, or so little for its length that it is a sliver (a data error, not a district).
    #[error("{at}, {ring}: ringen omsluter {}", if *.sliver { "nästan ingen yta (den är en smal flisa, inte ett område)" } else { "ingen yta (alla punkter ligger på en linje)" })]
    DegenerateRing {
        /// The feature.
        at: FeatureRef,
        /// The ring.
        ring: RingRef,
        /// True for a sliver (thin but not flat), false for no area at all.
        sliver: bool,
    },
    /// The feature has no `name`.
    #[error("{at}: namnet (egenskapen \"name\") saknas eller är tomt")]
    MissingName {
        /// The feature.
        at: FeatureRef,
    },
    /// The feature has no code (`regsokod`).
    #[error("{at}: koden (egenskapen \"regsokod\") saknas eller är tom")]
    MissingCode {
        /// The feature.
        at: FeatureRef,
    },
    /// Two features share a code.
    #[error("koden {code} finns två gånger i kartfilen: features[{first}] och features[{second}]")]
    DuplicateCode {
        /// The shared code.
        code: String,
        /// 0-based index of the first feature with it.
        first: usize,
        /// 0-based index of the second feature with it.
        second: usize,
    },
    /// A code referenced elsewhere (e.g. by a promise) is not in the map file.
    #[error("områdeskoden {code} finns inte i kartfilen")]
    UnknownCode {
        /// The missing code.
        code: String,
    },
    /// A district of the dataset names an area code that is not in the map file.
    #[error("området {district} hänvisar till områdeskoden {code}, som inte finns i kartfilen")]
    UnknownDistrictCode {
        /// The district's display name.
        district: String,
        /// The missing code.
        code: String,
    },
}

#[cfg(test)]
mod tests {
    use super::Degrees;

    #[test]
    fn degrees_are_written_like_the_file_without_float_formatting() {
        let text = |v: f64| Degrees(v).to_string();
        assert_eq!(text(181.0), "181");
        assert_eq!(text(-181.5), "-181.5");
        assert_eq!(text(91.000_25), "91.00025");
        assert_eq!(text(-0.1), "-0.1");
        assert_eq!(text(f64::NAN), "(ogiltigt tal)");
    }
}
