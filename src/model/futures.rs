//! Two futures: a stylized two-sector scenario model of China, 2025 → 2035.
//!
//! **An illustration, not a forecast.** GDP is split into three blocks with
//! 2025 shares of GDP:
//! * the **new economy** (AI, robotics, EVs, aerospace, new services) — share
//!   [`FuturesParams::new_share`], default 18 % = the NBS "三新" (new industries,
//!   business forms and models) economy, 18.01 % of GDP in 2024
//!   (`calibration.csv`, `three_new_economy_share_gdp`, 2024). Chosen over the
//!   ~10 % "digital core" (`digital_core_share_gdp`) because the article's boom
//!   spans EVs, robots and aerospace, which the digital core leaves out; it is
//!   the broadest measure NBS publishes every year. 10 % is inside the slider range.
//! * **property and construction, with linkages** — share
//!   [`FuturesParams::property_share`], default 20 % (IMF via NBK, 2025,
//!   `real_estate_and_related_share_gdp`);
//! * **the rest** of the economy (old industry and consumer services) — `1 − both`.
//!
//! "The two economies" are the new-economy index and the old-economy index
//! (property + rest, weighted by 2025 shares), both 2025 = 100.
//!
//! ## The equations (t = 2026…2035; `I` property investment growth)
//!
//! ```text
//! I_t      = I_lr + (I_2025 − I_lr)·(1 − fade)^(t−2025)       property drag fades
//! gP_t     = pass_through · I_t                                property block growth
//! gN_t     = new_growth                                        new-economy growth
//! gInc_t   = gY_{t−1}                                          household income tracks GDP
//! gC_t     = gInc_t + confidence + wealth_effect · gP_t        consumption
//! base_t   = rest_lr + (gR_2025 − rest_lr)·(1 − 0.2)^(t−2025)  rest converges to trend
//! spill_t  = spillover · nsh_{t−lag−1}·gN_{t−lag} / rsh_{t−1}   new-economy lift, lagged
//! gR_t     = base_t + spill_t + (C/R)_{t−1}·(gC_t − gInc_t)    consumption demand lands on the rest
//! Y_t      = n0·N_t + p0·P_t + r0·R_t,   gY_t = Y_t/Y_{t−1} − 1
//! ```
//!
//! ## 2025: the sourced actuals, exactly
//! Real GDP +5.0 % (`gdp.csv`, `real_gdp_growth` 2025), property investment
//! −17.2 % (`property.csv`, `real_estate_investment_growth` 2025), retail sales
//! +3.7 % (`consumption.csv`, `retail_sales_growth` 2025) are the 2025 row. The
//! new economy grows at the NBS high-tech manufacturing rate +9.4 %
//! (`calibration.csv`, `hightech_mfg_va_growth` 2025); the rest's 2025 growth is
//! the residual that makes the shares add up to 5.0 %. Household consumption is
//! 40 % of GDP in 2025 (`consumption.csv`, `household_consumption_share_gdp`,
//! 2023 value carried forward: no later official figure was found).
//!
//! Growth rates are real and decimal (0.05 = 5 %). The 2025 retail-sales figure
//! is nominal; with consumer prices about flat in 2025 the difference is small.

use super::Within;
use serde::{Deserialize, Serialize};

/// First year of the path (actuals).
pub const START_YEAR: i32 = 2025;
/// Last simulated year.
pub const END_YEAR: i32 = 2035;
/// Number of rows in a [`FuturesPath`] (2025…2035).
pub const YEARS: usize = (END_YEAR - START_YEAR + 1) as usize;

/// Real GDP growth in 2025: 5.0 % (`gdp.csv`, `real_gdp_growth`, NBS 2026-01-19).
pub const GDP_GROWTH_2025: f64 = 0.050;
/// Property (real-estate development) investment growth in 2025: −17.2 %
/// (`property.csv`, `real_estate_investment_growth`, NBS via SteelOrbis).
pub const PROPERTY_INVESTMENT_GROWTH_2025: f64 = -0.172;
/// Retail sales growth in 2025: +3.7 % (`consumption.csv`, `retail_sales_growth`, NBS).
pub const RETAIL_SALES_GROWTH_2025: f64 = 0.037;
/// New-economy growth in 2025: high-tech manufacturing value added +9.4 %
/// (`calibration.csv`, `hightech_mfg_va_growth`, 2025, NBS).
pub const NEW_ECONOMY_GROWTH_2025: f64 = 0.094;
/// Household consumption share of GDP at the start: 40 % (`consumption.csv`,
/// `household_consumption_share_gdp`, 2023, NBS basis via Caixin; carried to
/// 2025, as no later official figure was found).
pub const CONSUMPTION_SHARE_2025: f64 = 0.40;
/// Speed at which the rest's growth moves from its 2025 value to its long-run
/// rate: 20 % of the gap a year. Assumption, not data.
pub const REST_CONVERGENCE: f64 = 0.2;

