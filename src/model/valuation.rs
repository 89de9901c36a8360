//! Valuation formulas: Gordon growth, the two-stage justified P/E, the PEG ratio,
//! and reverse DCF (the growth or return a price implies; years until a P/E is "normal").
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

/// Lowest high-stage growth [`implied_growth`] searches (−50 % a year).
pub const G_MIN: f64 = -0.5;
/// Highest high-stage growth [`implied_growth`] searches (+200 % a year).
pub const G_MAX: f64 = 2.0;

/// Why a reverse DCF ([`implied_growth`], [`implied_growth_forward`]) has no answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImpliedError {
    /// The market P/E is not a positive finite number, or a model input is
    /// invalid (negative payout, a rate ≤ −100 %, not finite).
    InvalidInput,
    /// The stable stage has no finite value: cost of equity ≤ stable growth.
    NoFiniteValue,
    /// Even the lowest growth searched ([`G_MIN`]) gives a P/E above the
    /// market's: the price implies a shrinking business, or the other inputs
    /// (payout, cost of equity) alone already justify more than the price.
    BelowRange,
    /// Even the highest growth searched ([`G_MAX`]) cannot justify the market
    /// P/E: no plausible growth rate explains the price.
    AboveRange,
    /// Growth has no effect on the P/E (no high-growth years, or zero payouts),
    /// so no growth rate can be read from the price.
    NotIdentified,
}

impl ImpliedError {
    /// A short sentence a UI can show.
    pub fn reason(self) -> &'static str {
        match self {
            ImpliedError::InvalidInput => "The inputs are not valid numbers for this model.",
            ImpliedError::NoFiniteValue => {
                "Stable growth is at or above the cost of equity, so the model has no finite value."
            }
            ImpliedError::BelowRange => {
                "Even a 50% yearly decline would justify a higher P/E than the market's."
            }
            ImpliedError::AboveRange => {
                "Even 200% yearly growth cannot justify a P/E this high with these inputs."
            }
            ImpliedError::NotIdentified => {
                "Growth does not change the P/E here (no high-growth years or zero payout)."
            }
        }
    }
}

impl core::fmt::Display for ImpliedError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.reason())
    }
}

impl std::error::Error for ImpliedError {}

/// Reverse DCF: the high-stage growth `g_high` (decimal) at which
/// [`justified_pe_two_stage`] (trailing basis, P0/E0) equals `market_pe`,
/// keeping every other field of `m` fixed (`m.g_high` is ignored).
///
/// The justified P/E never falls as `g_high` rises, so the root is found by
/// bisection over [`G_MIN`]`..=`[`G_MAX`] to full `f64` precision (≈ 60
/// steps). A P/E too large to represent counts as above the market's.
///
/// Errors: [`ImpliedError::InvalidInput`] (market P/E not positive and finite,
/// or invalid model inputs), [`ImpliedError::NoFiniteValue`] (`ke_stable ≤
/// g_stable`), [`ImpliedError::NotIdentified`] (P/E independent of growth),
/// [`ImpliedError::BelowRange`] / [`ImpliedError::AboveRange`] (root outside
/// the searched range).
pub fn implied_growth(market_pe: f64, m: &TwoStage) -> Result<f64, ImpliedError> {
    solve_growth(market_pe, m, justified_pe_two_stage)
}

/// Reverse DCF on the forward basis: the `g_high` at which
/// [`justified_forward_pe`] (P0/E1) equals `market_forward_pe`, the basis of
/// quoted forward P/Es (Cambricon ≈105× 2026E). Same method and errors as
/// [`implied_growth`]; the forward multiple also never falls with `g_high`
/// when there is at least one high-growth year.
pub fn implied_growth_forward(market_forward_pe: f64, m: &TwoStage) -> Result<f64, ImpliedError> {
    solve_growth(market_forward_pe, m, justified_forward_pe)
}

