//! Horizontal bar chart with each category's name above its bar and the value
//! at the bar's end: readable at 360 px without rotated or clipped labels.
//! Used for index returns, P/E comparisons and the valuation gap.

use super::lines::Tone;
use super::ChartStyle;
use plotters::coord::Shift;
use plotters::prelude::*;

/// One bar.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// Category name, drawn above the bar.
    pub label: String,
    /// Value in the chart's unit (may be negative).
    pub value: f64,
    /// The value as written at the bar's end (e.g. "+35.9%").
    pub value_text: String,
    /// Colour.
    pub tone: Tone,
}

/// A vertical reference line across all bars (e.g. a benchmark multiple).
#[derive(Clone, Debug, PartialEq)]
pub struct BarRef {
    /// Position in the chart's unit.
    pub value: f64,
    /// Label at the top of the line.
    pub label: String,
}

/// Everything a bar chart draws.
#[derive(Clone, Debug, PartialEq)]
pub struct BarChart {
    /// Bars, top to bottom.
    pub bars: Vec<Bar>,
    /// Optional reference line.
    pub reference: Option<BarRef>,
    /// Value range shown (must include 0).
    pub range: (f64, f64),
    /// Text alternative.
    pub summary: String,
}

impl BarChart {
    /// A range that includes 0 and every value, with room for value labels.
    pub fn fit_range(values: impl IntoIterator<Item = f64>) -> (f64, f64) {
        let (mut lo, mut hi) = (0.0f64, 0.0f64);
        for v in values.into_iter().filter(|v| v.is_finite()) {
            lo = lo.min(v);
            hi = hi.max(v);
        }
        let span = (hi - lo).max(1e-9);
        (
            if lo < 0.0 { lo - span * 0.18 } else { 0.0 },
            if hi > 0.0 { hi + span * 0.18 } else { 0.0 },
        )
    }
}

impl super::Chart for BarChart {
    fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        style: &ChartStyle,
    ) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
        draw(root, self, style)
    }

    fn summary(&self) -> String {
        self.summary.clone()
    }
}

/// Draws a [`BarChart`] on any backend.
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    c: &BarChart,
    style: &ChartStyle,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let p = style.palette;
    root.fill(&p.background)?;
    let (w, h) = root.dim_in_pixel();
    let (w, h) = (f64::from(w), f64::from(h));
    let pad = style.font(8.0);
    let top = if c.reference.is_some() {
        style.font(22.0)
    } else {
        style.font(4.0)
    };
    let n = c.bars.len().max(1) as f64;
    let row = (h - top - pad) / n;
    let label_px = style.font(12.5).min(row * 0.32);
    let bar_h = (row - label_px - style.font(8.0)).clamp(style.font(4.0), style.font(26.0));
    let (lo, hi) = c.range;
    let span = (hi - lo).max(1e-9);
    let x_of = |v: f64| pad + (v.clamp(lo, hi) - lo) / span * (w - 2.0 * pad);
    let zero = x_of(0.0);
    let ix = |v: f64| v.round() as i32;

    for (i, b) in c.bars.iter().enumerate() {
        let y0 = top + row * i as f64;
        let color = b.tone.color(&p);
        let label_font = ("sans-serif", label_px).into_font().color(&p.text);
        let lx = if lo < 0.0 && b.value >= 0.0 {
            zero + style.font(4.0)
        } else {
            pad
        };
        root.draw(&Text::new(b.label.clone(), (ix(lx), ix(y0)), label_font))?;
        let by = y0 + label_px + style.font(4.0);
        let (x0, x1) = if b.value >= 0.0 {
            (zero, x_of(b.value))
        } else {
            (x_of(b.value), zero)
        };
        root.draw(&Rectangle::new(
            [(ix(x0), ix(by)), (ix(x1.max(x0 + 1.0)), ix(by + bar_h))],
            color.filled(),
        ))?;
        let value_font = ("sans-serif", style.font(12.5)).into_font().color(&p.text);
        let (tw, th) = root
            .estimate_text_size(&b.value_text, &value_font)
            .unwrap_or((0, 0));
        let vy = ix(by + (bar_h - f64::from(th)) / 2.0);
        let vx = if b.value >= 0.0 {
            x1 + style.font(5.0)
        } else {
            x0 - style.font(5.0) - f64::from(tw)
        };
        root.draw(&Text::new(b.value_text.clone(), (ix(vx), vy), value_font))?;
    }
    root.draw(&PathElement::new(
        [(ix(zero), ix(top)), (ix(zero), ix(h - pad))],
        ShapeStyle::from(&p.muted).stroke_width(style.px(1.0)),
    ))?;
    if let Some(r) = &c.reference {
        // Dashed only across each bar's band, so it never crosses a label.
        let x = ix(x_of(r.value));
        let s = ShapeStyle::from(&p.accent).stroke_width(style.px(1.5));
        for i in 0..c.bars.len() {
            let y0 = top + row * i as f64 + label_px + style.font(2.0);
            let y1 = y0 + bar_h + style.font(4.0);
            let mut y = y0;
            while y < y1 {
                root.draw(&PathElement::new(
                    [(x, ix(y)), (x, ix((y + style.font(4.0)).min(y1)))],
                    s,
                ))?;
                y += style.font(7.0);
            }
        }
        let font = ("sans-serif", style.font(12.0))
            .into_font()
            .color(&p.accent);
        let (tw, _) = root.estimate_text_size(&r.label, &font).unwrap_or((0, 0));
        let tx = (x - tw as i32 / 2).clamp(ix(pad), ix(w - pad) - tw as i32);
        root.draw(&Text::new(r.label.clone(), (tx, ix(style.font(4.0))), font))?;
    }
    root.present()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::Chart;

    #[test]
    fn draws_labels_values_and_reference() {
        let c = BarChart {
            bars: vec![
                Bar {
                    label: "STAR 50".into(),
                    value: 35.9,
                    value_text: "+35.9%".into(),
                    tone: Tone::Primary,
                },
                Bar {
                    label: "Property investment".into(),
                    value: -17.2,
                    value_text: "−17.2%".into(),
                    tone: Tone::Accent,
                },
            ],
            reference: Some(BarRef {
                value: 5.0,
                label: "GDP 5.0%".into(),
            }),
            range: BarChart::fit_range([35.9, -17.2]),
            summary: "s".into(),
        };
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, (360, 240)).into_drawing_area();
            c.draw(&root, &ChartStyle::default()).unwrap();
        }
        for t in [
            "STAR 50",
            "+35.9%",
            "Property investment",
            "−17.2%",
            "GDP 5.0%",
        ] {
            assert!(svg.contains(t), "missing {t}");
        }
        assert!(svg.matches("<rect").count() >= 3, "background + 2 bars");
    }

    #[test]
    fn fit_range_includes_zero_and_every_value() {
        let (lo, hi) = BarChart::fit_range([3.0, -2.0, f64::NAN]);
        assert!(lo < -2.0 && hi > 3.0);
        assert_eq!(BarChart::fit_range([1.0, 2.0]).0, 0.0);
        assert_eq!(BarChart::fit_range([-1.0]).1, 0.0);
    }
}
