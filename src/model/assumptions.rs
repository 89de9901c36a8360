//! The reader's assumptions: the one state struct every slider writes to.
//!
//! Only inputs live here; everything shown is derived from them by pure
//! functions and never stored. Each parameter has a [`ParamSpec`] giving its
//! URL key, range, step, default and where the default comes from, so sliders,
//! URL parsing (clamping) and the "where does this come from" notes share one
//! table.

use super::decimal::write_shortest;
use super::futures::{FuturesParam, FuturesParams, Preset};
use super::valuation::TwoStage;
use super::Within;
use serde::{Deserialize, Serialize};

/// How a parameter's value is written for people.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// A decimal rate shown as a percentage (0.09 → "9.0 %").
    Percent,
    /// A count of years.
    Years,
    /// A count of trading days.
    Days,
    /// A multiple (× earnings).
    Multiple,
    /// A plain coefficient (0.15).
    Coefficient,
    /// US dollars per GPU-hour.
    UsdPerHour,
    /// Millions of GPU-hours.
    MillionHours,
}

/// One adjustable assumption. Grouped by the chapter that uses it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Param {
    /// `valuation`: earnings growth during the high-growth stage (decimal).
    GHigh,
    /// `valuation`: length of the high-growth stage (years).
    Years,
    /// `valuation`: cost of equity, both stages (decimal).
    Ke,
    /// `valuation`: growth for ever after the high-growth stage (decimal).
    GStable,
    /// `valuation`: payout ratio during the high-growth stage (decimal).
    PayoutHigh,
    /// `valuation`: payout ratio in the stable stage (decimal).
    PayoutStable,
    /// `valuation`: the P/E counted as "normal" (× forward earnings).
    PeTarget,
    /// `ai`: GPU-hours of the training run (millions).
    GpuHours,
    /// `ai`: rental price per GPU-hour (US$).
    GpuPrice,
    /// `robots`: annual earnings growth of the robotics sector (decimal).
    RobotsGrowth,
    /// `robots`: years of that growth at a constant price.
    RobotsYears,
    /// `margin`: minimum margin ratio, own deposit ÷ loan (decimal).
    MarginRatio,
    /// `margin`: the broker's forced-liquidation line, collateral ÷ debt (decimal).
    MarginLine,
    /// `margin`: annual volatility of the stock (decimal).
    MarginVol,
    /// `margin`: annual drift of the stock (decimal).
    MarginDrift,
    /// `margin`: horizon of the simulation (trading days).
    MarginDays,
    /// `gap`: China's AI market value as a share of the US figure after the
    /// gap narrows (decimal).
    GapTarget,
    /// `futures`: new-economy real growth a year (decimal).
    FutNewGrowth,
    /// `futures`: GDP lift per point of new-economy contribution.
    FutSpillover,
    /// `futures`: share of the property drag that fades each year.
    FutPropertyFade,
    /// `futures`: long-run property investment growth (decimal).
    FutPropertyLongRun,
    /// `futures`: consumption growth beyond income growth (decimal).
    FutConfidence,
    /// `futures`: consumption response to the property block.
    FutWealthEffect,
    /// `futures`: long-run growth of the rest of the economy (decimal).
    FutRestLongRun,
}

/// Range, step, default and provenance of a [`Param`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ParamSpec {
    /// Stable short name used in URLs and in the DOM (`data-assumption`).
    pub key: &'static str,
    /// Smallest allowed value (same unit as the field).
    pub min: f64,
    /// Largest allowed value.
    pub max: f64,
    /// Slider step.
    pub step: f64,
    /// Default value.
    pub default: f64,
    /// Display unit.
    pub unit: Unit,
    /// Where the default comes from: a data series name, or "assumption".
    pub source: &'static str,
}

const DAMODARAN: &str = "two_stage_pe_damodaran_example";
const ASSUMPTION: &str = "assumption";

const fn spec(
    key: &'static str,
    (min, max, step): (f64, f64, f64),
    default: f64,
    unit: Unit,
    source: &'static str,
) -> ParamSpec {
    ParamSpec {
        key,
        min,
        max,
        step,
        default,
        unit,
        source,
    }
}

