//! Words of the `robots` chapter's figure (`assets/i18n/<lang>/robots.ftl`).

use super::{strings, Lang};
use crate::charts::kit::bars::Bar;
use crate::i18n::args;
use crate::text::Fixed;

pub use crate::i18n::RobotsText;

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
