//! Content integrity: the shipped data are verbatim rows of the shared fact
//! base, and the numbers the app shows equal the rows they cite.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;
use two_economies::data::{self, rows, FACTS};

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data");
const ASSETS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/data");

#[test]
fn every_shipped_row_is_a_verbatim_row_of_the_shared_data() {
    let mut checked = 0;
    for entry in fs::read_dir(ASSETS).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        let ours = fs::read_to_string(&path).unwrap();
        let theirs = fs::read_to_string(Path::new(SHARED).join(&name))
            .unwrap_or_else(|e| panic!("{name} has no counterpart in ../shared/data: {e}"));
        let theirs: std::collections::HashSet<&str> = theirs.lines().collect();
        for line in ours.lines().filter(|l| !l.trim().is_empty()) {
            assert!(
                theirs.contains(line),
                "{name}: not in the shared data: {line}"
            );
            checked += 1;
        }
    }
    assert!(checked > 3, "checked {checked} lines");
    // Header lines excluded, every data line became a fact.
    let files = fs::read_dir(ASSETS).unwrap().count();
    assert_eq!(FACTS.len(), checked - files);
}

#[test]
fn no_low_quality_row_is_shipped() {
    for f in FACTS {
        assert!(
            !f.note.to_ascii_lowercase().contains("low quality"),
            "{}",
            f.series
        );
        assert!(
            !f.note.to_ascii_lowercase().contains("low-quality"),
            "{}",
            f.series
        );
    }
}

#[test]
fn figures_show_the_values_of_the_rows_they_cite() {
    use two_economies::charts::valuation::ValuationPe;
    use two_economies::model::assumptions::Assumptions;
    use two_economies::text::Lang;
    let fig = ValuationPe::new(&Assumptions::default(), Lang::En);
    assert_eq!(
        fig.market_pe,
        data::fact(rows::CAMBRICON_FORWARD_PE.0, 2026)
            .unwrap()
            .value
            .unwrap()
    );
    // The defaults reproduce the cited worked example.
    let pe = two_economies::model::valuation::justified_pe_two_stage(
        &Assumptions::default().two_stage(),
    )
    .unwrap();
    assert_eq!(
        format!("{pe:.2}"),
        format!("{:.2}", data::value(rows::DAMODARAN_PE))
    );
}
