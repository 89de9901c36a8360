//! `ai-cost`: the training-cost calculator. GPU-hours × price per hour for
//! the reader's run, beside DeepSeek-V3 as reported and other runs priced
//! at the reader's rate.

use super::kit::bars::{Bar, BarChart, BarRef};
use super::kit::lines::Tone;
use crate::data::{self, Fact};
use crate::model::ai::{training_cost_usd, DEEPSEEK_V3_REPORTED_COST_USD, REFERENCE_RUNS};
use crate::model::assumptions::{Assumptions, Param};
use crate::text::{ai_text, fmt_usd, Lang};

/// The sliders of `ai-cost`.
pub const PARAMS: [Param; 2] = [Param::GpuHours, Param::GpuPrice];

/// Rows the figure cites.
pub const ROWS: [(&str, i32); 3] = [
    ("deepseek_v3_total_gpu_hours", 2024),
    ("deepseek_v3_rental_rate_assumed", 2024),
    ("deepseek_v3_training_cost", 2024),
];

/// The shipped rows behind the figure.
pub fn sources() -> Vec<&'static Fact> {
    ROWS.iter().filter_map(|(s, y)| data::fact(s, *y)).collect()
}

/// Cost of the reader's run in US$: GPU-hours (slider in millions) × price.
pub fn your_cost(a: &Assumptions) -> Option<f64> {
    training_cost_usd(a.get(Param::GpuHours) * 1e6, a.get(Param::GpuPrice))
}

/// The figure's bars (US$ millions) for the current assumptions.
pub fn chart(a: &Assumptions, lang: Lang) -> BarChart {
    let t = ai_text(lang);
    let price = a.get(Param::GpuPrice);
    let m = |usd: Option<f64>| usd.map_or(f64::NAN, |u| u / 1e6);
    let bar = |label: String, usd: Option<f64>, tone| Bar {
        label,
        value: m(usd),
        value_text: fmt_usd(usd, lang),
        tone,
    };
    let bars = vec![
        bar(t.your_run.to_string(), your_cost(a), Tone::Primary),
        bar(
            t.v3_reported.to_string(),
            Some(DEEPSEEK_V3_REPORTED_COST_USD),
            Tone::Muted,
        ),
        bar(
            t.run_label(REFERENCE_RUNS[1].key).to_string(),
            REFERENCE_RUNS[1].cost_usd(price),
            Tone::Third,
        ),
        bar(
            t.run_label(REFERENCE_RUNS[2].key).to_string(),
            REFERENCE_RUNS[2].cost_usd(price),
            Tone::Accent,
        ),
    ];
    let summary = t.summary(&bars);
    let reported = DEEPSEEK_V3_REPORTED_COST_USD / 1e6;
    BarChart::new(
        bars,
        Some(BarRef {
            value: reported,
            label: t.reported_line.to_string(),
        }),
        summary,
    )
    .in_unit(crate::charts::TableUnit::MillionUsd)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::assumptions::Action;

    #[test]
    fn defaults_reproduce_the_reported_cost() {
        let a = Assumptions::default();
        let c = chart(&a, Lang::En);
        assert!((c.bars[0].value - 5.576).abs() < 1e-9);
        let f = data::fact("deepseek_v3_training_cost", 2024).unwrap();
        assert_eq!(f.value, Some(5.576));
    }

    #[test]
    fn cost_scales_with_hours_and_price() {
        let a = Assumptions::default().apply(Action::Set(Param::GpuPrice, 4.0));
        assert!((your_cost(&a).unwrap() - 2.0 * DEEPSEEK_V3_REPORTED_COST_USD).abs() < 1e-3);
        let c = chart(&a, Lang::En);
        assert!((c.bars[3].value - 30.84 * 4.0).abs() < 1e-9);
    }
}
