//! A lean `<canvas>` [`DrawingBackend`].
//!
//! Compared with plotters-canvas it sends a whole polyline to the browser as
//! one SVG path string (one `Path2D`, one `stroke`) instead of one call per
//! point, sets a colour, width or font only when it changes, and formats no
//! floats (sizes are whole device pixels). Text is measured by the same
//! estimate as the SVG writer, so canvas and SVG lay out alike.
//!
//! Kept for its bytes, not its speed, measured 2026-12-03 (issue 12; README,
//! "Size"): plotters-canvas 0.3.1 behind a 57-line adapter (pen lifts at
//! `BREAK`, the same text widths) makes the release wasm 6.4 KB brotli larger
//! (+6,510 bytes on 209,311) than this file's 249 code lines, and it writes
//! colours as `rgba()` with a float alpha and fonts as plain `sans-serif`.
//! plotters-canvas redraws as fast or a little faster: the bench's line chart
//! takes a median 0.4 / 0.6 / 1.0–1.3 ms per draw call at 200 / 2,000 /
//! 20,000 points against this backend's 0.4–0.5 / 0.8 / 1.2–1.6 ms (three
//! runs).

use crate::charts::kit::paint::{text_width, DrawError, BREAK};
use crate::charts::Rgb;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontTransform,
};
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, Path2d};

type Res = Result<(), DrawingErrorKind<DrawError>>;

fn failed<T>(_: T) -> DrawingErrorKind<DrawError> {
    DrawingErrorKind::DrawingError(DrawError)
}

/// Draws on a canvas element's 2D context, in device pixels.
pub struct Canvas {
    ctx: CanvasRenderingContext2d,
    size: (u32, u32),
    // Last values set on the context; `None` = unknown.
    fill: Option<(u8, u8, u8)>,
    stroke: Option<(u8, u8, u8)>,
    alpha: f64,
    width: u32,
    font: u32,
    align: u8,
    baseline: u8,
}

impl Canvas {
    /// The backend for `el`, whose backing store is already sized.
    pub fn new(el: &HtmlCanvasElement) -> Option<Canvas> {
        let ctx = el
            .get_context("2d")
            .ok()??
            .dyn_into::<CanvasRenderingContext2d>()
            .ok()?;
        ctx.set_line_join("round");
        ctx.set_global_alpha(1.0);
        Some(Canvas {
            ctx,
            size: (el.width(), el.height()),
            fill: None,
            stroke: None,
            alpha: 1.0,
            width: 0,
            font: 0,
            align: 0,
            baseline: 0,
        })
    }

    fn alpha(&mut self, c: BackendColor) {
        if c.alpha != self.alpha {
            self.alpha = c.alpha;
            self.ctx.set_global_alpha(c.alpha);
        }
    }

    fn set_fill(&mut self, c: BackendColor) {
        self.alpha(c);
        if self.fill != Some(c.rgb) {
            self.fill = Some(c.rgb);
            self.ctx
                .set_fill_style_str(&Rgb(c.rgb.0, c.rgb.1, c.rgb.2).hex());
        }
    }

    fn set_stroke<S: BackendStyle>(&mut self, s: &S) {
        let c = s.color();
        self.alpha(c);
        if self.stroke != Some(c.rgb) {
            self.stroke = Some(c.rgb);
            self.ctx
                .set_stroke_style_str(&Rgb(c.rgb.0, c.rgb.1, c.rgb.2).hex());
        }
        if self.width != s.stroke_width() {
            self.width = s.stroke_width();
            self.ctx.set_line_width(f64::from(self.width));
        }
    }
}

/// Appends `v` in decimal (the shared writer in `text`).
fn push_int(out: &mut String, v: i32) {
    crate::text::push_int(out, i64::from(v));
}

/// An SVG path string through `pts` (`M x y L x y …`, a new `M` after each
/// [`BREAK`]), closed with `Z` if asked.
fn path_string<I: IntoIterator<Item = BackendCoord>>(pts: I, close: bool) -> (String, usize) {
    let pts = pts.into_iter();
    // About 10 bytes a point ("L1234 567"): one allocation for most paths.
    let mut s = String::with_capacity(pts.size_hint().0.saturating_mul(10).min(1 << 16));
    let mut n = 0;
    let mut pen_up = true;
    let push = |(x, y): BackendCoord| {
        if (x, y) == BREAK {
            pen_up = true;
            return;
        }
        s.push(if pen_up { 'M' } else { 'L' });
        pen_up = false;
        push_int(&mut s, x);
        s.push(' ');
        push_int(&mut s, y);
        n += 1;
    };
    pts.for_each(push);
    if close {
        s.push('Z');
    }
    (s, n)
}

