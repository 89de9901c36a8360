//! Words of the `valuation` chapter's second figure, `valuation-implied`
//! (`assets/i18n/<lang>/valuation.ftl`).

use super::{fmt_multiple, fmt_pct, Lang};
use crate::i18n::args;
use crate::model::valuation::ImpliedError;
use crate::text::Fixed;

pub use crate::i18n::ValuationText;

/// `valuation-implied` labels in `lang`.
pub fn valuation_text(lang: Lang) -> &'static ValuationText {
    crate::i18n::valuation(lang)
}

impl ValuationText {
    /// A number of years, one decimal.
    pub fn years(&self, n: f64) -> String {
        self.n_years(&Fixed(n, 1).to_string())
    }

    /// Label of the implied-growth marker.
    pub fn implied_marker(&self, g: f64, n: f64) -> String {
        self.marker(args::ValuationMarker {
            g: &fmt_pct(g, 1),
            years: &self.years(n),
        })
    }

    /// Why there is no implied growth, for the reader.
    pub fn implied_error(&self, e: ImpliedError) -> &'static str {
        match e {
            ImpliedError::InvalidInput => self.error_invalid_input,
            ImpliedError::NoFiniteValue => self.error_no_finite_value,
            ImpliedError::BelowRange => self.error_below_range,
            ImpliedError::AboveRange => self.error_above_range,
            ImpliedError::NotIdentified => self.error_not_identified,
        }
    }

    /// Text alternative of `valuation-implied`.
    pub fn implied_summary(
        &self,
        market: f64,
        target: f64,
        implied: Option<f64>,
        years: Option<f64>,
    ) -> String {
        let (m, t) = (
            fmt_multiple(Some(market), self.lang),
            fmt_multiple(Some(target), self.lang),
        );
        match (implied, years) {
            (Some(g), Some(n)) => self.summary_found(args::ValuationSummaryFound {
                g: &fmt_pct(g, 1),
                m: &m,
                t: &t,
                years: &self.years(n),
            }),
            _ => self.summary_none(args::ValuationSummaryNone { m: &m, t: &t }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_reasons_match_the_model() {
        let t = valuation_text(Lang::En);
        for e in [
            ImpliedError::InvalidInput,
            ImpliedError::NoFiniteValue,
            ImpliedError::BelowRange,
            ImpliedError::AboveRange,
            ImpliedError::NotIdentified,
        ] {
            assert_eq!(t.implied_error(e), e.reason());
        }
    }
}
