//! Words of the `futures` chapter's figures `futures-gdp` and `futures-compare`
//! (`assets/i18n/<lang>/futures.ftl`).
//!
//! Also [`live`], the live numbers of the `futures` chapter's prose (`{key}` in
//! `story/futures.md`), dispatched by [`crate::text::live`].

use super::Lang;
use crate::i18n::args;
use crate::model::futures::Preset;
use crate::text::{strings, Fixed};

use crate::charts::futures::{comparison, path};
pub use crate::i18n::FuturesText;
use crate::model::assumptions::{Assumptions, Param};
use crate::model::futures::{half_life, simulate, spillover_pp_2030, START_YEAR};
use crate::text::{fmt_param, fmt_pct, fmt_signed_pct};

/// `futures` labels in `lang`.
pub fn futures_text(lang: Lang) -> &'static FuturesText {
    crate::i18n::futures(lang)
}

impl FuturesText {
    /// Source-link texts of `futures-gdp`, in the order of `charts::futures::sources`.
    pub fn gdp_sources(&self) -> [&'static str; 7] {
        [
            self.source_gdp_2025,
            self.source_target_low,
            self.source_target_high,
            self.source_property_investment,
            self.source_retail_sales,
            self.source_high_tech,
            self.source_property_share,
        ]
    }

    /// Source-link texts of `futures-compare`, in the order of `charts::futures::sources`.
    pub fn compare_sources(&self) -> [&'static str; 8] {
        [
            self.source_new_economy_share,
            self.source_high_tech,
            self.source_property_share,
            self.source_consumption_share,
            self.source_goldman,
            self.source_mckinsey,
            self.source_guo_du,
            self.source_housing_wealth,
        ]
    }

    /// Full name of a preset (buttons, sentences).
    pub fn preset(&self, p: Preset) -> &'static str {
        match p {
            Preset::Spillover => self.preset_spillover,
            Preset::BifurcatedRecovery => self.preset_bifurcated,
            Preset::PropertyDragPersists => self.preset_drag,
        }
    }

    /// Short name of a preset for line ends (fits the chart's label margin).
    pub fn preset_short(&self, p: Preset) -> &'static str {
        match p {
            Preset::Spillover => self.short_spillover,
            Preset::BifurcatedRecovery => self.short_bifurcated,
            Preset::PropertyDragPersists => self.short_drag,
        }
    }

    /// One-line description of a preset (button tooltip and list).
    pub fn preset_description(&self, p: Preset) -> &'static str {
        match p {
            Preset::Spillover => self.about_spillover,
            Preset::BifurcatedRecovery => self.about_bifurcated,
            Preset::PropertyDragPersists => self.about_drag,
        }
    }

    /// Caption of `futures-compare`, naming the comparison preset.
    pub fn compare_caption(&self, other: Preset) -> String {
        self.compare_caption_text(args::FuturesCompareCaptionText {
            preset: self.preset(other),
            tag: self.preset_initial(other),
        })
    }

    /// The tag of a preset on `futures-compare`'s line ends ("B" / "分化").
    pub fn preset_initial(&self, p: Preset) -> &'static str {
        match p {
            Preset::Spillover => self.tag_spillover,
            Preset::BifurcatedRecovery => self.tag_bifurcated,
            Preset::PropertyDragPersists => self.tag_drag,
        }
    }

    /// Line name of a sector, short enough for a phone's label margin: the
    /// reader's "New" / "新经济", a preset's "New (B)" / "新(分化)".
    pub fn sector_line(&self, new: bool, preset: Option<Preset>) -> String {
        match (new, preset.map(|p| self.preset_initial(p))) {
            (true, None) => self.line_new.to_string(),
            (false, None) => self.line_old.to_string(),
            (true, Some(t)) => self.line_new_tagged(t),
            (false, Some(t)) => self.line_old_tagged(t),
        }
    }

    /// Text alternative of `futures-gdp`.
    pub fn gdp_summary(
        &self,
        yours: &str,
        avg: &str,
        first: &str,
        last: &str,
        presets: &[(String, String)],
    ) -> String {
        let list = presets
            .iter()
            .map(|(n, v)| format!("{n} {v}"))
            .collect::<Vec<_>>()
            .join(strings(self.lang).sep_list);
        let mut chars = yours.chars();
        let yours = chars
            .next()
            .map(|c| {
                std::iter::once(c.to_ascii_uppercase())
                    .chain(chars)
                    .collect::<String>()
            })
            .unwrap_or_default();
        self.gdp_alt(args::FuturesGdpAlt {
            avg,
            first,
            last,
            list: &list,
            yours: &yours,
        })
    }

    /// Text alternative of `futures-compare`; each pair is (yours, other).
    #[allow(clippy::too_many_arguments)]
    pub fn compare_summary(
        &self,
        yours: &str,
        other: &str,
        new: (&str, &str),
        old: (&str, &str),
        cons: (&str, &str, &str),
    ) -> String {
        self.compare_alt(args::FuturesCompareAlt {
            cons_2025: cons.0,
            cons_a: cons.1,
            cons_b: cons.2,
            new_a: new.0,
            new_b: new.1,
            old_a: old.0,
            old_b: old.1,
            other,
            yours,
        })
    }

    /// "in N years" for the property drag's half-life; `None` = never fades.
    pub fn half_life(&self, years: Option<f64>) -> String {
        match years {
            Some(n) => self.n_years(&Fixed(n, 1).to_string()),
            None => self.never.to_string(),
        }
    }

    /// Percentage points a year, e.g. "0.25 pp" / "0.25个百分点".
    pub fn pp(&self, v: f64) -> String {
        self.points(&Fixed(v, 2).to_string())
    }
}