fn solve_growth(
    target: f64,
    m: &TwoStage,
    pe: fn(&TwoStage) -> Option<f64>,
) -> Result<f64, ImpliedError> {
    let others = [
        m.payout_high,
        m.ke_high,
        m.payout_stable,
        m.g_stable,
        m.ke_stable,
    ];
    if !target.is_finite()
        || target <= 0.0
        || others.iter().any(|x| !x.is_finite())
        || m.payout_high < 0.0
        || m.payout_stable < 0.0
        || m.ke_high <= -1.0
        || m.g_stable <= -1.0
    {
        return Err(ImpliedError::InvalidInput);
    }
    if m.ke_stable <= m.g_stable {
        return Err(ImpliedError::NoFiniteValue);
    }
    // After the checks above, `None` can only mean overflow: treat as +∞.
    let f = |g: f64| pe(&TwoStage { g_high: g, ..*m }).unwrap_or(f64::INFINITY);
    let (lo_pe, hi_pe) = (f(G_MIN), f(G_MAX));
    if lo_pe == hi_pe {
        // Growth has no effect (no high-growth years, or zero payouts): the
        // price says nothing about growth, whatever the target.
        return Err(ImpliedError::NotIdentified);
    }
    if lo_pe > target {
        return Err(ImpliedError::BelowRange);
    }
    if hi_pe < target {
        return Err(ImpliedError::AboveRange);
    }
    let (mut lo, mut hi) = (G_MIN, G_MAX);
    for _ in 0..200 {
        let mid = 0.5 * (lo + hi);
        if mid <= lo || mid >= hi {
            break;
        }
        if f(mid) < target {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    // Pick the end whose P/E is closer to the target.
    let g = if (f(lo) - target).abs() <= (f(hi) - target).abs() {
        lo
    } else {
        hi
    };
    Ok(g)
}

/// Present value at discount rate `r` of `cash_flows` (`cash_flows[t-1]` paid
/// at the end of year `t`) plus a Gordon terminal value after the last year,
/// `CF_n·(1+g_stable)/(r − g_stable)`, discounted from year `n`.
///
/// Returns `None` when `cash_flows` is empty, `r ≤ g_stable`, `r ≤ −1`, or an
/// input or the result is not finite.
pub fn present_value(r: f64, cash_flows: &[f64], g_stable: f64) -> Option<f64> {
    if !(r.is_finite() && g_stable.is_finite()) || r <= g_stable || r <= -1.0 {
        return None;
    }
    let last = *cash_flows.last()?;
    let step = 1.0 / (1.0 + r);
    let mut disc = 1.0;
    let mut pv = 0.0;
    for &cf in cash_flows {
        if !cf.is_finite() {
            return None;
        }
        disc *= step;
        pv += cf * disc;
    }
    pv += last * (1.0 + g_stable) / (r - g_stable) * disc;
    finite(pv)
}

/// Implied return (internal rate of return): the discount rate `r` (decimal)
/// at which [`present_value`]`(r, cash_flows, g_stable)` equals `price`.
///
/// `r` is searched in `(g_stable, 10.0]`: a scan of 96 points spaced
/// geometrically in `r − g_stable` finds the first sign change, then
/// bisection refines it to full precision. With positive cash flows the
/// value falls as `r` rises, so the root is unique.
///
/// Returns `None` when `price ≤ 0`, `cash_flows` is empty, an input is not
/// finite, `g_stable` is not in `(−1, 10)`, or no rate in the range gives
/// the price (e.g. a price too low for any `r ≤ 1000 %`).
pub fn implied_return(price: f64, cash_flows: &[f64], g_stable: f64) -> Option<f64> {
    const R_MAX: f64 = 10.0;
    if !(price.is_finite() && g_stable.is_finite())
        || price <= 0.0
        || cash_flows.is_empty()
        || g_stable <= -1.0
        || g_stable >= R_MAX
        || cash_flows.iter().any(|c| !c.is_finite())
    {
        return None;
    }
    let f = |r: f64| present_value(r, cash_flows, g_stable).map(|v| v - price);
    let span = R_MAX - g_stable;
    let n = 96;
    let mut prev: Option<(f64, f64)> = None;
    for i in 0..=n {
        // r − g from span·1e-12 up to span, geometric.
        let r = if i == n {
            R_MAX
        } else {
            g_stable + span * 1e-12f64.powf(1.0 - f64::from(i) / f64::from(n))
        };
        let Some(v) = f(r) else { continue };
        if v == 0.0 {
            return Some(r);
        }
        if let Some((r0, v0)) = prev {
            if (v0 < 0.0) != (v < 0.0) {
                return Some(bisect(r0, r, v0, f));
            }
        }
        prev = Some((r, v));
    }
    None
}

fn bisect(mut lo: f64, mut hi: f64, v_lo: f64, f: impl Fn(f64) -> Option<f64>) -> f64 {
    let lo_negative = v_lo < 0.0;
    for _ in 0..200 {
        let mid = 0.5 * (lo + hi);
        if mid <= lo || mid >= hi {
            break;
        }
        match f(mid) {
            Some(0.0) => return mid,
            Some(v) if (v < 0.0) == lo_negative => lo = mid,
            _ => hi = mid,
        }
    }
    0.5 * (lo + hi)
}

/// Years of earnings growth at a constant price until the P/E falls from
/// `pe_now` to `pe_target`: `ln(pe_now / pe_target) / ln(1 + growth)`
/// (growth a decimal). A 104× forward P/E at 30 % a year reaches 30× in
/// ≈4.7 years.
///
/// Returns `Some(0.0)` when `pe_now ≤ pe_target` already; `None` when growth
/// is ≤ 0 while the P/E is above target (never gets there), when a P/E is not
/// positive, `growth ≤ −1`, an input is not finite, or the number of years is
/// too large to represent (a ratio or a growth rate so extreme it overflows).
pub fn years_to_pe(pe_now: f64, growth: f64, pe_target: f64) -> Option<f64> {
    if !(pe_now.is_finite() && growth.is_finite() && pe_target.is_finite())
        || pe_now <= 0.0
        || pe_target <= 0.0
        || growth <= -1.0
    {
        return None;
    }
    if pe_now <= pe_target {
        return Some(0.0);
    }
    if growth <= 0.0 {
        return None;
    }
    finite((pe_now / pe_target).ln() / growth.ln_1p())
}

/// Forward P/E after `years` of earnings growth `g` (decimal) at a constant
/// price: `pe / (1+g)^years`, the inverse of [`years_to_pe`]. Robotics' 58×
/// at 25 % a year for 3 years ≈ 29.7×.
///
/// Returns `None` if `g ≤ −100 %` or the result is not finite.
pub fn pe_after(pe: f64, g: f64, years: f64) -> Option<f64> {
    let v = pe / (1.0 + g).powf(years);
    (g > -1.0 && v.is_finite()).then_some(v)
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

    #[test]
    fn implied_growth_recovers_damodaran() {
        let m = TwoStage::DAMODARAN_EXAMPLE;
        let pe = justified_pe_two_stage(&m).unwrap();
        let g = implied_growth(pe, &m).unwrap();
        assert!((g - 0.18).abs() < 1e-12, "{g}");
        let fpe = justified_forward_pe(&m).unwrap();
        let g = implied_growth_forward(fpe, &m).unwrap();
        assert!((g - 0.18).abs() < 1e-12, "{g}");
        assert_eq!(implied_growth(1e9, &m), Err(ImpliedError::AboveRange));
        assert_eq!(implied_growth(0.05, &m), Err(ImpliedError::BelowRange));
        assert_eq!(implied_growth(-1.0, &m), Err(ImpliedError::InvalidInput));
        let bad = TwoStage { g_stable: 0.1, ..m };
        assert_eq!(implied_growth(20.0, &bad), Err(ImpliedError::NoFiniteValue));
        let none = TwoStage { years: 0, ..m };
        assert!(implied_growth(20.0, &none).is_err());
        assert!(!ImpliedError::AboveRange.to_string().is_empty());
    }

    #[test]
    fn implied_return_hand_case() {
        // One flow of 10 then growth 0 for ever at r = 10 %:
        // PV = 10/1.1 + 10/(0.1·1.1) = 9.0909 + 90.9091 = 100.
        let r = implied_return(100.0, &[10.0], 0.0).unwrap();
        assert!((r - 0.1).abs() < 1e-12, "{r}");
        assert_eq!(implied_return(0.0, &[10.0], 0.0), None);
        assert_eq!(implied_return(100.0, &[], 0.0), None);
    }

    #[test]
    fn years_to_pe_cases() {
        let y = years_to_pe(104.0, 0.3, 30.0).unwrap();
        assert!((y - (104.0f64 / 30.0).ln() / 1.3f64.ln()).abs() < 1e-12);
        assert_eq!(years_to_pe(20.0, 0.1, 30.0), Some(0.0));
        assert_eq!(years_to_pe(40.0, 0.0, 30.0), None);
        assert_eq!(years_to_pe(40.0, -0.1, 30.0), None);
    }
}

#[cfg(test)]
mod reverse_tests {
    use super::*;

    #[test]
    fn implied_growth_ignores_the_growth_field_and_names_its_reasons() {
        let m = TwoStage::DAMODARAN_EXAMPLE;
        let pe = justified_pe_two_stage(&m).unwrap();
        let g = implied_growth(pe, &TwoStage { g_high: -0.3, ..m }).unwrap();
        assert!((g - 0.18).abs() < 1e-12, "{g}");
        assert_eq!(
            implied_growth(20.0, &TwoStage { years: 0, ..m }),
            Err(ImpliedError::NotIdentified)
        );
        let reasons = [
            ImpliedError::InvalidInput,
            ImpliedError::NoFiniteValue,
            ImpliedError::BelowRange,
            ImpliedError::AboveRange,
            ImpliedError::NotIdentified,
        ]
        .map(ImpliedError::reason);
        for (i, a) in reasons.iter().enumerate() {
            assert!(!a.is_empty());
            assert!(reasons[i + 1..].iter().all(|b| a != b));
        }
    }

    #[test]
    fn implied_return_hand_calculation() {
        // One cash flow of 10 at year 1, growing 5 % after: PV(r) = 10/(1+r) +
        // 10·1.05/((r−0.05)(1+r)) = 10/(r − 0.05). Price 100 ⇒ r = 15 % exactly.
        let r = implied_return(100.0, &[10.0], 0.05).unwrap();
        assert!((r - 0.15).abs() < 1e-12, "{r}");
        // Negative flows throughout: the value is negative at every r.
        assert_eq!(implied_return(100.0, &[-1.0, -1.0], 0.02), None);
    }

    #[test]
    fn years_to_pe_examples() {
        // 104x (about Cambricon on 2026E) to 25x at 40 % a year: ln(4.16)/ln(1.4) ≈ 4.24.
        let n = years_to_pe(104.0, 0.40, 25.0).unwrap();
        assert_eq!(format!("{n:.2}"), "4.24");
        // Doubling earnings halves the P/E: 1 year at 100 %.
        assert!((years_to_pe(50.0, 1.0, 25.0).unwrap() - 1.0).abs() < 1e-12);
    }
}
