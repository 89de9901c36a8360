//! Margin lending (融资融券) on China's exchanges: how much an investor may
//! borrow, the maintenance ratio that brokers watch, how far prices can fall
//! before forced selling, the probability of reaching that price within a
//! holding period ([`hit_probability`], computed), and a seeded Monte Carlo
//! of daily price paths (drawn as an illustration, and the check on the
//! computed probability).
//!
//! Rules and calibration (rows of `shared/data/policy.csv` and `calibration.csv`):
//! * **Minimum financing margin ratio** (保证金比例): 100 % until Aug 2023, 80 %
//!   from 2023-09-08 (`margin_financing_min_margin_ratio`, 2023), back to 100 %
//!   for *new* contracts from 2026-01-19 (`margin_financing_min_margin_ratio`,
//!   2026; SSE release 2026-01-14 <http://english.sse.com.cn/news/newsrelease/c/c_20260115_10805262.shtml>).
//!   Maximum financed purchase per yuan of own funds: 1/0.8 = 1.25 → 1/1.0 = 1.0
//!   (`margin_financing_max_leverage_derived`).
//! * **Maintenance ratio** (维持担保比例) = (cash + securities at market value +
//!   other collateral) ÷ (financing debt + short positions + interest and fees)
//!   (`margin_maintenance_ratio_definition`, SSE Implementation Rules art. 42).
//! * **Lines**: the exchange-wide 130 % call line was scrapped in 2019; brokers now
//!   set lines by contract. 130 % is still the "mainstream" liquidation line
//!   (`margin_liquidation_line_mainstream`), 150 % a warning line
//!   (`margin_warning_line_oriental_securities`) and 115 % an "instant" line
//!   (`margin_instant_liquidation_line_oriental_securities`,
//!   `margin_emergency_line_other_brokers`).
//!
//! Ratios are decimals (1.30 = 130 %). Interest, fees and haircuts are ignored,
//! as in the `margin_price_fall_to_130_*` rows.

use super::rng::{Rng, Ziggurat};
use serde::{Deserialize, Serialize};

/// Minimum financing margin ratio from 2023-09-08 to 2026-01-18: 80 %
/// (`policy.csv`, `margin_financing_min_margin_ratio`, 2023).
pub const MIN_MARGIN_RATIO_2023: f64 = 0.80;
/// Minimum financing margin ratio for new contracts from 2026-01-19: 100 %
/// (`policy.csv`, `margin_financing_min_margin_ratio`, 2026).
pub const MIN_MARGIN_RATIO_2026: f64 = 1.00;
/// Mainstream broker forced-liquidation line, 130 %
/// (`calibration.csv`, `margin_liquidation_line_mainstream`, 2026).
pub const LIQUIDATION_LINE: f64 = 1.30;
/// Warning line, 150 % (`margin_warning_line_oriental_securities`, 2026).
pub const WARNING_LINE: f64 = 1.50;
/// "Instant" liquidation line, 115 % (`margin_instant_liquidation_line_oriental_securities`, 2026).
pub const INSTANT_LINE: f64 = 1.15;
/// Suggested annual volatilities (decimal) with the `calibration.csv` rows
/// behind them (realized volatility of daily log returns × √252, 2024–2025):
/// CSI 300 18 % (15.4–21.2 %), STAR 50 35 % (29.8–38.9 %), Cambricon 70 %
/// (69.8–76.9 %). Entries are `(key, label, volatility, data row)`.
pub const VOLATILITY_PRESETS: [(&str, &str, f64, &str); 3] = [
    ("csi300", "CSI 300", 0.18, "csi300_realized_vol_annualized"),
    ("star50", "STAR 50", 0.35, "star50_realized_vol_annualized"),
    (
        "cambricon",
        "Cambricon (688256)",
        0.70,
        "cambricon_688256_realized_vol_annualized",
    ),
];
/// Trading days per year used to turn annual drift and volatility into daily steps.
pub const TRADING_DAYS_PER_YEAR: f64 = 252.0;

/// A fully leveraged margin position: own funds plus the maximum loan.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Position {
    /// Own cash put up (currency units).
    pub own_funds: f64,
    /// Maximum financing the broker may lend: `own_funds / margin_ratio`.
    pub borrowed: f64,
    /// Value of securities bought: `own_funds + borrowed`.
    pub position: f64,
}

impl Position {
    /// Maintenance ratio at purchase, `position / borrowed` = `1 + margin_ratio`
    /// (`None` when nothing is borrowed).
    pub fn maintenance_ratio(&self) -> Option<f64> {
        maintenance_ratio(self.position, self.borrowed)
    }
}

/// Borrowing capacity at a financing margin ratio `m` (decimal, 1.0 = 100 %):
/// with own cash `C` the broker may lend at most `C / m`, so the position is
/// `C + C/m`. At 100 % one yuan buys two; at 80 % it buys 2.25.
///
/// Returns `None` when `own_funds < 0`, `margin_ratio ≤ 0`, or an input or
/// result is not finite.
pub fn borrowing_capacity(own_funds: f64, margin_ratio: f64) -> Option<Position> {
    if !(own_funds.is_finite() && margin_ratio.is_finite())
        || own_funds < 0.0
        || margin_ratio <= 0.0
    {
        return None;
    }
    let borrowed = own_funds / margin_ratio;
    let position = own_funds + borrowed;
    (borrowed.is_finite() && position.is_finite()).then_some(Position {
        own_funds,
        borrowed,
        position,
    })
}

/// Maintenance ratio = collateral ÷ debt (both in currency units; decimal result,
/// 2.0 = 200 %). Returns `None` when `debt ≤ 0` (nothing borrowed, no ratio),
/// `collateral < 0`, an input is not finite, or the ratio overflows.
pub fn maintenance_ratio(collateral: f64, debt: f64) -> Option<f64> {
    if !(collateral.is_finite() && debt.is_finite()) || debt <= 0.0 || collateral < 0.0 {
        return None;
    }
    let r = collateral / debt;
    r.is_finite().then_some(r)
}

/// Maintenance ratio of a fully leveraged position at purchase: `1 + m`
/// (`margin_initial_ratio_at_100pct_margin`: 200 % at m = 100 %; 180 % at 80 %).
/// Returns `None` when `margin_ratio ≤ 0` or not finite.
pub fn initial_ratio(margin_ratio: f64) -> Option<f64> {
    (margin_ratio.is_finite() && margin_ratio > 0.0).then_some(1.0 + margin_ratio)
}

/// Maintenance ratio after the price of the securities falls by `fall`
/// (decimal, 0.35 = −35 %) with the debt unchanged: `ratio_now · (1 − fall)`.
/// Returns `None` when `ratio_now < 0`, `fall > 1`, or an input or the result
/// is not finite.
pub fn ratio_after_fall(ratio_now: f64, fall: f64) -> Option<f64> {
    if !(ratio_now.is_finite() && fall.is_finite()) || ratio_now < 0.0 || fall > 1.0 {
        return None;
    }
    // A huge ratio times a huge "rise" (a very negative fall) overflows.
    let r = ratio_now * (1.0 - fall);
    r.is_finite().then_some(r)
}

/// Price fall (decimal) that takes a maintenance ratio from `ratio_now` down to
/// `line`: solve `ratio_now · (1 − x) = line`, so `x = 1 − line / ratio_now`.
/// `Some(0.0)` when the ratio is already at or below the line.
///
/// Returns `None` when `ratio_now ≤ 0`, `line ≤ 0`, or an input is not finite.
pub fn fall_to_line(ratio_now: f64, line: f64) -> Option<f64> {
    if !(ratio_now.is_finite() && line.is_finite()) || ratio_now <= 0.0 || line <= 0.0 {
        return None;
    }
    Some((1.0 - line / ratio_now).max(0.0))
}

