//! `valuation-pe`: how the justified P/E responds to high-stage growth, with
//! the market's forward P/E for Cambricon marked.
//!
//! The curve is on the forward basis (price ÷ next year's earnings) so that it
//! is comparable with the market's forward multiple.

use super::kit::lines::{draw_axes, Frame, Layout};
use super::kit::paint::nice_ceil;
use super::kit::paint::{draw_on, Anchor, Drawn, Painted, Painter};
use super::ChartStyle;
use crate::charts::kit::lines::{AxisFormat, Line, LineChart, Marker, Tone};
use crate::data::{self, rows};
use crate::model::assumptions::{Assumptions, Param};
use crate::model::valuation::{
    implied_growth_forward, justified_forward_pe, years_to_pe, ImpliedError,
};
use crate::model::Within;
use crate::text::{fmt_multiple, fmt_pct, strings, valuation_pe_summary, valuation_text, Lang};
use plotters_backend::DrawingBackend;

/// The sliders of `valuation-pe`, in order: every input of the two-stage
/// model.
pub const PE_PARAMS: [Param; 6] = Param::TWO_STAGE;

/// Every assumption `valuation-implied` reads: the two-stage model's inputs
/// and the "normal" P/E.
pub const IMPLIED_INPUTS: [Param; 7] = Param::join(Param::TWO_STAGE, [Param::PeTarget]);

/// The sliders of `valuation-implied`.
pub const IMPLIED_PARAMS: [Param; 3] = [Param::PeTarget, Param::Years, Param::Ke];

/// Growth range of the `valuation-implied` x axis (decimal a year); the top
/// widens (up to 200 %) to show the market-implied growth.
pub const IMPLIED_X: (f64, f64) = (0.05, 0.6);
/// Longest wait the `valuation-implied` y axis shows (years).
pub const IMPLIED_Y_MAX: f64 = 30.0;

/// The high-stage growth at which the two-stage model justifies the market's
/// forward P/E for Cambricon, with every other assumption as set (reverse DCF).
pub fn market_implied_growth(a: &Assumptions) -> Result<f64, ImpliedError> {
    implied_growth_forward(data::value(rows::CAMBRICON_FORWARD_PE), &a.two_stage())
}

/// `valuation-implied`: years until the market's forward P/E falls to the
/// "normal" P/E at a constant price, against earnings growth, with the
/// growth the market implies (reverse DCF) marked.
pub fn implied_chart(a: &Assumptions, lang: Lang) -> LineChart {
    let t = valuation_text(lang);
    let market = data::value(rows::CAMBRICON_FORWARD_PE);
    let target = a.get(Param::PeTarget);
    let implied = market_implied_growth(a).ok();
    // Widen the growth axis when the market implies more than it shows.
    let x_hi = implied.map_or(IMPLIED_X.1, |g| {
        ((g * 1.15 * 10.0).ceil() / 10.0).within(IMPLIED_X.1, 2.0)
    });
    let steps = 111;
    let points: Vec<(f64, f64)> = (0..steps)
        .map(|i| IMPLIED_X.0 + (x_hi - IMPLIED_X.0) * i as f64 / (steps - 1) as f64)
        .filter_map(|g| years_to_pe(market, g, target).map(|n| (g, n.min(IMPLIED_Y_MAX))))
        .collect();
    let at = implied.and_then(|g| years_to_pe(market, g, target).map(|n| (g, n)));
    let markers = at
        .filter(|(g, _)| (IMPLIED_X.0..=x_hi).contains(g))
        .map(|(g, n)| Marker {
            at: (g, n.min(IMPLIED_Y_MAX)),
            label: t.implied_marker(g, n),
            tone: Tone::Accent,
        })
        .into_iter()
        .collect();
    let summary = t.implied_summary(market, target, implied, at.map(|x| x.1));
    LineChart {
        lines: vec![Line {
            label: String::new(),
            points,
            tone: Tone::Primary,
            dashed: false,
            width: 2.5,
        }],
        refs: vec![],
        markers,
        x_range: (IMPLIED_X.0, x_hi),
        y_range: (0.0, IMPLIED_Y_MAX),
        x_format: AxisFormat::Rate,
        y_format: AxisFormat::Integer,
        x_title: t.implied_x.to_string(),
        y_title: t.implied_y.to_string(),
        summary,
        compare: Vec::new(),
    }
}

/// Points on the growth axis: every 0.5 percentage point over the slider range.
const CURVE_POINTS: usize = 121;

