//! The models against the published worked examples and sourced data rows
//! (read at test time from `shared/data/*.csv`), round trips, and property
//! tests over the whole input domain.

#![cfg(not(target_arch = "wasm32"))]
use std::collections::HashMap;

use proptest::prelude::*;
use two_economies::model::futures::{self, FuturesParam, FuturesParams, Preset};
use two_economies::model::margin::{self, MarginSim};
use two_economies::model::valuation::{self, TwoStage};
use two_economies::model::{ai, gap};

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/");

/// Splits CSV text into records: fields may be quoted, with `""` for a quote
/// and commas or newlines inside quotes.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// One data file as `(series, year) → value` plus `series → value` for the
/// first row of each series; rows without a value are skipped.
struct Table {
    by_year: HashMap<(String, String), f64>,
    by_series: HashMap<String, f64>,
}

impl Table {
    fn load(file: &str) -> Table {
        let path = format!("{DATA}{file}");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let rows = parse_csv(&text);
        assert_eq!(rows[0][..4], ["series", "year", "value", "unit"]);
        let mut by_year = HashMap::new();
        let mut by_series = HashMap::new();
        for r in &rows[1..] {
            assert!(r.len() >= 6, "{file}: short row {r:?}");
            let Ok(v) = r[2].parse::<f64>() else { continue };
            by_year.entry((r[0].clone(), r[1].clone())).or_insert(v);
            by_series.entry(r[0].clone()).or_insert(v);
        }
        Table { by_year, by_series }
    }

    fn get(&self, series: &str) -> f64 {
        *self
            .by_series
            .get(series)
            .unwrap_or_else(|| panic!("missing {series}"))
    }

    fn at(&self, series: &str, year: &str) -> f64 {
        *self
            .by_year
            .get(&(series.to_string(), year.to_string()))
            .unwrap_or_else(|| panic!("missing {series} {year}"))
    }
}

/// `x` rounded to `decimals` decimals: the precision of the published figure
/// it is compared with (a figure printed "35.00" is compared at 2).
fn at_precision(x: f64, decimals: usize) -> String {
    format!("{x:.decimals$}")
}

#[test]
fn csv_parser_handles_quotes() {
    let rows = parse_csv("a,b\n\"x, \"\"y\"\"\nz\",2\n");
    assert_eq!(rows, [vec!["a", "b"], vec!["x, \"y\"\nz", "2"]]);
}

#[test]
fn gordon_worked_example() {
    let t = Table::load("methods_examples.csv");
    let (d0, g, r) = (
        t.get("gordon_example.D0"),
        t.get("gordon_example.g"),
        t.get("gordon_example.r"),
    );
    let d1 = d0 * (1.0 + g);
    assert_eq!(
        at_precision(d1, 2),
        at_precision(t.get("gordon_example.D1"), 2)
    );
    let p = valuation::gordon_price(d1, r, g).unwrap();
    // methods.md publishes **35.00**.
    assert_eq!(
        at_precision(p, 2),
        at_precision(t.get("gordon_example.P"), 2)
    );
    assert_eq!(at_precision(p, 2), "35.00");
}

#[test]
fn damodaran_two_stage_and_peg() {
    let t = Table::load("methods_examples.csv");
    let k = |s: &str| t.get(&format!("two_stage_pe_damodaran_example.{s}"));
    // The inputs' own derivations, as the rows state them.
    assert!((k("g_high") - (1.0 - k("payout_high")) * k("roe")).abs() < 1e-12);
    assert!((k("payout_stable") - (1.0 - k("g_stable") / k("roe"))).abs() < 1e-12);
    assert!((k("ke") - (k("rf") + k("beta") * k("mrp"))).abs() < 1e-12);
    let m = TwoStage {
        payout_high: k("payout_high"),
        g_high: k("g_high"),
        years: k("n") as u32,
        ke_high: k("ke"),
        payout_stable: k("payout_stable"),
        g_stable: k("g_stable"),
        ke_stable: k("ke"),
    };
    let pe = valuation::justified_pe_two_stage(&m).unwrap();
    assert_eq!(at_precision(pe, 2), at_precision(k("pe"), 2));
    let peg = valuation::peg(pe, m.g_high * 100.0).unwrap();
    assert_eq!(at_precision(peg, 2), at_precision(k("peg"), 2));
    assert_eq!(
        (at_precision(pe, 2), at_precision(peg, 2)),
        ("25.38".into(), "1.41".into())
    );
}

