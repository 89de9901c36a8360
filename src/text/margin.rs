//! Words of the `margin` chapter's figures, `margin-call` and `margin-paths`
//! (`assets/i18n/<lang>/margin.ftl`).
//!
//! Also [`live`], the live numbers of the `margin` chapter's prose (`{key}` in
//! `story/margin.md`), dispatched by [`crate::text::live`].

use super::Lang;
use crate::i18n::args;

use crate::charts::margin::{hit_probability, SAMPLES};
pub use crate::i18n::MarginText;
use crate::model::assumptions::{Assumptions, Param};
use crate::model::margin::{
    price_fall_to_line, INSTANT_LINE, MIN_MARGIN_RATIO_2023, MIN_MARGIN_RATIO_2026, WARNING_LINE,
};
use crate::text::{fmt_param, fmt_pct, group_thousands, Fixed};

/// `margin-call` and `margin-paths` labels in `lang`.
pub fn margin_text(lang: Lang) -> &'static MarginText {
    crate::i18n::margin(lang)
}

impl MarginText {
    /// A labelled point: "80% rule: −27.8%" / "80%规则 −27.8%".
    pub fn point(&self, name: &str, change: &str) -> String {
        self.point_label(args::MarginPointLabel { change, name })
    }

    /// Label of the barrier line: "Forced sale at 0.65 (−35.0%)".
    pub fn barrier(&self, price: &str, change: &str) -> String {
        self.barrier_label(args::MarginBarrierLabel { change, price })
    }

    /// A count of paths: "2,000 paths" / "2,000条路径".
    pub fn paths(&self, n: u32) -> String {
        self.paths_count(&group_thousands(u64::from(n)))
    }

    /// Text alternative of `margin-call`. Arguments are written-out values:
    /// the line, the falls at the 80 % and 100 % rules, the reader's ratio and
    /// fall, and the falls to the 150 % warning and 115 % instant lines at
    /// the reader's ratio.
    #[allow(clippy::too_many_arguments)]
    pub fn call_summary(
        &self,
        line: &str,
        fall_80: &str,
        fall_100: &str,
        ratio: &str,
        fall: &str,
        fall_warning: &str,
        fall_instant: &str,
    ) -> String {
        // Arguments of `margin-call-alt` in alphabetical order.
        self.call_alt(args::MarginCallAlt {
            fall,
            fall100: fall_100,
            fall80: fall_80,
            instant: fall_instant,
            line,
            ratio,
            warning: fall_warning,
        })
    }

    /// Text alternative of `margin-paths`: the drawn sample (`shown` paths,
    /// `shown_hit` of them reaching the line), the assumptions, and `share`,
    /// the computed probability of reaching the line (not the sample's share).
    #[allow(clippy::too_many_arguments)]
    pub fn paths_summary(
        &self,
        shown: usize,
        shown_hit: usize,
        days: &str,
        vol: &str,
        drift: &str,
        barrier: &str,
        fall: &str,
        share: &str,
    ) -> String {
        // Arguments of `margin-paths-alt` in alphabetical order.
        self.paths_alt(args::MarginPathsAlt {
            barrier,
            days,
            drift,
            fall,
            hit: &shown_hit.to_string(),
            share,
            shown: &shown.to_string(),
            vol,
        })
    }
}

/// A fall (decimal) written as "35.0%", or the dash.
pub fn fmt_fall(fall: Option<f64>) -> String {
    fall.filter(|f| f.is_finite())
        .map_or_else(|| "—".to_string(), |f| fmt_pct(f, 1))
}

/// A live value of the `margin` chapter's prose; `None` for an unknown key.
pub fn live(key: &str, a: &Assumptions, lang: Lang) -> Option<String> {
    let (m, line) = (a.get(Param::MarginRatio), a.get(Param::MarginLine));
    Some(match key {
        "ratio" => fmt_param(Param::MarginRatio, m, lang),
        "line" => fmt_param(Param::MarginLine, line, lang),
        "start_ratio" => fmt_pct(1.0 + m, 0),
        "buy" => Fixed(1.0 + 1.0 / m, 2).to_string(),
        "fall" => fmt_fall(price_fall_to_line(m, line)),
        "fall_80" => fmt_fall(price_fall_to_line(MIN_MARGIN_RATIO_2023, line)),
        "fall_100" => fmt_fall(price_fall_to_line(MIN_MARGIN_RATIO_2026, line)),
        "fall_warning" => fmt_fall(price_fall_to_line(m, WARNING_LINE)),
        "fall_instant" => fmt_fall(price_fall_to_line(m, INSTANT_LINE)),
        "barrier" => fmt_pct(line / (1.0 + m), 1),
        "vol" => fmt_param(Param::MarginVol, a.get(Param::MarginVol), lang),
        "drift" => fmt_param(Param::MarginDrift, a.get(Param::MarginDrift), lang),
        "days" => fmt_param(Param::MarginDays, a.get(Param::MarginDays), lang),
        // The drawn sample ("8 paths"). `paths` is the older name.
        "samples" | "paths" => margin_text(lang).paths(SAMPLES),
        // Computed, not the share of the drawn sample.
        "hit_share" => fmt_fall(hit_probability(a)),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data;
    use crate::model::assumptions::Action;

    #[test]
    fn thousands_are_grouped() {
        crate::i18n::install_all_for_tests();
        assert_eq!(group_thousands(2000), "2,000");
        assert_eq!(group_thousands(100_000), "100,000");
        assert_eq!(group_thousands(8), "8");
        assert_eq!(margin_text(Lang::Zh).paths(2000), "2,000条路径");
    }

    fn set(p: Param, v: f64) -> Assumptions {
        Assumptions::default().apply(Action::Set(p, v))
    }

    #[test]
    fn falls_equal_the_model_and_the_calibration_rows() {
        let a = Assumptions::default();
        assert_eq!(live("fall_100", &a, Lang::En).unwrap(), "35.0%");
        assert_eq!(live("fall_80", &a, Lang::En).unwrap(), "27.8%");
        assert_eq!(live("fall", &a, Lang::En).unwrap(), "35.0%");
        assert_eq!(live("fall_warning", &a, Lang::En).unwrap(), "25.0%");
        assert_eq!(live("fall_instant", &a, Lang::En).unwrap(), "42.5%");
        assert_eq!(live("start_ratio", &a, Lang::En).unwrap(), "200%");
        assert_eq!(live("barrier", &a, Lang::En).unwrap(), "65.0%");
        assert_eq!(live("buy", &a, Lang::En).unwrap(), "2.00");
        for (series, year) in [
            ("margin_price_fall_to_130_at_100pct_margin", 2026),
            ("margin_price_fall_to_130_at_80pct_margin", 2023),
        ] {
            let row = data::fact(series, year).unwrap().value.unwrap();
            let key = if year == 2026 { "fall_100" } else { "fall_80" };
            assert_eq!(live(key, &a, Lang::En).unwrap(), format!("{row:.1}%"));
        }
        let b = set(Param::MarginRatio, 0.8);
        assert_eq!(live("buy", &b, Lang::Zh).unwrap(), "2.25");
        assert_eq!(live("nope", &a, Lang::En), None);
    }
}
