//! The reader's assumptions: the one state struct every slider writes to.
//!
//! Only inputs live here; everything shown is derived from them by pure
//! functions and never stored. Each parameter has a [`ParamSpec`] giving its
//! range, step, default and where the default comes from, so sliders, URL
//! parsing (clamping) and the "where does this come from" notes share one table.

use super::valuation::TwoStage;
use serde::{Deserialize, Serialize};

/// How a parameter's value is written for people.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// A decimal rate shown as a percentage (0.09 → "9.0 %").
    Percent,
    /// A count of years.
    Years,
}

/// One adjustable assumption.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Param {
    /// Earnings growth during the high-growth stage (decimal).
    GHigh,
    /// Length of the high-growth stage (years).
    Years,
    /// Cost of equity, both stages (decimal).
    Ke,
    /// Growth for ever after the high-growth stage (decimal).
    GStable,
    /// Payout ratio during the high-growth stage (decimal).
    PayoutHigh,
    /// Payout ratio in the stable stage (decimal).
    PayoutStable,
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
    /// Where the default comes from (a data row), or "assumption".
    pub source: &'static str,
}

const DAMODARAN: &str = "two_stage_pe_damodaran_example";

impl Param {
    /// Every parameter, in slider order.
    pub const ALL: [Param; 6] = [
        Param::GHigh,
        Param::Years,
        Param::Ke,
        Param::GStable,
        Param::PayoutHigh,
        Param::PayoutStable,
    ];

    /// The parameter's range and default. Defaults are Damodaran's worked
    /// example (methods_examples.csv), so the page opens on a published result.
    pub const fn spec(self) -> ParamSpec {
        let d = TwoStage::DAMODARAN_EXAMPLE;
        match self {
            Param::GHigh => ParamSpec {
                key: "g",
                min: 0.0,
                max: 0.6,
                step: 0.005,
                default: d.g_high,
                unit: Unit::Percent,
                source: DAMODARAN,
            },
            Param::Years => ParamSpec {
                key: "n",
                min: 1.0,
                max: 20.0,
                step: 1.0,
                default: d.years as f64,
                unit: Unit::Years,
                source: DAMODARAN,
            },
            Param::Ke => ParamSpec {
                key: "ke",
                min: 0.05,
                max: 0.16,
                step: 0.0025,
                default: d.ke_high,
                unit: Unit::Percent,
                source: DAMODARAN,
            },
            Param::GStable => ParamSpec {
                key: "gs",
                min: 0.0,
                max: 0.06,
                step: 0.0025,
                default: d.g_stable,
                unit: Unit::Percent,
                source: DAMODARAN,
            },
            Param::PayoutHigh => ParamSpec {
                key: "ph",
                min: 0.0,
                max: 1.0,
                step: 0.05,
                default: d.payout_high,
                unit: Unit::Percent,
                source: DAMODARAN,
            },
            Param::PayoutStable => ParamSpec {
                key: "ps",
                min: 0.1,
                max: 1.0,
                step: 0.05,
                default: d.payout_stable,
                unit: Unit::Percent,
                source: DAMODARAN,
            },
        }
    }

    /// `value` limited to the parameter's range; a non-finite value gives the default.
    pub fn clamp(self, value: f64) -> f64 {
        let s = self.spec();
        if value.is_finite() {
            value.clamp(s.min, s.max)
        } else {
            s.default
        }
    }
}

/// Every assumption the reader can change.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Assumptions {
    /// High-stage earnings growth, decimal, 0–0.6.
    pub g_high: f64,
    /// High-growth years, 1–20 (whole years).
    pub years: f64,
    /// Cost of equity, decimal, 0.05–0.16.
    pub ke: f64,
    /// Stable growth, decimal, 0–0.06.
    pub g_stable: f64,
    /// High-stage payout, decimal, 0–1.
    pub payout_high: f64,
    /// Stable payout, decimal, 0.1–1.
    pub payout_stable: f64,
}

impl Default for Assumptions {
    fn default() -> Self {
        let mut a = Assumptions {
            g_high: 0.0,
            years: 0.0,
            ke: 0.0,
            g_stable: 0.0,
            payout_high: 0.0,
            payout_stable: 0.0,
        };
        for p in Param::ALL {
            *a.field_mut(p) = p.spec().default;
        }
        a
    }
}

/// A change the reader makes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Action {
    /// Set one parameter (clamped to its range).
    Set(Param, f64),
    /// Back to the defaults.
    Reset,
}

impl Assumptions {
    /// The state after `action`. Pure: effects (URL, storage) live elsewhere.
    pub fn apply(mut self, action: Action) -> Self {
        match action {
            Action::Set(p, v) => *self.field_mut(p) = p.clamp(v),
            Action::Reset => self = Self::default(),
        }
        self
    }

    /// Current value of a parameter.
    pub fn get(&self, p: Param) -> f64 {
        match p {
            Param::GHigh => self.g_high,
            Param::Years => self.years,
            Param::Ke => self.ke,
            Param::GStable => self.g_stable,
            Param::PayoutHigh => self.payout_high,
            Param::PayoutStable => self.payout_stable,
        }
    }

    fn field_mut(&mut self, p: Param) -> &mut f64 {
        match p {
            Param::GHigh => &mut self.g_high,
            Param::Years => &mut self.years,
            Param::Ke => &mut self.ke,
            Param::GStable => &mut self.g_stable,
            Param::PayoutHigh => &mut self.payout_high,
            Param::PayoutStable => &mut self.payout_stable,
        }
    }

    /// The two-stage model these assumptions describe (same cost of equity in
    /// both stages; years rounded to whole years).
    pub fn two_stage(&self) -> TwoStage {
        TwoStage {
            payout_high: self.payout_high,
            g_high: self.g_high,
            years: self.years.round().clamp(0.0, 1000.0) as u32,
            ke_high: self.ke,
            payout_stable: self.payout_stable,
            g_stable: self.g_stable,
            ke_stable: self.ke,
        }
    }
}

#[cfg(test)]
mod tests {
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
        assert_eq!(a.g_high, 0.6);
        let a = a.apply(Action::Set(Param::Ke, f64::NAN));
        assert_eq!(a.ke, Param::Ke.spec().default);
        assert_eq!(a.apply(Action::Reset), Assumptions::default());
    }

    #[test]
    fn defaults_lie_inside_their_ranges() {
        for p in Param::ALL {
            let s = p.spec();
            assert!(s.min <= s.default && s.default <= s.max, "{p:?}");
            assert!(s.step > 0.0 && s.step <= s.max - s.min, "{p:?}");
        }
    }
}