#[test]
fn peg_examples() {
    let t = Table::load("methods_examples.csv");
    let mut seen = Vec::new();
    for c in ["A", "B", "C"] {
        let k = |s: &str| t.get(&format!("peg_example.company_{c}.{s}"));
        let peg = valuation::peg(k("pe"), k("growth")).unwrap();
        assert_eq!(
            at_precision(peg, 2),
            at_precision(k("peg"), 2),
            "company {c}"
        );
        seen.push(at_precision(peg, 2));
    }
    assert_eq!(seen, ["1.00", "2.00", "0.67"]);
}

#[test]
fn margin_calibration_rows() {
    let t = Table::load("calibration.csv");
    let policy = Table::load("policy.csv");
    let line = t.at("margin_liquidation_line_mainstream", "2026") / 100.0;
    for (m_year, row, year) in [
        ("2026", "margin_price_fall_to_130_at_100pct_margin", "2026"),
        ("2023", "margin_price_fall_to_130_at_80pct_margin", "2023"),
    ] {
        let m = policy.at("margin_financing_min_margin_ratio", m_year) / 100.0;
        let fall = margin::price_fall_to_line(m, line).unwrap();
        assert_eq!(
            at_precision(100.0 * fall, 1),
            at_precision(t.at(row, year), 1),
            "{row}"
        );
    }
    let start =
        margin::initial_ratio(policy.at("margin_financing_min_margin_ratio", "2026") / 100.0);
    assert_eq!(
        start,
        Some(t.get("margin_initial_ratio_at_100pct_margin") / 100.0)
    );
    assert_eq!(line, margin::LIQUIDATION_LINE);
    assert_eq!(
        t.get("margin_warning_line_oriental_securities") / 100.0,
        margin::WARNING_LINE
    );
    assert_eq!(
        t.get("margin_instant_liquidation_line_oriental_securities") / 100.0,
        margin::INSTANT_LINE
    );
}

#[test]
fn ai_and_gap_rows() {
    let runs = Table::load("ai_cost.csv");
    let hours = runs.get("deepseek_v3_total_gpu_hours") * 1e6;
    let rate = runs.get("deepseek_v3_rental_rate_assumed");
    assert_eq!(hours, ai::DEEPSEEK_V3_GPU_HOURS);
    assert_eq!(rate, ai::DEEPSEEK_V3_USD_PER_GPU_HOUR);
    let cost = ai::training_cost_usd(hours, rate).unwrap();
    assert_eq!(
        at_precision(cost / 1e6, 3),
        at_precision(runs.get("deepseek_v3_training_cost"), 3)
    );

    let g = Table::load("ai_valuation_gap.csv");
    let listed = g.get("china_ai_mcap_as_pct_of_us") / 100.0;
    let private = g.get("china_ai_mcap_as_pct_of_us_incl_private") / 100.0;
    let goldman = g.get("china_top10_tech_mcap") / g.get("us_top10_tech_mcap");
    let shares: Vec<f64> = gap::BASKETS.iter().map(|b| b.china_share_of_us).collect();
    assert_eq!(shares, [listed, private, goldman]);
    let multiple = gap::multiple_from_share(listed).unwrap();
    assert_eq!(
        at_precision(multiple, 1),
        at_precision(g.get("us_to_china_ai_mcap_ratio_derived"), 1)
    );
    assert_eq!(
        at_precision(gap::BASKETS[2].multiple(), 0),
        at_precision(g.get("us_to_china_tech_mcap_ratio"), 0)
    );
}

