//! Horizontal bar chart with each category's name above its bar and the value
//! at the bar's end: readable at 360 px without rotated or clipped labels.
//! Used for index returns, P/E comparisons and the valuation gap.

use super::lines::Tone;
use super::paint::{draw_on, text_width, Anchor, Drawn, Painted, Painter};
use crate::charts::ChartStyle;
use crate::model::Within;
use crate::text::Lang;
use plotters_backend::DrawingBackend;

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
    /// Scenario A's value of each bar, where it differs (drawn as a tick).
    pub ghosts: Vec<Option<f64>>,
    /// A/B difference rows (what, A, B) once scenario A is overlaid.
    pub compare: Vec<(String, String, String)>,
    /// What the values are, for the data table ([`BarChart::in_unit`]).
    pub unit: crate::charts::TableUnit,
}

impl BarChart {
    /// `bars` (top to bottom) with an optional `reference` line and the text
    /// alternative `summary`; the range fitted to the bars
    /// ([`BarChart::fit_range`]); no scenario A overlaid yet.
    pub fn new(bars: Vec<Bar>, reference: Option<BarRef>, summary: String) -> Self {
        let range = Self::fit_range(bars.iter().map(|b| b.value));
        BarChart {
            bars,
            reference,
            range,
            summary,
            ghosts: Vec::new(),
            compare: Vec::new(),
            unit: crate::charts::TableUnit::Number,
        }
    }

    /// This chart with its values in `unit` (for the data table).
    pub fn in_unit(mut self, unit: crate::charts::TableUnit) -> Self {
        self.unit = unit;
        self
    }

    /// This chart with its range widened, if need be, to show the value `v`.
    pub fn showing(mut self, v: f64) -> Self {
        self.range = Self::fit_range(self.bars.iter().map(|b| b.value).chain([v]));
        self
    }

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

impl crate::charts::Chart for BarChart {
    fn draw<DB: DrawingBackend>(&self, db: &mut DB, style: &ChartStyle) -> Drawn<DB> {
        draw_on(db, style.scale, |p| paint(p, self, style))
    }

    fn summary(&self) -> String {
        self.summary.clone()
    }

    fn overlay(&mut self, a: &Self, _lang: Lang) {
        self.ghosts = self
            .bars
            .iter()
            .zip(&a.bars)
            .map(|(b, ba)| (ba.value != b.value).then_some(ba.value))
            .collect();
        for (b, ba) in self.bars.iter().zip(&a.bars) {
            if ba.value != b.value {
                self.compare
                    .push((b.label.clone(), ba.value_text.clone(), b.value_text.clone()));
            }
        }
        let all = self.bars.iter().chain(&a.bars).map(|b| b.value);
        let (lo, hi) = BarChart::fit_range(all);
        self.range = (self.range.0.min(lo), self.range.1.max(hi));
    }

    fn compare_rows(&self) -> Vec<(String, String, String)> {
        self.compare.clone()
    }

    fn table_unit(&self) -> crate::charts::TableUnit {
        self.unit
    }

