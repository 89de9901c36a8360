//! Bench-only wasm module: the app's own line chart ([`LineChart`], painted by
//! the app's canvas backend) behind a tiny JS API, so `tools/bench/run.mjs`
//! can time it against Chart.js and uPlot on the same page, data and canvas.
//!
//! Built by `scripts/bench.sh` (`cargo build --release --example
//! bench_canvas --target wasm32-unknown-unknown`, then wasm-bindgen and
//! wasm-opt as for the app). Never shipped: the app's `dist/` does not
//! include it. Natively there is nothing to run.

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOC: two_economies::alloc::SizeClasses = two_economies::alloc::SizeClasses::new();

#[cfg(target_arch = "wasm32")]
mod web {
    use two_economies::charts::kit::lines::{AxisFormat, Line, LineChart, Tone};
    use two_economies::charts::{Chart, ChartStyle, Palette};
    use two_economies::components::canvas::Canvas;
    use wasm_bindgen::prelude::*;
    use web_sys::HtmlCanvasElement;

    /// One line chart on one canvas, redrawn with new data on each call.
    #[wasm_bindgen]
    pub struct LineBench {
        el: HtmlCanvasElement,
        chart: LineChart,
    }

    #[wasm_bindgen]
    impl LineBench {
        /// A chart for `el`, whose backing store the caller has sized.
        #[wasm_bindgen(constructor)]
        pub fn new(el: HtmlCanvasElement) -> LineBench {
            LineBench {
                el,
                chart: LineChart {
                    lines: Vec::new(),
                    refs: Vec::new(),
                    markers: Vec::new(),
                    x_range: (0.0, 1.0),
                    y_range: (0.0, 1.0),
                    x_format: AxisFormat::Integer,
                    y_format: AxisFormat::Number,
                    x_title: "x".into(),
                    y_title: "y".into(),
                    summary: String::new(),
                    compare: Vec::new(),
                },
            }
        }

        /// One redraw, as timed: takes the data (`xs` ascending, `ys`, same
        /// length), fits the axes to it and paints the whole chart (background,
        /// grid, ticks, titles, the line and its end label). False if the
        /// canvas has no 2D context.
        pub fn draw(&mut self, xs: &[f64], ys: &[f64]) -> bool {
            let points: Vec<(f64, f64)> = xs.iter().copied().zip(ys.iter().copied()).collect();
            let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
            for &(_, y) in &points {
                lo = lo.min(y);
                hi = hi.max(y);
            }
            let (x0, x1) = (
                points.first().map_or(0.0, |p| p.0),
                points.last().map_or(1.0, |p| p.0),
            );
            self.chart.x_range = (x0, x1.max(x0 + 1.0));
            self.chart.y_range = (lo.min(hi), hi.max(lo + 1.0));
            self.chart.lines = vec![Line {
                label: "series".into(),
                points,
                tone: Tone::Primary,
                dashed: false,
                width: 1.5,
            }];
            let Some(mut db) = Canvas::new(&self.el) else {
                return false;
            };
            let style = ChartStyle {
                palette: Palette::LIGHT,
                scale: 1.0,
            };
            self.chart.draw(&mut db, &style).is_ok()
        }
    }
}

fn main() {}
