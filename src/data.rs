//! The shipped fact base: rows of `assets/data/*.csv`, compiled in by `build.rs`.
//!
//! Each row keeps its source URL and note, so every number on screen can say
//! where it came from. The rows are verbatim copies of `../shared/data` (a test
//! checks this).

/// One sourced data point.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fact {
    /// CSV file the row comes from (e.g. `valuation.csv`).
    pub file: &'static str,
    /// Series name (e.g. `cambricon_forward_pe_2026e_derived`).
    pub series: &'static str,
    /// Year the value refers to.
    pub year: i32,
    /// The value in `unit`; `None` for a qualitative fact.
    pub value: Option<f64>,
    /// Unit as in the data README (`pct`, `x`, `fraction`, …).
    pub unit: &'static str,
    /// Source URL.
    pub source: &'static str,
    /// Caveats; `DERIVED` rows say how they were computed.
    pub note: &'static str,
}

impl Fact {
    /// Whether the row was computed from other sourced rows (its note says how).
    pub fn is_derived(&self) -> bool {
        self.note.starts_with("DERIVED")
    }

    /// Host name of the source, for a short link text.
    pub fn source_host(&self) -> &'static str {
        let s = self.source.split("://").nth(1).unwrap_or(self.source);
        let host = s.split('/').next().unwrap_or(s);
        host.strip_prefix("www.").unwrap_or(host)
    }
}

include!(concat!(env!("OUT_DIR"), "/facts.rs"));

/// The row for `series` in `year`, if shipped.
pub fn fact(series: &str, year: i32) -> Option<&'static Fact> {
    FACTS.iter().find(|f| f.series == series && f.year == year)
}

/// Named rows the app uses. A missing row is a build-content bug, caught by
/// the `every_named_fact_is_shipped` test.
pub mod rows {
    /// Cambricon's forward P/E on 2026E consensus EPS (DERIVED, ≈104×).
    pub const CAMBRICON_FORWARD_PE: (&str, i32) = ("cambricon_forward_pe_2026e_derived", 2026);
    /// Cambricon's consensus EPS for 2026, used by the row above.
    pub const CAMBRICON_EPS_2026: (&str, i32) = ("cambricon_consensus_eps", 2026);
    /// Damodaran's two-stage worked example (the valuation defaults).
    pub const DAMODARAN_PE: (&str, i32) = ("two_stage_pe_damodaran_example.pe", 2006);

    /// All of the above.
    pub const ALL: [(&str, i32); 3] = [CAMBRICON_FORWARD_PE, CAMBRICON_EPS_2026, DAMODARAN_PE];
}

/// Value of a named row; `NaN` only if the row is missing, which the tests forbid.
pub fn value(row: (&str, i32)) -> f64 {
    fact(row.0, row.1).and_then(|f| f.value).unwrap_or(f64::NAN)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_named_fact_is_shipped() {
        for (s, y) in rows::ALL {
            assert!(fact(s, y).and_then(|f| f.value).is_some(), "{s} {y}");
        }
        assert_eq!(value(rows::CAMBRICON_FORWARD_PE), 104.2);
    }

    #[test]
    fn source_host_is_short() {
        let f = fact(rows::CAMBRICON_FORWARD_PE.0, 2026).unwrap();
        assert_eq!(f.source_host(), "ts2.tech");
        assert!(f.is_derived());
    }
}
