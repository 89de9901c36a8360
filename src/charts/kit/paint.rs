//! A small drawing kit over plotters' [`DrawingBackend`]: colours, strokes,
//! fonts, dashed polylines, text and "nice" axis ticks, in CSS pixels.
//!
//! Why not plotters' `ChartBuilder`: our figures need a fixed, known layout
//! (so a pointer maps back to data) and a handful of primitives; the general
//! chart machinery, its float formatting and its sorts cost about 10 KB of
//! brotli-compressed wasm on a phone for nothing we use. The backends stay
//! plotters' trait, so the same drawing code paints the canvas and writes SVG.

use plotters_backend::text_anchor::{HPos, Pos, VPos};
use plotters_backend::{
    BackendColor, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind, FontFamily,
    FontTransform,
};

/// A drawing result on backend `DB`.
pub type Drawn<DB> = Result<(), DrawingErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// An opaque sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// The backend's colour type, fully opaque.
    pub fn backend(self) -> BackendColor {
        BackendColor {
            alpha: 1.0,
            rgb: (self.0, self.1, self.2),
        }
    }

    /// `#rrggbb`, for SVG and CSS.
    pub fn hex(self) -> String {
        const H: &[u8; 16] = b"0123456789abcdef";
        let mut s = String::with_capacity(7);
        s.push('#');
        for v in [self.0, self.1, self.2] {
            s.push(H[usize::from(v >> 4)] as char);
            s.push(H[usize::from(v & 15)] as char);
        }
        s
    }
}

/// A line or fill style: colour and width in device pixels.
#[derive(Clone, Copy)]
pub struct Stroke {
    /// Colour.
    pub color: BackendColor,
    /// Width in device pixels, ≥ 1.
    pub width: u32,
}

impl BackendStyle for Stroke {
    fn color(&self) -> BackendColor {
        self.color
    }
    fn stroke_width(&self) -> u32 {
        self.width
    }
}

/// Where a text's anchor point sits on the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// Left edge, vertical middle.
    Left,
    /// Right edge, vertical middle.
    Right,
    /// Horizontal centre, top edge.
    Top,
    /// Horizontal centre, bottom edge.
    Bottom,
    /// Left edge, bottom edge (labels sitting on a line).
    BottomLeft,
    /// Right edge, bottom edge.
    BottomRight,
    /// Left edge, top edge.
    TopLeft,
    /// Right edge, top edge.
    TopRight,
    /// Centre of the text, turned to read upwards (a y-axis title).
    Vertical,
}

/// A font: sans-serif at `size` device pixels.
#[derive(Clone, Copy)]
pub struct Font {
    /// Size in device pixels.
    pub size: f64,
    /// Colour.
    pub color: BackendColor,
    /// Anchor.
    pub anchor: Anchor,
}

/// The one error type of the chart kit's backends and fonts. [`Font`] never
/// produces one (vector backends draw text), nor does [`super::svg::Svg`]
/// (writing to a `String` cannot fail); the canvas backend does when the
/// browser refuses a drawing call. A unit struct on purpose: a `&'static str`
/// payload saying what failed made the release wasm 1.1 KB brotli larger
/// (measured 2026-12-04; likely because every `Result` the generic drawing
/// code passes around grew from one byte to three words).
#[derive(Debug)]
pub struct DrawError;

impl std::fmt::Display for DrawError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("chart drawing failed")
    }
}

impl std::error::Error for DrawError {}

impl BackendTextStyle for Font {
    type FontError = DrawError;

