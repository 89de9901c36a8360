//! Two Economies: an interactive explainer of China's 2026 tech boom against
//! its wider economy.
//!
//! Layers (one direction of flow): [`model`] (pure economics) → [`charts`]
//! (drawing, generic over plotters' `DrawingBackend`) → `components` (thin Yew
//! views, wasm only) wired together by `app` (state and effects, wasm only).
#![warn(missing_docs)]

pub mod charts;
pub mod data;
pub mod embed;
pub mod i18n;
pub mod model;
pub mod presenter;
pub mod qr;
pub mod share;
pub mod story;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod alloc;
#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod hooks;
