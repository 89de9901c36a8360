//! A general line chart (several series, reference lines, labelled points)
//! used by every time-series and scenario figure.
//!
//! Layout is fixed in CSS pixels (see [`Layout`]) so the same numbers map a
//! pointer position back to data for hover and keyboard read-outs.

use super::{ChartStyle, Palette};
use plotters::coord::Shift;
use plotters::prelude::*;

/// Which palette colour a series uses (kept abstract so themes can change).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    /// The main series (blue).
    Primary,
    /// Market or reference (vermillion/orange).
    Accent,
    /// A third series (bluish green).
    Third,
    /// A fourth series (reddish purple).
    Fourth,
    /// Background context (grey).
    Muted,
}

impl Tone {
    /// The colour of this tone in `p`.
    pub fn color(self, p: &Palette) -> RGBColor {
        match self {
            Tone::Primary => p.primary,
            Tone::Accent => p.accent,
            Tone::Third => p.third,
            Tone::Fourth => p.fourth,
            Tone::Muted => p.muted,
        }
    }
}

/// How axis values are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AxisFormat {
    /// Whole numbers (years, days).
    Integer,
    /// Percent numbers already in percent (5.0 → "5%").
    Percent,
    /// Decimal rates (0.05 → "5%").
    Rate,
    /// Plain number with up to one decimal.
    Number,
}

impl AxisFormat {
    /// `v` written exactly, for read-outs (one decimal where useful).
    pub fn exact(self, v: f64) -> String {
        match self {
            AxisFormat::Integer => format!("{v:.0}"),
            AxisFormat::Percent => crate::text::fmt_signed_pct(v),
            AxisFormat::Rate => crate::text::fmt_signed_pct(v * 100.0),
            AxisFormat::Number => format!("{v:.2}"),
        }
    }

    /// `v` written for an axis tick.
    pub fn tick(self, v: f64) -> String {
        match self {
            AxisFormat::Integer => format!("{v:.0}"),
            AxisFormat::Percent => format!("{v:.0}%"),
            AxisFormat::Rate => format!("{:.0}%", v * 100.0),
            AxisFormat::Number if v.fract().abs() < 1e-9 => format!("{v:.0}"),
            AxisFormat::Number => format!("{v:.1}"),
        }
    }
}

/// One line.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// Name, drawn at the line's right end.
    pub label: String,
    /// Points in data units, x ascending.
    pub points: Vec<(f64, f64)>,
    /// Colour.
    pub tone: Tone,
    /// Dashed (projections, scenarios) or solid (data).
    pub dashed: bool,
    /// Width in CSS pixels.
    pub width: f64,
}

/// A horizontal reference line with a label (e.g. a liquidation line).
#[derive(Clone, Debug, PartialEq)]
pub struct RefLine {
    /// Height in data units.
    pub y: f64,
    /// Label drawn above the line at the left.
    pub label: String,
    /// Colour.
    pub tone: Tone,
}

/// A labelled point (e.g. "your assumptions").
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    /// Position in data units.
    pub at: (f64, f64),
    /// Label beside the point.
    pub label: String,
    /// Colour.
    pub tone: Tone,
}

/// Everything a line chart draws.
#[derive(Clone, Debug, PartialEq)]
pub struct LineChart {
    /// The series.
    pub lines: Vec<Line>,
    /// Horizontal reference lines.
    pub refs: Vec<RefLine>,
    /// Labelled points.
    pub markers: Vec<Marker>,
    /// x-axis range.
    pub x_range: (f64, f64),
    /// y-axis range.
    pub y_range: (f64, f64),
    /// x tick format.
    pub x_format: AxisFormat,
    /// y tick format.
    pub y_format: AxisFormat,
    /// x-axis title.
    pub x_title: String,
    /// y-axis title.
    pub y_title: String,
    /// Text alternative.
    pub summary: String,
}

/// Plot-area geometry in CSS pixels for a canvas of `width` × `height`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Layout {
    /// Left edge of the plotting area.
    pub left: f64,
    /// Top edge.
    pub top: f64,
    /// Right edge.
    pub right: f64,
    /// Bottom edge.
    pub bottom: f64,
    /// Narrow (phone) layout: fewer ticks, smaller type.
    pub narrow: bool,
}

