//! Drawing: one function per figure, generic over plotters' `DrawingBackend`.
//!
//! The same function paints the on-screen canvas (our lean canvas backend in
//! `components::canvas`), writes SVG for downloads ([`kit::svg`]), and is
//! tested natively against that SVG. The figures' modules are named after
//! their chapters; the drawing kit they share is in [`kit`].
//! Inputs are plain data built from the model, so drawing never recomputes
//! economics and tests need no browser.

pub mod kit;

pub mod ai;
pub mod catalysts;
pub mod futures;
pub mod gap;
pub mod margin;
pub mod robots;
pub mod split;
pub mod valuation;

pub use kit::paint::{Drawn, Rgb};
use plotters_backend::DrawingBackend;

use crate::model::assumptions::Param;
use crate::text::Lang;

/// The data rows figure `id` shows or is calibrated from, as its source
/// line cites them; empty for an unknown ID. One list per figure, so the
/// Sources and methods section can say which figures use each row, and a
/// data table can name its publishers.
pub fn figure_sources(id: &str) -> Vec<&'static crate::data::Fact> {
    use crate::data::{fact, rows};
    match id {
        "split-markets" | "split-economy" | "guess-property" => split::sources(id),
        "ai-cost" => ai::sources(),
        "robots-pe" => robots::sources(),
        "valuation-pe" => [rows::DAMODARAN_PE, rows::CAMBRICON_FORWARD_PE]
            .iter()
            .filter_map(|(s, y)| fact(s, *y))
            .collect(),
        "valuation-implied" => [
            rows::CAMBRICON_FORWARD_PE,
            ("csi300_it_index_pe_forward", 2025),
        ]
        .iter()
        .filter_map(|(s, y)| fact(s, *y))
        .collect(),
        "margin-call" | "margin-paths" => margin::sources(id),
        "catalysts-timeline" => catalysts::EVENTS
            .iter()
            .filter_map(catalysts::Event::fact)
            .collect(),
        "gap-upside" => gap::sources(),
        "futures-gdp" | "futures-compare" => futures::sources(id),
        _ => Vec::new(),
    }
}

/// A position on a chart's horizontal axis, as the data table and the CSV
/// write it: the shortest text of the value rounded to 9 decimals, so grid
/// points built by floating-point steps read `0.06`, not `0.05999999999999999`.
pub fn position_text(v: f64) -> String {
    crate::model::decimal::write_shortest((v * 1e9).round() / 1e9)
}

/// Every assumption chapter `id` reads (its prose's live values, its figures'
/// charts and sliders), so a chapter re-renders only when one of them
/// changes. A test moves each other assumption and checks that nothing in
/// the chapter changes; an unknown chapter reads them all.
pub fn chapter_params(id: &str) -> &'static [Param] {
    match id {
        "split" | "catalysts" | "sources" | "checklist" => &[],
        "ai" => &ai::PARAMS,
        "robots" => &robots::PARAMS,
        "gap" => &gap::PARAMS,
        "valuation" => &valuation::IMPLIED_INPUTS,
        "margin" => &margin::PATHS_INPUTS,
        "futures" => &futures::INPUTS,
        _ => &Param::ALL,
    }
}

/// What a chart's values are, for writing them in its data table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TableUnit {
    /// A plain number.
    #[default]
    Number,
    /// Already in percent (35.9 → "35.9%").
    Percent,
    /// A decimal rate (0.05 → "5.00%").
    Rate,
    /// A multiple such as a P/E ("104.2×").
    Multiple,
    /// Millions of US dollars (5.58 → "US$5.58M").
    MillionUsd,
}

/// A figure's drawing: plain data that can paint itself on any backend, so
/// one generic canvas component serves every figure.
pub trait Chart: PartialEq {
    /// Paints the whole figure, background included, on `db`.
    fn draw<DB: DrawingBackend>(&self, db: &mut DB, style: &ChartStyle) -> Drawn<DB>;

    /// Text alternative describing what the figure currently shows.
    fn summary(&self) -> String;

    /// Draws scenario `a` (the reader's kept scenario A) faintly over this
    /// one (B, the current state) and records where they differ.
    fn overlay(&mut self, _a: &Self, _lang: Lang)
    where
        Self: Sized,
    {
    }

    /// Rows of the A/B difference table: (what, value in A, value in B).
    fn compare_rows(&self) -> Vec<(String, String, String)> {
        Vec::new()
    }

