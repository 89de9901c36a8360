//! Words of the `gap` chapter's figure (`assets/i18n/<lang>/gap.ftl`).

use super::{fmt_pct, strings, Lang};
use crate::charts::kit::bars::Bar;
use crate::i18n::args;

pub use crate::i18n::GapText;

/// `gap-upside` labels in `lang`.
pub fn gap_text(lang: Lang) -> &'static GapText {
    crate::i18n::gap(lang)
}

impl GapText {
    /// Bar label of a basket: who measured it and its share today.
    pub fn basket(&self, key: &str, share: f64, _lang: Lang) -> String {
        let share = fmt_pct(share, 1);
        match key {
            "listed" => self.basket_listed(&share),
            "with_private" => self.basket_with_private(&share),
            "goldman_top10" => self.basket_goldman_top10(&share),
            _ => share,
        }
    }

    /// Text alternative.
    pub fn summary(&self, bars: &[Bar], target: &str) -> String {
        let list = bars
            .iter()
            .map(|b| format!("{} {}", b.label, b.value_text))
            .collect::<Vec<_>>()
            .join(strings(self.lang).sep_list);
        self.alt(args::GapAlt {
            list: &list,
            target,
        })
    }
}
