//! An SVG [`DrawingBackend`] writing integer coordinates into a `String`:
//! the "Download SVG" file and the native tests' view of every chart.
//!
//! Written here rather than taken from plotters-svg because that one formats
//! floats (font sizes, opacity) with `{}`, which ships Rust's float printing
//! to the browser; this one prints only integers. Kept, measured 2026-12-03
//! (issue 12; README, "Size"): plotters-svg 0.3.7 (plotters' `SVGBackend`)
//! behind a 78-line adapter (pen lifts at `paint::BREAK`, our text widths,
//! the `<title>`) makes the release wasm 7.8 KB brotli larger (+7,995 bytes
//! on 209,311) than this file's 213 code lines (206 since its error type
//! moved to `paint::DrawError`).

use super::paint::DrawError;
use crate::model::Within;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontTransform,
};
use std::fmt::Write;

/// An SVG document being drawn; [`Svg::finish`] closes it.
pub struct Svg {
    out: String,
    size: (u32, u32),
}

impl Svg {
    /// A `width` × `height` pixel document titled `title`.
    pub fn new(width: u32, height: u32, title: &str) -> Svg {
        let mut out = String::with_capacity(16 * 1024);
        let _ = write!(
            out,
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans CJK SC', sans-serif"><title>"#
        );
        escape_into(&mut out, title);
        out.push_str("</title>");
        Svg {
            out,
            size: (width, height),
        }
    }

    /// The finished document.
    pub fn finish(mut self) -> String {
        self.out.push_str("</svg>\n");
        self.out
    }