/// The reader's assumptions for the scenario model. Every field is clamped to
/// its [`FuturesParam::spec`] range by [`simulate`]; a non-finite value falls
/// back to the default.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct FuturesParams {
    /// New-economy share of GDP in 2025 (decimal, 0.08–0.25). Source:
    /// `three_new_economy_share_gdp` 2024 = 18.01 % (default 0.18); the digital
    /// core (`digital_core_share_gdp`, ~10 %) is a narrower alternative.
    pub new_share: f64,
    /// Property and construction share of GDP incl. linkages (0.06–0.29).
    /// Source: `real_estate_and_related_share_gdp` 2025 = 20 % (IMF via NBK);
    /// 6 % is the direct NBS share, 29 % Rogoff–Yang's input-output estimate.
    pub property_share: f64,
    /// New-economy real growth a year from 2026 (0.0–0.20). Anchored on
    /// `hightech_mfg_va_growth` 2025 = 9.4 %; the path is an assumption, not data.
    pub new_growth: f64,
    /// Property block value-added growth per unit of property-investment growth
    /// (0.1–1.0). Assumption, not data: 1.0 would make the 2025 drag 3.4 pp,
    /// like Kruger's ~3 pp for 2024 (`real_estate_direct_share_gdp` note), which
    /// the official 5.0 % leaves implausibly little room for; 0.25 gives 0.9 pp.
    pub pass_through: f64,
    /// Share of the gap between property-investment growth and its long-run
    /// rate that closes each year (0 = the 2025 fall goes on for ever, 0.9 =
    /// almost gone in a year). Assumption, not data.
    pub property_fade: f64,
    /// Long-run property-investment growth the drag fades towards (−0.05–0.05).
    /// Assumption, not data.
    pub property_long_run: f64,
    /// Long-run real growth of the rest of the economy (0.01–0.06). Assumption,
    /// not data; for scale, Goldman's 2023 view had China at 3.2 % by 2034
    /// (`ai_gdp_growth_boost_goldman_2023`).
    pub rest_long_run: f64,
    /// Percentage points added to GDP growth (via the rest) per percentage point
    /// of the new economy's growth contribution, after `spillover_lag` years
    /// (0–0.6). Default 0.15 ≈ +0.25 pp a year, inside Goldman's 0.2–0.3 pp
    /// (`ai_gdp_growth_boost_goldman`); 0.6 ≈ 1 pp (McKinsey's optimistic 0.8–1.4,
    /// `ai_gdp_growth_boost_mckinsey`); 0 = no spillover (Guo & Du,
    /// `ict_spillover_evidence`).
    pub spillover: f64,
    /// Years before new-economy growth lifts the rest (0–5, whole years).
    /// Assumption, not data.
    pub spillover_lag: f64,
    /// Consumption growth beyond income growth, per year (−0.02–0.02): positive
    /// = households save less as confidence returns. Assumption, not data; for
    /// context the survey saving rate is 32 % (`household_survey_saving_rate`
    /// 2025) and 61 % of depositors preferred saving more (`pboc_prefer_more_saving_share` Q4-2023).
    pub confidence: f64,
    /// Housing-wealth effect: consumption growth per unit of property-block
    /// growth (0–0.5). Assumption, not data; housing is 65–70 % of household
    /// wealth (`housing_share_household_wealth`).
    pub wealth_effect: f64,
}

impl FuturesParams {
    /// The central case the presets vary from; see [`Default`].
    pub const CENTRAL: FuturesParams = FuturesParams {
        new_share: 0.18,
        property_share: 0.20,
        new_growth: 0.085,
        pass_through: 0.25,
        property_fade: 0.35,
        property_long_run: 0.0,
        rest_long_run: 0.035,
        spillover: 0.15,
        spillover_lag: 2.0,
        confidence: 0.0,
        wealth_effect: 0.2,
    };
}