    fn table(&self) -> Vec<(String, String, f64)> {
        let mut rows: Vec<(String, String, f64)> = self
            .bars
            .iter()
            .map(|b| (b.label.clone(), String::new(), b.value))
            .collect();
        if let Some(r) = &self.reference {
            rows.push((r.label.clone(), String::new(), r.value));
        }
        rows
    }
}

/// Paints a [`BarChart`].
pub fn paint(p: &mut Painter<'_>, c: &BarChart, style: &ChartStyle) -> Painted {
    let pal = style.palette;
    p.fill(pal.background)?;
    let (w, h) = p.size();
    let pad = 8.0;
    let top = if c.reference.is_some() { 22.0 } else { 4.0 };
    let n = c.bars.len().max(1) as f64;
    let row = (h - top - pad) / n;
    let label_px = 12.5f64.min(row * 0.32);
    let bar_h = (row - label_px - 8.0).within(4.0, 26.0);
    let (lo, hi) = c.range;
    let span = (hi - lo).max(1e-9);
    // Room at each end for the value written beyond the longest bar there.
    let room = |neg: bool| {
        c.bars
            .iter()
            .filter(|b| (b.value < 0.0) == neg)
            .map(|b| text_width(&b.value_text, 12.5) + 8.0)
            .fold(0.0, f64::max)
    };
    let (x0, x1) = (
        pad + room(true),
        (w - pad - room(false)).max(pad + room(true) + 1.0),
    );
    let x_of = |v: f64| x0 + (v.within(lo, hi) - lo) / span * (x1 - x0);
    let zero = x_of(0.0);

    for (i, b) in c.bars.iter().enumerate() {
        let y0 = top + row * i as f64;
        // Names start just right of the zero line (left edge if it won't fit).
        let lx = if lo < 0.0 && zero + 4.0 + text_width(&b.label, label_px) < w - pad {
            zero + 4.0
        } else {
            pad
        };
        p.text(&b.label, (lx, y0), label_px, pal.text, Anchor::TopLeft)?;
        let by = y0 + label_px + 4.0;
        let (x0, x1) = if b.value >= 0.0 {
            (zero, x_of(b.value))
        } else {
            (x_of(b.value), zero)
        };
        p.rect((x0, by), (x1.max(x0 + 1.0), by + bar_h), b.tone.color(&pal))?;
        // The value is written just beyond the bar's end, or beyond scenario
        // A's tick when that lies further out, so the two never overlap.
        let (mut end_pos, mut end_neg) = (x1, x0);
        if let Some(Some(ga)) = c.ghosts.get(i) {
            // Scenario A's value: a bold tick across the bar's band.
            let gx = x_of(*ga);
            p.line(
                &[(gx, by - 3.0), (gx, by + bar_h + 3.0)],
                pal.text,
                2.5,
                None,
            )?;
            end_pos = end_pos.max(gx + 1.25);
            end_neg = end_neg.min(gx - 1.25);
        }
        let (vx, anchor) = if b.value >= 0.0 {
            (end_pos + 5.0, Anchor::Left)
        } else {
            (end_neg - 5.0, Anchor::Right)
        };
        p.text(
            &b.value_text,
            (vx, by + bar_h / 2.0),
            12.5,
            pal.text,
            anchor,
        )?;
    }
    p.line(&[(zero, top), (zero, h - pad)], pal.muted, 1.0, None)?;
    if let Some(r) = &c.reference {
        // Dashed only across each bar's band, so it never crosses a label.
        let x = x_of(r.value);
        for i in 0..c.bars.len() {
            let y0 = top + row * i as f64 + label_px + 2.0;
            let y1 = y0 + bar_h + 4.0;
            p.line(&[(x, y0), (x, y1)], pal.accent, 1.5, Some((4.0, 3.0)))?;
        }
        let half = text_width(&r.label, 12.0) / 2.0;
        let tx = x.within(pad + half, (w - pad - half).max(pad + half));
        p.text(&r.label, (tx, 4.0), 12.0, pal.accent, Anchor::Top)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_labels_values_and_reference() {
        let c = BarChart::new(
            vec![
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
            Some(BarRef {
                value: 5.0,
                label: "GDP 5.0%".into(),
            }),
            "s".into(),
        );
        let svg = crate::charts::kit::svg::render(&c, 360, 240, &ChartStyle::default());
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
    fn the_value_clears_scenario_as_tick() {
        use crate::charts::Chart;
        let chart = |v: f64| {
            BarChart::new(
                vec![Bar {
                    label: "Robotics".into(),
                    value: v,
                    value_text: format!("{v}×"),
                    tone: Tone::Primary,
                }],
                None,
                "s".into(),
            )
        };
        // A (60) beyond B's end (30): B's value is written after A's tick.
        let mut b = chart(30.0);
        b.overlay(&chart(60.0), Lang::En);
        let svg = crate::charts::kit::svg::render(&b, 600, 120, &ChartStyle::default());
        let tick_x: f64 = svg
            .split("<polyline")
            .nth(1)
            .and_then(|l| l.split("points=\"").nth(1))
            .and_then(|p| p.split(',').next())
            .unwrap()
            .parse()
            .unwrap();
        let text_x: f64 = svg
            .split("<text ")
            .find(|t| t.contains(">30×</text>"))
            .and_then(|t| t.split("x=\"").nth(1))
            .and_then(|x| x.split('"').next())
            .unwrap()
            .parse()
            .unwrap();
        assert!(
            text_x > tick_x + 3.0,
            "value at {text_x}, A's tick at {tick_x}"
        );
    }

    #[test]
    fn fit_range_includes_zero_and_every_value() {
        let (lo, hi) = BarChart::fit_range([3.0, -2.0, f64::NAN]);
        assert!(lo < -2.0 && hi > 3.0);
        assert_eq!(BarChart::fit_range([1.0, 2.0]).0, 0.0);
        assert_eq!(BarChart::fit_range([-1.0]).1, 0.0);
    }
}
