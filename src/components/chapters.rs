//! One module per chapter that has figures of its own.

pub mod valuation;