impl Default for FuturesParams {
    /// A central case between the presets (2026 GDP growth ≈ 4.8 %, inside the
    /// 4.5–5 % target, `gdp_growth_target_low/high` 2026).
    fn default() -> Self {
        FuturesParams::CENTRAL
    }
}

/// One adjustable field of [`FuturesParams`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FuturesParam {
    /// [`FuturesParams::new_share`].
    NewShare,
    /// [`FuturesParams::property_share`].
    PropertyShare,
    /// [`FuturesParams::new_growth`].
    NewGrowth,
    /// [`FuturesParams::pass_through`].
    PassThrough,
    /// [`FuturesParams::property_fade`].
    PropertyFade,
    /// [`FuturesParams::property_long_run`].
    PropertyLongRun,
    /// [`FuturesParams::rest_long_run`].
    RestLongRun,
    /// [`FuturesParams::spillover`].
    Spillover,
    /// [`FuturesParams::spillover_lag`].
    SpilloverLag,
    /// [`FuturesParams::confidence`].
    Confidence,
    /// [`FuturesParams::wealth_effect`].
    WealthEffect,
}

/// Range, step, default, meaning and provenance of a [`FuturesParam`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FuturesSpec {
    /// Short stable key for URLs and the DOM.
    pub key: &'static str,
    /// Smallest value (decimal unless `step` is 1 and the unit is years).
    pub min: f64,
    /// Largest value.
    pub max: f64,
    /// Slider step.
    pub step: f64,
    /// Default value ([`FuturesParams::default`]).
    pub default: f64,
    /// What it means, in one English line.
    pub meaning: &'static str,
    /// The data row behind the default, or "assumption, not data".
    pub source: &'static str,
}

const ASSUMPTION: &str = "assumption, not data";

impl FuturesParam {
    /// Every parameter, in slider order.
    pub const ALL: [FuturesParam; 11] = [
        FuturesParam::NewShare,
        FuturesParam::PropertyShare,
        FuturesParam::NewGrowth,
        FuturesParam::PassThrough,
        FuturesParam::PropertyFade,
        FuturesParam::PropertyLongRun,
        FuturesParam::RestLongRun,
        FuturesParam::Spillover,
        FuturesParam::SpilloverLag,
        FuturesParam::Confidence,
        FuturesParam::WealthEffect,
    ];

    /// Range, step, default and source of the parameter.
    pub const fn spec(self) -> FuturesSpec {
        use FuturesParam as P;
        let (key, min, max, step, default, meaning, source) = match self {
            P::NewShare => ("fns", 0.08, 0.25, 0.01, 0.18, "new economy's share of GDP in 2025", "calibration.csv three_new_economy_share_gdp 2024"),
            P::PropertyShare => ("fps", 0.06, 0.29, 0.01, 0.20, "property and construction share of GDP, incl. linkages", "calibration.csv real_estate_and_related_share_gdp 2025"),
            P::NewGrowth => ("fng", 0.0, 0.20, 0.005, 0.085, "new-economy real growth a year", "calibration.csv hightech_mfg_va_growth 2025 (anchor); path is an assumption, not data"),
            P::PassThrough => ("fpt", 0.1, 1.0, 0.05, 0.25, "property value added per unit of property investment", ASSUMPTION),
            P::PropertyFade => ("fpf", 0.0, 0.9, 0.05, 0.35, "share of the property drag that fades each year", ASSUMPTION),
            P::PropertyLongRun => ("fpl", -0.05, 0.05, 0.005, 0.0, "long-run property investment growth", ASSUMPTION),
            P::RestLongRun => ("frl", 0.01, 0.06, 0.0025, 0.035, "long-run growth of the rest of the economy", ASSUMPTION),
            P::Spillover => ("fsp", 0.0, 0.6, 0.05, 0.15, "GDP lift per point of new-economy contribution", "calibration.csv ai_gdp_growth_boost_goldman (scale)"),
            P::SpilloverLag => ("fsl", 0.0, 5.0, 1.0, 2.0, "years before the spillover arrives", ASSUMPTION),
            P::Confidence => ("fcf", -0.02, 0.02, 0.0025, 0.0, "consumption growth beyond income growth", ASSUMPTION),
            P::WealthEffect => ("fwe", 0.0, 0.5, 0.05, 0.2, "consumption response to the property block", ASSUMPTION),
        };
        FuturesSpec {
            key,
            min,
            max,
            step,
            default,
            meaning,
            source,
        }
    }