impl Layout {
    /// The layout used for a canvas `width` × `height` CSS pixels; `end_labels`
    /// reserves room on the right for series names.
    pub fn new(width: f64, height: f64, end_labels: bool) -> Layout {
        let narrow = width < 480.0;
        let right_pad = if end_labels {
            if narrow {
                64.0
            } else {
                96.0
            }
        } else {
            16.0
        };
        Layout {
            left: 6.0 + if narrow { 46.0 } else { 58.0 },
            top: 14.0,
            right: (width - right_pad).max(1.0),
            bottom: (height - 6.0 - if narrow { 40.0 } else { 46.0 }).max(1.0),
            narrow,
        }
    }
}

impl LineChart {
    /// Data coordinates of CSS pixel (`px`, `py`) on a canvas `width` ×
    /// `height`, clamped to the axes (for drawing on the chart).
    pub fn value_at(&self, px: f64, py: f64, width: f64, height: f64) -> (f64, f64) {
        let l = Layout::new(width, height, self.has_end_labels());
        let fx = ((px - l.left) / (l.right - l.left).max(1.0)).clamp(0.0, 1.0);
        let fy = ((l.bottom - py) / (l.bottom - l.top).max(1.0)).clamp(0.0, 1.0);
        (
            self.x_range.0 + fx * (self.x_range.1 - self.x_range.0),
            self.y_range.0 + fy * (self.y_range.1 - self.y_range.0),
        )
    }

    /// The data point nearest (in x) to CSS pixel `px` on a canvas `width` ×
    /// `height`, for each line: (x, [(label, y)]). `None` outside the plot.
    pub fn nearest(&self, px: f64, width: f64, height: f64) -> Option<(f64, Vec<(String, f64)>)> {
        let l = Layout::new(width, height, self.has_end_labels());
        if !(l.left..=l.right).contains(&px) || self.lines.is_empty() {
            return None;
        }
        let x =
            self.x_range.0 + (px - l.left) / (l.right - l.left) * (self.x_range.1 - self.x_range.0);
        let first = self.lines.iter().find(|s| !s.points.is_empty())?;
        let &(nx, _) = first
            .points
            .iter()
            .min_by(|a, b| (a.0 - x).abs().total_cmp(&(b.0 - x).abs()))?;
        let values = self
            .lines
            .iter()
            .filter_map(|s| {
                s.points
                    .iter()
                    .find(|p| (p.0 - nx).abs() < 1e-9)
                    .map(|p| (s.label.clone(), p.1))
            })
            .collect();
        Some((nx, values))
    }

    /// Every distinct x of the first series (for keyboard stepping).
    pub fn xs(&self) -> Vec<f64> {
        self.lines
            .first()
            .map(|s| s.points.iter().map(|p| p.0).collect())
            .unwrap_or_default()
    }

    fn has_end_labels(&self) -> bool {
        self.lines.iter().any(|s| !s.label.is_empty())
    }
}

impl super::Chart for LineChart {
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

    fn readouts(&self, width: f64, height: f64) -> Vec<(f64, String)> {
        let l = Layout::new(width, height, self.has_end_labels());
        let span = (self.x_range.1 - self.x_range.0).max(1e-12);
        self.xs()
            .into_iter()
            .filter_map(|x| {
                let (_, values) = self.nearest(
                    l.left + (x - self.x_range.0) / span * (l.right - l.left),
                    width,
                    height,
                )?;
                let parts = values
                    .iter()
                    .map(|(name, v)| format!("{name} {}", self.y_format.exact(*v)))
                    .collect::<Vec<_>>()
                    .join(" · ");
                Some((
                    l.left + (x - self.x_range.0) / span * (l.right - l.left),
                    format!("{}: {parts}", self.x_format.exact(x)),
                ))
            })
            .collect()
    }
}

