//! Words of the `valuation` chapter's second figure, `valuation-implied`
//! (`assets/i18n/<lang>/valuation.ftl`).
//!
//! Also [`live`], the live numbers of the `valuation` chapter's prose (`{key}` in
//! `story/valuation.md`), dispatched by [`crate::text::live`].

use super::{fmt_multiple, fmt_pct, Lang};
use crate::i18n::args;
use crate::model::valuation::ImpliedError;
use crate::text::Fixed;

use crate::charts::valuation::market_implied_growth;
use crate::data::{self, rows};
pub use crate::i18n::ValuationText;
use crate::model::assumptions::{Assumptions, Param};
use crate::model::valuation::{justified_forward_pe, justified_pe_two_stage, peg, years_to_pe};
use crate::text::{fmt_param, fmt_ratio, strings};

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

/// A live value of the `valuation` chapter's prose; `None` for an unknown key.
pub fn live(key: &str, a: &Assumptions, lang: Lang) -> Option<String> {
    let m = a.two_stage();
    Some(match key {
        "pe" => fmt_multiple(justified_pe_two_stage(&m), lang),
        "forward_pe" => fmt_multiple(justified_forward_pe(&m), lang),
        // Both PEGs of the chapter are on one basis: the forward P/E (price over
        // next year's earnings, as the market's Cambricon multiple) over the
        // yearly growth in percent.
        "peg" => fmt_ratio(
            justified_forward_pe(&m).and_then(|pe| peg(pe, a.get(Param::GHigh) * 100.0)),
            lang,
        ),
        "market_pe" => fmt_multiple(Some(data::value(rows::CAMBRICON_FORWARD_PE)), lang),
        "g_high" => fmt_param(Param::GHigh, a.get(Param::GHigh), lang),
        "years" => fmt_param(Param::Years, a.get(Param::Years), lang),
        "ke" => fmt_param(Param::Ke, a.get(Param::Ke), lang),
        "g_stable" => fmt_param(Param::GStable, a.get(Param::GStable), lang),
        "pe_target" => fmt_param(Param::PeTarget, a.get(Param::PeTarget), lang),
        "implied_g" => match market_implied_growth(a) {
            Ok(g) => fmt_pct(g, 1),
            Err(e) => valuation_text(lang).implied_error(e).to_string(),
        },
        "implied_peg" => fmt_ratio(
            market_implied_growth(a)
                .ok()
                .and_then(|g| peg(data::value(rows::CAMBRICON_FORWARD_PE), g * 100.0)),
            lang,
        ),
        "years_to_normal" => {
            let market = data::value(rows::CAMBRICON_FORWARD_PE);
            let n = market_implied_growth(a)
                .ok()
                .and_then(|g| years_to_pe(market, g, a.get(Param::PeTarget)));
            n.map_or_else(
                || strings(lang).no_value.to_string(),
                |n| valuation_text(lang).years(n),
            )
        }
        _ => return None,
    })
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
