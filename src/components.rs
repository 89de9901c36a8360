//! Thin Yew views. They hold no economics: values come from `model`, drawing
//! from `charts`, words from `text` and `story`.

pub mod canvas;
pub mod chapter;
pub mod chapters;
pub mod chart_canvas;
pub mod copy;
pub mod embed;
pub mod export;
pub mod figure;
pub mod handout;
pub mod live_number;
pub mod presenter;
pub mod share;
pub mod slider;
pub mod source_line;
pub mod sources;
pub mod term;
pub mod toc;