#[test]
fn futures_2025_row_is_the_sourced_actuals() {
    let gdp = Table::load("gdp.csv").at("real_gdp_growth", "2025") / 100.0;
    let prop = Table::load("property.csv").at("real_estate_investment_growth", "2025") / 100.0;
    let retail = Table::load("consumption.csv").at("retail_sales_growth", "2025") / 100.0;
    let new_share = Table::load("calibration.csv").at("three_new_economy_share_gdp", "2024");
    assert_eq!(
        at_precision(100.0 * FuturesParams::default().new_share, 0),
        at_precision(new_share, 0)
    );
    let mut cases = vec![FuturesParams::default()];
    cases.extend(Preset::ALL.map(Preset::params));
    for p in cases {
        let row = futures::simulate(&p).years[0];
        assert_eq!(row.year, 2025);
        assert!((row.gdp_growth - gdp).abs() < 1e-12);
        assert!((row.property_investment_growth - prop).abs() < 1e-12);
        assert!((row.consumption_growth - retail).abs() < 1e-12);
        assert_eq!(
            (row.new_index, row.old_index, row.gdp_index),
            (100.0, 100.0, 100.0)
        );
    }
}

#[test]
fn futures_presets_tell_their_stories() {
    let run = |p: Preset| futures::simulate(&p.params());
    let spill = run(Preset::Spillover);
    let bif = run(Preset::BifurcatedRecovery);
    let drag = run(Preset::PropertyDragPersists);
    let base = futures::simulate(&FuturesParams::default());
    // Spillover: the old economy does better when new-economy gains spread.
    assert!(spill.last().old_index > bif.last().old_index);
    assert!(spill.last().gdp_index > base.last().gdp_index);
    // Bifurcated: the same tech boom as Spillover, but the widest gap between
    // the two economies.
    assert_eq!(bif.last().new_index, spill.last().new_index);
    let gap = |p: &futures::FuturesPath| p.last().new_index / p.last().old_index;
    assert!(gap(&bif) > gap(&spill) && gap(&bif) > gap(&drag));
    // Property drag persists: the lowest GDP growth every year from 2026, the
    // lowest old economy and a falling consumption share.
    for i in 1..futures::YEARS {
        let g = drag.years[i].gdp_growth;
        for other in [&spill, &bif, &base] {
            assert!(g < other.years[i].gdp_growth, "year {}", drag.years[i].year);
        }
    }
    assert!(drag.last().old_index < bif.last().old_index);
    assert!(drag.last().consumption_share < drag.years[0].consumption_share);
    assert!(spill.last().consumption_share > drag.last().consumption_share);
}

#[test]
fn implied_return_hand_calculation() {
    // Two flows 5 then 5.5, then 4 % growth for ever. At r = 10 %:
    // PV = 5/1.1 + 5.5/1.21 + 5.5·1.04/(0.06·1.21) = 4.545455 + 4.545455 + 78.787879
    //    = 87.878788 (worked by hand). Solving back from that price gives 10 %.
    let pv = valuation::present_value(0.10, &[5.0, 5.5], 0.04).unwrap();
    assert!((pv - 87.878_787_878_8).abs() < 1e-9, "{pv}");
    let r = valuation::implied_return(pv, &[5.0, 5.5], 0.04).unwrap();
    assert!((r - 0.10).abs() < 1e-12);
}

fn two_stage() -> impl Strategy<Value = TwoStage> {
    // The valuation sliders' domain (model::assumptions): g 0–60 %, n 1–20,
    // ke 5–16 %, stable growth 0–6 %, payouts 0–1 and 0.1–1.
    (
        0.0..=0.6f64,
        1u32..=20,
        0.05..=0.16f64,
        0.0..=0.06f64,
        0.0..=1.0f64,
        0.1..=1.0f64,
    )
        .prop_map(|(g, n, ke, gs, ph, ps)| TwoStage {
            payout_high: ph,
            g_high: g,
            years: n,
            ke_high: ke,
            payout_stable: ps,
            g_stable: gs,
            ke_stable: ke,
        })
}