/// Price fall (decimal) that takes a fully leveraged position bought at margin
/// ratio `m` to the `line`: `x = 1 − line / (1 + m)`.
///
/// Reproduces the DERIVED rows of `calibration.csv`: at m = 100 % a 35.0 % fall
/// hits 130 % (25.0 % to 150 %, 42.5 % to 115 %); at m = 80 % a 27.8 % fall hits
/// 130 % (16.7 % to 150 %, 36.1 % to 115 %). Larger for a higher margin ratio.
///
/// Returns `None` when `margin_ratio ≤ 0`, `line ≤ 0`, or an input is not finite.
pub fn price_fall_to_line(margin_ratio: f64, line: f64) -> Option<f64> {
    fall_to_line(initial_ratio(margin_ratio)?, line)
}

/// Inputs of the margin-call Monte Carlo. Prices follow geometric Brownian
/// motion in daily steps: `ln S_{t+1} = ln S_t + (μ − σ²/2)·Δt + σ·√Δt·Z`,
/// `Δt = 1/252`, `Z ~ N(0,1)` (ziggurat draws from [`Rng::stream`]`(seed, path)`), starting at
/// `S_0 = 1`.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct MarginSim {
    /// Financing margin ratio at purchase (decimal, 0 < m ≤ 10; 1.0 = 100 %).
    /// The position starts fully leveraged at a maintenance ratio of `1 + m`.
    pub margin_ratio: f64,
    /// Liquidation line (decimal, 0 < line ≤ 10; 1.30 = 130 %).
    pub line: f64,
    /// Annual expected return μ (decimal, −2 ≤ μ ≤ 2). Assumption, not data.
    pub drift: f64,
    /// Annual volatility σ (decimal, 0 ≤ σ ≤ 3). `calibration.csv` suggests
    /// 18 % for the CSI 300, 35 % for the STAR 50, 70 % for Cambricon
    /// (`*_realized_vol_annualized`).
    pub volatility: f64,
    /// Trading days simulated (1 ≤ days ≤ [`MarginSim::MAX_DAYS`]).
    pub days: u32,
    /// Number of paths (1 ≤ paths ≤ [`MarginSim::MAX_PATHS`]).
    pub paths: u32,
    /// Seed: the same seed gives the same result on every platform.
    pub seed: u64,
    /// How many paths to return for drawing (≤ [`MarginSim::MAX_SAMPLES`];
    /// more than `paths` gives `paths`).
    pub sample_paths: u32,
}

impl Default for MarginSim {
    /// 100 % margin (2026 rule), 130 % line, STAR 50-like σ = 35 %, μ = 0
    /// (assumption), one trading year (250 days), 10,000 paths, 8 samples.
    fn default() -> Self {
        MarginSim {
            margin_ratio: MIN_MARGIN_RATIO_2026,
            line: LIQUIDATION_LINE,
            drift: 0.0,
            volatility: 0.35,
            days: 250,
            paths: 10_000,
            seed: 2026,
            sample_paths: 8,
        }
    }
}

/// Result of [`simulate_margin_calls`].
#[derive(Clone, Debug, PartialEq)]
pub struct MarginSimResult {
    /// Share of paths (0–1) whose maintenance ratio touched the line on some
    /// day `0..=days` (daily closes; intraday moves are not modelled).
    pub hit_share: f64,
    /// `hit_by_day[t]`: share of paths that touched the line on or before day
    /// `t`, for `t = 0..=days` (non-decreasing, last value = `hit_share`).
    pub hit_by_day: Vec<f64>,
    /// Price (relative to 1.0 at purchase) at which the line is hit:
    /// `line / (1 + margin_ratio)`.
    pub barrier_price: f64,
    /// Sample price paths (relative to 1.0 at purchase), `days + 1` points each:
    /// the first `sample_paths` paths of the same simulation.
    pub samples: Vec<Vec<f64>>,
}

impl MarginSim {
    /// Largest number of simulated days (ten trading years).
    pub const MAX_DAYS: u32 = 2520;
    /// Largest number of paths.
    pub const MAX_PATHS: u32 = 100_000;
    /// Largest number of sample paths returned.
    pub const MAX_SAMPLES: u32 = 20;

    fn valid(&self) -> bool {
        self.margin_ratio.is_finite()
            && self.margin_ratio > 0.0
            && self.margin_ratio <= 10.0
            && self.line.is_finite()
            && self.line > 0.0
            && self.line <= 10.0
            && self.drift.is_finite()
            && self.drift.abs() <= 2.0
            && self.volatility.is_finite()
            && (0.0..=3.0).contains(&self.volatility)
            && (1..=Self::MAX_DAYS).contains(&self.days)
            && (1..=Self::MAX_PATHS).contains(&self.paths)
            && self.sample_paths <= Self::MAX_SAMPLES
    }
}

/// Precomputed constants of one simulation.
struct Stepper {
    zig: Ziggurat,
    log_barrier: f64,
    drift: f64,
    scale: f64,
    days: u32,
    seed: u64,
}

impl Stepper {
    fn new(sim: &MarginSim) -> Stepper {
        let (log_barrier, drift, scale) = Stepper::constants(sim);
        Stepper {
            zig: Ziggurat::new(),
            log_barrier,
            drift,
            scale,
            days: sim.days,
            seed: sim.seed,
        }
    }

    /// (log barrier, daily log drift, daily scale of a standard normal draw).
    fn constants(sim: &MarginSim) -> (f64, f64, f64) {
        let dt = 1.0 / TRADING_DAYS_PER_YEAR;
        (
            // ln(line / (1 + m)): the log price at or below which the line is hit.
            (sim.line / (1.0 + sim.margin_ratio)).ln(),
            (sim.drift - 0.5 * sim.volatility * sim.volatility) * dt,
            sim.volatility * dt.sqrt(),
        )
    }

    /// First day (0..=days) on which path `index` closes at or below the
    /// barrier, or `None`. Stops at the first hit. No allocation.
    #[inline]
    fn first_hit(&self, index: u32) -> Option<u32> {
        if self.log_barrier >= 0.0 {
            return Some(0);
        }
        let mut rng = Rng::stream(self.seed, u64::from(index));
        let mut log_price = 0.0f64;
        for day in 1..=self.days {
            log_price += self.drift + self.scale * self.zig.sample(&mut rng);
            if log_price <= self.log_barrier {
                return Some(day);
            }
        }
        None
    }

    /// The whole of path `index` (prices relative to 1.0, `days + 1` values)
    /// and its first hit; the same draws as [`Stepper::first_hit`].
    fn record(&self, index: u32) -> (Vec<f64>, Option<u32>) {
        let mut rng = Rng::stream(self.seed, u64::from(index));
        let mut out = Vec::with_capacity(self.days as usize + 1);
        out.push(1.0);
        let mut hit = (self.log_barrier >= 0.0).then_some(0);
        let mut log_price = 0.0f64;
        for day in 1..=self.days {
            log_price += self.drift + self.scale * self.zig.sample(&mut rng);
            if hit.is_none() && log_price <= self.log_barrier {
                hit = Some(day);
            }
            out.push(log_price.exp());
        }
        (out, hit)
    }
}

/// Share of simulated paths that touch the liquidation line within `days`
/// trading days, without allocating (the fast path behind
/// [`simulate_margin_calls`]; same paths, same answer).
///
/// Hitting the line ⇔ price ≤ `line / (1 + m)` (debt is fixed), so each daily
/// log price is compared with a precomputed log barrier, and a path stops at
/// its first hit. Path `i` always uses random stream `i` of the seed (common
/// random numbers), so comparisons between parameter values are exact:
/// * a higher margin ratio lowers the barrier, so the share never rises;
/// * a higher volatility never lowers the share when `μ ≥ −σ²/2` (proof: at a
///   path's first hit `τ`, `f(σ) = (μ − σ²/2)τ + σW_τ ≤ b < 0`, which makes
///   `f'(σ) = W_τ − στ < 0`; `f` is concave, so larger σ keeps `f ≤ b`). For a
///   strongly negative drift more volatility can rescue paths, as theory says.
///
/// Returns `None` when an input is outside the ranges documented on [`MarginSim`].
pub fn hit_share(sim: &MarginSim) -> Option<f64> {
    if !sim.valid() {
        return None;
    }
    let st = Stepper::new(sim);
    let hits = (0..sim.paths)
        .filter(|&i| st.first_hit(i).is_some())
        .count();
    Some(hits as f64 / f64::from(sim.paths))
}

