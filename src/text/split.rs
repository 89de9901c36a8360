//! Words of the `split` chapter's figures (`assets/i18n/<lang>/split.ftl`).
//!
//! Also [`live`], the live numbers of the `split` chapter's prose (`{key}` in
//! `story/split.md`), dispatched by [`crate::text::live`].

use super::{fmt_signed_pct, strings, Lang};
use crate::charts::kit::bars::Bar;
use crate::charts::kit::lines::Line;
use crate::charts::split::{Guess, GUESS_YEARS};
use crate::i18n::args;
use crate::text::Fixed;

use crate::data;
pub use crate::i18n::SplitText;
use crate::model::assumptions::Assumptions;

/// The `split` labels for `lang`.
pub fn split_text(lang: Lang) -> &'static SplitText {
    crate::i18n::split(lang)
}

impl SplitText {
    /// Full name of a data series as a bar label.
    pub fn series(&self, series: &str) -> &'static str {
        match series {
            "star50_price_return" => self.series_star50,
            "chinext50_price_return" => self.series_chinext50,
            "hsi_price_return" => self.series_hsi,
            "hstech_price_return" => self.series_hstech,
            "csi300_price_return" => self.series_csi300,
            "real_gdp_growth" => self.series_real_gdp,
            "nominal_gdp_growth" => self.series_nominal_gdp,
            "retail_sales_growth" => self.series_retail_sales,
            "real_estate_investment_growth" => self.series_property,
            _ => "",
        }
    }

    /// Short series name for line ends.
    pub fn short(&self, series: &str) -> &'static str {
        match series {
            "real_gdp_growth" => self.short_real_gdp,
            "retail_sales_growth" => self.short_retail_sales,
            "real_estate_investment_growth" => self.short_property,
            _ => self.series(series),
        }
    }

    /// Label of the GDP reference line.
    pub fn gdp_ref(&self, gdp: f64) -> String {
        self.gdp_line(&fmt_signed_pct(gdp))
    }

    /// Text alternative of `split-markets`.
    pub fn markets_summary(&self, bars: &[Bar]) -> String {
        let list = bars
            .iter()
            .map(|b| {
                self.markets_item(args::SplitMarketsItem {
                    label: &b.label,
                    value: &b.value_text,
                })
            })
            .collect::<Vec<_>>();
        self.markets_alt(&list.join(strings(self.lang).sep_list))
    }

    /// Text alternative of `split-economy`.
    pub fn economy_summary(&self, lines: &[Line]) -> String {
        let part = |l: &Line| {
            let (Some(a), Some(b)) = (l.points.first(), l.points.last()) else {
                return String::new();
            };
            self.economy_item(args::SplitEconomyItem {
                from: &fmt_signed_pct(a.1),
                from_year: &Fixed(a.0, 0).to_string(),
                label: &l.label,
                to: &fmt_signed_pct(b.1),
                to_year: &Fixed(b.0, 0).to_string(),
            })
        };
        let parts = lines.iter().map(part).collect::<Vec<_>>();
        self.economy_alt(&parts.join(strings(self.lang).sep_list))
    }

    /// Text alternative and verdict of `guess-property`.
    pub fn guess_summary(&self, g: &Guess) -> String {
        let actual = Guess::actual();
        let year_value = |y: &i32, v: f64| {
            self.year_value(args::SplitYearValue {
                value: &fmt_signed_pct(v),
                year: &y.to_string(),
            })
        };
        if !g.revealed {
            let guessed = GUESS_YEARS
                .iter()
                .zip(g.values)
                .filter_map(|(y, v)| v.map(|v| year_value(y, v)))
                .collect::<Vec<_>>();
            if guessed.is_empty() {
                let years = GUESS_YEARS
                    .iter()
                    .map(|y| y.to_string())
                    .collect::<Vec<_>>()
                    .join(self.year_sep);
                return self.guess_none(&years);
            }
            return self.guess_pending(&guessed.join(self.guess_sep));
        }
        let vals = GUESS_YEARS
            .iter()
            .zip(actual)
            .map(|(y, v)| year_value(y, v))
            .collect::<Vec<_>>()
            .join(self.year_sep);
        let fall = fmt_signed_pct(-Guess::cumulative_after_first() * 100.0);
        let verdict = match g.mean_abs_error() {
            Some(e) => self.guess_verdict(&Fixed(e, 1).to_string()),
            None => String::new(),
        };
        self.guess_revealed(args::SplitGuessRevealed {
            fall: fall.trim_start_matches('+'),
            values: &vals,
            verdict: &verdict,
        })
    }
}

/// A live value of the `split` chapter's prose; `None` for an unknown key.
pub fn live(key: &str, _a: &Assumptions, _lang: Lang) -> Option<String> {
    let v = data::value((live_row(key)?, 2025));
    Some(if key == "property_fall" {
        // "fell 17.2%": the size of the fall, without a sign.
        format!("{}%", Fixed(v.abs(), 1))
    } else {
        fmt_signed_pct(v)
    })
}

/// The fact row (its 2025 value) a live value of the `split` prose shows;
/// `None` for other keys.
fn live_row(key: &str) -> Option<&'static str> {
    Some(match key {
        "csi300" => "csi300_price_return",
        "star50" => "star50_price_return",
        "hstech" => "hstech_price_return",
        "chinext50" => "chinext50_price_return",
        "hsi" => "hsi_price_return",
        "gdp_real" => "real_gdp_growth",
        "gdp_nominal" => "nominal_gdp_growth",
        "retail" => "retail_sales_growth",
        "property" | "property_fall" => "real_estate_investment_growth",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn live_values() {
        let a = Assumptions::default();
        assert_eq!(live("star50", &a, Lang::En).unwrap(), "+35.9%");
        assert_eq!(live("property", &a, Lang::En).unwrap(), "−17.2%");
        assert_eq!(live("gdp_real", &a, Lang::En).unwrap(), "+5.0%");
        assert_eq!(live("property_fall", &a, Lang::En).unwrap(), "17.2%");
        assert_eq!(live("nope", &a, Lang::En), None);
    }

    /// A number the prose takes from a fact row names that row where it is
    /// read: the paragraph (or list item) holding it cites it, so a weak
    /// row's mark shows beside the number.
    #[test]
    fn each_live_value_cites_its_row_in_its_paragraph() {
        use crate::story::{chapter, runs, Inline};
        crate::i18n::install_all_for_tests();
        for lang in [Lang::En, Lang::Zh] {
            let mut seen = 0;
            for items in runs(chapter(lang, "split")) {
                for i in items {
                    let Inline::Live(key) = i else { continue };
                    let Some(row) = live_row(key) else { continue };
                    seen += 1;
                    assert!(
                        items
                            .iter()
                            .any(|c| matches!(c, Inline::Cite(s, 2025) if *s == row)),
                        "{lang:?}: {{{key}}} shows {row} 2025 without citing it in its paragraph"
                    );
                }
            }
            assert!(
                seen >= 8,
                "{lang:?}: only {seen} live values from rows found"
            );
        }
    }
}
