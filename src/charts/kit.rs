//! The drawing kit every figure is drawn with, over plotters'
//! `DrawingBackend`: [`paint`] (colours, strokes, fonts, dashes, text and
//! axis ticks in CSS pixels), the two general charts the figures fill in
//! ([`lines`]: a line chart with reference lines and markers; [`bars`]: a
//! labelled horizontal bar chart), and [`svg`], the integer-only SVG backend
//! behind the downloads and the native tests. The on-screen canvas backend is
//! `components::canvas` (wasm only).
//!
//! Nothing here knows a figure, the model or the story: the figures in
//! `charts/<chapter>.rs` build these charts' plain-data inputs.

pub mod bars;
pub mod lines;
pub mod paint;
pub mod svg;