/// Runs the Monte Carlo described on [`MarginSim`] and [`hit_share`], and also
/// returns the share hit by each day and a few sample paths to draw.
///
/// Deterministic for a seed. Cost: about `paths × days` normal draws (fewer, as
/// paths stop at their first hit); 10,000 × 250 takes a few milliseconds natively.
///
/// Returns `None` when an input is outside the ranges documented on [`MarginSim`].
pub fn simulate_margin_calls(sim: &MarginSim) -> Option<MarginSimResult> {
    if !sim.valid() {
        return None;
    }
    let st = Stepper::new(sim);
    let n_samples = sim.sample_paths.min(sim.paths);
    let days = sim.days as usize;
    let mut first_hits = vec![0u32; days + 1];
    let mut samples = Vec::with_capacity(n_samples as usize);
    let mut hits = 0u32;
    for i in 0..sim.paths {
        let hit = if i < n_samples {
            let (path, h) = st.record(i);
            samples.push(path);
            h
        } else {
            st.first_hit(i)
        };
        if let Some(d) = hit {
            first_hits[d as usize] += 1;
            hits += 1;
        }
    }
    Some(tally(sim, st.log_barrier, hits, &first_hits, samples))
}

/// The random part of every path of a simulation, drawn once and kept: for
/// path `i` and day `t`, `W_t = z_1 + … + z_t`, the running sum of the same
/// standard normal draws [`simulate_margin_calls`] makes (random stream `i` of
/// the seed).
///
/// Why: the draws do not depend on the reader's assumptions, only on the
/// seed, so a slider move need not draw them again. With them, path `i`'s log
/// price on day `t` is `(μ − σ²/2)·t·Δt + σ·√Δt·W_t` (Δt = 1/252), and a
/// simulation is one multiply-add and one comparison per path and day, about
/// ten times faster than drawing. Sums are stored as `f32` (4 bytes a day; 2
/// MB for 2,000 paths of 250 days): the log price is then off by at most
/// about `σ·√Δt·|W_t|·2⁻²⁴` (below 10⁻⁷ here), so a path can differ from the
/// direct simulation only if it closes within that of the line; the tests
/// compare both.
#[derive(Clone, Debug)]
pub struct PathBank {
    seed: u64,
    paths: u32,
    days: u32,
    /// `w[i·days + t − 1]` = `W_t` of path `i`, `t = 1..=days`.
    w: Vec<f32>,
}

impl PathBank {
    /// Draws `paths` paths of `days` days for `seed`. `None` when `paths` or
    /// `days` is 0 or above [`MarginSim::MAX_PATHS`] / [`MarginSim::MAX_DAYS`].
    /// Cost: `paths × days` normal draws, once.
    pub fn new(seed: u64, paths: u32, days: u32) -> Option<PathBank> {
        if !(1..=MarginSim::MAX_PATHS).contains(&paths)
            || !(1..=MarginSim::MAX_DAYS).contains(&days)
        {
            return None;
        }
        let zig = Ziggurat::new();
        let mut w = Vec::with_capacity(paths as usize * days as usize);
        for i in 0..paths {
            let mut rng = Rng::stream(seed, u64::from(i));
            let mut sum = 0.0f64;
            for _ in 0..days {
                sum += zig.sample(&mut rng);
                w.push(sum as f32);
            }
        }
        Some(PathBank {
            seed,
            paths,
            days,
            w,
        })
    }

    /// Whether [`PathBank::simulate`] can run `sim`: same seed, no more
    /// paths and no more days than were drawn.
    pub fn covers(&self, sim: &MarginSim) -> bool {
        sim.seed == self.seed && sim.paths <= self.paths && sim.days <= self.days
    }

    /// [`simulate_margin_calls`] from the kept draws: the same paths and, but
    /// for the rounding described on [`PathBank`], the same result.
    ///
    /// Returns `None` when an input is outside the ranges documented on
    /// [`MarginSim`] or the bank does not [cover](PathBank::covers) `sim`.
    pub fn simulate(&self, sim: &MarginSim) -> Option<MarginSimResult> {
        if !sim.valid() || !self.covers(sim) {
            return None;
        }
        // No Stepper: its normal-draw tables are not needed here.
        let (log_barrier, drift, scale) = Stepper::constants(sim);
        let days = sim.days as usize;
        let n_samples = sim.sample_paths.min(sim.paths) as usize;
        let mut first_hits = vec![0u32; days + 1];
        let mut samples = Vec::with_capacity(n_samples);
        let mut hits = 0u32;
        let at_once = log_barrier >= 0.0;
        // The hit test per day as one comparison of the kept sum W_t with a
        // threshold: (μ − σ²/2)·t·Δt + σ√Δt·W_t ≤ b ⇔ W_t ≤ (b − drift·t) / scale
        // for scale > 0; with σ = 0 the path is its drift alone.
        let thr: Vec<f64> = (1..=days)
            .map(|t| {
                let room = log_barrier - drift * t as f64;
                if scale > 0.0 {
                    room / scale
                } else if room >= 0.0 {
                    f64::INFINITY
                } else {
                    f64::NEG_INFINITY
                }
            })
            .collect();
        for i in 0..sim.paths as usize {
            let start = i * self.days as usize;
            let row = &self.w[start..start + days];
            let mut hit = at_once.then_some(0);
            if i < n_samples {
                let mut path = Vec::with_capacity(days + 1);
                path.push(1.0);
                for (t, &w) in row.iter().enumerate() {
                    let x = drift * (t + 1) as f64 + scale * f64::from(w);
                    if hit.is_none() && x <= log_barrier {
                        hit = Some(t + 1);
                    }
                    path.push(x.exp());
                }
                samples.push(path);
            } else if hit.is_none() {
                for (t, (&w, &limit)) in row.iter().zip(&thr).enumerate() {
                    if f64::from(w) <= limit {
                        hit = Some(t + 1);
                        break;
                    }
                }
            }
            if let Some(d) = hit {
                first_hits[d] += 1;
                hits += 1;
            }
        }
        Some(tally(sim, log_barrier, hits, &first_hits, samples))
    }
}

/// The result of a run from its first-hit counts per day.
fn tally(
    sim: &MarginSim,
    log_barrier: f64,
    hits: u32,
    first_hits: &[u32],
    samples: Vec<Vec<f64>>,
) -> MarginSimResult {
    let n = f64::from(sim.paths);
    let mut cumulative = 0u32;
    let hit_by_day = first_hits
        .iter()
        .map(|&h| {
            cumulative += h;
            f64::from(cumulative) / n
        })
        .collect();
    MarginSimResult {
        hit_share: f64::from(hits) / n,
        hit_by_day,
        barrier_price: log_barrier.exp(),
        samples,
    }
}

/// Largest daily drift, in daily standard deviations, for which
/// [`hit_probability`] answers: `|(μ − σ²/2)·√Δt / σ| ≤ 0.7`. The chapter's
/// sliders stay below 0.64 (σ ≥ 5 %, |μ| ≤ 50 %).
pub const HIT_PROBABILITY_MAX_DRIFT_PER_SD: f64 = 0.7;