    fn color(&self) -> BackendColor {
        self.color
    }
    fn size(&self) -> f64 {
        self.size
    }
    fn transform(&self) -> FontTransform {
        if self.anchor == Anchor::Vertical {
            FontTransform::Rotate270
        } else {
            FontTransform::None
        }
    }
    fn anchor(&self) -> Pos {
        let (h, v) = match self.anchor {
            Anchor::Left => (HPos::Left, VPos::Center),
            Anchor::Right => (HPos::Right, VPos::Center),
            Anchor::Top => (HPos::Center, VPos::Top),
            Anchor::Bottom => (HPos::Center, VPos::Bottom),
            Anchor::BottomLeft => (HPos::Left, VPos::Bottom),
            Anchor::BottomRight => (HPos::Right, VPos::Bottom),
            Anchor::TopLeft => (HPos::Left, VPos::Top),
            Anchor::TopRight => (HPos::Right, VPos::Top),
            Anchor::Vertical => (HPos::Center, VPos::Center),
        };
        Pos::new(h, v)
    }
    fn family(&self) -> FontFamily<'_> {
        FontFamily::SansSerif
    }
    fn layout_box(&self, text: &str) -> Result<((i32, i32), (i32, i32)), DrawError> {
        Ok((
            (0, 0),
            (text_width(text, self.size) as i32, self.size as i32),
        ))
    }
    fn draw<E, F: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        _text: &str,
        _pos: (i32, i32),
        _draw: F,
    ) -> Result<Result<(), E>, DrawError> {
        // Only pixel backends rasterise text through this; ours write text.
        Ok(Ok(()))
    }
}

/// Estimated width of `text` at `size` pixels in a sans-serif font: wide
/// (CJK) characters are one em, others about 0.56 em. Used only to keep
/// labels apart and inside the chart, never to measure exact positions.
pub fn text_width(text: &str, size: f64) -> f64 {
    text.chars()
        .map(|c| match c {
            ' ' | '.' | ',' | ':' | 'i' | 'l' | '|' | '(' | ')' => 0.3,
            'm' | 'w' | 'M' | 'W' | '%' => 0.85,
            c if (c as u32) < 0x2e80 => 0.58,
            _ => 1.0,
        })
        .sum::<f64>()
        * size
}

/// `text` shortened in the middle with "…" to fit `room` CSS pixels at
/// `size` (by [`text_width`]); at least its first and last characters.
pub fn shorten(text: &str, size: f64, room: f64) -> String {
    let chars: Vec<char> = text.chars().collect();
    let fits = |n: usize| {
        let (head, tail) = (n.div_ceil(2), n / 2);
        let s: String = chars[..head]
            .iter()
            .chain(std::iter::once(&'…'))
            .chain(&chars[chars.len() - tail..])
            .collect();
        (text_width(&s, size) <= room).then_some(s)
    };
    (2..chars.len())
        .rev()
        .find_map(fits)
        .unwrap_or_else(|| fits(2).unwrap_or_else(|| text.to_string()))
}

/// A drawing step failed; the backend's own error is kept by [`On`].
#[derive(Debug)]
pub struct Failed;

/// Result of a drawing step.
pub type Painted = Result<(), Failed>;

/// What the drawing kit needs from a backend, in device pixels. Object-safe,
/// so each figure's drawing code is compiled once rather than once per
/// backend (canvas and SVG): every copy costs shipped bytes.
pub trait Surface {
    /// Size in device pixels.
    fn size(&self) -> (u32, u32);
    /// A filled rectangle.
    fn rect(&mut self, a: (i32, i32), b: (i32, i32), s: &Stroke) -> Painted;
    /// A polyline; [`BREAK`] in `pts` lifts the pen (our canvas and SVG
    /// backends start a new piece there).
    fn path(&mut self, pts: &[(i32, i32)], s: &Stroke) -> Painted;
    /// A filled circle.
    fn circle(&mut self, c: (i32, i32), r: u32, s: &Stroke) -> Painted;
    /// Text.
    fn text(&mut self, t: &str, f: &Font, at: (i32, i32)) -> Painted;
}

/// Any plotters backend as a [`Surface`], keeping the backend's first error.
pub struct On<'a, DB: DrawingBackend> {
    db: &'a mut DB,
    error: Option<DrawingErrorKind<DB::ErrorType>>,
}

impl<DB: DrawingBackend> On<'_, DB> {
    fn keep(&mut self, r: Drawn<DB>) -> Painted {
        r.map_err(|e| {
            self.error.get_or_insert(e);
            Failed
        })
    }
}

impl<DB: DrawingBackend> Surface for On<'_, DB> {
    fn size(&self) -> (u32, u32) {
        self.db.get_size()
    }
    fn rect(&mut self, a: (i32, i32), b: (i32, i32), s: &Stroke) -> Painted {
        let r = self.db.draw_rect(a, b, s, true);
        self.keep(r)
    }
    fn path(&mut self, pts: &[(i32, i32)], s: &Stroke) -> Painted {
        let r = self.db.draw_path(pts.iter().copied(), s);
        self.keep(r)
    }
    fn circle(&mut self, c: (i32, i32), r: u32, s: &Stroke) -> Painted {
        let res = self.db.draw_circle(c, r, s, true);
        self.keep(res)
    }
    fn text(&mut self, t: &str, f: &Font, at: (i32, i32)) -> Painted {
        let r = self.db.draw_text(t, f, at);
        self.keep(r)
    }
}

