//! Pure economics: every number the explainer shows comes from here.
//!
//! No `yew`, `web_sys` or `gloo` imports are allowed in this module tree, so it
//! builds and is tested natively (`cargo test`) and can be called from other
//! tools. Rates are decimals (0.05 = 5 %) unless a name ends in `_pct`.

pub mod ai_cost;
pub mod assumptions;
pub mod decimal;
pub mod futures;
pub mod gap;
pub mod margin;
pub mod rng;
pub mod valuation;