/// Probability that a price following the model of [`MarginSim`] closes at
/// or below `barrier` (a fraction of the purchase price: 0.65 = a 35 % fall)
/// on at least one of the daily closes `1..=days`, computed rather than
/// sampled.
///
/// Model (the simulation's): daily log returns are independent normal with
/// mean `(μ − σ²/2)·Δt` and standard deviation `σ·√Δt`, `Δt = 1/252`, `μ =
/// drift` and `σ = volatility` annual decimals. A barrier at or above the
/// purchase price (`barrier ≥ 1`) is hit at once: `Some(1.0)`, as in the
/// simulation (day 0).
///
/// Method. In units of one day's standard deviation the log price is a
/// Gaussian random walk with drift `−δ` toward the barrier, `δ = (σ²/2 −
/// μ)·√Δt/σ`, started `a = −ln(barrier)/(σ·√Δt)` above it.
/// * Continuous monitoring has the closed form (reflection principle, drift
///   δ toward a barrier at distance x, over T days)
///   `S(x, T) = Q((x − δT)/√T) + e^{2δx}·Q((x + δT)/√T)`, Q the normal upper
///   tail. Daily closes miss the dips between them. Broadie, Glasserman and
///   Kou (1997) showed that moving the barrier away by β = 0.5826 daily
///   standard deviations (`barrier·exp(−0.5826·σ·√Δt)`) corrects this to
///   first order; at the defaults that gives 1.17 %, but elsewhere on the
///   sliders it is off by up to 0.3 percentage points (more for barriers
///   within a day's move of the price).
/// * Here the correction is carried to second order, from Spitzer's identity
///   for the maximum of a random walk (the same source as BGK's β =
///   −ζ(1/2)/√(2π)): `P ≈ S + c₂S'' + c₃S''' + c₄S''''` at `x = a + β(δ)`,
///   `T = days + 1/2`, derivatives in x, with β(δ) and c₂…c₄ series in δ whose
///   coefficients are values of the Riemann zeta function (see `Ladder` in the source).
/// * A barrier within 2.5 daily standard deviations of the price needs the
///   exact first days: the probability is then computed exactly by the
///   one-day recursion `u_m(y) = Q(y − δ) + ∫₀^∞ φ(x − y + δ)·u_{m−1}(x) dx`
///   on Gauss–Legendre nodes near the barrier, with the formula above
///   supplying `u` farther away (see `near_barrier` in the source). Four days or fewer
///   use that recursion everywhere.
///
/// Accuracy: against an exact numerical computation of the same
/// probability (the one-day recursion on a 0.2-wide Simpson grid, accurate to
/// 10⁻⁷) at 11,300 points covering the chapter's sliders (σ 5–90 %, μ ±50 %,
/// 1–250 days, barriers 0.44–0.9999), the largest error is 0.017 percentage
/// points (BGK alone: 4.7). The native test `tests/margin_estimator.rs`
/// checks it against large seeded simulations. Cost, natively: about 0.2 µs
/// with the barrier more than 2.5 daily standard deviations away (the
/// chapter's defaults), up to about 10 µs nearer or for four days or fewer.
///
/// Monotone where theory says so (checked on dense grids of the sliders): a
/// higher barrier never lowers it, nor, at μ = 0, more days or more
/// volatility. Probabilities below 10⁻¹⁴ are returned as 0.
///
/// Returns `None` when an input is not finite, `barrier ≤ 0`, `volatility`
/// is outside `0..=3` or `drift` outside `−2..=2`, `days` is 0 or above
/// [`MarginSim::MAX_DAYS`], or the daily drift exceeds
/// [`HIT_PROBABILITY_MAX_DRIFT_PER_SD`] daily standard deviations (σ tiny
/// against μ: outside what was checked).
pub fn hit_probability(drift: f64, volatility: f64, barrier: f64, days: u32) -> Option<f64> {
    if !(drift.is_finite() && volatility.is_finite() && barrier.is_finite())
        || barrier <= 0.0
        || !(0.0..=3.0).contains(&volatility)
        || drift.abs() > 2.0
        || !(1..=MarginSim::MAX_DAYS).contains(&days)
    {
        return None;
    }
    if barrier >= 1.0 {
        return Some(1.0);
    }
    let dt = 1.0 / TRADING_DAYS_PER_YEAR;
    let log_barrier = barrier.ln();
    if volatility == 0.0 {
        // The path is its drift: the lowest close is day 1 (μ ≥ 0) or the last.
        let lowest = drift * dt * if drift >= 0.0 { 1.0 } else { f64::from(days) };
        return Some(if lowest <= log_barrier { 1.0 } else { 0.0 });
    }
    let sd = volatility * dt.sqrt();
    let toward = (0.5 * volatility * volatility - drift) * dt / sd;
    if toward.is_nan() || toward.abs() > HIT_PROBABILITY_MAX_DRIFT_PER_SD {
        return None;
    }
    let distance = -log_barrier / sd;
    let p = if days <= EXACT_DAYS {
        exact_backward(distance, toward, days)
    } else if distance < ZONE {
        near_barrier(distance, toward, days)
    } else {
        Ladder::new(toward).hit(distance, f64::from(days))
    };
    // Below 10⁻¹⁴ the methods' last digits disagree (and nothing rounds to
    // a shown value): report 0, so the answer stays monotone across them.
    Some(if p < 1e-14 { 0.0 } else { p.min(1.0) })
}

impl MarginSim {
    /// [`hit_probability`] for this simulation's drift, volatility, days and
    /// barrier `line / (1 + margin_ratio)`: the share of paths the
    /// simulation tends to as the number of paths grows. `None` when an
    /// input is outside the ranges documented on [`MarginSim`] or
    /// [`hit_probability`] refuses it.
    pub fn hit_probability(&self) -> Option<f64> {
        if !self.valid() {
            return None;
        }
        hit_probability(
            self.drift,
            self.volatility,
            self.line / (1.0 + self.margin_ratio),
            self.days,
        )
    }
}

/// Length of the outer part of [`near_barrier`]'s nodes (daily standard
/// deviations beyond the zone).
const OUTER_SPAN: f64 = 8.0;
/// Iterated days of [`near_barrier`] from the formula's values.
const NEAR_LEVELS: u32 = 10;

/// Up to this many days the probability is computed exactly.
const EXACT_DAYS: u32 = 4;
/// Barriers nearer than this (daily standard deviations) use [`near_barrier`].
const ZONE: f64 = 2.5;

/// 1/√(2π).
const INV_SQRT_2PI: f64 = 0.398_942_280_401_432_7;

/// Chebyshev coefficients of erfcx(x) = e^{x²}·erfc(x) in t = (x − 4)/(x + 4),
/// x ≥ 0 (computed with 40-digit arithmetic; the omitted terms are below
/// 10⁻¹²).
const ERFCX_CHEB: [f64; 17] = [
    5.962_035_873_873_152e-1,
    -4.290_864_412_558_054e-1,
    1.802_725_656_877_105_6e-1,
    -6.523_752_449_734_899e-2,
    2.036_725_657_674_486_5e-2,
    -5.449_087_066_459_008e-3,
    1.227_851_537_260_675_5e-3,
    -2.246_979_421_877_305e-4,
    3.068_543_113_098_951e-5,
    -2.317_823_499_946_853_4e-6,
    -1.462_835_648_472_757_8e-7,
    6.927_830_518_748_949e-8,
    -6.883_110_763_362_846e-9,
    -6.858_489_149_445_45e-10,
    2.459_373_498_949_668_4e-10,
    -7.814_909_174_028_096e-12,
    -5.889_394_733_817_263e-12,
];

/// erfcx(x) = e^{x²}·erfc(x) for x ≥ 0, relative error below 10⁻¹⁰.
fn erfcx(x: f64) -> f64 {
    if x > 50.0 {
        // Asymptotic series; the next term is below 10⁻¹⁰ relative.
        let r = 1.0 / (x * x);
        return (1.0 - 0.5 * r + 0.75 * r * r) / (x * std::f64::consts::PI.sqrt());
    }
    let t = (x - 4.0) / (x + 4.0);
    let (mut b1, mut b2) = (0.0, 0.0);
    for &c in ERFCX_CHEB[1..].iter().rev() {
        let b0 = 2.0 * t * b1 - b2 + c;
        b2 = b1;
        b1 = b0;
    }
    t * b1 - b2 + 0.5 * ERFCX_CHEB[0]
}

/// Upper tail of the standard normal distribution, Q(u) = P(Z > u), with
/// `g = e^{−u²/2}` supplied by the caller.
fn upper_tail_with(u: f64, g: f64) -> f64 {
    let h = 0.5 * erfcx(u.abs() * std::f64::consts::FRAC_1_SQRT_2) * g;
    if u >= 0.0 {
        h
    } else {
        1.0 - h
    }
}