    /// The values drawn, for the CSV download and the data table:
    /// (series name, x written out or empty, value).
    fn table(&self) -> Vec<(String, String, f64)> {
        Vec::new()
    }

    /// The unit of [`Chart::table`]'s values, for the data table ("3.7%",
    /// "104.2×"); the CSV keeps bare numbers.
    fn table_unit(&self) -> TableUnit {
        TableUnit::Number
    }

    /// Read-out anchors for hover and keyboard: (x in CSS pixels on a canvas
    /// `width` × `height`, exact values written out). Empty when the figure
    /// prints its values already.
    fn readouts(&self, _width: f64, _height: f64) -> Vec<(f64, String)> {
        Vec::new()
    }

    /// Whether [`Chart::readouts`] can give anchors (on a canvas with room
    /// for a plot), without building them: canvases that offer read-outs
    /// take keyboard focus.
    fn offers_readouts(&self) -> bool {
        false
    }
}

/// Colours of one theme. The series colours are from the Okabe–Ito palette,
/// chosen to stay distinguishable under common colour-vision deficiencies.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    /// Plot background (matches the page).
    pub background: Rgb,
    /// Text and axis lines.
    pub text: Rgb,
    /// Secondary text (tick labels).
    pub muted: Rgb,
    /// Grid lines.
    pub grid: Rgb,
    /// The model's curve and the reader's point.
    pub primary: Rgb,
    /// Market reference lines.
    pub accent: Rgb,
    /// A third series (Okabe–Ito bluish green).
    pub third: Rgb,
    /// A fourth series (Okabe–Ito reddish purple).
    pub fourth: Rgb,
}

impl Palette {
    /// Light theme: Okabe–Ito blue and vermillion on white.
    pub const LIGHT: Palette = Palette {
        background: Rgb(0xff, 0xff, 0xff),
        text: Rgb(0x1f, 0x23, 0x28),
        muted: Rgb(0x4b, 0x53, 0x5c),
        grid: Rgb(0xe3, 0xe6, 0xea),
        primary: Rgb(0x00, 0x72, 0xb2),
        accent: Rgb(0xb8, 0x4a, 0x00),
        third: Rgb(0x00, 0x7a, 0x5e),
        fourth: Rgb(0xa8, 0x4d, 0x86),
    };
    /// Dark theme: Okabe–Ito sky blue and orange on near-black.
    pub const DARK: Palette = Palette {
        background: Rgb(0x16, 0x19, 0x1e),
        text: Rgb(0xe6, 0xed, 0xf3),
        muted: Rgb(0xa8, 0xb1, 0xbb),
        grid: Rgb(0x2e, 0x34, 0x3c),
        primary: Rgb(0x56, 0xb4, 0xe9),
        accent: Rgb(0xe6, 0x9f, 0x00),
        third: Rgb(0x3c, 0xc0, 0x9a),
        fourth: Rgb(0xd9, 0x8c, 0xbc),
    };
}

/// How to draw: colours, and the device-pixel scale (sizes are given in CSS
/// pixels and multiplied by `scale`, so text stays the same size on HiDPI).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChartStyle {
    /// Theme colours.
    pub palette: Palette,
    /// Device pixels per CSS pixel (`devicePixelRatio`), ≥ 1.
    pub scale: f64,
}

impl ChartStyle {
    /// `v` CSS pixels in device pixels.
    pub fn px(&self, v: f64) -> u32 {
        (v * self.scale).round().max(1.0) as u32
    }

    /// A font size of `v` CSS pixels in device pixels.
    pub fn font(&self, v: f64) -> f64 {
        v * self.scale
    }
}

impl Default for ChartStyle {
    fn default() -> Self {
        ChartStyle {
            palette: Palette::LIGHT,
            scale: 1.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::assumptions::Assumptions;

    #[test]
    fn positions_are_written_without_floating_point_noise() {
        let grid: Vec<String> = (0..=120).map(|i| position_text(i as f64 * 0.005)).collect();
        assert_eq!(grid[12], "0.06");
        assert_eq!(grid[29], "0.145");
        assert!(grid.iter().all(|s| s.len() <= 5), "{grid:?}");
        assert_eq!(position_text(2026.0), "2026");
        assert_eq!(position_text(0.18), "0.18");
        // And for every chart: no table position longer than 12 characters.
        let a = Assumptions::default();
        let rows = valuation::ValuationPe::new(&a, Lang::En).table();
        assert!(rows.iter().all(|r| r.1.len() <= 12), "{rows:?}");
    }
}