/// A futures parameter's spec, from the model's own table.
const fn futures_spec(p: FuturesParam, unit: Unit) -> ParamSpec {
    let f = p.spec();
    ParamSpec {
        key: f.key,
        min: f.min,
        max: f.max,
        step: f.step,
        default: f.default,
        unit,
        source: f.source,
    }
}

impl Param {
    /// Number of parameters.
    pub const COUNT: usize = 24;

    /// Every parameter, in slider order (the order of the URL's keys and of
    /// [`Action::Load`]): the two-stage model's inputs, the other chapters',
    /// then the futures model's.
    pub const ALL: [Param; Param::COUNT] = Param::join::<17, 7, { Param::COUNT }>(
        Param::join::<6, 11, 17>(
            Param::TWO_STAGE,
            [
                Param::PeTarget,
                Param::GpuHours,
                Param::GpuPrice,
                Param::RobotsGrowth,
                Param::RobotsYears,
                Param::MarginRatio,
                Param::MarginLine,
                Param::MarginVol,
                Param::MarginDrift,
                Param::MarginDays,
                Param::GapTarget,
            ],
        ),
        Param::FUTURES_INPUTS,
    );

    /// The futures parameters the reader can move, with the model field each sets.
    pub const FUTURES: [(Param, FuturesParam); 7] = [
        (Param::FutNewGrowth, FuturesParam::NewGrowth),
        (Param::FutSpillover, FuturesParam::Spillover),
        (Param::FutPropertyFade, FuturesParam::PropertyFade),
        (Param::FutPropertyLongRun, FuturesParam::PropertyLongRun),
        (Param::FutConfidence, FuturesParam::Confidence),
        (Param::FutWealthEffect, FuturesParam::WealthEffect),
        (Param::FutRestLongRun, FuturesParam::RestLongRun),
    ];

    /// Every assumption [`Assumptions::two_stage`] reads, in slider order.
    pub const TWO_STAGE: [Param; 6] = [
        Param::GHigh,
        Param::Years,
        Param::Ke,
        Param::GStable,
        Param::PayoutHigh,
        Param::PayoutStable,
    ];

    /// Every assumption [`Assumptions::futures`] reads: the parameters of
    /// [`Param::FUTURES`], in its order.
    pub const FUTURES_INPUTS: [Param; 7] = {
        let mut out = [Param::GHigh; 7];
        let mut i = 0;
        while i < out.len() {
            out[i] = Param::FUTURES[i].0;
            i += 1;
        }
        out
    };

    /// `a` followed by `b`, for lists built from others in constants
    /// (`N` must be `A + B`, checked when the constant is evaluated).
    pub const fn join<const A: usize, const B: usize, const N: usize>(
        a: [Param; A],
        b: [Param; B],
    ) -> [Param; N] {
        assert!(A + B == N);
        let mut out = [Param::GHigh; N];
        let mut i = 0;
        while i < N {
            out[i] = if i < A { a[i] } else { b[i - A] };
            i += 1;
        }
        out
    }

