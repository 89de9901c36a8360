//! The app's effects, one hook a file: each keeps one thing outside Yew in
//! step with the state (`use_effect_with`, never in the reducer), so
//! [`crate::app`] reads as the state and the page.
//!
//! - [`use_url_sync`]: the URL follows the assumptions, language, scenario A
//!   and presenter mode (debounced `replaceState`/`pushState`).
//! - [`use_history`]: Back and Forward load the state from the URL.
//! - [`use_prefers_dark`]: the system's dark-theme preference, live.
//! - [`use_report_height`]: inside a frame, the page's height for `embed.js`.

mod use_history;
mod use_prefers_dark;
mod use_report_height;
mod use_url_sync;

pub use use_history::use_history;
pub use use_prefers_dark::use_prefers_dark;
pub use use_report_height::use_report_height;
pub use use_url_sync::use_url_sync;