/// Runs `paint` on `db` at `scale` device pixels per CSS pixel, then
/// presents; the backend's error if a step failed.
pub fn draw_on<DB: DrawingBackend>(
    db: &mut DB,
    scale: f64,
    paint: impl FnOnce(&mut Painter<'_>) -> Painted,
) -> Drawn<DB> {
    let mut on = On { db, error: None };
    let result = paint(&mut Painter { s: &mut on, scale });
    match (result, on.error) {
        (Ok(()), _) => on.db.present(),
        (Err(_), Some(e)) => Err(e),
        (Err(_), None) => Err(DrawingErrorKind::FontError(Box::new(DrawError))),
    }
}

/// Draws on a [`Surface`] in CSS pixels; `scale` device pixels per CSS pixel.
pub struct Painter<'a> {
    /// The surface.
    pub s: &'a mut dyn Surface,
    /// Device pixels per CSS pixel (`devicePixelRatio`), ≥ 1.
    pub scale: f64,
}

impl Painter<'_> {
    /// The drawing's size in CSS pixels.
    pub fn size(&self) -> (f64, f64) {
        let (w, h) = self.s.size();
        (f64::from(w) / self.scale, f64::from(h) / self.scale)
    }

    fn at(&self, x: f64, y: f64) -> (i32, i32) {
        (
            (x * self.scale).round() as i32,
            (y * self.scale).round() as i32,
        )
    }

    fn stroke(&self, c: Rgb, width: f64) -> Stroke {
        Stroke {
            color: c.backend(),
            width: (width * self.scale).round().max(1.0) as u32,
        }
    }

    /// Fills the whole drawing.
    pub fn fill(&mut self, c: Rgb) -> Painted {
        let (w, h) = self.s.size();
        let st = self.stroke(c, 1.0);
        self.s.rect((0, 0), (w as i32, h as i32), &st)
    }

    /// A filled rectangle between two corners.
    pub fn rect(&mut self, (x0, y0): (f64, f64), (x1, y1): (f64, f64), c: Rgb) -> Painted {
        let st = self.stroke(c, 1.0);
        let (a, b) = (self.at(x0, y0), self.at(x1, y1));
        self.s.rect(a, b, &st)
    }

    /// A filled circle of radius `r`.
    pub fn dot(&mut self, (x, y): (f64, f64), r: f64, c: Rgb) -> Painted {
        let st = self.stroke(c, 1.0);
        let r = (r * self.scale).round().max(1.0) as u32;
        let at = self.at(x, y);
        self.s.circle(at, r, &st)
    }

    /// A polyline `width` wide; `dash` = (on, off) lengths for a dashed one.
    pub fn line(
        &mut self,
        pts: &[(f64, f64)],
        c: Rgb,
        width: f64,
        dash: Option<(f64, f64)>,
    ) -> Painted {
        let st = self.stroke(c, width);
        match dash {
            None => {
                // At most four points per pixel column are kept.
                let mut thin = Vec::with_capacity(pts.len().min(4096));
                thin_into(pts.iter().map(|&(x, y)| self.at(x, y)), &mut thin);
                self.s.path(&thin, &st)
            }
            Some((on, off)) => {
                // Every dash in one path (one call to the browser, one stroke).
                let mut all: Vec<(i32, i32)> = Vec::new();
                for seg in dashes(pts, on, off) {
                    if !all.is_empty() {
                        all.push(BREAK);
                    }
                    all.extend(seg.iter().map(|&(x, y)| self.at(x, y)));
                }
                if all.is_empty() {
                    return Ok(());
                }
                self.s.path(&all, &st)
            }
        }
    }

    /// `text` at (`x`, `y`), `size` CSS pixels, placed by `anchor`, kept
    /// inside the drawing: moved in from an edge it would cross, and, if
    /// longer than the drawing is wide (tall, for [`Anchor::Vertical`]),
    /// set up to a fifth smaller, then shortened in the middle with "…"
    /// (a longer translation must not run off the chart).
    pub fn text(
        &mut self,
        text: &str,
        at: (f64, f64),
        size: f64,
        c: Rgb,
        anchor: Anchor,
    ) -> Painted {
        const PAD: f64 = 2.0;
        let (w, h) = self.size();
        let along = if anchor == Anchor::Vertical { h } else { w };
        self.text_within(text, at, size, c, anchor, (PAD, along - PAD))
    }

    /// [`Painter::text`] kept within `span` (CSS pixels along the text's
    /// line: x, or y for [`Anchor::Vertical`]), e.g. a plot's width.
    pub fn text_within(
        &mut self,
        text: &str,
        (mut x, mut y): (f64, f64),
        mut size: f64,
        c: Rgb,
        anchor: Anchor,
        (lo, hi): (f64, f64),
    ) -> Painted {
        let room = hi - lo;
        // The width estimate is rough; fitting allows a tenth more, so a
        // label that is moved in or shortened really ends inside.
        let est = |t: &str, size: f64| text_width(t, size) * 1.1;
        let mut shown = std::borrow::Cow::Borrowed(text);
        let mut width = est(text, size);
        // Half a pixel of slack: a span made from the same estimate fits.
        if width > room + 0.5 && room > 0.0 {
            size = (size * room / width).max(size * 0.8);
            width = est(text, size);
            if width > room + 0.5 {
                shown = std::borrow::Cow::Owned(shorten(text, size, room / 1.1));
                width = est(&shown, size);
            }
        }
        // The text's extent along its line, from the anchor point.
        let (from, to) = match anchor {
            Anchor::Left | Anchor::TopLeft | Anchor::BottomLeft => (0.0, width),
            Anchor::Right | Anchor::TopRight | Anchor::BottomRight => (-width, 0.0),
            Anchor::Top | Anchor::Bottom | Anchor::Vertical => (-width / 2.0, width / 2.0),
        };
        let at = if anchor == Anchor::Vertical {
            &mut y
        } else {
            &mut x
        };
        if *at + to > hi {
            *at = hi - to;
        }
        if *at + from < lo {
            *at = lo - from;
        }
        let font = Font {
            size: size * self.scale,
            color: c.backend(),
            anchor,
        };
        let at = self.at(x, y);
        self.s.text(&shown, &font, at)
    }
}

