//! A general line chart (several series, reference lines, labelled points)
//! used by every time-series and scenario figure.
//!
//! Layout is fixed in CSS pixels (see [`Layout`]) so the same numbers map a
//! pointer position back to data for hover and keyboard read-outs.

use super::paint::{draw_on, text_width, ticks, Anchor, Drawn, Painted, Painter};

/// Size of the series names at the lines' right ends, CSS pixels.
const END_LABEL_PX: f64 = 12.0;
use crate::charts::{ChartStyle, Palette, Rgb};
use crate::model::Within;
use crate::text::{Fixed, Lang};
use plotters_backend::DrawingBackend;

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
    pub fn color(self, p: &Palette) -> Rgb {
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
    /// Plain number with as many decimals as the tick step needs (at most two).
    Number,
}

impl AxisFormat {
    /// `v` written exactly, for read-outs (one decimal where useful).
    pub fn exact(self, v: f64) -> String {
        match self {
            AxisFormat::Integer => Fixed(v, 0).to_string(),
            AxisFormat::Percent => crate::text::fmt_signed_pct(v),
            AxisFormat::Rate => crate::text::fmt_signed_pct(v * 100.0),
            AxisFormat::Number => Fixed(v, 2).to_string(),
        }
    }

    /// `v` written for an axis tick.
    pub fn tick(self, v: f64) -> String {
        match self {
            AxisFormat::Integer => Fixed(v, 0).to_string(),
            AxisFormat::Percent => format!("{}%", Fixed(v, 0)),
            AxisFormat::Rate => format!("{}%", Fixed(v * 100.0, 0)),
            AxisFormat::Number if v.fract().abs() < 1e-9 => Fixed(v, 0).to_string(),
            // Steps of 0.25 (paint::ticks) need two decimals: 1.25, not "1.3".
            AxisFormat::Number if (v * 10.0).fract().abs() > 1e-6 => Fixed(v, 2).to_string(),
            AxisFormat::Number => Fixed(v, 1).to_string(),
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
    /// A/B difference rows (what, A, B) once scenario A is overlaid.
    pub compare: Vec<(String, String, String)>,
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
    /// The layout used for a canvas `width` × `height` CSS pixels, keeping
    /// `label_room` pixels on the right for series names (0 for none).
    pub fn new(width: f64, height: f64, label_room: f64) -> Layout {
        let narrow = width < 480.0;
        Layout {
            left: 6.0 + if narrow { 50.0 } else { 58.0 },
            top: 14.0,
            right: (width - label_room.max(16.0)).max(1.0),
            bottom: (height - 6.0 - if narrow { 40.0 } else { 46.0 }).max(1.0),
            narrow,
        }
    }
}

impl LineChart {
    /// Data coordinates of CSS pixel (`px`, `py`) on a canvas `width` ×
    /// `height`, clamped to the axes (for drawing on the chart).
    pub fn value_at(&self, px: f64, py: f64, width: f64, height: f64) -> (f64, f64) {
        let l = self.layout(width, height);
        let fx = ((px - l.left) / (l.right - l.left).max(1.0)).within(0.0, 1.0);
        let fy = ((l.bottom - py) / (l.bottom - l.top).max(1.0)).within(0.0, 1.0);
        (
            self.x_range.0 + fx * (self.x_range.1 - self.x_range.0),
            self.y_range.0 + fy * (self.y_range.1 - self.y_range.0),
        )
    }

    /// The data point nearest (in x) to CSS pixel `px` on a canvas `width` ×
    /// `height`, for each line: (x, [(label, y)]). `None` outside the plot.
    pub fn nearest(&self, px: f64, width: f64, height: f64) -> Option<(f64, Vec<(String, f64)>)> {
        let l = self.layout(width, height);
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

    /// The layout on a `width` × `height` canvas: room on the right for the
    /// longest series name, but never more than 40% of the width.
    pub fn layout(&self, width: f64, height: f64) -> Layout {
        let room = self
            .lines
            .iter()
            .filter(|s| !s.label.is_empty())
            .map(|s| text_width(&s.label, END_LABEL_PX) + 10.0)
            .fold(0.0, f64::max);
        Layout::new(width, height, room.min(width * 0.4))
    }
}

impl crate::charts::Chart for LineChart {
    fn draw<DB: DrawingBackend>(&self, db: &mut DB, style: &ChartStyle) -> Drawn<DB> {
        draw_on(db, style.scale, |p| paint(p, self, style))
    }

    fn summary(&self) -> String {
        self.summary.clone()
    }

    fn overlay(&mut self, a: &Self, lang: Lang) {
        let t = crate::text::strings(lang);
        let mut ghosts = Vec::new();
        for (la, lb) in a.lines.iter().zip(&self.lines) {
            if la.points == lb.points {
                continue; // data, or a line the changed assumptions don't move
            }
            if let (Some(pa), Some(pb)) = (la.points.last(), lb.points.last()) {
                if !lb.label.is_empty() && pa.1 != pb.1 {
                    self.compare.push((
                        format!("{} ({})", lb.label, self.x_format.exact(pb.0)),
                        self.y_format.exact(pa.1),
                        self.y_format.exact(pb.1),
                    ));
                }
            }
            ghosts.push(Line {
                label: if lb.label.is_empty() || self.lines.len() == 1 {
                    "A".into()
                } else {
                    format!("A: {}", lb.label)
                },
                points: la.points.clone(),
                tone: Tone::Muted,
                dashed: true,
                width: 1.5,
            });
            for &(_, y) in &la.points {
                self.y_range = (self.y_range.0.min(y), self.y_range.1.max(y));
            }
        }
        let mut marks = Vec::new();
        for (ma, mb) in a.markers.iter().zip(&self.markers) {
            if ma.at != mb.at {
                self.compare.push((
                    t.compare_point.to_string(),
                    ma.label.clone(),
                    mb.label.clone(),
                ));
                marks.push(Marker {
                    at: ma.at,
                    label: format!("A {}", ma.label),
                    tone: Tone::Muted,
                });
            }
        }
        self.markers.extend(marks);
        self.lines.extend(ghosts);
    }

    fn compare_rows(&self) -> Vec<(String, String, String)> {
        self.compare.clone()
    }

    fn table_unit(&self) -> crate::charts::TableUnit {
        use crate::charts::TableUnit;
        match self.y_format {
            AxisFormat::Percent => TableUnit::Percent,
            AxisFormat::Rate => TableUnit::Rate,
            AxisFormat::Integer | AxisFormat::Number => TableUnit::Number,
        }
    }

    fn table(&self) -> Vec<(String, String, f64)> {
        let x = crate::charts::position_text;
        let name = |l: &str| {
            if l.is_empty() {
                self.y_title.clone()
            } else {
                l.to_string()
            }
        };
        let mut rows: Vec<(String, String, f64)> = self
            .lines
            .iter()
            .flat_map(|l| l.points.iter().map(move |p| (name(&l.label), x(p.0), p.1)))
            .collect();
        rows.extend(
            self.refs
                .iter()
                .map(|r| (r.label.clone(), String::new(), r.y)),
        );
        rows.extend(
            self.markers
                .iter()
                .map(|m| (m.label.clone(), x(m.at.0), m.at.1)),
        );
        rows
    }

    fn offers_readouts(&self) -> bool {
        self.lines.first().is_some_and(|s| !s.points.is_empty())
    }

    fn readouts(&self, width: f64, height: f64) -> Vec<(f64, String)> {
        let l = self.layout(width, height);
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

/// Maps data to CSS pixels inside a [`Layout`].
#[derive(Clone, Copy, Debug)]
pub struct Frame {
    /// The plot area.
    pub l: Layout,
    /// x-axis range.
    pub x: (f64, f64),
    /// y-axis range.
    pub y: (f64, f64),
}

impl Frame {
    /// CSS pixel of data point (`x`, `y`); y is clamped to the axis range.
    pub fn at(&self, (x, y): (f64, f64)) -> (f64, f64) {
        let fx = (x - self.x.0) / (self.x.1 - self.x.0).max(1e-12);
        let fy = (y.within(self.y.0, self.y.1) - self.y.0) / (self.y.1 - self.y.0).max(1e-12);
        (
            self.l.left + fx * (self.l.right - self.l.left),
            self.l.bottom - fy * (self.l.bottom - self.l.top),
        )
    }
}

/// Draws the grid, the axes, the tick labels and the axis titles of `f`.
pub fn draw_axes(
    p: &mut Painter<'_>,
    f: &Frame,
    (xf, yf): (AxisFormat, AxisFormat),
    (x_title, y_title): (&str, &str),
    palette: &Palette,
) -> Painted {
    let l = f.l;
    let tick_px = if l.narrow { 11.0 } else { 12.5 };
    let title_px = if l.narrow { 12.0 } else { 13.5 };
    let min_step = if xf == AxisFormat::Integer { 1.0 } else { 0.0 };
    for y in ticks(f.y.0, f.y.1, 6, 0.0) {
        let (_, py) = f.at((f.x.0, y));
        p.line(&[(l.left, py), (l.right, py)], palette.grid, 1.0, None)?;
        p.text(
            &yf.tick(y),
            (l.left - 6.0, py),
            tick_px,
            palette.muted,
            Anchor::Right,
        )?;
    }
    for x in ticks(f.x.0, f.x.1, if l.narrow { 5 } else { 8 }, min_step) {
        let (px, _) = f.at((x, f.y.0));
        p.line(&[(px, l.top), (px, l.bottom)], palette.grid, 1.0, None)?;
        let label = xf.tick(x);
        // A label centred on the first tick would reach under the lowest
        // y label: it starts at the axis instead.
        let (at, anchor) = if px - text_width(&label, tick_px) / 2.0 < l.left {
            (l.left, Anchor::TopLeft)
        } else {
            (px, Anchor::Top)
        };
        p.text(&label, (at, l.bottom + 6.0), tick_px, palette.muted, anchor)?;
    }
    p.line(
        &[(l.left, l.top), (l.left, l.bottom), (l.right, l.bottom)],
        palette.muted,
        1.0,
        None,
    )?;
    let (_, h) = p.size();
    p.text(
        x_title,
        ((l.left + l.right) / 2.0, h - 6.0),
        title_px,
        palette.text,
        Anchor::Bottom,
    )?;
    // Shrink a long y title to the plot's height (down to 9 px), so it is
    // never cut off at the top or bottom.
    let room = l.bottom - l.top + 10.0;
    let y_px = (title_px * room / text_width(y_title, title_px).max(1.0)).within(9.0, title_px);
    p.text(
        y_title,
        (4.0 + y_px * 0.5, (l.top + l.bottom) / 2.0),
        y_px,
        palette.text,
        Anchor::Vertical,
    )
}

/// Paints a [`LineChart`].
pub fn paint(p: &mut Painter<'_>, c: &LineChart, style: &ChartStyle) -> Painted {
    let pal = style.palette;
    p.fill(pal.background)?;
    let (w, h) = p.size();
    let f = Frame {
        l: c.layout(w, h),
        x: c.x_range,
        y: c.y_range,
    };
    let l = f.l;
    draw_axes(
        p,
        &f,
        (c.x_format, c.y_format),
        (&c.x_title, &c.y_title),
        &pal,
    )?;
    let label_px = END_LABEL_PX;
    if c.y_range.0 < 0.0 && c.y_range.1 > 0.0 {
        let (_, y0) = f.at((0.0, 0.0));
        p.line(&[(l.left, y0), (l.right, y0)], pal.muted, 1.0, None)?;
    }
    for r in &c.refs {
        let color = r.tone.color(&pal);
        let (_, y) = f.at((0.0, r.y));
        p.line(&[(l.left, y), (l.right, y)], color, 1.5, Some((7.0, 4.0)))?;
        let x = l.left + (l.right - l.left) * 0.015;
        p.text_within(
            &r.label,
            (x, y - 4.0),
            label_px,
            color,
            Anchor::BottomLeft,
            (l.left, l.right),
        )?;
    }
    for s in &c.lines {
        let pts: Vec<(f64, f64)> = s.points.iter().map(|&pt| f.at(pt)).collect();
        let dash = s.dashed.then_some((8.0, 5.0));
        p.line(&pts, s.tone.color(&pal), s.width, dash)?;
    }
    // Series names at their right ends, nudged apart so they never overlap:
    // top to bottom by pixel height (a few lines, so an insertion sort).
    let mut ends: Vec<(f64, &Line)> = Vec::new();
    for s in c.lines.iter().filter(|s| !s.label.is_empty()) {
        if let Some(&pt) = s.points.last() {
            let y = f.at(pt).1;
            let i = ends.iter().position(|e| e.0 > y).unwrap_or(ends.len());
            ends.insert(i, (y, s));
        }
    }
    let mut next_free = f64::NEG_INFINITY;
    for (y, s) in ends {
        let y = y.max(next_free);
        // A line of text is about 1.25 em tall.
        next_free = y + label_px * 1.25 + 1.0;
        p.text(
            &s.label,
            (l.right + 6.0, y),
            label_px,
            s.tone.color(&pal),
            Anchor::Left,
        )?;
    }
    for m in &c.markers {
        let at = f.at(m.at);
        p.dot(at, 5.0, m.tone.color(&pal))?;
        let right = m.at.0 < (c.x_range.0 + c.x_range.1) / 2.0;
        let (x, anchor) = if right {
            (at.0 + 8.0, Anchor::BottomLeft)
        } else {
            (at.0 - 8.0, Anchor::BottomRight)
        };
        // A backdrop so the label stays readable where it crosses a line;
        // both stay inside the plot (a long label moves in from its edge).
        // (The same allowance for the rough width as `Painter::text_within`.)
        let tw = (text_width(&m.label, 12.5) * 1.1).min(l.right - l.left - 4.0);
        let x0 = if right { x - 2.0 } else { x - tw - 2.0 };
        let x0 = x0.min(l.right - tw - 4.0).max(l.left);
        p.rect(
            (x0, at.1 - 21.0),
            (x0 + tw + 4.0, at.1 - 3.0),
            pal.background,
        )?;
        p.text_within(
            &m.label,
            (x, at.1 - 6.0),
            12.5,
            pal.text,
            anchor,
            (x0 + 2.0, x0 + tw + 2.0),
        )?;
    }
    Ok(())
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
            compare: Vec::new(),
        }
    }

    #[test]
    fn draws_every_series_label_and_reference() {
        let svg = crate::charts::kit::svg::render(&sample(), 600, 360, &ChartStyle::default());
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
        let l = c.layout(600.0, 360.0);
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
        assert!(c.offers_readouts());
        let mut empty = sample();
        empty.lines.iter_mut().for_each(|l| l.points.clear());
        assert!(empty.readouts(600.0, 360.0).is_empty());
        assert!(!empty.offers_readouts());
        assert_eq!(r[1].1, "2022: GDP +3.0% · Retail −0.2%");
        let (x, y) = c.value_at(r[2].0, 14.0, 600.0, 360.0);
        assert!((x - 2023.0).abs() < 1e-9 && (y - 15.0).abs() < 1e-9);
    }

    #[test]
    fn overlay_draws_scenario_a_and_lists_the_differences() {
        let mut b = sample();
        let mut a = sample();
        a.lines[0].points[2].1 = 9.0; // GDP 2023 in A
        a.markers[0].at = (2022.0, 4.0);
        a.markers[0].label = "4.0%".into();
        b.overlay(&a, Lang::En);
        assert_eq!(b.lines.len(), 3, "one ghost: Retail is the same in A");
        let ghost = &b.lines[2];
        assert_eq!((ghost.tone, ghost.dashed), (Tone::Muted, true));
        assert_eq!(ghost.label, "A: GDP");
        assert_eq!(
            b.compare_rows(),
            vec![
                (
                    "GDP (2023)".to_string(),
                    "+9.0%".to_string(),
                    "+5.2%".to_string()
                ),
                (
                    "Marked point".to_string(),
                    "4.0%".to_string(),
                    "3.0%".to_string()
                ),
            ]
        );
        assert_eq!(b.markers.len(), 2);
        let svg = crate::charts::kit::svg::render(&b, 600, 360, &ChartStyle::default());
        assert!(svg.contains("A: GDP") && svg.contains("A 4.0%"));
        let mut same = sample();
        same.overlay(&sample(), Lang::En);
        assert_eq!(same, sample(), "A equal to B changes nothing");
    }

    #[test]
    fn axis_formats() {
        assert_eq!(AxisFormat::Rate.tick(0.05), "5%");
        assert_eq!(AxisFormat::Percent.tick(-17.2), "-17%");
        assert_eq!(AxisFormat::Number.tick(2.5), "2.5");
        // Ticks 0.25 apart keep their second decimal.
        assert_eq!(AxisFormat::Number.tick(1.25), "1.25");
        assert_eq!(AxisFormat::Number.tick(0.75), "0.75");
        assert_eq!(AxisFormat::Number.tick(1.5), "1.5");
        assert_eq!(AxisFormat::Number.tick(0.1 + 0.2), "0.3");
        assert_eq!(AxisFormat::Integer.tick(2025.0), "2025");
    }
}