/// Everything `draw` needs, computed once per state change.
#[derive(Clone, Debug, PartialEq)]
pub struct ValuationPe {
    /// (high-stage growth, justified forward P/E), clipped to `y_max`; empty
    /// when the model has no finite value.
    pub curve: Vec<(f64, f64)>,
    /// The reader's assumptions on the curve, if finite.
    pub current: Option<(f64, f64)>,
    /// Market forward P/E (Cambricon, 2026E), from the data.
    pub market_pe: f64,
    /// Growth range of the x axis (the slider's range).
    pub x_range: (f64, f64),
    /// Top of the y axis.
    pub y_max: f64,
    /// High-stage growth at which the curve meets the market line, if it does
    /// within the range (linear interpolation between curve points).
    pub crossing: Option<f64>,
    /// Language of the labels.
    pub lang: Lang,
    /// Scenario A's curve and point, when the reader keeps one to compare.
    pub a_curve: Vec<(f64, f64)>,
    /// Scenario A's point on its curve.
    pub a_current: Option<(f64, f64)>,
    /// A/B difference rows (what, A, B) once scenario A is overlaid.
    pub compare: Vec<(String, String, String)>,
}

impl ValuationPe {
    /// Builds the figure's data from the assumptions: the justified forward P/E
    /// at each growth rate with every other assumption held.
    pub fn new(a: &Assumptions, lang: Lang) -> Self {
        let spec = Param::GHigh.spec();
        let base = a.two_stage();
        let market_pe = data::value(rows::CAMBRICON_FORWARD_PE);
        let current = justified_forward_pe(&base).map(|pe| (a.get(Param::GHigh), pe));
        // Room for the market line and the reader's point, but never so much
        // that the market line is squashed flat by an extreme assumption.
        let want = current
            .map_or(0.0, |(_, pe)| pe * 1.15)
            .min(market_pe * 4.0);
        let y_max = nice_ceil(want.max(market_pe * 1.3));

        let mut curve = Vec::with_capacity(CURVE_POINTS);
        let mut crossing = None;
        for i in 0..CURVE_POINTS {
            let g = spec.min + (spec.max - spec.min) * i as f64 / (CURVE_POINTS - 1) as f64;
            let Some(pe) =
                justified_forward_pe(&crate::model::valuation::TwoStage { g_high: g, ..base })
            else {
                break;
            };
            if let Some(&(g0, pe0)) = curve.last() {
                if crossing.is_none() && pe0 < market_pe && pe >= market_pe {
                    crossing = Some(g0 + (g - g0) * (market_pe - pe0) / (pe - pe0));
                }
                if pe > y_max {
                    // Stop at the top edge instead of drawing off the chart.
                    curve.push((g0 + (g - g0) * (y_max - pe0) / (pe - pe0), y_max));
                    break;
                }
            }
            curve.push((g, pe.min(y_max)));
        }
        ValuationPe {
            curve,
            current,
            market_pe,
            x_range: (spec.min, spec.max),
            y_max,
            crossing,
            lang,
            a_curve: Vec::new(),
            a_current: None,
            compare: Vec::new(),
        }
    }
}

impl super::Chart for ValuationPe {
    fn draw<DB: DrawingBackend>(&self, db: &mut DB, style: &ChartStyle) -> Drawn<DB> {
        draw_on(db, style.scale, |p| paint(p, self, style))
    }

    fn summary(&self) -> String {
        valuation_pe_summary(
            self.lang,
            &self.curve,
            self.current,
            self.market_pe,
            self.crossing,
        )
    }

    fn overlay(&mut self, a: &Self, lang: Lang) {
        if a.curve == self.curve && a.current == self.current {
            return;
        }
        let t = strings(lang);
        self.a_curve = a.curve.clone();
        self.a_current = a.current;
        let pe = |c: Option<(f64, f64)>| fmt_multiple(c.map(|c| c.1), lang);
        self.compare.push((
            t.legend_current.to_string(),
            pe(a.current),
            pe(self.current),
        ));
    }

    fn compare_rows(&self) -> Vec<(String, String, String)> {
        self.compare.clone()
    }

    fn table_unit(&self) -> crate::charts::TableUnit {
        crate::charts::TableUnit::Multiple
    }

    fn table(&self) -> Vec<(String, String, f64)> {
        let t = strings(self.lang);
        let x = super::position_text;
        let mut rows: Vec<(String, String, f64)> = self
            .curve
            .iter()
            .map(|&(g, pe)| (t.legend_justified.to_string(), x(g), pe))
            .collect();
        if let Some((g, pe)) = self.current {
            rows.push((t.legend_current.to_string(), x(g), pe));
        }
        let market = t.legend_market.trim_end_matches(['≈', ' ', '约']);
        rows.push((market.to_string(), String::new(), self.market_pe));
        rows
    }

