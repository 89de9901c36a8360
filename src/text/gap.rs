//! Words of the `gap` chapter's figure (`assets/i18n/<lang>/gap.ftl`).
//!
//! Also [`live`], the live numbers of the `gap` chapter's prose (`{key}` in
//! `story/gap.md`), dispatched by [`crate::text::live`].

use super::{fmt_pct, strings, Lang};
use crate::charts::kit::bars::Bar;
use crate::i18n::args;

pub use crate::i18n::GapText;
use crate::model::assumptions::{Assumptions, Param};
use crate::model::gap::{multiple_from_share, BASKETS};
use crate::text::{fmt_multiple, fmt_param, fmt_signed_pct};

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

/// A live value of the `gap` chapter's prose; `None` for an unknown key.
pub fn live(key: &str, a: &Assumptions, lang: Lang) -> Option<String> {
    let target = a.get(Param::GapTarget);
    let pct = |x: Option<f64>| x.map_or_else(|| "—".to_string(), |v| fmt_signed_pct(v * 100.0));
    Some(match key {
        "listed_share" => fmt_pct(BASKETS[0].china_share_of_us, 1),
        "listed_multiple" => fmt_multiple(multiple_from_share(BASKETS[0].china_share_of_us), lang),
        "private_multiple" => fmt_multiple(multiple_from_share(BASKETS[1].china_share_of_us), lang),
        "goldman_multiple" => fmt_multiple(multiple_from_share(BASKETS[2].china_share_of_us), lang),
        "target" => fmt_param(Param::GapTarget, target, lang),
        "target_multiple" => fmt_multiple(multiple_from_share(target), lang),
        "upside_listed" => pct(BASKETS[0].upside_to(target)),
        "upside_private" => pct(BASKETS[1].upside_to(target)),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_factor_of_fifteen() {
        let a = Assumptions::default();
        assert_eq!(live("listed_multiple", &a, Lang::En).unwrap(), "15.4×");
        assert_eq!(live("private_multiple", &a, Lang::En).unwrap(), "12.5×");
        assert_eq!(live("goldman_multiple", &a, Lang::En).unwrap(), "10.0×");
    }
}
