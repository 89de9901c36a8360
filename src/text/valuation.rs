//! Words of the `valuation` chapter's second figure, `valuation-implied`.

use super::{fmt_multiple, fmt_pct, Lang};
use crate::model::valuation::ImpliedError;
use crate::text::Fixed;

/// Labels of `valuation-implied` in one language.
pub struct ValuationText {
    lang: Lang,
    /// Caption.
    pub implied_caption: &'static str,
    /// x-axis title.
    pub implied_x: &'static str,
    /// y-axis title.
    pub implied_y: &'static str,
}

/// `valuation-implied` labels in `lang`.
pub fn valuation_text(lang: Lang) -> ValuationText {
    match lang {
        Lang::En => ValuationText {
            lang,
            implied_caption: "Reverse DCF: the growth the market's 104× implies, and how many years of it, at a constant price, bring the P/E down to \"normal\"",
            implied_x: "Earnings growth a year",
            implied_y: "Years until the P/E is \"normal\"",
        },
        Lang::Zh => ValuationText {
            lang,
            implied_caption: "反向DCF：市场104倍市盈率隐含的增速，以及股价不变时需要多少年这样的增长才能让市盈率回到“正常”",
            implied_x: "每年盈利增速",
            implied_y: "市盈率回到“正常”所需年数",
        },
    }
}

impl ValuationText {
    /// A number of years, one decimal.
    pub fn years(&self, n: f64) -> String {
        match self.lang {
            Lang::En => format!("{} years", Fixed(n, 1)),
            Lang::Zh => format!("{}年", Fixed(n, 1)),
        }
    }

    /// Label of the implied-growth marker.
    pub fn implied_marker(&self, g: f64, n: f64) -> String {
        match self.lang {
            Lang::En => format!("implied {}: {}", fmt_pct(g, 1), self.years(n)),
            Lang::Zh => format!("隐含{}：{}", fmt_pct(g, 1), self.years(n)),
        }
    }

    /// Why there is no implied growth, for the reader.
    pub fn implied_error(&self, e: ImpliedError) -> &'static str {
        match (self.lang, e) {
            (Lang::En, _) => e.reason(),
            (Lang::Zh, ImpliedError::InvalidInput) => "输入对此模型无效。",
            (Lang::Zh, ImpliedError::NoFiniteValue) => "永续增长率不低于股权成本，模型没有有限值。",
            (Lang::Zh, ImpliedError::BelowRange) => "即使每年下降50%，合理市盈率也高于市场。",
            (Lang::Zh, ImpliedError::AboveRange) => {
                "在这些输入下，即使每年增长200%也无法支撑这么高的市盈率。"
            }
            (Lang::Zh, ImpliedError::NotIdentified) => {
                "这里增速不影响市盈率（没有高增长年份或派息为零）。"
            }
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
        match (self.lang, implied, years) {
            (Lang::En, Some(g), Some(n)) => format!(
                "Line chart: the years a {m} forward P/E takes to fall to {t} at a constant price shrink as earnings growth rises. The two-stage model says the market's price implies {} growth; at that rate the P/E reaches {t} in {}.",
                fmt_pct(g, 1),
                self.years(n)
            ),
            (Lang::Zh, Some(g), Some(n)) => format!(
                "折线图：股价不变时，{m}的远期市盈率降到{t}所需的年数随盈利增速上升而减少。两阶段模型显示，市场价格隐含{}的增速；按此增速，市盈率在{}后达到{t}。",
                fmt_pct(g, 1),
                self.years(n)
            ),
            (Lang::En, _, _) => format!("Line chart: the years a {m} forward P/E takes to fall to {t} at a constant price, by earnings growth. No implied growth for these assumptions."),
            (Lang::Zh, _, _) => format!("折线图：股价不变时{m}的远期市盈率降到{t}所需年数与盈利增速的关系。在这些假设下没有隐含增速。"),
        }
    }
}