/// Draws a [`LineChart`] on any backend.
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    c: &LineChart,
    style: &ChartStyle,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let p = style.palette;
    root.fill(&p.background)?;
    let (w, h) = root.dim_in_pixel();
    let l = Layout::new(
        f64::from(w) / style.scale,
        f64::from(h) / style.scale,
        c.has_end_labels(),
    );
    let tick = ("sans-serif", style.font(if l.narrow { 11.0 } else { 12.5 }))
        .into_font()
        .color(&p.muted);
    let title = ("sans-serif", style.font(if l.narrow { 12.0 } else { 13.5 }))
        .into_font()
        .color(&p.text);
    let mut chart = ChartBuilder::on(root)
        .margin_top(style.px(l.top))
        .margin_left(style.px(6.0))
        .margin_bottom(style.px(6.0))
        .margin_right(style.px(f64::from(w) / style.scale - l.right))
        .x_label_area_size(style.px(if l.narrow { 40.0 } else { 46.0 }))
        .y_label_area_size(style.px(l.left - 6.0))
        .build_cartesian_2d(c.x_range.0..c.x_range.1, c.y_range.0..c.y_range.1)?;
    let (xf, yf) = (c.x_format, c.y_format);
    chart
        .configure_mesh()
        .light_line_style(p.grid.mix(0.0))
        .bold_line_style(p.grid)
        .axis_style(p.muted)
        .x_labels(if l.narrow { 5 } else { 8 })
        .y_labels(6)
        .x_label_formatter(&|v| xf.tick(*v))
        .y_label_formatter(&|v| yf.tick(*v))
        .x_label_style(tick.clone())
        .y_label_style(tick)
        .x_desc(c.x_title.as_str())
        .y_desc(c.y_title.as_str())
        .axis_desc_style(title)
        .draw()?;

    let plot_h = f64::from(chart.plotting_area().dim_in_pixel().1.max(1));
    let per_px = (c.y_range.1 - c.y_range.0) / plot_h;
    let label_px = style.font(12.0);

    if c.y_range.0 < 0.0 && c.y_range.1 > 0.0 {
        chart.draw_series(std::iter::once(PathElement::new(
            [(c.x_range.0, 0.0), (c.x_range.1, 0.0)],
            ShapeStyle::from(&p.muted).stroke_width(style.px(1.0)),
        )))?;
    }
    for r in &c.refs {
        let color = r.tone.color(&p);
        let s = ShapeStyle::from(&color).stroke_width(style.px(1.5));
        chart.draw_series(DashedLineSeries::new(
            [(c.x_range.0, r.y), (c.x_range.1, r.y)],
            style.px(7.0),
            style.px(4.0),
            s,
        ))?;
        let font = ("sans-serif", label_px).into_font().color(&color);
        let x = c.x_range.0 + (c.x_range.1 - c.x_range.0) * 0.015;
        chart.draw_series(std::iter::once(Text::new(
            r.label.clone(),
            (x, r.y + (label_px + style.font(4.0)) * per_px),
            font,
        )))?;
    }
    for s in &c.lines {
        let color = s.tone.color(&p);
        let st = ShapeStyle::from(&color).stroke_width(style.px(s.width));
        let pts = s
            .points
            .iter()
            .map(|&(x, y)| (x, y.clamp(c.y_range.0, c.y_range.1)));
        if s.dashed {
            chart.draw_series(DashedLineSeries::new(pts, style.px(8.0), style.px(5.0), st))?;
        } else {
            chart.draw_series(LineSeries::new(pts, st))?;
        }
    }
    // Series names at their right ends, nudged apart so they never overlap.
    let mut ends: Vec<(f64, &Line)> = c
        .lines
        .iter()
        .filter(|s| !s.label.is_empty())
        .filter_map(|s| {
            s.points
                .last()
                .map(|&(_, y)| (y.clamp(c.y_range.0, c.y_range.1), s))
        })
        .collect();
    ends.sort_by(|a, b| b.0.total_cmp(&a.0));
    let gap = (label_px + style.font(2.0)) * per_px;
    let mut last_y = f64::INFINITY;
    for (y, s) in ends {
        let y = y.min(last_y - gap);
        last_y = y;
        let font = ("sans-serif", label_px)
            .into_font()
            .color(&s.tone.color(&p));
        let pos = (c.x_range.1, y + label_px * 0.5 * per_px);
        let pos = chart.backend_coord(&pos);
        root.draw(&Text::new(
            s.label.clone(),
            (pos.0 + style.px(6.0) as i32, pos.1),
            font,
        ))?;
    }
    for m in &c.markers {
        let color = m.tone.color(&p);
        chart.draw_series(std::iter::once(Circle::new(
            m.at,
            style.px(5.0),
            ShapeStyle::from(&color).filled(),
        )))?;
        let font = ("sans-serif", style.font(12.5)).into_font().color(&p.text);
        let right = m.at.0 < (c.x_range.0 + c.x_range.1) / 2.0;
        let dx = (c.x_range.1 - c.x_range.0) * if right { 0.015 } else { -0.015 };
        let pos = chart.backend_coord(&(m.at.0 + dx, m.at.1));
        let (tw, _) = root.estimate_text_size(&m.label, &font).unwrap_or((0, 0));
        let x = if right { pos.0 } else { pos.0 - tw as i32 };
        root.draw(&Text::new(
            m.label.clone(),
            (x, pos.1 - style.px(18.0) as i32),
            font,
        ))?;
    }
    root.present()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::Chart;

    fn sample() -> LineChart {
        LineChart {
            lines: vec![
                Line {
                    label: "GDP".into(),
                    points: vec![(2021.0, 8.4), (2022.0, 3.0), (2023.0, 5.2)],
                    tone: Tone::Primary,
                    dashed: false,
                    width: 2.5,
                },
                Line {
                    label: "Retail".into(),
                    points: vec![(2021.0, 12.5), (2022.0, -0.2), (2023.0, 7.2)],
                    tone: Tone::Accent,
                    dashed: true,
                    width: 2.0,
                },
            ],
            refs: vec![RefLine {
                y: 5.0,
                label: "Target 5%".into(),
                tone: Tone::Muted,
            }],
            markers: vec![Marker {
                at: (2022.0, 3.0),
                label: "3.0%".into(),
                tone: Tone::Primary,
            }],
            x_range: (2021.0, 2023.0),
            y_range: (-5.0, 15.0),
            x_format: AxisFormat::Integer,
            y_format: AxisFormat::Percent,
            x_title: "Year".into(),
            y_title: "Growth".into(),
            summary: "s".into(),
        }
    }

    #[test]
    fn draws_every_series_label_and_reference() {
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, (600, 360)).into_drawing_area();
            sample().draw(&root, &ChartStyle::default()).unwrap();
        }
        assert!(svg.matches("<polyline").count() >= 1);
        for t in [
            "GDP",
            "Retail",
            "Target 5%",
            "3.0%",
            "Year",
            "Growth",
            "2022",
            "15%",
        ] {
            assert!(svg.contains(t), "missing {t}");
        }
    }

    #[test]
    fn nearest_maps_pixels_back_to_data() {
        let c = sample();
        let l = Layout::new(600.0, 360.0, true);
        let (x, vals) = c.nearest(l.left + 1.0, 600.0, 360.0).unwrap();
        assert_eq!(x, 2021.0);
        assert_eq!(
            vals,
            vec![("GDP".to_string(), 8.4), ("Retail".to_string(), 12.5)]
        );
        let (x, _) = c.nearest(l.right - 1.0, 600.0, 360.0).unwrap();
        assert_eq!(x, 2023.0);
        assert!(c.nearest(1.0, 600.0, 360.0).is_none());
    }

    #[test]
    fn readouts_and_value_at_invert_the_layout() {
        let c = sample();
        let r = c.readouts(600.0, 360.0);
        assert_eq!(r.len(), 3);
        assert_eq!(r[1].1, "2022: GDP +3.0% · Retail −0.2%");
        let (x, y) = c.value_at(r[2].0, 14.0, 600.0, 360.0);
        assert!((x - 2023.0).abs() < 1e-9 && (y - 15.0).abs() < 1e-9);
    }

    #[test]
    fn axis_formats() {
        assert_eq!(AxisFormat::Rate.tick(0.05), "5%");
        assert_eq!(AxisFormat::Percent.tick(-17.2), "-17%");
        assert_eq!(AxisFormat::Number.tick(2.5), "2.5");
        assert_eq!(AxisFormat::Integer.tick(2025.0), "2025");
    }
}