    fn offers_readouts(&self) -> bool {
        // The same filter as `readouts`.
        self.curve
            .iter()
            .step_by(10)
            .any(|(_, pe)| *pe < self.y_max)
    }

    fn readouts(&self, width: f64, height: f64) -> Vec<(f64, String)> {
        // Same geometry as `draw`.
        let l = Layout::new(width, height, 0.0);
        let (left, right) = (l.left, l.right);
        let span = self.x_range.1 - self.x_range.0;
        self.curve
            .iter()
            .step_by(10) // every 5 percentage points of growth
            .filter(|(_, pe)| *pe < self.y_max)
            .map(|&(g, pe)| {
                let x = left + (g - self.x_range.0) / span * (right - left);
                (
                    x,
                    format!("{}: {}", fmt_pct(g, 0), fmt_multiple(Some(pe), self.lang)),
                )
            })
            .collect()
    }
}

/// Paints `valuation-pe`.
pub fn paint(p: &mut Painter<'_>, input: &ValuationPe, style: &ChartStyle) -> Painted {
    let pal = style.palette;
    let t = strings(input.lang);
    p.fill(pal.background)?;
    let (w, h) = p.size();
    let f = Frame {
        l: Layout::new(w, h, 0.0),
        x: input.x_range,
        y: (0.0, input.y_max),
    };
    let l = f.l;
    draw_axes(
        p,
        &f,
        (AxisFormat::Rate, AxisFormat::Integer),
        (t.axis_growth, t.axis_pe),
        &pal,
    )?;
    // Market line, labelled directly (no legend box to cover the data).
    let (_, my) = f.at((0.0, input.market_pe));
    p.line(
        &[(l.left, my), (l.right, my)],
        pal.accent,
        2.0,
        Some((8.0, 5.0)),
    )?;
    let label = format!(
        "{}{}",
        t.legend_market,
        fmt_multiple(Some(input.market_pe), input.lang)
    );
    let lx = l.left + (l.right - l.left) * 0.02;
    p.text(&label, (lx, my - 5.0), 12.5, pal.accent, Anchor::BottomLeft)?;

    if !input.a_curve.is_empty() {
        let ghost: Vec<(f64, f64)> = input.a_curve.iter().map(|&pt| f.at(pt)).collect();
        p.line(&ghost, pal.muted, 1.5, Some((6.0, 4.0)))?;
    }
    if let Some(a) = input.a_current {
        let at = f.at(a);
        p.dot(at, 5.0, pal.muted)?;
        p.text(
            "A",
            (at.0 + 8.0, at.1 - 8.0),
            12.5,
            pal.muted,
            Anchor::BottomLeft,
        )?;
    }
    let curve: Vec<(f64, f64)> = input.curve.iter().map(|&pt| f.at(pt)).collect();
    p.line(&curve, pal.primary, 2.5, None)?;

    if let Some((g, pe)) = input.current {
        let on_chart = pe <= input.y_max;
        let at = f.at((g, pe));
        p.dot(at, 6.0, pal.primary)?;
        let text = fmt_multiple(Some(pe), input.lang) + if on_chart { "" } else { " ↑" };
        // Beside the point on the side with more room; below it unless that
        // would run into the x axis.
        let right = g < (input.x_range.0 + input.x_range.1) / 2.0;
        let (x, y) = (at.0 + if right { 10.0 } else { -10.0 }, at.1);
        let (y, below) = if y + 9.0 + 13.0 < l.bottom {
            (y + 9.0, true)
        } else {
            (y - 12.0, false)
        };
        let anchor = match (right, below) {
            (true, true) => Anchor::TopLeft,
            (true, false) => Anchor::BottomLeft,
            (false, true) => Anchor::TopRight,
            (false, false) => Anchor::BottomRight,
        };
        p.text(&text, (x, y), 13.0, pal.text, anchor)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::assumptions::Action;

    fn svg(input: &ValuationPe) -> String {
        crate::charts::kit::svg::render(input, 640, 400, &ChartStyle::default())
    }

    #[test]
    fn draws_curve_market_line_point_and_axis_labels() {
        let input = ValuationPe::new(&Assumptions::default(), Lang::En);
        let s = svg(&input);
        assert!(s.contains("<polyline"), "curve");
        assert!(
            s.contains("Earnings growth during the high-growth years"),
            "x title"
        );
        assert!(s.contains("Justified P/E"), "y title");
        assert!(s.contains("Cambricon, forward P/E ≈106×"), "market label");
        assert!(s.contains("21.5×"), "current point label (25.38 / 1.18)");
        assert!(s.contains("<circle"), "current point");
        assert!(s.contains("60%") && s.contains("0%"), "x tick labels");
    }

    #[test]
    fn curve_rises_with_growth_and_is_clipped_to_the_axis() {
        let a = Assumptions::default().apply(Action::Set(Param::Years, 20.0));
        let input = ValuationPe::new(&a, Lang::En);
        assert!(input
            .curve
            .windows(2)
            .all(|w| w[1].1 >= w[0].1 && w[1].0 > w[0].0));
        assert!(input.curve.iter().all(|&(_, pe)| pe <= input.y_max));
        let g = input
            .crossing
            .expect("20 years of high growth reaches 105.5x within 0-60%");
        let at = justified_forward_pe(&crate::model::valuation::TwoStage {
            g_high: g,
            ..a.two_stage()
        })
        .unwrap();
        assert!(
            (at / input.market_pe - 1.0).abs() < 0.02,
            "crossing within 2%: {at}"
        );
    }

    #[test]
    fn no_finite_value_draws_an_empty_chart_without_error() {
        let a = Assumptions::default()
            .apply(Action::Set(Param::GStable, 0.06))
            .apply(Action::Set(Param::Ke, 0.05));
        let input = ValuationPe::new(&a, Lang::En);
        assert!(input.curve.is_empty() && input.current.is_none());
        let s = svg(&input);
        assert!(!s.contains("<circle"));
        assert!(s.contains("Cambricon"));
    }

    #[test]
    fn summary_describes_the_current_state() {
        use crate::charts::Chart;
        let s = ValuationPe::new(&Assumptions::default(), Lang::En).summary();
        assert!(
            s.contains("Your assumptions (18.0% growth) give 21.5×"),
            "{s}"
        );
        assert!(s.contains("106×"), "{s}");
        let none = Assumptions::default()
            .apply(Action::Set(Param::GStable, 0.06))
            .apply(Action::Set(Param::Ke, 0.05));
        assert!(ValuationPe::new(&none, Lang::En)
            .summary()
            .contains("no finite"));
    }

    #[test]
    fn implied_growth_and_years_to_normal() {
        let a = Assumptions::default();
        let g = market_implied_growth(&a).unwrap();
        // The justified forward P/E at the implied growth equals the market's.
        let m = crate::model::valuation::TwoStage {
            g_high: g,
            ..a.two_stage()
        };
        assert!((justified_forward_pe(&m).unwrap() - 105.5).abs() < 1e-6);
        let c = implied_chart(&a, Lang::En);
        assert_eq!(c.markers.len(), 1);
        let n = years_to_pe(105.5, g, 32.0).unwrap();
        assert!((c.markers[0].at.1 - n.min(IMPLIED_Y_MAX)).abs() < 1e-9);
        assert!(
            c.lines[0].points.windows(2).all(|w| w[1].1 <= w[0].1),
            "faster growth, shorter wait"
        );
        assert_eq!(
            crate::text::live("valuation", "implied_g", &a, Lang::En).unwrap(),
            fmt_pct(g, 1)
        );
        // Longer high growth needs a lower growth rate to justify the same price.
        let long = a.clone().apply(Action::Set(Param::Years, 15.0));
        assert!(market_implied_growth(&long).unwrap() < g);
        // No finite value: explained, not a number.
        let none = a
            .apply(Action::Set(Param::GStable, 0.06))
            .apply(Action::Set(Param::Ke, 0.05));
        assert!(crate::text::live("valuation", "implied_g", &none, Lang::En)
            .unwrap()
            .contains("cost of equity"));
    }

    #[test]
    fn readouts_follow_the_curve() {
        use crate::charts::Chart;
        let input = ValuationPe::new(&Assumptions::default(), Lang::En);
        let r = input.readouts(800.0, 500.0);
        assert!(r.len() >= 10, "{}", r.len());
        assert!(input.offers_readouts());
        assert_eq!(r[0].1, "0%: 11.2×");
        assert!(r.windows(2).all(|w| w[1].0 > w[0].0));
    }

    #[test]
    fn chinese_labels() {
        let s = svg(&ValuationPe::new(&Assumptions::default(), Lang::Zh));
        assert!(s.contains("合理市盈率"));
    }
}