/// In a point list given to [`Surface::path`]: lift the pen, so the next
/// point starts a new piece. A dashed line is one path of dashes this way.
pub const BREAK: (i32, i32) = (i32::MIN, i32::MIN);

/// Thins a polyline in whole device pixels for stroking, appending to
/// `out`: of each run of consecutive points in the same pixel column it keeps
/// the first, the highest, the lowest and the last (in their order), and drops
/// repeats. The stroke covers the same pixels, but a 20,000-point series
/// across 800 columns becomes at most 3,200 points. One pass, so a long series
/// is mapped to pixels and thinned with no full-length copy in between.
pub fn thin_into(pts: impl IntoIterator<Item = (i32, i32)>, out: &mut Vec<(i32, i32)>) {
    /// One column's run: first and last point, lowest and highest point with
    /// their positions in the run (to keep their order), and its length.
    struct Run {
        first: (i32, i32),
        lo: ((i32, i32), u32),
        hi: ((i32, i32), u32),
        last: (i32, i32),
        n: u32,
    }
    fn flush(r: &Run, out: &mut Vec<(i32, i32)>) {
        let (a, b) = if r.lo.1 <= r.hi.1 {
            (r.lo.0, r.hi.0)
        } else {
            (r.hi.0, r.lo.0)
        };
        for p in [r.first, a, b, r.last] {
            if out.last() != Some(&p) {
                out.push(p);
            }
        }
    }
    let mut run: Option<Run> = None;
    for p in pts {
        match &mut run {
            Some(r) if r.first.0 == p.0 => {
                r.n += 1;
                if p.1 < r.lo.0 .1 {
                    r.lo = (p, r.n);
                }
                if p.1 > r.hi.0 .1 {
                    r.hi = (p, r.n);
                }
                r.last = p;
            }
            _ => {
                if let Some(r) = &run {
                    flush(r, out);
                }
                run = Some(Run {
                    first: p,
                    lo: (p, 0),
                    hi: (p, 0),
                    last: p,
                    n: 0,
                });
            }
        }
    }
    if let Some(r) = &run {
        flush(r, out);
    }
}