    /// `value` limited to the range; a non-finite value gives the default.
    pub fn clamp(self, value: f64) -> f64 {
        let s = self.spec();
        if value.is_finite() {
            value.within(s.min, s.max)
        } else {
            s.default
        }
    }
}

impl FuturesParams {
    /// Current value of a parameter.
    pub fn get(&self, p: FuturesParam) -> f64 {
        use FuturesParam as P;
        match p {
            P::NewShare => self.new_share,
            P::PropertyShare => self.property_share,
            P::NewGrowth => self.new_growth,
            P::PassThrough => self.pass_through,
            P::PropertyFade => self.property_fade,
            P::PropertyLongRun => self.property_long_run,
            P::RestLongRun => self.rest_long_run,
            P::Spillover => self.spillover,
            P::SpilloverLag => self.spillover_lag,
            P::Confidence => self.confidence,
            P::WealthEffect => self.wealth_effect,
        }
    }

    /// The same assumptions with one parameter set (clamped to its range).
    pub fn with(mut self, p: FuturesParam, value: f64) -> Self {
        use FuturesParam as P;
        let v = p.clamp(value);
        let field = match p {
            P::NewShare => &mut self.new_share,
            P::PropertyShare => &mut self.property_share,
            P::NewGrowth => &mut self.new_growth,
            P::PassThrough => &mut self.pass_through,
            P::PropertyFade => &mut self.property_fade,
            P::PropertyLongRun => &mut self.property_long_run,
            P::RestLongRun => &mut self.rest_long_run,
            P::Spillover => &mut self.spillover,
            P::SpilloverLag => &mut self.spillover_lag,
            P::Confidence => &mut self.confidence,
            P::WealthEffect => &mut self.wealth_effect,
        };
        *field = v;
        self
    }

    /// Every field clamped to its range (non-finite → default; lag rounded).
    pub fn clamped(self) -> Self {
        let mut out = self;
        for p in FuturesParam::ALL {
            out = out.with(p, self.get(p));
        }
        out.spillover_lag = out.spillover_lag.round();
        out
    }
}

/// Named scenarios for the `futures` chapter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Preset {
    /// Tech growth lifts the rest: strong spillover after two years, property
    /// drag fades fast, confidence slowly returns.
    Spillover,
    /// Two economies drift apart: the new economy booms, nothing spills over,
    /// property drag fades at a middling pace, households stay cautious.
    BifurcatedRecovery,
    /// The housing slump lingers: the drag fades slowly towards a shrinking
    /// sector, with weak confidence and a strong wealth effect.
    PropertyDragPersists,
}

impl Preset {
    /// Every preset, in display order.
    pub const ALL: [Preset; 3] = [
        Preset::Spillover,
        Preset::BifurcatedRecovery,
        Preset::PropertyDragPersists,
    ];

    /// Stable key for URLs.
    pub const fn key(self) -> &'static str {
        match self {
            Preset::Spillover => "spillover",
            Preset::BifurcatedRecovery => "bifurcated",
            Preset::PropertyDragPersists => "property-drag",
        }
    }

    /// English label.
    pub const fn label(self) -> &'static str {
        match self {
            Preset::Spillover => "Spillover",
            Preset::BifurcatedRecovery => "Bifurcated recovery",
            Preset::PropertyDragPersists => "Property drag persists",
        }
    }

    /// The preset's assumptions (all inside the slider ranges).
    pub const fn params(self) -> FuturesParams {
        let d = FuturesParams::CENTRAL;
        match self {
            Preset::Spillover => FuturesParams {
                new_growth: 0.10,
                spillover: 0.45,
                property_fade: 0.5,
                confidence: 0.005,
                ..d
            },
            Preset::BifurcatedRecovery => FuturesParams {
                new_growth: 0.10,
                spillover: 0.0,
                confidence: -0.0025,
                rest_long_run: 0.03,
                ..d
            },
            Preset::PropertyDragPersists => FuturesParams {
                new_growth: 0.07,
                spillover: 0.05,
                property_fade: 0.1,
                property_long_run: -0.02,
                confidence: -0.01,
                wealth_effect: 0.3,
                rest_long_run: 0.03,
                ..d
            },
        }
    }
}