    /// The parameter's range and default. Valuation defaults are Damodaran's
    /// worked example (methods_examples.csv), so the page opens on a
    /// published result; other defaults cite their data row or say
    /// "assumption".
    pub const fn spec(self) -> ParamSpec {
        let d = TwoStage::DAMODARAN_EXAMPLE;
        use Unit::*;
        match self {
            Param::GHigh => spec("g", (0.0, 0.6, 0.005), d.g_high, Percent, DAMODARAN),
            Param::Years => spec("n", (1.0, 20.0, 1.0), d.years as f64, Years, DAMODARAN),
            Param::Ke => spec("ke", (0.05, 0.16, 0.0025), d.ke_high, Percent, DAMODARAN),
            Param::GStable => spec("gs", (0.0, 0.06, 0.0025), d.g_stable, Percent, DAMODARAN),
            Param::PayoutHigh => spec("ph", (0.0, 1.0, 0.05), d.payout_high, Percent, DAMODARAN),
            Param::PayoutStable => {
                spec("ps", (0.1, 1.0, 0.05), d.payout_stable, Percent, DAMODARAN)
            }
            // CSI 300 IT index forward P/E (Bloomberg via Business Times).
            Param::PeTarget => spec(
                "pt",
                (10.0, 60.0, 1.0),
                32.0,
                Multiple,
                "csi300_it_index_pe_forward",
            ),
            // DeepSeek-V3: 2.788M H800-hours at an assumed US$2 (its tech report).
            Param::GpuHours => spec(
                "gh",
                (0.1, 30.0, 0.1),
                2.788,
                MillionHours,
                "deepseek_v3_total_gpu_hours",
            ),
            Param::GpuPrice => spec(
                "gp",
                (0.5, 8.0, 0.1),
                2.0,
                UsdPerHour,
                "deepseek_v3_rental_rate_assumed",
            ),
            Param::RobotsGrowth => spec("rg", (0.0, 0.6, 0.01), 0.25, Percent, ASSUMPTION),
            Param::RobotsYears => spec("ry", (1.0, 10.0, 1.0), 3.0, Years, ASSUMPTION),
            // 100 % from 2026-01-19 for new contracts (SSE notice, policy.csv).
            Param::MarginRatio => spec(
                "mr",
                (0.5, 1.5, 0.05),
                1.0,
                Percent,
                "margin_financing_min_margin_ratio",
            ),
            // 130 %: the "mainstream" broker line (calibration.csv).
            Param::MarginLine => spec(
                "ml",
                (1.1, 1.6, 0.05),
                1.3,
                Percent,
                "margin_liquidation_line_mainstream",
            ),
            // STAR 50 realised volatility was 29.8 % (2025) to 39.7 % (H1 2026).
            Param::MarginVol => spec(
                "mv",
                (0.05, 0.9, 0.01),
                0.35,
                Percent,
                "star50_realized_vol_annualized",
            ),
            Param::MarginDrift => spec("md", (-0.5, 0.5, 0.01), 0.0, Percent, ASSUMPTION),
            Param::MarginDays => spec("mh", (5.0, 250.0, 5.0), 60.0, Days, ASSUMPTION),
            // 10 %: Goldman's top-ten comparison (a 10× gap).
            Param::GapTarget => spec(
                "gt",
                (0.065, 0.5, 0.005),
                0.10,
                Percent,
                "us_to_china_tech_mcap_ratio",
            ),
            Param::FutNewGrowth => futures_spec(FuturesParam::NewGrowth, Percent),
            Param::FutSpillover => futures_spec(FuturesParam::Spillover, Coefficient),
            Param::FutPropertyFade => futures_spec(FuturesParam::PropertyFade, Percent),
            Param::FutPropertyLongRun => futures_spec(FuturesParam::PropertyLongRun, Percent),
            Param::FutConfidence => futures_spec(FuturesParam::Confidence, Percent),
            Param::FutWealthEffect => futures_spec(FuturesParam::WealthEffect, Coefficient),
            Param::FutRestLongRun => futures_spec(FuturesParam::RestLongRun, Percent),
        }
    }

    /// Position of this parameter in [`Param::ALL`].
    pub fn index(self) -> usize {
        Param::ALL.iter().position(|p| *p == self).unwrap_or(0)
    }

    /// The parameter whose URL key is `key`.
    pub fn from_key(key: &str) -> Option<Param> {
        Param::ALL.into_iter().find(|p| p.spec().key == key)
    }

    /// `value` limited to the parameter's range; a non-finite value gives the default.
    pub fn clamp(self, value: f64) -> f64 {
        let s = self.spec();
        if !value.is_finite() {
            return s.default;
        }
        let v = value.within(s.min, s.max);
        // Below 1e-5 the shortest text of an arbitrary float can need more
        // than 22 decimals, past what the URL parser reads exactly; no slider
        // step is that fine, so keep such values to 12 decimals (and the URL
        // round trip exact).
        if v.abs() < 1e-5 {
            (v * 1e12).round() / 1e12
        } else {
            v
        }
    }
}

/// Every assumption the reader can change, indexed by [`Param`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Assumptions {
    values: [f64; Param::COUNT],
}

impl Default for Assumptions {
    fn default() -> Self {
        Assumptions {
            values: Param::ALL.map(|p| p.spec().default),
        }
    }
}

