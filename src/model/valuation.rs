//! Valuation formulas: Gordon growth, the two-stage justified P/E and the PEG ratio.
//!
//! Formulas and worked examples follow `shared/data/methods.md` (Damodaran on
//! Valuation; financetutor; gab.ae). Rates are decimals (0.09 = 9 %); the PEG's
//! growth argument is a percent number by convention (18, not 0.18).

/// Price of a stream growing at a constant rate for ever (Gordon growth model).
///
/// `P0 = d1 / (r − g)`, with `d1` next year's dividend (currency units), `r` the
/// required return and `g` the growth rate (decimals).
///
/// Returns `None` when `r ≤ g` (no finite value) or any input is not finite.
pub fn gordon_price(d1: f64, r: f64, g: f64) -> Option<f64> {
    if !(d1.is_finite() && r.is_finite() && g.is_finite()) || r <= g {
        return None;
    }
    finite(d1 / (r - g))
}

/// Inputs of Damodaran's two-stage fundamental P/E: a high-growth stage of
/// `years` years followed by stable growth for ever. All rates are decimals.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TwoStage {
    /// Share of earnings paid out during the high-growth stage (0.1 = 10 %).
    pub payout_high: f64,
    /// Annual earnings growth during the high-growth stage.
    pub g_high: f64,
    /// Length of the high-growth stage in whole years.
    pub years: u32,
    /// Cost of equity during the high-growth stage.
    pub ke_high: f64,
    /// Share of earnings paid out once growth is stable.
    pub payout_stable: f64,
    /// Growth rate for ever after the high-growth stage.
    pub g_stable: f64,
    /// Cost of equity in the stable stage.
    pub ke_stable: f64,
}

impl TwoStage {
    /// Damodaran's worked example (Damodaran on Valuation, 2nd ed., p. 508; see
    /// `methods_examples.csv`): payout 10 % and growth 18 % for 5 years, then
    /// payout 80 % and growth 4 %, cost of equity 9 % throughout. P/E = 25.38.
    pub const DAMODARAN_EXAMPLE: TwoStage = TwoStage {
        payout_high: 0.10,
        g_high: 0.18,
        years: 5,
        ke_high: 0.09,
        payout_stable: 0.80,
        g_stable: 0.04,
        ke_stable: 0.09,
    };
}

/// Justified P/E on current earnings (P0/E0) from the two-stage model:
///
/// ```text
/// P0/E0 = Σ_{t=1..n} payout·(1+g)^t / (1+ke)^t
///       + payout_n·(1+g)^n·(1+g_n) / ((ke_st − g_n)·(1+ke)^n)
/// ```
///
/// The first sum equals Damodaran's closed form
/// `payout·(1+g)·(1 − (1+g)^n/(1+ke)^n)/(ke − g)`; summing term by term keeps it
/// finite when `ke = g`. Dimensionless (a multiple of earnings).
///
/// Returns `None` when the stable stage has no finite value (`ke_stable ≤
/// g_stable`), when a growth or discount factor is not positive (rate ≤ −100 %),
/// when a payout is negative, or when any input or the result is not finite.
pub fn justified_pe_two_stage(m: &TwoStage) -> Option<f64> {
    let rates = [
        m.payout_high,
        m.g_high,
        m.ke_high,
        m.payout_stable,
        m.g_stable,
        m.ke_stable,
    ];
    if rates.iter().any(|x| !x.is_finite())
        || m.ke_stable <= m.g_stable
        || m.g_high <= -1.0
        || m.ke_high <= -1.0
        || m.g_stable <= -1.0
        || m.payout_high < 0.0
        || m.payout_stable < 0.0
    {
        return None;
    }
    let step = (1.0 + m.g_high) / (1.0 + m.ke_high);
    let mut factor = 1.0; // ((1+g)/(1+ke))^t
    let mut high_stage = 0.0;
    for _ in 0..m.years {
        factor *= step;
        high_stage += m.payout_high * factor;
    }
    // (1+g)^n/(1+ke)^n is `factor` after the loop.
    let terminal = m.payout_stable * factor * (1.0 + m.g_stable) / (m.ke_stable - m.g_stable);
    finite(high_stage + terminal)
}