/// One year of a scenario. Growth rates are decimals, indices are 2025 = 100.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FuturesYear {
    /// Calendar year.
    pub year: i32,
    /// Real GDP growth.
    pub gdp_growth: f64,
    /// Real GDP, 2025 = 100.
    pub gdp_index: f64,
    /// New-economy real value added, 2025 = 100 ("the first economy").
    pub new_index: f64,
    /// Old economy (property + rest, 2025 weights), 2025 = 100 ("the second").
    pub old_index: f64,
    /// Property and construction block, 2025 = 100.
    pub property_index: f64,
    /// Property-investment growth (2025: the NBS actual).
    pub property_investment_growth: f64,
    /// Household consumption growth (2025: retail sales, the NBS actual).
    pub consumption_growth: f64,
    /// Household consumption ÷ GDP.
    pub consumption_share: f64,
    /// New economy ÷ GDP.
    pub new_share: f64,
}

/// A scenario path: one row per year, 2025…2035.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FuturesPath {
    /// Rows for 2025 ([`START_YEAR`]) to 2035 ([`END_YEAR`]).
    pub years: [FuturesYear; YEARS],
    /// Growth of the rest of the economy in 2025 implied by the actuals (the
    /// residual that makes the blocks add up to 5.0 % GDP growth).
    pub rest_growth_2025: f64,
}

impl FuturesPath {
    /// The last row (2035).
    pub fn last(&self) -> &FuturesYear {
        &self.years[YEARS - 1]
    }

    /// Average GDP growth over 2026–2035, geometric: `(Y_2035/100)^(1/10) − 1`.
    pub fn average_growth(&self) -> f64 {
        (self.last().gdp_index / 100.0).powf(1.0 / (YEARS - 1) as f64) - 1.0
    }
}

/// Runs the scenario model (equations in the [module docs](self)) for
/// 2025…2035. Inputs are clamped first ([`FuturesParams::clamped`]), so every
/// output is finite for any input, including NaN. No allocation; 10 steps.
pub fn simulate(params: &FuturesParams) -> FuturesPath {
    let p = params.clamped();
    let n0 = p.new_share;
    let p0 = p.property_share;
    let r0 = 1.0 - n0 - p0;
    let lag = p.spillover_lag as usize;

    let gp_2025 = p.pass_through * PROPERTY_INVESTMENT_GROWTH_2025;
    let gr_2025 = (GDP_GROWTH_2025 - n0 * NEW_ECONOMY_GROWTH_2025 - p0 * gp_2025) / r0;

    let first = FuturesYear {
        year: START_YEAR,
        gdp_growth: GDP_GROWTH_2025,
        gdp_index: 100.0,
        new_index: 100.0,
        old_index: 100.0,
        property_index: 100.0,
        property_investment_growth: PROPERTY_INVESTMENT_GROWTH_2025,
        consumption_growth: RETAIL_SALES_GROWTH_2025,
        consumption_share: CONSUMPTION_SHARE_2025,
        new_share: n0,
    };
    let mut years = [first; YEARS];
    // New-economy contribution to GDP growth by year (pp as decimal),
    // nsh_{t−1}·gN_t; before 2026 the 2025 value.
    let mut contribution = [n0 * NEW_ECONOMY_GROWTH_2025; YEARS];

    let (mut n, mut pr, mut r) = (100.0, 100.0, 100.0);
    let mut y = 100.0;
    let mut c = CONSUMPTION_SHARE_2025 * 100.0;
    let mut gy_prev = GDP_GROWTH_2025;
    let mut decay = 1.0; // (1 − fade)^(t−2025)
    let mut rest_decay = 1.0; // (1 − REST_CONVERGENCE)^(t−2025)
    for i in 1..YEARS {
        decay *= 1.0 - p.property_fade;
        rest_decay *= 1.0 - REST_CONVERGENCE;
        let inv =
            p.property_long_run + (PROPERTY_INVESTMENT_GROWTH_2025 - p.property_long_run) * decay;
        let gp = p.pass_through * inv;
        let gn = p.new_growth;
        let g_inc = gy_prev;
        let gc = g_inc + p.confidence + p.wealth_effect * gp;

        let (nsh, rsh) = (n0 * n / y, r0 * r / y);
        contribution[i] = nsh * gn;
        let spill = p.spillover * contribution[i.saturating_sub(lag)] / rsh;
        let base = p.rest_long_run + (gr_2025 - p.rest_long_run) * rest_decay;
        let gr = base + spill + (c / (r0 * r)) * (gc - g_inc);

        n *= 1.0 + gn;
        pr *= 1.0 + gp;
        r *= 1.0 + gr;
        c *= 1.0 + gc;
        let y_new = n0 * n + p0 * pr + r0 * r;
        let gy = y_new / y - 1.0;
        y = y_new;
        gy_prev = gy;

        years[i] = FuturesYear {
            year: START_YEAR + i as i32,
            gdp_growth: gy,
            gdp_index: y,
            new_index: n,
            old_index: (p0 * pr + r0 * r) / (p0 + r0),
            property_index: pr,
            property_investment_growth: inv,
            consumption_growth: gc,
            consumption_share: c / y,
            new_share: n0 * n / y,
        };
    }
    FuturesPath {
        years,
        rest_growth_2025: gr_2025,
    }
}