/// The dashes of a polyline: pieces `on` long separated by gaps `off` long,
/// the pattern running on across vertices. Empty for `on` ≤ 0.
pub fn dashes(pts: &[(f64, f64)], on: f64, off: f64) -> Vec<Vec<(f64, f64)>> {
    let mut out: Vec<Vec<(f64, f64)>> = Vec::new();
    if on.is_nan() || on <= 0.0 || off.is_nan() || off < 0.0 {
        return out;
    }
    let (mut drawing, mut left) = (true, on);
    let mut cur: Vec<(f64, f64)> = Vec::new();
    for w in pts.windows(2) {
        let ((x0, y0), (x1, y1)) = (w[0], w[1]);
        let len = ((x1 - x0).powi(2) + (y1 - y0).powi(2)).sqrt();
        if !len.is_finite() {
            continue;
        }
        let mut t = 0.0;
        if drawing && cur.is_empty() {
            cur.push((x0, y0));
        }
        while len - t > left {
            t += left;
            let p = (x0 + (x1 - x0) * t / len, y0 + (y1 - y0) * t / len);
            if cur.last() != Some(&p) {
                cur.push(p);
            }
            if drawing {
                out.push(std::mem::take(&mut cur));
            }
            drawing = !drawing;
            left = if drawing { on } else { off };
        }
        left -= len - t;
        if drawing {
            cur.push((x1, y1));
        }
    }
    if cur.len() > 1 {
        out.push(cur);
    }
    out
}

/// Up to about `max` evenly spaced "nice" values (1, 2, 2.5 or 5 times a
/// power of ten apart) within [`lo`, `hi`]; `min_step` bounds the spacing
/// from below (1 for years). Empty for an empty or non-finite range.
pub fn ticks(lo: f64, hi: f64, max: usize, min_step: f64) -> Vec<f64> {
    if !(lo.is_finite() && hi.is_finite() && hi > lo) || max == 0 {
        return Vec::new();
    }
    let raw = ((hi - lo) / max as f64).max(min_step);
    let step = nice_at_least(raw, 1e-9);
    let first = (lo / step - 1e-9).ceil();
    (0..=max * 2 + 1)
        .map(|i| (first + i as f64) * step)
        .take_while(|v| *v <= hi + step * 1e-9)
        .map(|v| if v.abs() < step * 1e-9 { 0.0 } else { v })
        .collect()
}

/// A "nice" axis maximum ≥ `x`: 1, 2, 2.5 or 5 times a power of ten.
pub fn nice_ceil(x: f64) -> f64 {
    if !x.is_finite() || x <= 0.0 {
        return 1.0;
    }
    nice_at_least(x, 1e-12)
}

