//! Pure economics: every number the explainer shows comes from here.
//!
//! No `yew`, `web_sys` or `gloo` imports are allowed in this module tree, so it
//! builds and is tested natively (`cargo test`) and can be called from other
//! tools. Rates are decimals (0.05 = 5 %) unless a name ends in `_pct`.

pub mod ai;
pub mod assumptions;
pub mod decimal;
pub mod futures;
pub mod gap;
pub mod margin;
pub mod rng;
pub mod valuation;

/// `f64::clamp` without its formatted panic message (which would ship Rust's
/// float printer to the browser). NaN stays NaN, as with `clamp`.
pub trait Within {
    /// `self` limited to [`lo`, `hi`]; `lo` ≤ `hi` is the caller's promise
    /// (if broken, the result is `lo` or `hi`, never a panic).
    fn within(self, lo: f64, hi: f64) -> f64;
}

impl Within for f64 {
    fn within(self, lo: f64, hi: f64) -> f64 {
        if self < lo {
            lo
        } else if self > hi {
            hi
        } else {
            self
        }
    }
}