/// Justified P/E on next year's earnings (P0/E1): the trailing multiple divided
/// by `1 + g_high`. This is the basis of market "forward P/E" figures.
///
/// Returns `None` where [`justified_pe_two_stage`] does.
pub fn justified_forward_pe(m: &TwoStage) -> Option<f64> {
    justified_pe_two_stage(m).and_then(|pe| finite(pe / (1.0 + m.g_high)))
}

/// PEG ratio: `pe / growth_pct`, with growth as a percent number (18 for 18 %).
///
/// Peter Lynch's rule of thumb reads ≈1 as fair, <1 cheap, >2 expensive.
/// Returns `None` when growth is zero or negative (the ratio is meaningless)
/// or an input is not finite.
pub fn peg(pe: f64, growth_pct: f64) -> Option<f64> {
    if !(pe.is_finite() && growth_pct.is_finite()) || growth_pct <= 0.0 {
        return None;
    }
    finite(pe / growth_pct)
}

fn finite(x: f64) -> Option<f64> {
    x.is_finite().then_some(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gordon_worked_example() {
        // financetutor: D0 = 2.00, g = 5 %, r = 11 % → D1 = 2.10, P = 35.00.
        let p = gordon_price(2.0 * 1.05, 0.11, 0.05).unwrap();
        assert!((p - 35.0).abs() < 1e-9);
        assert_eq!(gordon_price(2.1, 0.05, 0.05), None);
        assert_eq!(gordon_price(f64::NAN, 0.1, 0.05), None);
    }

    #[test]
    fn damodaran_two_stage_example() {
        let pe = justified_pe_two_stage(&TwoStage::DAMODARAN_EXAMPLE).unwrap();
        assert!((pe - 25.3801).abs() < 1e-4, "{pe}");
        assert_eq!(format!("{pe:.2}"), "25.38");
        let peg = peg(pe, 18.0).unwrap();
        assert_eq!(format!("{peg:.2}"), "1.41");
    }

    #[test]
    fn term_sum_equals_closed_form() {
        let m = TwoStage::DAMODARAN_EXAMPLE;
        let n = f64::from(m.years);
        let closed = m.payout_high
            * (1.0 + m.g_high)
            * (1.0 - (1.0 + m.g_high).powf(n) / (1.0 + m.ke_high).powf(n))
            / (m.ke_high - m.g_high);
        // Damodaran's text: first term 0.6384.
        assert!((closed - 0.6384).abs() < 1e-4);
        let no_terminal = TwoStage {
            payout_stable: 0.0,
            ..m
        };
        assert!((justified_pe_two_stage(&no_terminal).unwrap() - closed).abs() < 1e-12);
    }

    #[test]
    fn no_finite_value_when_stable_growth_reaches_cost_of_equity() {
        let m = TwoStage {
            g_stable: 0.09,
            ..TwoStage::DAMODARAN_EXAMPLE
        };
        assert_eq!(justified_pe_two_stage(&m), None);
        // ke = g in the high stage is fine (term-by-term sum).
        let m = TwoStage {
            g_high: 0.09,
            ..TwoStage::DAMODARAN_EXAMPLE
        };
        assert!(justified_pe_two_stage(&m).unwrap().is_finite());
    }

    #[test]
    fn peg_worked_examples() {
        assert_eq!(format!("{:.2}", peg(30.0, 30.0).unwrap()), "1.00");
        assert_eq!(format!("{:.2}", peg(20.0, 10.0).unwrap()), "2.00");
        assert_eq!(format!("{:.2}", peg(10.0, 15.0).unwrap()), "0.67");
        assert_eq!(peg(10.0, 0.0), None);
        assert_eq!(peg(10.0, -5.0), None);
    }
}