/// Q(u) = P(Z > u) for a standard normal Z.
fn upper_tail(u: f64) -> f64 {
    upper_tail_with(u, (-0.5 * u * u).exp())
}

/// ζ(1/2 − m), m = 0, 1, …, 9 (Riemann zeta function).
const ZETA_HALF: [f64; 10] = [
    -1.460_354_508_809_586_8,
    -0.207_886_224_977_354_57,
    -0.025_485_201_889_833_036,
    0.008_516_928_777_850_331,
    0.004_441_011_335_479_432,
    -0.003_091_669_247_215_833_8,
    -0.002_671_458_019_899_224_6,
    0.002_746_767_939_536_868_8,
    0.003_269_039_572_600_22,
    -0.004_416_032_873_004_89,
];

/// Constants of the corrected formula for one daily drift δ (toward the
/// barrier, in daily standard deviations).
///
/// Spitzer's identity writes the law of the maximum of n steps through the
/// laws of the partial sums, `Σₖ tᵏ/k·E[e^{−λS⁺ₖ}]`; Brownian motion has the
/// same expression with an integral over time. For a Gaussian walk the
/// difference of the two is, by the Euler–Maclaurin formula for sums of
/// `k^{γ}`, a series in ζ(−γ): with `A_{p,j}` the `s^j` coefficient of the
/// p-th moment term, the discrete maximum is the continuous one shifted by
/// `A₁₀ = −β(δ)` (β(0) = −ζ(1/2)/√(2π) = 0.5826, BGK's constant) with
/// cumulant corrections `A₂₀, A₃₀, A₄₀`, over a horizon longer by half a day
/// with corrections `A₁₁, A₂₁`. Each `A` below is that series, summed for
/// |δ| ≤ 0.7 (the terms fall like (δ²/4π)^m).
#[derive(Clone, Copy, Debug)]
struct Ladder {
    toward: f64,
    shift: f64,
    c2: f64,
    c3: f64,
    c4: f64,
}

impl Ladder {
    fn new(d: f64) -> Ladder {
        // e_m: coefficients of E[(Z + u)⁺] = u/2 + Σ e_m u^{2m}/√(2π).
        let mut e = [0.0f64; 8];
        let mut fact = 1.0; // 2^m m!
        for (m, em) in e.iter_mut().enumerate() {
            if m > 0 {
                fact *= 2.0 * m as f64;
            }
            let sign = if m % 2 == 0 { -1.0 } else { 1.0 };
            *em = sign / (fact * (2.0 * m as f64 - 1.0));
        }
        let (mut s10, mut s20, mut s30, mut s40, mut s11, mut s21) = (0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
        let d2 = d * d;
        let mut pw = 1.0; // d^{2m}
        for (m, &em) in e.iter().enumerate() {
            let k = 2.0 * m as f64;
            s10 += em * pw * ZETA_HALF[m];
            s11 += em * pw * ZETA_HALF[m + 1];
            s20 += em * pw * d * ZETA_HALF[m + 1] / (k + 1.0);
            s21 += em * pw * d * ZETA_HALF[m + 2] / (k + 1.0);
            s30 += em * pw * d2 * ZETA_HALF[m + 2] / ((k + 1.0) * (k + 2.0));
            if m + 3 < ZETA_HALF.len() {
                s40 += em * pw * d2 * d * ZETA_HALF[m + 3] / ((k + 1.0) * (k + 2.0) * (k + 3.0));
            }
            pw *= d2;
        }
        let a10 = -0.25 * d + INV_SQRT_2PI * s10;
        let a20 = -0.25 - d2 / 24.0 + 2.0 * INV_SQRT_2PI * s20;
        let a30 = 2.0 * INV_SQRT_2PI * ZETA_HALF[1] - d / 8.0 + 6.0 * INV_SQRT_2PI * s30;
        let a40 = -0.125
            + 8.0 * INV_SQRT_2PI * d * ZETA_HALF[2]
            + d2 * d2 / 240.0
            + 24.0 * INV_SQRT_2PI * s40;
        let a11 = d / 24.0 - INV_SQRT_2PI * s11;
        let a21 = 1.0 / 24.0 - 2.0 * INV_SQRT_2PI * s21;
        Ladder {
            toward: d,
            shift: -a10,
            c2: 0.5 * a20 + d * a11 - d2 / 24.0,
            c3: -(a30 / 6.0 + 0.5 * a11) - 0.5 * d * a21 + d / 24.0,
            c4: a40 / 24.0 + a20 * a20 / 8.0 + 0.25 * a21 - 1.0 / 96.0,
        }
    }

    /// The corrected formula: `(hit, miss)`, the probability of a close at or
    /// below the barrier within `days` daily closes, starting `distance`
    /// daily standard deviations above it, and of none (each computed
    /// directly, so that a probability near 0 or near 1 keeps its digits;
    /// they add up to 1 to rounding). Both are clamped to [0, 1]; a hit
    /// probability below 10⁻¹⁵ (where the series is no longer meaningful) is
    /// returned as 0.
    fn hit_miss(&self, distance: f64, days: f64) -> (f64, f64) {
        let d = self.toward;
        let x = distance + self.shift;
        let t = days + 0.5;
        let s = t.sqrt();
        let u1 = (x - d * t) / s;
        let u2 = (x + d * t) / s;
        let g = (-0.5 * u1 * u1).exp();
        // E = e^{2dx}·Q(u2), using e^{2dx − u2²/2} = e^{−u1²/2}.
        let e = if u2 >= 0.0 {
            0.5 * erfcx(u2 * std::f64::consts::FRAC_1_SQRT_2) * g
        } else {
            (2.0 * d * x).exp() * upper_tail(u2)
        };
        let q1 = upper_tail_with(u1, g);
        let s0 = q1 + e;
        if s0 < 1e-15 {
            return (0.0, 1.0);
        }
        // 1 − Q(u1), directly when it is small.
        let below = if u1 < 0.0 {
            0.5 * erfcx(-u1 * std::f64::consts::FRAC_1_SQRT_2) * g
        } else {
            1.0 - q1
        };
        // S^{(k)} = (2d)^k·E − Σ_{j<k} (2d)^{k−1−j}·P^{(j)} − P^{(k−1)}, with
        // P = φ(u1)/s and P^{(j)} = (−1/s)^j·He_j(u1)·P.
        let p = INV_SQRT_2PI * g / s;
        let p1 = -u1 / s * p;
        let p2 = (u1 * u1 - 1.0) / t * p;
        let p3 = -(u1 * u1 * u1 - 3.0 * u1) / (t * s) * p;
        let k = 2.0 * d;
        let s2 = k * k * e - k * p - p1 - p1;
        let s3 = k * k * k * e - k * k * p - k * p1 - p2 - p2;
        let s4 = k * k * k * k * e - k * k * k * p - k * k * p1 - k * p2 - p3 - p3;
        let corr = self.c2 * s2 + self.c3 * s3 + self.c4 * s4;
        (
            (s0 + corr).clamp(0.0, 1.0),
            (below - e - corr).clamp(0.0, 1.0),
        )
    }

    /// [`Ladder::hit_miss`] as one probability of a hit, from whichever of
    /// the two is the smaller.
    fn hit(&self, distance: f64, days: f64) -> f64 {
        let (hit, miss) = self.hit_miss(distance, days);
        if hit <= 0.5 {
            hit
        } else {
            1.0 - miss
        }
    }

    /// [`Ladder::hit_miss`]'s probability of no hit.
    fn miss(&self, distance: f64, days: f64) -> f64 {
        self.hit_miss(distance, days).1
    }
}

/// Gauss–Legendre nodes and weights on [−1, 1] (Newton's method on the
/// Legendre polynomial).
fn gauss_legendre<const N: usize>() -> ([f64; N], [f64; N]) {
    let (mut x, mut w) = ([0.0; N], [0.0; N]);
    for i in 0..N {
        let mut z = (std::f64::consts::PI * (i as f64 + 0.75) / (N as f64 + 0.5)).cos();
        let mut dp = 1.0;
        for _ in 0..100 {
            let (mut p1, mut p2) = (1.0, 0.0);
            for j in 0..N {
                let p3 = p2;
                p2 = p1;
                p1 = ((2 * j + 1) as f64 * z * p2 - j as f64 * p3) / (j + 1) as f64;
            }
            dp = N as f64 * (z * p1 - p2) / (z * z - 1.0);
            let step = p1 / dp;
            z -= step;
            if step.abs() < 1e-16 {
                break;
            }
        }
        x[i] = z;
        w[i] = 2.0 / ((1.0 - z * z) * dp * dp);
    }
    (x, w)
}

/// Nodes, weights and the drift-free part of the one-day kernel,
/// `w_j·φ(x_j − x_i)`, for a fixed set of nodes.
struct Nodes {
    x: Vec<f64>,
    w: Vec<f64>,
    base: Vec<f64>,
}

impl Nodes {
    /// Gauss–Legendre panels `[lo, hi]` with `N` nodes each.
    fn new<const N: usize>(panels: &[(f64, f64)]) -> Nodes {
        let (gx, gw) = gauss_legendre::<N>();
        let (mut x, mut w) = (Vec::new(), Vec::new());
        for &(lo, hi) in panels {
            for (t, v) in gx.iter().zip(&gw) {
                x.push(lo + (hi - lo) * (t + 1.0) / 2.0);
                w.push(v * (hi - lo) / 2.0);
            }
        }
        Nodes::with_weights(x, w)
    }