/// A change the reader makes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Action {
    /// Set one parameter (clamped to its range).
    Set(Param, f64),
    /// Put every parameter of one chapter's figure back to its default.
    ResetMany(&'static [Param]),
    /// Load a futures preset (sets every futures parameter).
    Preset(Preset),
    /// Back to the defaults.
    Reset,
    /// Every value at once (each clamped), e.g. the state of an earlier
    /// history entry when the reader goes back.
    Load([f64; Param::COUNT]),
}

impl Assumptions {
    /// The state after `action`. Pure: effects (URL, storage) live elsewhere.
    pub fn apply(mut self, action: Action) -> Self {
        match action {
            Action::Set(p, v) => self.values[p.index()] = p.clamp(v),
            Action::ResetMany(ps) => ps
                .iter()
                .for_each(|p| self.values[p.index()] = p.spec().default),
            Action::Preset(preset) => {
                let f = preset.params();
                for (p, fp) in Param::FUTURES {
                    self.values[p.index()] = p.clamp(f.get(fp));
                }
            }
            Action::Reset => self = Self::default(),
            Action::Load(values) => {
                for p in Param::ALL {
                    self.values[p.index()] = p.clamp(values[p.index()]);
                }
            }
        }
        self
    }

    /// Every value, in [`Param::ALL`] order (for [`Action::Load`]).
    pub fn values(&self) -> [f64; Param::COUNT] {
        self.values
    }

    /// The futures model these assumptions describe: the model's defaults
    /// with the reader's futures parameters applied.
    pub fn futures(&self) -> FuturesParams {
        Param::FUTURES
            .iter()
            .fold(FuturesParams::default(), |f, (p, fp)| {
                f.with(*fp, self.get(*p))
            })
    }

    /// The preset whose values the futures parameters currently equal, if any.
    pub fn futures_preset(&self) -> Option<Preset> {
        Preset::ALL.into_iter().find(|preset| {
            let f = preset.params();
            Param::FUTURES
                .iter()
                .all(|(p, fp)| (self.get(*p) - f.get(*fp)).abs() < 1e-9)
        })
    }

    /// The values of `params`, in order: a cheap key for memoising what
    /// depends only on them.
    pub fn values_of(&self, params: &[Param]) -> Vec<f64> {
        params.iter().map(|p| self.get(*p)).collect()
    }

    /// Current value of a parameter.
    pub fn get(&self, p: Param) -> f64 {
        self.values[p.index()]
    }

    /// The two-stage model these assumptions describe (same cost of equity in
    /// both stages; years rounded to whole years).
    pub fn two_stage(&self) -> TwoStage {
        TwoStage {
            payout_high: self.get(Param::PayoutHigh),
            g_high: self.get(Param::GHigh),
            years: self.get(Param::Years).round().within(0.0, 1000.0) as u32,
            ke_high: self.get(Param::Ke),
            payout_stable: self.get(Param::PayoutStable),
            g_stable: self.get(Param::GStable),
            ke_stable: self.get(Param::Ke),
        }
    }
}

/// What [`Assumptions::from_query`] could not use, for a quiet note in the
/// console: unknown keys and values that are not numbers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Ignored {
    /// `key=value` pairs that were skipped, as found (truncated to 40 chars).
    pub pairs: Vec<String>,
}