impl DrawingBackend for Canvas {
    type ErrorType = DrawError;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Res {
        Ok(())
    }

    fn present(&mut self) -> Res {
        Ok(())
    }

    fn draw_pixel(&mut self, (x, y): BackendCoord, c: BackendColor) -> Res {
        self.set_fill(c);
        self.ctx.fill_rect(f64::from(x), f64::from(y), 1.0, 1.0);
        Ok(())
    }

    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, s: &S) -> Res {
        self.draw_path([from, to], s)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        (x0, y0): BackendCoord,
        (x1, y1): BackendCoord,
        s: &S,
        fill: bool,
    ) -> Res {
        let (x, y) = (f64::from(x0.min(x1)), f64::from(y0.min(y1)));
        let (w, h) = (f64::from((x1 - x0).abs()), f64::from((y1 - y0).abs()));
        if fill {
            self.set_fill(s.color());
            self.ctx.fill_rect(x, y, w, h);
        } else {
            self.set_stroke(s);
            self.ctx.stroke_rect(x, y, w, h);
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        s: &S,
    ) -> Res {
        let (d, n) = path_string(path, false);
        if n < 2 || s.color().alpha == 0.0 {
            return Ok(());
        }
        self.set_stroke(s);
        let p = Path2d::new_with_path_string(&d).map_err(failed)?;
        self.ctx.stroke_with_path(&p);
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        (x, y): BackendCoord,
        r: u32,
        s: &S,
        fill: bool,
    ) -> Res {
        self.ctx.begin_path();
        self.ctx
            .arc(
                f64::from(x),
                f64::from(y),
                f64::from(r),
                0.0,
                std::f64::consts::TAU,
            )
            .map_err(failed)?;
        if fill {
            self.set_fill(s.color());
            self.ctx.fill();
        } else {
            self.set_stroke(s);
            self.ctx.stroke();
        }
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        s: &S,
    ) -> Res {
        let (d, n) = path_string(vert, true);
        if n < 3 {
            return Ok(());
        }
        self.set_fill(s.color());
        let p = Path2d::new_with_path_string(&d).map_err(failed)?;
        self.ctx.fill_with_path_2d(&p);
        Ok(())
    }

    fn draw_text<T: BackendTextStyle>(&mut self, text: &str, s: &T, (x, y): BackendCoord) -> Res {
        let size = s.size().round().max(1.0) as u32;
        if self.font != size {
            self.font = size;
            let mut f = String::new();
            push_int(&mut f, size as i32);
            f.push_str("px system-ui, -apple-system, \"Segoe UI\", \"Noto Sans\", \"Noto Sans CJK SC\", sans-serif");
            self.ctx.set_font(&f);
        }
        let anchor = s.anchor();
        let align = match anchor.h_pos {
            HPos::Left => 1,
            HPos::Center => 2,
            HPos::Right => 3,
        };
        if self.align != align {
            self.align = align;
            self.ctx
                .set_text_align(["", "left", "center", "right"][usize::from(align)]);
        }
        let baseline = match anchor.v_pos {
            VPos::Top => 1,
            VPos::Center => 2,
            VPos::Bottom => 3,
        };
        if self.baseline != baseline {
            self.baseline = baseline;
            self.ctx
                .set_text_baseline(["", "top", "middle", "alphabetic"][usize::from(baseline)]);
        }
        self.set_fill(s.color());
        let (fx, fy) = (f64::from(x), f64::from(y));
        if let FontTransform::Rotate270 = s.transform() {
            self.ctx.save();
            let _ = self.ctx.translate(fx, fy);
            let _ = self.ctx.rotate(-std::f64::consts::FRAC_PI_2);
            let r = self.ctx.fill_text(text, 0.0, 0.0);
            self.ctx.restore();
            r.map_err(failed)
        } else {
            self.ctx.fill_text(text, fx, fy).map_err(failed)
        }
    }

    fn estimate_text_size<T: BackendTextStyle>(
        &self,
        text: &str,
        s: &T,
    ) -> Result<(u32, u32), DrawingErrorKind<DrawError>> {
        Ok((text_width(text, s.size()) as u32, s.size() as u32))
    }
}