    /// Nodes `x` with quadrature weights `w`.
    fn with_weights(x: Vec<f64>, w: Vec<f64>) -> Nodes {
        let n = x.len();
        let mut base = vec![0.0; n * n];
        for i in 0..n {
            for j in 0..n {
                let z = x[j] - x[i];
                base[i * n + j] = w[j] * INV_SQRT_2PI * (-0.5 * z * z).exp();
            }
        }
        Nodes { x, w, base }
    }

    /// Both node sets, `a`'s first.
    fn join(a: Nodes, b: Nodes) -> Nodes {
        let mut x = a.x;
        x.extend(b.x);
        let mut w = a.w;
        w.extend(b.w);
        Nodes::with_weights(x, w)
    }

    /// The one-day kernel for drift δ toward the barrier: entry (i, j) is
    /// `w_j·φ(x_j − x_i + δ)`, the weight of node j in
    /// `∫₀^∞ φ(x − x_i + δ)·f(x) dx`, written as the drift-free part times
    /// `e^{−δ(x_j − x_i) − δ²/2}`.
    fn kernel(&self, d: f64) -> Vec<f64> {
        let n = self.x.len();
        let ex: Vec<f64> = self.x.iter().map(|&x| (-d * x).exp()).collect();
        let c = (-0.5 * d * d).exp();
        let mut k = self.base.clone();
        for i in 0..n {
            let inv = c / ex[i];
            for j in 0..n {
                k[i * n + j] *= ex[j] * inv;
            }
        }
        k
    }

    /// `Q(x_i − δ)`: probability that one day takes node i to or below the
    /// barrier.
    fn one_day(&self, d: f64) -> Vec<f64> {
        self.x.iter().map(|&x| upper_tail(x - d)).collect()
    }

    /// Probability of a hit within one more day, then `u` (given on the
    /// nodes) from wherever the first close lands, for a start `y` above
    /// the barrier.
    fn step_from(&self, y: f64, d: f64, u: &[f64]) -> f64 {
        let mut s = upper_tail(y - d);
        for ((&x, &w), &v) in self.x.iter().zip(&self.w).zip(u) {
            let z = x - y + d;
            s += w * INV_SQRT_2PI * (-0.5 * z * z).exp() * v;
        }
        s
    }
}

/// Exact recursion for a few days: `u_m(y)`, the probability of a hit
/// within m days from y daily standard deviations above the barrier,
/// satisfies `u_m(y) = Q(y − δ) + ∫₀^∞ φ(x − y + δ)·u_{m−1}(x) dx`, `u_0 = 0`.
/// Nodes: 12 Gauss–Legendre panels of 5 nodes on [0, 24] (in four days the
/// walk cannot come back from farther; error below 10⁻⁷).
fn exact_backward(distance: f64, d: f64, days: u32) -> f64 {
    static NODES: std::sync::OnceLock<Nodes> = std::sync::OnceLock::new();
    let nodes = NODES.get_or_init(|| {
        let panels: Vec<(f64, f64)> = (0..12)
            .map(|p| (2.0 * p as f64, 2.0 * p as f64 + 2.0))
            .collect();
        Nodes::new::<5>(&panels)
    });
    let n = nodes.x.len();
    let kern = nodes.kernel(d);
    let src = nodes.one_day(d);
    let mut u = vec![0.0; n];
    let mut next = vec![0.0; n];
    for _ in 1..days {
        for i in 0..n {
            let row = &kern[i * n..(i + 1) * n];
            next[i] = src[i] + row.iter().zip(&u).map(|(k, v)| k * v).sum::<f64>();
        }
        std::mem::swap(&mut u, &mut next);
    }
    nodes.step_from(distance, d, &u)
}

/// A barrier within [`ZONE`] daily standard deviations: the recursion of
/// [`exact_backward`], written for the probability of no hit, `v = 1 − u`:
/// `v_m(y) = ∫₀^∞ φ(x − y + δ)·v_{m−1}(x) dx`, `v_0 = 1` (a positive
/// operator, so near-certain hits keep their digits). Nodes: 8
/// Gauss–Legendre nodes in [0, 2.5] (the zone) and 8 in [2.5, 10.5], with
/// `v = 1` assumed beyond; after the first five days `v` on the outer nodes
/// comes from the corrected formula ([`Ladder::miss`], accurate there).
/// Only the last days are iterated:
/// * up to 16 days, all of them, the first five (where a hit is far from
///   certain) as `u` with the exact one-day source `Q(y − δ)` on all nodes;
/// * up to 39 days, the last [`NEAR_LEVELS`] + 1, from the formula on all
///   nodes (its error near the barrier dies out in those days);
/// * beyond, the last 5, from `v_{n−5}` on the zone solved from
///   `v_m(y) = r·∫_zone φ·v_m + ∫_outside φ·v_{m−1}`, the formula outside,
///   `r` the formula's ratio `v_{m−1}/v_m` at the zone's edge.
///
/// Against the exact computation: error below 0.017 percentage points.
fn near_barrier(distance: f64, d: f64, days: u32) -> f64 {
    const INNER: usize = 8;
    const OUTER: usize = 8;
    const END: f64 = ZONE + OUTER_SPAN;
    static NODES: std::sync::OnceLock<Nodes> = std::sync::OnceLock::new();
    let nodes = NODES.get_or_init(|| {
        Nodes::join(
            Nodes::new::<INNER>(&[(0.0, ZONE)]),
            Nodes::new::<OUTER>(&[(ZONE, END)]),
        )
    });
    let n = nodes.x.len();
    let ladder = Ladder::new(d);
    let kern = nodes.kernel(d);
    // Mass landing beyond the last node, where v is taken as 1.
    let beyond: Vec<f64> = nodes.x.iter().map(|&y| upper_tail(END - y + d)).collect();
    let formula = |m: u32, v: &mut [f64]| {
        for (vi, &x) in v.iter_mut().zip(&nodes.x).skip(INNER) {
            *vi = ladder.miss(x, f64::from(m));
        }
    };
    let (mut v, start) = if days <= NEAR_LEVELS + 6 {
        // The first five days as `u` (a hit within m days is far from
        // certain yet, and the outer nodes need the exact one-day source):
        // `u_m = Q(y − δ) + ∫ φ·u_{m−1}`, `u_0 = 0`, `u = 0` beyond.
        let src = nodes.one_day(d);
        let mut u = vec![0.0; n];
        let mut next = vec![0.0; n];
        let first = (days - 1).min(5);
        for _ in 0..first {
            for i in 0..n {
                let row = &kern[i * n..(i + 1) * n];
                next[i] = src[i] + row.iter().zip(&u).map(|(k, x)| k * x).sum::<f64>();
            }
            std::mem::swap(&mut u, &mut next);
        }
        (u.iter().map(|x| (1.0 - x).clamp(0.0, 1.0)).collect(), first)
    } else if days < 40 {
        let m0 = days - NEAR_LEVELS - 1;
        let v: Vec<f64> = nodes
            .x
            .iter()
            .map(|&x| ladder.miss(x, f64::from(m0)))
            .collect();
        (v, m0)
    } else {
        let m0 = days - 5;
        let mut before = vec![0.0; n];
        formula(m0 - 1, &mut before);
        let (v1, v0) = (
            ladder.miss(ZONE, f64::from(m0 - 1)),
            ladder.miss(ZONE, f64::from(m0)),
        );
        let r = if v0 > 1e-300 {
            (v1 / v0).min(1.0 / 0.9)
        } else {
            1.0
        };
        // (I − r·K_zone)·v = K_out·v_out + beyond, by Gaussian elimination.
        let mut a = [[0.0f64; INNER]; INNER];
        let mut b = [0.0f64; INNER];
        for i in 0..INNER {
            let row = &kern[i * n..(i + 1) * n];
            for j in 0..INNER {
                a[i][j] = if i == j { 1.0 } else { 0.0 } - r * row[j];
            }
            b[i] = beyond[i]
                + row[INNER..]
                    .iter()
                    .zip(&before[INNER..])
                    .map(|(k, v)| k * v)
                    .sum::<f64>();
        }
        let mut v = vec![0.0; n];
        for (vi, x) in v.iter_mut().zip(solve(a, b)) {
            *vi = x.clamp(0.0, 1.0);
        }
        formula(m0, &mut v);
        (v, m0)
    };
    let mut next = vec![0.0; n];
    for m in start + 1..days {
        for i in 0..n {
            let row = &kern[i * n..(i + 1) * n];
            next[i] = beyond[i] + row.iter().zip(&v).map(|(k, x)| k * x).sum::<f64>();
        }
        if m > 5 {
            formula(m, &mut next);
        }
        std::mem::swap(&mut v, &mut next);
    }
    let mut miss = upper_tail(END - distance + d);
    for ((&x, &w), &vi) in nodes.x.iter().zip(&nodes.w).zip(&v) {
        let z = x - distance + d;
        miss += w * INV_SQRT_2PI * (-0.5 * z * z).exp() * vi;
    }
    1.0 - miss.min(1.0)
}

/// Solves `a·x = b` by Gaussian elimination with partial pivoting (the
/// matrices here are diagonally dominant).
fn solve<const N: usize>(mut a: [[f64; N]; N], mut b: [f64; N]) -> [f64; N] {
    for k in 0..N {
        let p = (k..N)
            .max_by(|&i, &j| a[i][k].abs().total_cmp(&a[j][k].abs()))
            .unwrap_or(k);
        a.swap(k, p);
        b.swap(k, p);
        let (top, rest) = a.split_at_mut(k + 1);
        let pivot = &top[k];
        for (i, row) in rest.iter_mut().enumerate() {
            let f = row[k] / pivot[k];
            for (x, p) in row[k..].iter_mut().zip(&pivot[k..]) {
                *x -= f * p;
            }
            b[k + 1 + i] -= f * b[k];
        }
    }
    let mut x = [0.0; N];
    for k in (0..N).rev() {
        let mut s = b[k];
        for j in k + 1..N {
            s -= a[k][j] * x[j];
        }
        x[k] = s / a[k][k];
    }
    x
}

#[cfg(test)]
mod tests {