impl Assumptions {
    /// The query string (without `?`) holding only the assumptions that differ
    /// from the defaults, in [`Param::ALL`] order: `g=0.25&ke=0.1`. Empty when
    /// everything is at its default.
    pub fn to_query(&self) -> String {
        Param::ALL
            .iter()
            .filter(|p| self.get(**p) != p.spec().default)
            .map(|p| format!("{}={}", p.spec().key, write_shortest(self.get(*p))))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// The values that differ from the defaults as `key:value` pairs joined by
    /// `,` (`g:0.3,ke:0.1`): scenario A's value in the URL key `a`.
    pub fn to_compact(&self) -> String {
        self.to_query().replace('=', ":").replace('&', ",")
    }

    /// Scenario A from an untrusted `a=` value written by [`to_compact`](Self::to_compact):
    /// as tolerant as [`from_query`](Self::from_query) (bad pairs ignored,
    /// values clamped); never panics.
    pub fn from_compact(text: &str) -> (Assumptions, Ignored) {
        Assumptions::from_query(&text.replace(':', "=").replace(',', "&"), &[])
    }

    /// The link that reopens these assumptions on the page at `base` (origin
    /// and path): the values that differ from the defaults, and the language
    /// (its `?lang=` value), e.g. `https://x.org/te/?g=0.3&lang=zh`.
    pub fn link(&self, base: &str, lang: &str) -> String {
        let query = self.to_query();
        let sep = if query.is_empty() { "" } else { "&" };
        format!("{base}?{query}{sep}lang={lang}")
    }

    /// Assumptions from an untrusted query string (with or without `?`).
    ///
    /// Tolerant by design: each `key=value` pair is judged on its own, so one
    /// bad pair never discards the others. Unknown keys and values that do not
    /// parse as finite numbers are skipped and reported in [`Ignored`]; values
    /// out of range are clamped; a repeated key keeps its last valid value.
    /// Keys the app handles elsewhere (`lang`, `embed`, …) are left alone and
    /// not reported. Never panics.
    pub fn from_query(query: &str, elsewhere: &[&str]) -> (Assumptions, Ignored) {
        let mut a = Assumptions::default();
        let mut ignored = Ignored::default();
        for pair in query
            .trim_start_matches('?')
            .split('&')
            .filter(|p| !p.is_empty())
        {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            if elsewhere.contains(&key) {
                continue;
            }
            match (Param::from_key(key), super::decimal::parse_decimal(value)) {
                (Some(p), Some(v)) if v.is_finite() => a.values[p.index()] = p.clamp(v),
                _ => ignored.pairs.push(pair.chars().take(40).collect()),
            }
        }
        (a, ignored)
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn tiny_values_round_trip_through_the_url() {
        // Found by the round-trip property test: -4.337e-7 came back as -4.34e-7.
        for v in [-4.337_123_456_789_012e-7, 3.3e-9, -1e-13, 9.999_999_999e-6] {
            let p = Param::MarginDrift;
            let a = Assumptions::default().apply(Action::Set(p, v));
            let (b, ignored) = Assumptions::from_query(&a.to_query(), &[]);
            assert!(ignored.pairs.is_empty());
            assert_eq!(a, b, "{v:e}");
        }
    }

    #[test]
    fn load_sets_every_value_clamped() {
        let a = Assumptions::default().apply(Action::Set(Param::GHigh, 0.3));
        let mut vs = a.values();
        assert_eq!(Assumptions::default().apply(Action::Load(vs)), a);
        vs[Param::Ke.index()] = 99.0;
        vs[Param::GHigh.index()] = f64::NAN;
        vs[Param::Years.index()] = f64::INFINITY;
        let b = Assumptions::default().apply(Action::Load(vs));
        assert_eq!(b.get(Param::Ke), Param::Ke.spec().max);
        assert_eq!(b.get(Param::GHigh), Param::GHigh.spec().default);
        assert_eq!(b.get(Param::Years), Param::Years.spec().default);
    }

    #[test]
    fn scenario_a_round_trips_through_its_compact_form() {
        let a = Assumptions::default()
            .apply(Action::Set(Param::GHigh, 0.3))
            .apply(Action::Set(Param::Ke, 0.1));
        assert_eq!(a.to_compact(), "g:0.3,ke:0.1");
        assert_eq!(Assumptions::from_compact(&a.to_compact()).0, a);
        assert_eq!(Assumptions::from_compact("").0, Assumptions::default());
        let (b, ignored) = Assumptions::from_compact("g:9,zz:1,ke:x,<b>");
        assert_eq!(b.get(Param::GHigh), Param::GHigh.spec().max);
        assert_eq!(ignored.pairs.len(), 3);
    }

    #[test]
    fn the_link_carries_the_changed_assumptions_and_the_language() {
        let a = Assumptions::default().apply(Action::Set(Param::GHigh, 0.3));
        let url = a.link("https://example.org/te/", "zh");
        assert_eq!(url, "https://example.org/te/?g=0.3&lang=zh");
        let (b, ignored) = Assumptions::from_query(url.split_once('?').unwrap().1, &["lang"]);
        assert_eq!(b, a);
        assert!(ignored.pairs.is_empty());
        assert_eq!(
            Assumptions::default().link("file:///x.html", "en"),
            "file:///x.html?lang=en"
        );
    }

    use super::*;

    #[test]
    fn defaults_are_the_worked_example() {
        assert_eq!(
            Assumptions::default().two_stage(),
            TwoStage::DAMODARAN_EXAMPLE
        );
    }

    #[test]
    fn set_clamps_and_rejects_non_finite() {
        let a = Assumptions::default().apply(Action::Set(Param::GHigh, 9.0));
        assert_eq!(a.get(Param::GHigh), 0.6);
        let a = a.apply(Action::Set(Param::Ke, f64::NAN));
        assert_eq!(a.get(Param::Ke), Param::Ke.spec().default);
        let b = a.clone().apply(Action::ResetMany(&[Param::GHigh]));
        assert_eq!(b.get(Param::GHigh), Param::GHigh.spec().default);
        assert_eq!(a.apply(Action::Reset), Assumptions::default());
    }

    #[test]
    fn specs_are_consistent() {
        let mut keys = std::collections::HashSet::new();
        for (i, p) in Param::ALL.into_iter().enumerate() {
            let s = p.spec();
            assert_eq!(p.index(), i);
            assert!(keys.insert(s.key), "duplicate key {}", s.key);
            assert_eq!(Param::from_key(s.key), Some(p));
            assert!(s.min <= s.default && s.default <= s.max, "{p:?}");
            assert!(s.step > 0.0 && s.step <= s.max - s.min, "{p:?}");
            // A slider can land exactly on the default.
            let k = (s.default - s.min) / s.step;
            assert!(
                (k - k.round()).abs() < 1e-6 || p == Param::GpuHours,
                "{p:?} default off-step"
            );
        }
    }

    #[test]
    fn query_holds_only_changes_and_round_trips() {
        assert_eq!(Assumptions::default().to_query(), "");
        let a = Assumptions::default()
            .apply(Action::Set(Param::GHigh, 0.25))
            .apply(Action::Set(Param::MarginDays, 120.0));
        assert_eq!(a.to_query(), "g=0.25&mh=120");
        assert_eq!(
            Assumptions::from_query(&a.to_query(), &[]),
            (a, Ignored::default())
        );
    }

    #[test]
    fn hostile_queries_keep_the_valid_keys() {
        let (a, ignored) = Assumptions::from_query(
            "?g=0.3&ke=NaN&n=1e309&gs=abc&evil=<script>&pt=9999&g=&&=&lang=zh",
            &["lang"],
        );
        assert_eq!(
            a.get(Param::GHigh),
            0.3,
            "a bad later g does not discard the good one"
        );
        assert_eq!(a.get(Param::Ke), Param::Ke.spec().default);
        assert_eq!(
            a.get(Param::Years),
            Param::Years.spec().default,
            "1e309 is infinite: ignored"
        );
        assert_eq!(a.get(Param::PeTarget), 60.0, "clamped");
        assert_eq!(ignored.pairs.len(), 6, "{ignored:?}");
    }

    #[test]
    fn presets_load_exactly_and_are_recognised() {
        for preset in Preset::ALL {
            let a = Assumptions::default().apply(Action::Preset(preset));
            assert_eq!(a.futures_preset(), Some(preset));
            assert_eq!(a.futures(), preset.params(), "{preset:?}");
        }
        assert_eq!(Assumptions::default().futures(), FuturesParams::default());
    }

    #[test]
    fn cited_defaults_match_their_rows() {
        use crate::data;
        let check = |p: Param, year: i32, scale: f64| {
            let f = data::fact(p.spec().source, year)
                .unwrap_or_else(|| panic!("{p:?}: row not shipped"));
            assert!(
                (f.value.unwrap() * scale - p.spec().default).abs() < 1e-9,
                "{p:?}"
            );
        };
        check(Param::PeTarget, 2025, 1.0);
        check(Param::GpuHours, 2024, 1.0);
        check(Param::GpuPrice, 2024, 1.0);
        check(Param::MarginRatio, 2026, 0.01);
    }
}