/// A live value of the `futures` chapter's prose; `None` for an unknown key.
pub fn live(key: &str, a: &Assumptions, lang: Lang) -> Option<String> {
    let t = futures_text(lang);
    let p = path(a);
    let at = |year: i32| &p.years[(year - START_YEAR) as usize];
    let param = |q: Param| fmt_param(q, a.get(q), lang);
    let avg = |preset: Preset| fmt_pct(simulate(&preset.params()).average_growth(), 1);
    Some(match key {
        "preset" => a
            .futures_preset()
            .map_or(t.custom, |x| t.preset(x))
            .to_string(),
        "comparison" => t.preset(comparison(a)).to_string(),
        "avg_growth" => fmt_pct(p.average_growth(), 1),
        "gdp_2026" => fmt_pct(at(2026).gdp_growth, 1),
        "gdp_2030" => fmt_pct(at(2030).gdp_growth, 1),
        "gdp_2035" => fmt_pct(at(2035).gdp_growth, 1),
        "gdp_index_2035" => Fixed(at(2035).gdp_index, 0).to_string(),
        "new_2035" => Fixed(at(2035).new_index, 0).to_string(),
        "old_2035" => Fixed(at(2035).old_index, 0).to_string(),
        "new_share_2035" => fmt_pct(at(2035).new_share, 0),
        "cons_share_2025" => fmt_pct(at(2025).consumption_share, 0),
        "cons_share_2035" => fmt_pct(at(2035).consumption_share, 1),
        "prop_inv_2026" => fmt_signed_pct(at(2026).property_investment_growth * 100.0),
        "prop_inv_2030" => fmt_signed_pct(at(2030).property_investment_growth * 100.0),
        "half_life" => t.half_life(half_life(a.get(Param::FutPropertyFade))),
        "spill_pp" => t.pp(spillover_pp_2030(&a.futures())),
        "new_growth" => param(Param::FutNewGrowth),
        "spillover" => param(Param::FutSpillover),
        "fade" => param(Param::FutPropertyFade),
        "long_run" => param(Param::FutPropertyLongRun),
        "confidence" => param(Param::FutConfidence),
        "wealth_effect" => param(Param::FutWealthEffect),
        "rest_long_run" => param(Param::FutRestLongRun),
        "avg_spillover" => avg(Preset::Spillover),
        "avg_bifurcated" => avg(Preset::BifurcatedRecovery),
        "avg_drag" => avg(Preset::PropertyDragPersists),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::assumptions::Action;
    use crate::model::futures::Preset;

    #[test]
    fn live_values_resolve_for_every_preset_and_language() {
        crate::i18n::install_all_for_tests();
        let keys = [
            "preset",
            "comparison",
            "avg_growth",
            "gdp_2026",
            "gdp_2030",
            "gdp_2035",
            "gdp_index_2035",
            "new_2035",
            "old_2035",
            "new_share_2035",
            "cons_share_2025",
            "cons_share_2035",
            "prop_inv_2026",
            "prop_inv_2030",
            "half_life",
            "spill_pp",
            "avg_spillover",
            "avg_bifurcated",
            "avg_drag",
        ];
        for lang in [Lang::En, Lang::Zh] {
            for preset in Preset::ALL {
                let a = Assumptions::default().apply(Action::Preset(preset));
                assert_eq!(
                    live("preset", &a, lang).unwrap(),
                    futures_text(lang).preset(preset)
                );
                for k in keys {
                    let v = live(k, &a, lang).unwrap();
                    assert!(!v.is_empty() && !v.contains("NaN") && !v.contains("inf"));
                }
            }
        }
        let a = Assumptions::default();
        assert_eq!(live("preset", &a, Lang::En).unwrap(), "your own mix");
        assert_eq!(live("cons_share_2025", &a, Lang::En).unwrap(), "40%");
        assert!(live("nope", &a, Lang::En).is_none());
    }
}
