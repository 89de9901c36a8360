//! `gap-upside`: "a factor of 15". What China's AI basket would gain if its
//! market value rose to a chosen share of the US figure (US unchanged), for
//! each published measure of the gap.

use super::kit::bars::{Bar, BarChart};
use super::kit::lines::Tone;
use crate::data::{self, Fact};
use crate::model::assumptions::{Assumptions, Param};
use crate::model::gap::BASKETS;
use crate::text::{fmt_param, fmt_signed_pct, gap_text, Lang};

/// The sliders of `gap-upside`.
pub const PARAMS: [Param; 1] = [Param::GapTarget];

/// The shipped rows behind the figure.
pub fn sources() -> Vec<&'static Fact> {
    BASKETS
        .iter()
        .filter_map(|b| data::FACTS.iter().find(|f| f.series == b.series))
        .collect()
}

/// Upside (percent) for each basket if its share moves to the target.
pub fn chart(a: &Assumptions, lang: Lang) -> BarChart {
    let t = gap_text(lang);
    let target = a.get(Param::GapTarget);
    let tones = [Tone::Primary, Tone::Third, Tone::Accent];
    let bars: Vec<Bar> = BASKETS
        .iter()
        .zip(tones)
        .map(|(b, tone)| {
            let up = b.upside_to(target).map(|u| u * 100.0);
            Bar {
                label: t.basket(b.key, b.china_share_of_us, lang),
                value: up.unwrap_or(f64::NAN),
                value_text: up.map_or_else(|| "—".to_string(), fmt_signed_pct),
                tone,
            }
        })
        .collect();
    let summary = t.summary(&bars, &fmt_param(Param::GapTarget, target, lang));
    BarChart::new(bars, None, summary)
        .showing(10.0)
        .in_unit(crate::charts::TableUnit::Percent)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::assumptions::Action;

    #[test]
    fn factor_of_fifteen_and_upsides() {
        let a = Assumptions::default();
        // 10 % target: 10/6.5 − 1 = +53.8 %, 10/8 − 1 = +25 %, Goldman already there.
        let c = chart(&a, Lang::En);
        assert_eq!(c.bars[0].value_text, "+53.8%");
        assert_eq!(c.bars[1].value_text, "+25.0%");
        assert_eq!(c.bars[2].value_text, "0.0%");
        let half = a.apply(Action::Set(Param::GapTarget, 0.5));
        assert!(chart(&half, Lang::En).bars[0].value > 600.0);
    }

    #[test]
    fn basket_shares_equal_the_rows() {
        let rows = sources();
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0].value, Some(6.5));
        assert_eq!(rows[1].value, Some(8.0));
        assert_eq!(rows[2].value, Some(10.0));
        for (b, f) in BASKETS.iter().zip(&rows) {
            let from_row = if f.unit == "x" {
                1.0 / f.value.unwrap()
            } else {
                f.value.unwrap() / 100.0
            };
            assert!((b.china_share_of_us - from_row).abs() < 1e-12, "{}", b.key);
        }
    }
}