/// The least of 1, 2, 2.5, 5 and 10 times `x`'s power of ten that is ≥ `x`
/// (less a relative `slack`, so a value a rounding error below a nice number
/// gets that number); `x` finite and > 0.
fn nice_at_least(x: f64, slack: f64) -> f64 {
    let p = 10f64.powf(x.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * p)
        .find(|v| *v >= x * (1.0 - slack))
        .unwrap_or(10.0 * p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_ceil_rounds_up_to_a_readable_bound() {
        assert_eq!(nice_ceil(104.2 * 1.3), 200.0);
        assert_eq!(nice_ceil(25.0), 25.0);
        assert_eq!(nice_ceil(0.0), 1.0);
        assert_eq!(nice_ceil(f64::NAN), 1.0);
        assert_eq!(nice_ceil(3.1), 5.0);
    }

    fn thin_columns(pts: &[(i32, i32)]) -> Vec<(i32, i32)> {
        let mut out = Vec::new();
        thin_into(pts.iter().copied(), &mut out);
        out
    }

    /// A run of consecutive points in one column: (x, first, min y, max y, last).
    type Run = (i32, (i32, i32), i32, i32, (i32, i32));

    fn runs(pts: &[(i32, i32)]) -> Vec<Run> {
        let mut out: Vec<Run> = Vec::new();
        for &p in pts {
            match out.last_mut() {
                Some(r) if r.0 == p.0 => {
                    r.2 = r.2.min(p.1);
                    r.3 = r.3.max(p.1);
                    r.4 = p;
                }
                _ => out.push((p.0, p, p.1, p.1, p)),
            }
        }
        out
    }

    #[test]
    fn thinning_keeps_every_column_extent_and_end() {
        // A random walk, many points per column, and one that turns back in x.
        let mut seed = 7u64;
        let mut walk = Vec::new();
        let mut y = 500i64;
        for i in 0..20_000 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            y += (seed >> 61) as i64 - 3;
            walk.push((40 + i * 760 / 20_000, y as i32));
        }
        let turns = vec![
            (5, 5),
            (5, 1),
            (5, 9),
            (5, 0),
            (6, 3),
            (4, 3),
            (4, 8),
            (6, 2),
        ];
        for pts in [walk, turns] {
            let out = thin_columns(&pts);
            assert_eq!(
                runs(&out),
                runs(&pts),
                "same columns, extents, firsts and lasts"
            );
            assert!(out.len() <= 4 * runs(&pts).len());
            assert_eq!(out.first(), pts.first());
            assert_eq!(out.last(), pts.last());
        }
        let out = thin_columns(&[(5, 5), (5, 1), (5, 9), (5, 0)]);
        assert_eq!(
            out,
            vec![(5, 5), (5, 9), (5, 0)],
            "the extremes in the order they came"
        );
    }

    #[test]
    fn thinning_leaves_sparse_lines_alone() {
        let pts = [(0, 0), (10, 5), (20, 3), (20, 3), (30, 9)];
        assert_eq!(thin_columns(&pts), vec![(0, 0), (10, 5), (20, 3), (30, 9)]);
        assert_eq!(thin_columns(&[]), Vec::<(i32, i32)>::new());
        assert_eq!(thin_columns(&[(1, 1)]), vec![(1, 1)]);
    }

    #[test]
    fn ticks_are_nice_and_inside_the_range() {
        assert_eq!(
            ticks(0.0, 100.0, 5, 0.0),
            vec![0.0, 20.0, 40.0, 60.0, 80.0, 100.0]
        );
        assert_eq!(
            ticks(2021.0, 2025.0, 8, 1.0),
            vec![2021.0, 2022.0, 2023.0, 2024.0, 2025.0]
        );
        assert_eq!(
            ticks(-30.0, 20.0, 6, 0.0),
            vec![-30.0, -20.0, -10.0, 0.0, 10.0, 20.0]
        );
        let t = ticks(0.0, 0.6, 4, 0.0);
        assert_eq!(t.len(), 4);
        assert!((t[3] - 0.6).abs() < 1e-12);
        assert!(ticks(1.0, 1.0, 5, 0.0).is_empty());
        assert!(ticks(f64::NAN, 1.0, 5, 0.0).is_empty());
        let t = ticks(2025.0, 2035.0, 5, 1.0);
        assert_eq!(t.first(), Some(&2026.0));
        assert!(t.windows(2).all(|w| (w[1] - w[0] - 2.0).abs() < 1e-9));
    }

    #[test]
    fn dashes_follow_the_pattern_across_vertices() {
        let d = dashes(&[(0.0, 0.0), (10.0, 0.0), (10.0, 10.0)], 4.0, 2.0);
        // 20 px of path: dashes at 0-4, 6-10, 12-16 (turning the corner), 18-20.
        assert_eq!(d.len(), 4);
        assert_eq!(d[0], vec![(0.0, 0.0), (4.0, 0.0)]);
        assert_eq!(d[1], vec![(6.0, 0.0), (10.0, 0.0)]);
        assert_eq!(d[2], vec![(10.0, 2.0), (10.0, 6.0)]);
        assert_eq!(d[3], vec![(10.0, 8.0), (10.0, 10.0)]);
        assert!(dashes(&[(0.0, 0.0), (1.0, 1.0)], 0.0, 1.0).is_empty());
    }

    #[test]
    fn colours_and_widths() {
        assert_eq!(Rgb(0, 0x72, 0xb2).hex(), "#0072b2");
        assert!(text_width("中文", 10.0) > text_width("ab", 10.0));
    }
}