    /// ` fill=…` for a filled shape, else ` fill="none" stroke=…`, then `/>`.
    fn close_shape(&mut self, c: BackendColor, fill: bool) {
        if fill {
            self.paint(c, "fill");
        } else {
            self.out.push_str(r#" fill="none""#);
            self.paint(c, "stroke");
        }
        self.out.push_str("/>");
    }

    /// ` points="x,y x,y …"/>`.
    fn points<I: IntoIterator<Item = BackendCoord>>(&mut self, pts: I) {
        self.out.push_str(r#" points=""#);
        for (i, (x, y)) in pts.into_iter().enumerate() {
            let sep = if i == 0 { "" } else { " " };
            let _ = write!(self.out, "{sep}{x},{y}");
        }
        self.out.push_str(r#""/>"#);
    }

    fn paint(&mut self, c: BackendColor, attr: &str) {
        let _ = write!(
            self.out,
            r#" {attr}="{}""#,
            super::paint::Rgb(c.rgb.0, c.rgb.1, c.rgb.2).hex()
        );
        if c.alpha < 1.0 {
            let pct = (c.alpha.within(0.0, 1.0) * 100.0).round() as u32;
            let _ = write!(self.out, r#" {attr}-opacity="0.{pct:02}""#);
        }
    }
}

/// Appends `s` with XML's special characters escaped.
pub fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

impl DrawingBackend for Svg {
    type ErrorType = DrawError;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<DrawError>> {
        Ok(())
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<DrawError>> {
        Ok(())
    }

    fn draw_pixel(
        &mut self,
        (x, y): BackendCoord,
        c: BackendColor,
    ) -> Result<(), DrawingErrorKind<DrawError>> {
        let _ = write!(self.out, r#"<rect x="{x}" y="{y}" width="1" height="1""#);
        self.paint(c, "fill");
        self.out.push_str("/>");
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<DrawError>> {
        self.draw_path([from, to], style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        (x0, y0): BackendCoord,
        (x1, y1): BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<DrawError>> {
        let (x, y, w, h) = (x0.min(x1), y0.min(y1), (x1 - x0).abs(), (y1 - y0).abs());
        let _ = write!(
            self.out,
            r#"<rect x="{x}" y="{y}" width="{w}" height="{h}""#
        );
        self.close_shape(style.color(), fill);
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<DrawError>> {
        // One polyline per piece (a dashed line comes as dashes separated by
        // `paint::BREAK`).
        let pts: Vec<BackendCoord> = path.into_iter().collect();
        for piece in pts.split(|&p| p == super::paint::BREAK) {
            self.out.push_str(r#"<polyline fill="none""#);
            self.paint(style.color(), "stroke");
            let _ = write!(
                self.out,
                r#" stroke-width="{}" stroke-linejoin="round""#,
                style.stroke_width()
            );
            self.points(piece.iter().copied());
        }
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        (x, y): BackendCoord,
        r: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<DrawError>> {
        let _ = write!(self.out, r#"<circle cx="{x}" cy="{y}" r="{r}""#);
        self.close_shape(style.color(), fill);
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<DrawError>> {
        self.out.push_str("<polygon");
        self.paint(style.color(), "fill");
        self.points(vert);
        Ok(())
    }

    fn draw_text<T: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &T,
        (x, y): BackendCoord,
    ) -> Result<(), DrawingErrorKind<DrawError>> {
        let anchor = style.anchor();
        let h = match anchor.h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "middle",
        };
        let v = match anchor.v_pos {
            VPos::Top => "hanging",
            VPos::Center => "central",
            VPos::Bottom => "alphabetic",
        };
        let size = style.size().round() as i32;
        let _ = write!(
            self.out,
            r#"<text x="{x}" y="{y}" font-size="{size}" text-anchor="{h}" dominant-baseline="{v}""#
        );
        if let FontTransform::Rotate270 = style.transform() {
            let _ = write!(self.out, r#" transform="rotate(-90 {x} {y})""#);
        }
        self.paint(style.color(), "fill");
        self.out.push('>');
        escape_into(&mut self.out, text);
        self.out.push_str("</text>");
        Ok(())
    }

    fn estimate_text_size<T: BackendTextStyle>(
        &self,
        text: &str,
        style: &T,
    ) -> Result<(u32, u32), DrawingErrorKind<DrawError>> {
        Ok((
            super::paint::text_width(text, style.size()) as u32,
            style.size() as u32,
        ))
    }
}

/// `chart` drawn as a standalone SVG document of `width` × `height` pixels.
pub fn render<C: crate::charts::Chart + ?Sized>(
    chart: &C,
    width: u32,
    height: u32,
    style: &crate::charts::ChartStyle,
) -> String {
    let mut svg = Svg::new(width, height, &chart.summary());
    // Writing to a String cannot fail; a chart error leaves a partial drawing.
    let _ = chart.draw(&mut svg, style);
    svg.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::kit::paint::{draw_on, Anchor, Font, Rgb};

    #[test]
    fn text_stays_inside_the_drawing() {
        let mut svg = Svg::new(200, 100, "t");
        draw_on(&mut svg, 1.0, |p| {
            // Anchored left 10 px from the right edge: moved in.
            p.text("abcdef", (190.0, 50.0), 10.0, Rgb(0, 0, 0), Anchor::Left)?;
            // Far longer than the drawing is wide: shortened in the middle.
            let long = "a".repeat(40) + "END";
            p.text(&long, (100.0, 80.0), 12.0, Rgb(0, 0, 0), Anchor::Top)
        })
        .unwrap();
        let s = svg.finish();
        let xs: Vec<f64> = s
            .split("<text ")
            .skip(1)
            .map(|t| {
                t.split("x=\"")
                    .nth(1)
                    .unwrap()
                    .split('"')
                    .next()
                    .unwrap()
                    .parse()
                    .unwrap()
            })
            .collect();
        let w = crate::charts::kit::paint::text_width("abcdef", 10.0);
        assert!(
            xs[0] + w <= 198.5,
            "moved in from the right edge: x {}",
            xs[0]
        );
        assert!(
            s.contains("…") && s.contains("END</text>"),
            "shortened, end kept: {s}"
        );
        assert!(!s.contains(&"a".repeat(40)));
    }

    #[test]
    fn writes_escaped_text_integer_coordinates_and_colours() {
        let mut svg = Svg::new(100, 120, "A <b> & \"c\"");
        draw_on(&mut svg, 2.0, |p| {
            p.fill(Rgb(255, 255, 255))?;
            p.line(&[(1.0, 2.0), (3.25, 4.0)], Rgb(0, 0x72, 0xb2), 1.5, None)?;
            p.text("x < y", (10.0, 30.0), 12.0, Rgb(0, 0, 0), Anchor::Vertical)
        })
        .unwrap();
        let s = svg.finish();
        assert!(s.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(s.contains("<title>A &lt;b&gt; &amp; &quot;c&quot;</title>"));
        assert!(s.contains(r##"<polyline fill="none" stroke="#0072b2" stroke-width="3""##));
        assert!(s.contains(r#"points="2,4 7,8""#));
        assert!(s.contains(r#"transform="rotate(-90 20 60)""#));
        assert!(s.contains(">x &lt; y</text>"));
        assert!(s.ends_with("</svg>\n"));
        let _ = Font {
            size: 1.0,
            color: Rgb(0, 0, 0).backend(),
            anchor: Anchor::Left,
        };
    }

    #[test]
    fn a_dashed_line_is_one_polyline_per_dash() {
        let pts = [(0.0, 10.0), (100.0, 10.0)];
        let expected = crate::charts::kit::paint::dashes(&pts, 8.0, 5.0);
        let mut svg = Svg::new(120, 20, "dashes");
        draw_on(&mut svg, 1.0, |p| {
            p.line(&pts, Rgb(0, 0, 0), 1.0, Some((8.0, 5.0)))
        })
        .unwrap();
        let s = svg.finish();
        assert_eq!(s.matches("<polyline").count(), expected.len());
        assert!(s.contains(r#"points="0,10 8,10""#), "{s}");
        assert!(s.contains(r#"points="13,10 21,10""#), "{s}");
        assert!(!s.contains("-2147483648"), "the pen-up marker leaked: {s}");
    }
}