/// Percentage points a year that the spillover adds to GDP growth in 2030:
/// `spillover × (new-economy contribution to growth, lag years earlier)`,
/// the term the model adds to the rest, weighted by the rest's share.
pub fn spillover_pp_2030(f: &FuturesParams) -> f64 {
    let p = simulate(f);
    let i = (2030 - START_YEAR) as usize;
    let j = i.saturating_sub(f.spillover_lag.round() as usize);
    let contribution = if j == 0 {
        f.new_share * NEW_ECONOMY_GROWTH_2025
    } else {
        p.years[j - 1].new_share * f.new_growth
    };
    f.spillover * contribution * 100.0
}

/// Years until the property drag (the gap to its long-run rate) halves:
/// `ln ½ / ln(1 − fade)`; `None` when it never fades.
pub fn half_life(fade: f64) -> Option<f64> {
    let v = 0.5f64.ln() / (1.0 - fade).ln();
    (fade > 0.0 && v.is_finite()).then_some(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_row_is_the_actuals() {
        for preset in Preset::ALL {
            let path = simulate(&preset.params());
            let y = path.years[0];
            assert_eq!(y.year, 2025);
            assert_eq!(y.gdp_growth, 0.050);
            assert_eq!(y.property_investment_growth, -0.172);
            assert_eq!(y.consumption_growth, 0.037);
            // The 2025 blocks add up to the actual GDP growth.
            let p = preset.params();
            let sum = p.new_share * NEW_ECONOMY_GROWTH_2025
                + p.property_share * p.pass_through * PROPERTY_INVESTMENT_GROWTH_2025
                + (1.0 - p.new_share - p.property_share) * path.rest_growth_2025;
            assert!((sum - 0.05).abs() < 1e-15);
        }
    }

    #[test]
    fn default_is_inside_the_2026_target_and_presets_in_range() {
        let path = simulate(&FuturesParams::default());
        let g = path.years[1].gdp_growth;
        assert!((0.045..=0.05).contains(&g), "2026 growth {g}");
        for preset in Preset::ALL {
            let p = preset.params();
            assert_eq!(p.clamped(), p, "{preset:?} outside slider ranges");
        }
        assert_eq!(Preset::BifurcatedRecovery.params().clamped().spillover, 0.0);
    }

    #[test]
    fn spec_defaults_match_default_struct() {
        let d = FuturesParams::default();
        for p in FuturesParam::ALL {
            let s = p.spec();
            assert_eq!(s.default, d.get(p), "{}", s.key);
            assert!(s.min <= s.default && s.default <= s.max);
            assert!(!s.source.is_empty() && !s.meaning.is_empty());
        }
    }

    #[test]
    fn spillover_and_half_life() {
        let a = FuturesParams::default();
        let more = FuturesParams {
            spillover: 0.5,
            ..a
        };
        assert!(spillover_pp_2030(&more) > spillover_pp_2030(&a));
        // Default spillover ≈ Goldman's 0.2–0.3 pp a year.
        let pp = spillover_pp_2030(&a);
        assert!((0.2..=0.35).contains(&pp), "{pp}");
        assert_eq!(half_life(0.0), None);
        assert!((half_life(0.5).unwrap() - 1.0).abs() < 1e-12);
    }
}