fn any_f64() -> impl Strategy<Value = f64> {
    prop_oneof![
        4 => -10.0..10.0f64,
        1 => proptest::num::f64::ANY,
        1 => Just(0.0),
    ]
}

fn close(a: f64, b: f64, rel: f64) -> bool {
    (a - b).abs() <= rel * a.abs().max(b.abs()).max(1e-300)
}

/// Every input finite.
fn finite(xs: &[f64]) -> bool {
    xs.iter().all(|x| x.is_finite())
}

/// A total function's answer against its doc comment: `None` exactly when
/// the documented refusal condition `refused` holds, otherwise a finite value.
/// (A function that always answered `None`, or never did, fails here.)
fn none_exactly_when(v: Option<f64>, refused: bool) -> Result<(), TestCaseError> {
    match v {
        Some(x) => {
            prop_assert!(!refused, "answered {} where the doc says None", x);
            prop_assert!(x.is_finite());
        }
        None => prop_assert!(refused, "None where the doc promises an answer"),
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn justified_pe_finite_and_monotone(m in two_stage(), dg in 0.001..0.2f64, dk in 0.001..0.05f64) {
        let pe = valuation::justified_pe_two_stage(&m);
        if m.ke_stable > m.g_stable {
            let pe = pe.unwrap();
            prop_assert!(pe.is_finite() && pe > 0.0);
            // Up with high-stage growth.
            let up = valuation::justified_pe_two_stage(&TwoStage { g_high: m.g_high + dg, ..m }).unwrap();
            prop_assert!(up >= pe * (1.0 - 1e-12), "{up} < {pe}");
            // Down with the cost of equity (both stages).
            let ke = m.ke_high + dk;
            let down = valuation::justified_pe_two_stage(&TwoStage { ke_high: ke, ke_stable: ke, ..m }).unwrap();
            prop_assert!(down <= pe * (1.0 + 1e-12), "{down} > {pe}");
            prop_assert!(valuation::justified_forward_pe(&m).unwrap().is_finite());
        } else {
            prop_assert_eq!(pe, None);
        }
    }

    #[test]
    fn implied_growth_round_trip(m in two_stage(), g in -0.4..1.5f64) {
        prop_assume!(g.abs() >= 0.01 && m.payout_high + m.payout_stable > 0.05 && m.ke_stable > m.g_stable);
        let m = TwoStage { g_high: g, ..m };
        let pe = valuation::justified_pe_two_stage(&m).unwrap();
        let back = valuation::implied_growth(pe, &TwoStage { g_high: 0.0, ..m }).unwrap();
        prop_assert!(close(back, g, 1e-9), "g {} → pe {} → {}", g, pe, back);
    }

    #[test]
    fn implied_growth_total(m in two_stage(), pe in any_f64(), junk in any_f64()) {
        use valuation::ImpliedError as E;
        for m in [m, TwoStage { ke_stable: junk, ..m }, TwoStage { payout_high: junk, ..m }] {
            let got = valuation::implied_growth(pe, &m);
            if let Err(e) = got {
                prop_assert!(!e.reason().is_empty());
            }
            // The error each input deserves, from the doc comment.
            let invalid = !finite(&[pe, m.payout_high, m.ke_high, m.payout_stable, m.g_stable, m.ke_stable])
                || pe <= 0.0 || m.payout_high < 0.0 || m.payout_stable < 0.0
                || m.ke_high <= -1.0 || m.g_stable <= -1.0;
            if invalid {
                prop_assert_eq!(got, Err(E::InvalidInput));
                continue;
            }
            if m.ke_stable <= m.g_stable {
                prop_assert_eq!(got, Err(E::NoFiniteValue));
                continue;
            }
            // Valid: the justified P/E at the ends of the searched range
            // (too large to represent counts as above the market's).
            let at = |g| valuation::justified_pe_two_stage(&TwoStage { g_high: g, ..m }).unwrap_or(f64::INFINITY);
            let (lo, hi) = (at(valuation::G_MIN), at(valuation::G_MAX));
            if lo == hi {
                prop_assert_eq!(got, Err(E::NotIdentified));
            } else if pe < lo {
                prop_assert_eq!(got, Err(E::BelowRange));
            } else if pe > hi {
                prop_assert_eq!(got, Err(E::AboveRange));
            } else {
                // Inside the range there is an answer, and it gives the P/E.
                let g = got.map_err(|e| TestCaseError::fail(format!("{e:?} for P/E {pe} in [{lo}, {hi}]")))?;
                prop_assert!(g.is_finite() && (valuation::G_MIN..=valuation::G_MAX).contains(&g));
                prop_assert!(close(at(g), pe, 1e-9), "g {} gives {} not {}", g, at(g), pe);
            }
        }
    }

    #[test]
    fn implied_growth_answers_inside_its_range(m in two_stage(), t in 0.0..=1.0f64) {
        // Any P/E between those at the ends of the searched range has an
        // answer (the slider domain always identifies growth: ≥ 1 high year,
        // stable payout ≥ 10 %) once the stable stage has a finite value.
        prop_assume!(m.ke_stable > m.g_stable);
        let at = |g| valuation::justified_pe_two_stage(&TwoStage { g_high: g, ..m }).unwrap();
        let (lo, hi) = (at(valuation::G_MIN), at(valuation::G_MAX));
        prop_assert!(lo < hi);
        let pe = (lo * (hi / lo).powf(t)).clamp(lo, hi);
        let g = valuation::implied_growth(pe, &m);
        prop_assert!(g.is_ok(), "{:?} for P/E {} in [{}, {}]", g, pe, lo, hi);
    }

    #[test]
    fn implied_return_round_trip(
        flows in proptest::collection::vec(0.1..100.0f64, 1..15),
        gs in -0.02..0.06f64,
        spread in 0.01..1.0f64,
    ) {
        let r = gs + spread;
        let price = valuation::present_value(r, &flows, gs).unwrap();
        let back = valuation::implied_return(price, &flows, gs).unwrap();
        prop_assert!(close(back, r, 1e-9), "r {} → price {} → {}", r, price, back);
    }

    #[test]
    fn implied_return_total(flows in proptest::collection::vec(any_f64(), 0..8), price in any_f64(), gs in any_f64()) {
        let got = valuation::implied_return(price, &flows, gs);
        if let Some(r) = got {
            prop_assert!(r.is_finite() && r > gs && r <= 10.0);
        }
        // The documented refusals (other than "no rate in the range fits").
        let refused = !finite(&[price, gs]) || !finite(&flows) || price <= 0.0
            || flows.is_empty() || gs <= -1.0 || gs >= 10.0;
        if refused {
            prop_assert_eq!(got, None);
        } else if flows.iter().all(|&c| (1e-3..=1e3).contains(&c)) {
            // Positive flows: the value falls from +∞ just above g_stable to
            // its value at 10, so a price in between has a rate.
            let top = valuation::present_value(gs + (10.0 - gs) * 1e-9, &flows, gs).unwrap();
            let bottom = valuation::present_value(10.0, &flows, gs).unwrap();
            if (bottom..=top).contains(&price) {
                prop_assert!(got.is_some(), "no rate for {} in [{}, {}]", price, bottom, top);
            }
        }
    }

    #[test]
    fn implied_return_answers_where_a_rate_fits(
        flows in proptest::collection::vec(1e-3..1e3f64, 1..15),
        gs in -0.5..5.0f64,
        t in 0.0..=1.0f64,
    ) {
        // Known-good subdomain: positive flows and a price between the values
        // at the ends of the searched range (geometric mix, so both ends and
        // the huge values near g_stable are all drawn).
        let top = valuation::present_value(gs + (10.0 - gs) * 1e-9, &flows, gs).unwrap();
        let bottom = valuation::present_value(10.0, &flows, gs).unwrap();
        let price = (bottom * (top / bottom).powf(t)).clamp(bottom, top);
        let r = valuation::implied_return(price, &flows, gs);
        prop_assert!(r.is_some_and(|r| r > gs && r <= 10.0), "{:?} for price {}", r, price);
    }

    #[test]
    fn years_to_pe_total_and_consistent(pe in any_f64(), g in any_f64(), target in any_f64()) {
        let got = valuation::years_to_pe(pe, g, target);
        if let Some(n) = got {
            prop_assert!(n.is_finite() && n >= 0.0);
            if n > 0.0 {
                // After n years of growth the P/E is the target.
                // (ln_1p keeps tiny growth rates exact; (1 + g).powf(n) would round.)
                prop_assert!(close(pe / (n * g.ln_1p()).exp(), target, 1e-9));
            }
        }
        // None exactly where the doc says: invalid inputs, never reaching
        // the target, or a number of years too large to represent.
        let invalid = !finite(&[pe, g, target]) || pe <= 0.0 || target <= 0.0 || g <= -1.0;
        let never = pe > target && g <= 0.0;
        let overflow = pe > target && !((pe / target).ln() / g.ln_1p()).is_finite();
        none_exactly_when(got, invalid || never || overflow)?;
        if !invalid && pe <= target {
            prop_assert_eq!(got, Some(0.0));
        }
    }

    #[test]
    fn margin_formulas_total_and_monotone(m in 0.01..5.0f64, dm in 0.001..1.0f64, line in 0.5..3.0f64, x in any_f64(), y in any_f64()) {
        let a = margin::price_fall_to_line(m, line).unwrap();
        let b = margin::price_fall_to_line(m + dm, line).unwrap();
        prop_assert!((0.0..1.0).contains(&a) && b >= a);
        if 1.0 + m > line {
            prop_assert!(b > a);
            // The fall lands exactly on the line.
            prop_assert!(close(margin::ratio_after_fall(1.0 + m, a).unwrap(), line, 1e-12));
        }
        // None exactly where each doc comment says.
        let bad = !finite(&[x, y]);
        none_exactly_when(margin::price_fall_to_line(x, y), bad || x <= 0.0 || y <= 0.0)?;
        none_exactly_when(margin::fall_to_line(x, y), bad || x <= 0.0 || y <= 0.0)?;
        none_exactly_when(margin::maintenance_ratio(x, y), bad || y <= 0.0 || x < 0.0 || !(x / y).is_finite())?;
        none_exactly_when(margin::ratio_after_fall(x, y), bad || x < 0.0 || y > 1.0 || !(x * (1.0 - y)).is_finite())?;
        none_exactly_when(margin::initial_ratio(x), !x.is_finite() || x <= 0.0)?;
        let capacity = margin::borrowing_capacity(x, y);
        none_exactly_when(capacity.map(|p| p.position), bad || x < 0.0 || y <= 0.0 || !(x + x / y).is_finite())?;
        if let Some(p) = capacity {
            prop_assert!(p.borrowed.is_finite() && p.own_funds == x);
        }
    }

    #[test]
    fn gap_and_ai_total(x in any_f64(), y in any_f64()) {
        // None exactly where each doc comment says.
        let bad = !finite(&[x, y]);
        none_exactly_when(gap::multiple_from_share(x), !x.is_finite() || x <= 0.0 || !(1.0 / x).is_finite())?;
        none_exactly_when(gap::upside_to_share(x, y), bad || x <= 0.0 || y < 0.0 || !(y / x).is_finite())?;
        none_exactly_when(gap::upside_to_multiple(x, y), bad || x <= 0.0 || y <= 0.0 || !(x / y).is_finite())?;
        none_exactly_when(gap::share_after_closing(x, y), bad || x <= 0.0 || x > 1.0 || !(0.0..=1.0).contains(&y))?;
        let cost = ai::training_cost_usd(x, y);
        none_exactly_when(cost, bad || x < 0.0 || y < 0.0 || !(x * y).is_finite())?;
        if let Some(c) = cost {
            prop_assert!(c >= 0.0);
        }
    }

    #[test]
    fn futures_finite_for_any_input(v in proptest::collection::vec(any_f64(), 11)) {
        let mut p = FuturesParams::default();
        for (param, x) in FuturesParam::ALL.iter().zip(&v) {
            // Bypass clamping on the way in: simulate must cope by itself.
            p = p.with(*param, 0.0);
            match param {
                FuturesParam::NewShare => p.new_share = *x,
                FuturesParam::PropertyShare => p.property_share = *x,
                FuturesParam::NewGrowth => p.new_growth = *x,
                FuturesParam::PassThrough => p.pass_through = *x,
                FuturesParam::PropertyFade => p.property_fade = *x,
                FuturesParam::PropertyLongRun => p.property_long_run = *x,
                FuturesParam::RestLongRun => p.rest_long_run = *x,
                FuturesParam::Spillover => p.spillover = *x,
                FuturesParam::SpilloverLag => p.spillover_lag = *x,
                FuturesParam::Confidence => p.confidence = *x,
                FuturesParam::WealthEffect => p.wealth_effect = *x,
            }
        }
        let path = futures::simulate(&p);
        prop_assert_eq!(path.years[0].gdp_growth, futures::GDP_GROWTH_2025);
        for y in path.years {
            for v in [y.gdp_growth, y.gdp_index, y.new_index, y.old_index, y.property_index,
                      y.property_investment_growth, y.consumption_growth, y.consumption_share, y.new_share] {
                prop_assert!(v.is_finite());
            }
            prop_assert!(y.gdp_index > 0.0 && y.old_index > 0.0 && y.consumption_share > 0.0);
        }
    }

    #[test]
    fn futures_monotone_in_new_growth_and_fade(x in 0.0..1.0f64, lo in 0.0..0.19f64, d in 0.001..0.01f64) {
        let p = FuturesParams::default().with(FuturesParam::Confidence, x * 0.04 - 0.02);
        let a = futures::simulate(&p.with(FuturesParam::NewGrowth, lo));
        let b = futures::simulate(&p.with(FuturesParam::NewGrowth, lo + d));
        prop_assert!(b.last().new_index > a.last().new_index);
        // A faster-fading property drag never leaves the property block smaller.
        let f1 = futures::simulate(&p.with(FuturesParam::PropertyFade, x * 0.8));
        let f2 = futures::simulate(&p.with(FuturesParam::PropertyFade, x * 0.8 + 0.1));
        prop_assert!(f2.last().property_index >= f1.last().property_index);
    }
}

proptest! {
    // Each case runs two simulations of 200 paths; 128 cases keep this fast.
    #![proptest_config(ProptestConfig { cases: 128, failure_persistence: None, ..ProptestConfig::default() })]

    /// Common random numbers: path i uses stream i of the seed whatever the
    /// parameters, so these comparisons hold path by path, exactly (see
    /// `margin::hit_share` for the volatility condition μ ≥ −σ²/2; here μ ≥ 0).
    #[test]
    fn margin_monte_carlo_monotone(
        m in 0.5..1.5f64, dm in 0.01..0.5f64,
        vol in 0.0..1.0f64, dvol in 0.01..0.5f64,
        drift in 0.0..0.5f64, days in 1u32..300, seed in any::<u64>(),
    ) {
        let sim = MarginSim { margin_ratio: m, volatility: vol, drift, days, paths: 200, seed, sample_paths: 0, ..MarginSim::default() };
        let base = margin::hit_share(&sim).unwrap();
        prop_assert!((0.0..=1.0).contains(&base));
        let more_vol = margin::hit_share(&MarginSim { volatility: vol + dvol, ..sim }).unwrap();
        prop_assert!(more_vol >= base, "vol {} → {}: {} < {}", vol, vol + dvol, more_vol, base);
        let more_margin = margin::hit_share(&MarginSim { margin_ratio: m + dm, ..sim }).unwrap();
        prop_assert!(more_margin <= base);
    }

    #[test]
    fn margin_monte_carlo_total(
        m in any_f64(), line in any_f64(), drift in any_f64(), vol in any_f64(),
        days in 0u32..400, paths in 0u32..50, seed in any::<u64>(), samples in 0u32..25,
    ) {
        let sim = MarginSim { margin_ratio: m, line, drift, volatility: vol, days, paths, seed, sample_paths: samples };
        let got = margin::simulate_margin_calls(&sim);
        // The ranges documented on `MarginSim`: an answer exactly inside them.
        prop_assert_eq!(got.is_some(), sim_in_documented_ranges(&sim));
        match got {
            Some(r) => {
                prop_assert!((0.0..=1.0).contains(&r.hit_share));
                prop_assert_eq!(r.hit_by_day.len(), days as usize + 1);
                prop_assert!(r.barrier_price.is_finite());
                prop_assert!(r.samples.iter().flatten().all(|p| p.is_finite() && *p > 0.0));
                prop_assert_eq!(margin::hit_share(&sim), Some(r.hit_share));
                // The computed probability: in [0, 1] whenever it answers,
                // and it answers unless the drift is too steep for σ.
                let p = sim.hit_probability();
                prop_assert_eq!(p.is_some(), !drift_too_steep(&sim), "{:?}", p);
                if let Some(p) = p {
                    prop_assert!((0.0..=1.0).contains(&p));
                }
            }
            None => {
                prop_assert_eq!(margin::hit_share(&sim), None);
                prop_assert_eq!(sim.hit_probability(), None);
            }
        }
    }

    #[test]
    fn margin_monte_carlo_answers_on_the_slider_domain(
        m in 0.5..=1.5f64, line in 1.1..=1.5f64, drift in -0.5..=0.5f64, vol in 0.05..=0.9f64,
        days in 1u32..=250, paths in 1u32..=50, seed in any::<u64>(), samples in 0u32..=8,
    ) {
        // The margin chapter's sliders (σ 5–90 %, μ ±50 %, up to 250 days):
        // both the simulation and the computed probability answer.
        let sim = MarginSim { margin_ratio: m, line, drift, volatility: vol, days, paths, seed, sample_paths: samples };
        prop_assert!(margin::simulate_margin_calls(&sim).is_some());
        prop_assert!(sim.hit_probability().is_some_and(|p| (0.0..=1.0).contains(&p)));
    }
}

/// The input ranges documented on [`MarginSim`]'s fields.
fn sim_in_documented_ranges(s: &MarginSim) -> bool {
    let open_to_ten = |x: f64| x > 0.0 && x <= 10.0;
    open_to_ten(s.margin_ratio)
        && open_to_ten(s.line)
        && (-2.0..=2.0).contains(&s.drift)
        && (0.0..=3.0).contains(&s.volatility)
        && (1..=MarginSim::MAX_DAYS).contains(&s.days)
        && (1..=MarginSim::MAX_PATHS).contains(&s.paths)
        && s.sample_paths <= MarginSim::MAX_SAMPLES
}

/// `margin::hit_probability`'s documented refusal for valid inputs: the daily
/// log drift `(μ − σ²/2)·Δt` more than `HIT_PROBABILITY_MAX_DRIFT_PER_SD` daily
/// standard deviations `σ·√Δt` (σ > 0, barrier below the price; at or above
/// it, or with σ = 0, the answer is certain).
fn drift_too_steep(s: &MarginSim) -> bool {
    let dt = 1.0 / margin::TRADING_DAYS_PER_YEAR;
    let barrier = s.line / (1.0 + s.margin_ratio);
    let per_sd = (s.drift - 0.5 * s.volatility * s.volatility) * dt / (s.volatility * dt.sqrt());
    barrier < 1.0 && s.volatility > 0.0 && per_sd.abs() > margin::HIT_PROBABILITY_MAX_DRIFT_PER_SD
}
