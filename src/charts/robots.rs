//! `robots-pe`: what is priced in. The robotics sector's forward P/E against
//! the CSI 300 IT index, and what years of earnings growth at a constant
//! price would do to it.

use super::kit::bars::{Bar, BarChart, BarRef};
use super::kit::lines::Tone;
use crate::data::{self, Fact};
use crate::model::assumptions::{Assumptions, Param};
use crate::model::valuation::{pe_after, years_to_pe};
use crate::text::{fmt_multiple, fmt_param, robots_text, Lang};

/// The sliders of `robots-pe`.
pub const PARAMS: [Param; 2] = [Param::RobotsGrowth, Param::RobotsYears];

/// (series, year) of the rows the figure shows.
pub const ROWS: [(&str, i32); 3] = [
    ("china_robotics_sector_pe_forward", 2025),
    ("csi300_it_index_pe_forward", 2025),
    ("cambricon_forward_pe_2026e_derived", 2026),
];

fn value(i: usize) -> f64 {
    data::fact(ROWS[i].0, ROWS[i].1)
        .and_then(|f| f.value)
        .unwrap_or(f64::NAN)
}

/// The shipped rows behind the figure.
pub fn sources() -> Vec<&'static Fact> {
    ROWS.iter().filter_map(|(s, y)| data::fact(s, *y)).collect()
}

/// The figure's bars for the current assumptions.
pub fn chart(a: &Assumptions, lang: Lang) -> BarChart {
    let t = robots_text(lang);
    let (robots, it, cambricon) = (value(0), value(1), value(2));
    let (g, n) = (
        a.get(Param::RobotsGrowth),
        a.get(Param::RobotsYears).round(),
    );
    let after = pe_after(robots, g, n).unwrap_or(f64::NAN);
    let bar = |label: String, v: f64, tone| Bar {
        label,
        value: v,
        value_text: fmt_multiple(Some(v), lang),
        tone,
    };
    let bars = vec![
        bar(t.cambricon.to_string(), cambricon, Tone::Muted),
        bar(t.robots.to_string(), robots, Tone::Primary),
        bar(
            t.after(
                &fmt_param(Param::RobotsYears, n, lang),
                &fmt_param(Param::RobotsGrowth, g, lang),
            ),
            after,
            Tone::Third,
        ),
        bar(t.it.to_string(), it, Tone::Accent),
    ];
    let summary = t.summary(&bars, years_to_pe(robots, g, it));
    BarChart::new(
        bars,
        Some(BarRef {
            value: it,
            label: format!("{} {}", t.it_short, fmt_multiple(Some(it), lang)),
        }),
        summary,
    )
    .in_unit(crate::charts::TableUnit::Multiple)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::assumptions::Action;

    #[test]
    fn bars_equal_rows_and_growth_shrinks_the_multiple() {
        let a = Assumptions::default();
        let c = chart(&a, Lang::En);
        assert_eq!(c.bars[0].value, 105.5);
        assert_eq!(c.bars[1].value, 58.0);
        assert_eq!(c.bars[3].value, 32.0);
        // 58 / 1.25^3 = 29.7
        assert!((c.bars[2].value - 58.0 / 1.25f64.powi(3)).abs() < 1e-9);
        let slower = chart(
            &a.clone().apply(Action::Set(Param::RobotsGrowth, 0.05)),
            Lang::En,
        );
        assert!(slower.bars[2].value > c.bars[2].value);
    }
}
