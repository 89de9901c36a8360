//! Words of the `robots` chapter's figure (`assets/i18n/<lang>/robots.ftl`).
//!
//! Also [`live`], the live numbers of the `robots` chapter's prose (`{key}` in
//! `story/robots.md`), dispatched by [`crate::text::live`].

use super::{strings, Lang};
use crate::charts::kit::bars::Bar;
use crate::i18n::args;
use crate::text::Fixed;

use crate::charts::robots::ROWS;
use crate::data;
pub use crate::i18n::RobotsText;
use crate::model::assumptions::{Assumptions, Param};
use crate::model::valuation::{pe_after, years_to_pe};
use crate::text::{fmt_multiple, fmt_param};

/// `robots-pe` labels in `lang`.
pub fn robots_text(lang: Lang) -> &'static RobotsText {
    crate::i18n::robots(lang)
}

impl RobotsText {
    /// Label of the "after growth" bar.
    pub fn after(&self, years: &str, growth: &str) -> String {
        self.after_bar(args::RobotsAfterBar { growth, years })
    }

    /// A number of years, one decimal.
    pub fn years(&self, n: f64) -> String {
        self.n_years(&Fixed(n, 1).to_string())
    }

    /// Text alternative.
    pub fn summary(&self, bars: &[Bar], years: Option<f64>) -> String {
        let list = bars
            .iter()
            .map(|b| format!("{} {}", b.label, b.value_text))
            .collect::<Vec<_>>()
            .join(strings(self.lang).sep_list);
        let y = years.map_or_else(|| self.never.to_string(), |n| self.years(n));
        self.alt(args::RobotsAlt {
            list: &list,
            years: &y,
        })
    }
}

/// A live value of the `robots` chapter's prose; `None` for an unknown key.
pub fn live(key: &str, a: &Assumptions, lang: Lang) -> Option<String> {
    let (robots, it) = (data::value(ROWS[0]), data::value(ROWS[1]));
    let g = a.get(Param::RobotsGrowth);
    Some(match key {
        "robots_pe" => fmt_multiple(Some(robots), lang),
        "it_pe" => fmt_multiple(Some(it), lang),
        "growth" => fmt_param(Param::RobotsGrowth, g, lang),
        "years" => fmt_param(Param::RobotsYears, a.get(Param::RobotsYears), lang),
        "pe_after" => fmt_multiple(pe_after(robots, g, a.get(Param::RobotsYears).round()), lang),
        "years_to_it" => match years_to_pe(robots, g, it) {
            Some(n) => robots_text(lang).years(n),
            None => robots_text(lang).never.to_string(),
        },
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::assumptions::Action;

    #[test]
    fn live_years_to_reach_the_it_multiple() {
        let a = Assumptions::default();
        // ln(58/32)/ln(1.25) = 2.67 years
        assert_eq!(live("years_to_it", &a, Lang::En).unwrap(), "2.7 years");
        let none = a.apply(Action::Set(Param::RobotsGrowth, 0.0));
        assert_eq!(
            live("years_to_it", &none, Lang::En).unwrap(),
            "never, at zero growth"
        );
    }
}