    #[test]
    fn an_overflowing_ratio_is_no_value() {
        // Found by the property test: a huge ratio after a huge "rise".
        assert_eq!(
            ratio_after_fall(3.92767336402379e305, -2.0008890396517422e21),
            None
        );
        assert_eq!(ratio_after_fall(2.0, 0.35), Some(2.0 * 0.65));
    }

    use super::*;

    #[test]
    fn capacity_at_old_and_new_rules() {
        let p = borrowing_capacity(100.0, MIN_MARGIN_RATIO_2026).unwrap();
        assert_eq!((p.borrowed, p.position), (100.0, 200.0));
        assert_eq!(p.maintenance_ratio(), Some(2.0));
        let p = borrowing_capacity(100.0, MIN_MARGIN_RATIO_2023).unwrap();
        assert!((p.borrowed - 125.0).abs() < 1e-12);
        assert!((p.maintenance_ratio().unwrap() - 1.8).abs() < 1e-12);
        assert_eq!(borrowing_capacity(100.0, 0.0), None);
        assert_eq!(borrowing_capacity(-1.0, 1.0), None);
        assert_eq!(maintenance_ratio(1.0, 0.0), None);
    }

    #[test]
    fn calibration_rows_reproduced() {
        let pct = |x: f64| format!("{:.1}", 100.0 * x);
        assert_eq!(
            pct(price_fall_to_line(1.0, LIQUIDATION_LINE).unwrap()),
            "35.0"
        );
        assert_eq!(pct(price_fall_to_line(1.0, WARNING_LINE).unwrap()), "25.0");
        assert_eq!(pct(price_fall_to_line(1.0, INSTANT_LINE).unwrap()), "42.5");
        assert_eq!(
            pct(price_fall_to_line(0.8, LIQUIDATION_LINE).unwrap()),
            "27.8"
        );
        assert_eq!(pct(price_fall_to_line(0.8, WARNING_LINE).unwrap()), "16.7");
        assert_eq!(pct(price_fall_to_line(0.8, INSTANT_LINE).unwrap()), "36.1");
        // After that fall the ratio sits exactly on the line.
        let x = price_fall_to_line(1.0, 1.3).unwrap();
        assert!((ratio_after_fall(2.0, x).unwrap() - 1.3).abs() < 1e-12);
        assert_eq!(fall_to_line(1.2, 1.3), Some(0.0));
    }

    #[test]
    fn monte_carlo_is_deterministic_and_consistent() {
        let sim = MarginSim {
            paths: 2000,
            ..MarginSim::default()
        };
        let a = simulate_margin_calls(&sim).unwrap();
        let b = simulate_margin_calls(&sim).unwrap();
        assert_eq!(a, b);
        assert_eq!(hit_share(&sim), Some(a.hit_share));
        assert_eq!(a.samples.len(), 8);
        assert!(a.samples.iter().all(|s| s.len() == 251 && s[0] == 1.0));
        assert_eq!(*a.hit_by_day.last().unwrap(), a.hit_share);
        assert!(a.hit_by_day.windows(2).all(|w| w[0] <= w[1]));
        assert!((a.barrier_price - 0.65).abs() < 1e-12);
        // Another seed gives other paths.
        let other = simulate_margin_calls(&MarginSim { seed: 1, ..sim }).unwrap();
        assert_ne!(a.hit_share, other.hit_share);
    }

    #[test]
    fn monte_carlo_matches_reflection_formula() {
        // Continuous-time first-passage probability for drift ν = μ − σ²/2,
        // barrier b < 0 over T years (reflection principle):
        // P = Φ((b − νT)/(σ√T)) + exp(2νb/σ²)·Φ((b + νT)/(σ√T)).
        // Daily monitoring hits slightly less often (Broadie–Glasserman shift
        // of the barrier by 0.5826·σ·√Δt), so compare with the shifted barrier.
        let sim = MarginSim {
            paths: 40_000,
            days: 252,
            volatility: 0.4,
            drift: 0.05,
            ..MarginSim::default()
        };
        let s = sim.volatility;
        let nu = sim.drift - 0.5 * s * s;
        let b = (1.3f64 / 2.0).ln() - 0.5826 * s * (1.0f64 / 252.0).sqrt();
        let t = 1.0;
        let p = phi((b - nu * t) / (s * t.sqrt()))
            + (2.0 * nu * b / (s * s)).exp() * phi((b + nu * t) / (s * t.sqrt()));
        let mc = hit_share(&sim).unwrap();
        assert!((mc - p).abs() < 0.01, "mc {mc} vs {p}");
    }

