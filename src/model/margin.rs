//! Margin lending (融资融券) on China's exchanges: how much an investor may
//! borrow, the maintenance ratio that brokers watch, how far prices can fall
//! before forced selling, and a seeded Monte Carlo of daily price paths.
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
/// `collateral < 0`, or an input is not finite.
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
