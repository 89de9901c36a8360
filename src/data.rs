//! The shipped fact base: rows of `assets/data/*.csv`, compiled in by `build.rs`,
//! which checks every row (`build/facts.rs`): who published the number, in what
//! and when, the best copy's url, the relay when only a relay was found, a
//! grade, and when it was checked. `assets/data/README.md` documents the columns.

/// How close the cited copy is to the institution the number comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Grade {
    /// The publisher's own publication.
    A,
    /// A reputable outlet or research body relaying it with attribution.
    B,
    /// Anything else: shown on screen as a weak source.
    C,
}

impl Grade {
    /// The letter, as in the CSV.
    pub fn letter(self) -> &'static str {
        match self {
            Grade::A => "A",
            Grade::B => "B",
            Grade::C => "C",
        }
    }
}

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
    /// The institution the number originates from ("National Bureau of
    /// Statistics of China").
    pub publisher: &'static str,
    /// Title of the publication cited.
    pub publication: &'static str,
    /// Its date, `YYYY-MM-DD` or `YYYY-MM`.
    pub published: &'static str,
    /// The best copy found: the publisher's own page where one was found.
    pub url: &'static str,
    /// The outlet that relayed it when only a relay was found; empty otherwise.
    pub via: &'static str,
    /// A, B or C.
    pub grade: Grade,
    /// When the row was last checked, `YYYY-MM-DD`.
    pub checked: &'static str,
    /// Caveats; `DERIVED` rows say how they were computed.
    pub note: &'static str,
}

impl Fact {
    /// Whether the row was computed from other sourced rows (its note says how).
    pub fn is_derived(&self) -> bool {
        self.note.starts_with("DERIVED")
    }

    /// Whether the row is shown as a weak source (grade C).
    pub fn is_weak(&self) -> bool {
        self.grade == Grade::C
    }

    /// Anchor of the row's entry in the Sources and methods list.
    pub fn anchor(&self) -> String {
        let mut s = String::from("src-");
        s.push_str(&self.series.replace('.', "-"));
        s.push('-');
        crate::text::push_int(&mut s, self.year as i64);
        s
    }
}

include!(concat!(env!("OUT_DIR"), "/facts.rs"));

/// The row for `series` in `year`, if shipped.
pub fn fact(series: &str, year: i32) -> Option<&'static Fact> {
    FACTS.iter().find(|f| f.series == series && f.year == year)
}

/// `facts` with each attribution once: a row is dropped when an earlier one
/// would be written the same (publisher, date, relay and grade), as two series
/// of one release are. Order is kept.
pub fn distinct_attributions(facts: &[&'static Fact]) -> Vec<&'static Fact> {
    let key = |f: &Fact| (f.publisher, f.published, f.via, f.grade);
    let mut out: Vec<&'static Fact> = Vec::with_capacity(facts.len());
    for f in facts {
        if !out.iter().any(|g| key(g) == key(f)) {
            out.push(f);
        }
    }
    out
}

/// Named rows the app uses. A missing row is a build-content bug, caught by
/// the `every_named_fact_is_shipped` test.
pub mod rows {
    /// Cambricon's forward P/E on 2026E consensus EPS (DERIVED, ≈105.5×).
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
        assert_eq!(value(rows::CAMBRICON_FORWARD_PE), 105.5);
    }

    #[test]
    fn distinct_attributions_keep_one_per_release() {
        let a = fact(rows::CAMBRICON_FORWARD_PE.0, 2026).unwrap();
        let d = fact(rows::DAMODARAN_PE.0, 2006).unwrap();
        // The same publisher, date, relay and grade under another series.
        let twin: &'static Fact = Box::leak(Box::new(Fact {
            series: "twin",
            ..*a
        }));
        let got = distinct_attributions(&[a, d, twin, d]);
        assert_eq!(got.len(), 2);
        assert!(std::ptr::eq(got[0], a) && std::ptr::eq(got[1], d));
        // Another grade is another attribution.
        let other: &'static Fact = Box::leak(Box::new(Fact {
            grade: Grade::C,
            ..*a
        }));
        assert_eq!(distinct_attributions(&[a, other]).len(), 2);
    }

    #[test]
    fn anchors_are_unique_and_derived_rows_say_so() {
        let f = fact(rows::CAMBRICON_FORWARD_PE.0, 2026).unwrap();
        assert!(f.is_derived());
        assert_eq!(f.anchor(), "src-cambricon_forward_pe_2026e_derived-2026");
        let mut seen = std::collections::HashSet::new();
        for f in FACTS {
            assert!(seen.insert(f.anchor()), "{}", f.anchor());
        }
    }
}