    /// Standard normal CDF via the Abramowitz–Stegun 7.1.26 erf approximation.
    fn phi(x: f64) -> f64 {
        let z = x.abs() / std::f64::consts::SQRT_2;
        let t = 1.0 / (1.0 + 0.327_591_1 * z);
        let poly = t
            * (0.254_829_592
                + t * (-0.284_496_736
                    + t * (1.421_413_741 + t * (-1.453_152_027 + t * 1.061_405_429))));
        let erf = 1.0 - poly * (-z * z).exp();
        if x >= 0.0 {
            0.5 * (1.0 + erf)
        } else {
            0.5 * (1.0 - erf)
        }
    }

    #[test]
    fn normal_tails_match_high_precision_values() {
        // Values from 30-digit arithmetic (mpmath).
        for (u, q) in [
            (0.0, 0.5),
            (1.0, 0.158_655_253_931_457_05),
            (3.0, 0.001_349_898_031_630_094_5),
            (5.0, 2.866_515_718_791_939e-7),
            (10.0, 7.619_853_024_160_526e-24),
            (20.0, 2.753_624_118_606_233_7e-89),
            (-2.0, 0.977_249_868_051_820_8),
            (-6.0, 0.999_999_999_013_412_4),
        ] {
            let got = upper_tail(u);
            assert!((got / q - 1.0).abs() < 1e-10, "Q({u}) = {got}, want {q}");
        }
        for (x, want) in [
            (0.5, 0.615_690_344_192_925_9),
            (4.0, 0.136_999_457_625_061_39),
            (30.0, 0.018_795_888_861_416_75),
            (60.0, 0.009_401_854_275_176_39),
        ] {
            assert!((erfcx(x) / want - 1.0).abs() < 1e-10, "erfcx({x})");
        }
    }

    #[test]
    fn the_first_order_shift_is_bgks_constant() {
        // β(0) = −ζ(1/2)/√(2π) = 0.5826 (Broadie, Glasserman and Kou).
        let l = Ladder::new(0.0);
        assert!((l.shift - 0.582_597_157_939_010_7).abs() < 1e-15);
        // Driftless second-order terms: A20 = −1/4, A11 = −ζ(−1/2)/√(2π).
        let a11 = -INV_SQRT_2PI * ZETA_HALF[1];
        assert!((l.c2 + 0.125).abs() < 1e-15);
        assert!((l.c3 - (-(2.0 * INV_SQRT_2PI * ZETA_HALF[1]) / 6.0 - 0.5 * a11)).abs() < 1e-15);
        // The shift grows with the drift either way (β(δ) = β + δ/4 + …).
        assert!(Ladder::new(0.3).shift > l.shift && Ladder::new(-0.3).shift < l.shift);
    }

    #[test]
    fn gauss_legendre_is_exact_for_polynomials() {
        let (x, w) = gauss_legendre::<8>();
        assert!((w.iter().sum::<f64>() - 2.0).abs() < 1e-14);
        let m14: f64 = x.iter().zip(&w).map(|(x, w)| w * x.powi(14)).sum();
        assert!((m14 - 2.0 / 15.0).abs() < 1e-14);
    }

    #[test]
    fn one_day_is_the_normal_tail_and_one_day_more_adds() {
        for (a, d) in [(0.3, 0.0), (2.0, 0.5), (5.0, -0.6)] {
            assert!((exact_backward(a, d, 1) - upper_tail(a - d)).abs() < 1e-14);
            assert!(exact_backward(a, d, 2) > exact_backward(a, d, 1));
        }
        // The defaults, through the formula: 1.19 %.
        let p = hit_probability(0.0, 0.35, 0.65, 60).unwrap();
        assert!((p - 0.011_873).abs() < 2e-5, "{p}");
    }

    #[test]
    fn invalid_inputs_are_none() {
        let d = MarginSim::default();
        for bad in [
            MarginSim { paths: 0, ..d },
            MarginSim { days: 0, ..d },
            MarginSim {
                volatility: f64::NAN,
                ..d
            },
            MarginSim {
                volatility: -0.1,
                ..d
            },
            MarginSim {
                margin_ratio: 0.0,
                ..d
            },
            MarginSim {
                line: f64::INFINITY,
                ..d
            },
            MarginSim {
                sample_paths: 21,
                ..d
            },
        ] {
            assert_eq!(hit_share(&bad), None);
            assert_eq!(simulate_margin_calls(&bad), None);
        }
    }

    #[test]
    fn the_path_bank_gives_the_direct_result() {
        let bank = PathBank::new(7, 400, 120).unwrap();
        let mut worst = 0.0f64;
        for (m, line, drift, vol, days) in [
            (1.0, 1.3, 0.0, 0.35, 120),
            (0.8, 1.3, 0.1, 0.7, 60),
            (0.5, 1.5, -0.5, 0.18, 1),
            (1.5, 1.15, 2.0, 3.0, 120),
            (1.0, 1.3, -1.0, 0.0, 120),
            (0.6, 1.4, 0.0, 0.5, 100),
        ] {
            let sim = MarginSim {
                margin_ratio: m,
                line,
                drift,
                volatility: vol,
                days,
                paths: 400,
                seed: 7,
                sample_paths: 5,
            };
            let direct = simulate_margin_calls(&sim).unwrap();
            let kept = bank.simulate(&sim).unwrap();
            // A path may differ only if it closes within ~1e-7 of the line.
            assert!((direct.hit_share - kept.hit_share).abs() <= 1.0 / 400.0);
            assert_eq!(direct.hit_by_day.len(), kept.hit_by_day.len());
            for (a, b) in direct.hit_by_day.iter().zip(&kept.hit_by_day) {
                assert!((a - b).abs() <= 1.0 / 400.0);
            }
            assert_eq!(direct.barrier_price, kept.barrier_price);
            assert_eq!(direct.samples.len(), kept.samples.len());
            for (a, b) in direct.samples.iter().zip(&kept.samples) {
                assert_eq!(a.len(), b.len());
                for (x, y) in a.iter().zip(b) {
                    worst = worst.max((x / y - 1.0).abs());
                }
            }
        }
        assert!(worst < 1e-5, "sample paths differ by {worst}");
    }

    #[test]
    fn the_path_bank_refuses_what_it_does_not_cover() {
        assert!(PathBank::new(1, 0, 10).is_none());
        assert!(PathBank::new(1, 10, 0).is_none());
        assert!(PathBank::new(1, MarginSim::MAX_PATHS + 1, 10).is_none());
        let bank = PathBank::new(1, 10, 20).unwrap();
        let sim = MarginSim {
            paths: 10,
            days: 20,
            seed: 1,
            ..MarginSim::default()
        };
        assert!(bank.simulate(&sim).is_some());
        assert!(bank.simulate(&MarginSim { seed: 2, ..sim }).is_none());
        assert!(bank.simulate(&MarginSim { paths: 11, ..sim }).is_none());
        assert!(bank.simulate(&MarginSim { days: 21, ..sim }).is_none());
        assert!(bank
            .simulate(&MarginSim {
                volatility: f64::NAN,
                ..sim
            })
            .is_none());
        // Fewer paths and days than drawn: the first ones, as the direct run.
        let short = MarginSim {
            paths: 6,
            days: 9,
            sample_paths: 6,
            ..sim
        };
        let (kept, direct) = (
            bank.simulate(&short).unwrap(),
            simulate_margin_calls(&short).unwrap(),
        );
        assert_eq!(kept.samples.len(), 6);
        for (a, b) in direct.samples.iter().zip(&kept.samples) {
            assert_eq!(a.len(), 10);
            assert!(a.iter().zip(b).all(|(x, y)| (x / y - 1.0).abs() < 1e-5));
        }
    }
}
