//! Words of the `ai` chapter's figure (`assets/i18n/<lang>/ai.ftl`).
//!
//! Also [`live`], the live numbers of the `ai` chapter's prose (`{key}` in
//! `story/ai.md`), dispatched by [`crate::text::live`].

use super::Lang;
use crate::charts::kit::bars::Bar;

use crate::charts::ai::your_cost;
use crate::data;
use crate::i18n::args;
pub use crate::i18n::AiText;
use crate::model::ai::{DEEPSEEK_V3_REPORTED_COST_USD, REFERENCE_RUNS};
use crate::model::assumptions::{Assumptions, Param};
use crate::text::{fmt_count, fmt_param, fmt_usd, Fixed};

/// `ai-cost` labels in `lang`.
pub fn ai_text(lang: Lang) -> &'static AiText {
    crate::i18n::ai(lang)
}

impl AiText {
    /// Label of a reference run priced at the reader's rate.
    pub fn run_label(&self, key: &str) -> &'static str {
        match key {
            "deepseek_r1_rl_training_cost" => self.run_r1,
            "llama31_405b_gpu_hours" => self.run_llama,
            _ => self.run_other,
        }
    }

    /// What an excluded cost is, and the evidence (by `Exclusion::key`), its
    /// numbers read from the fact base (`context.csv`, `ai_cost.csv`).
    pub fn exclusion(&self, key: &str) -> (&'static str, String) {
        let v = |series, year| data::fact(series, year).and_then(|f| f.value);
        let lang = self.lang;
        match key {
            "research_ablations" => (
                self.exclusion_research_ablations,
                self.exclusion_research_ablations_detail.to_string(),
            ),
            "hardware" => (
                self.exclusion_hardware,
                self.exclusion_hardware_detail(args::AiExclusionHardwareDetail {
                    rate: &fmt_usd(v("deepseek_v3_rental_rate_assumed", 2024), lang),
                    gpus: &fmt_count(v("deepseek_gpu_fleet_estimate", 2025), lang),
                    capex: &fmt_usd(
                        v("deepseek_server_capex_estimate", 2025).map(|bn| bn * 1e9),
                        lang,
                    ),
                }),
            ),
            "earlier_hardware" => (
                self.exclusion_earlier_hardware,
                self.exclusion_earlier_hardware_detail(&fmt_count(
                    v("high_flyer_a100_purchase", 2021),
                    lang,
                )),
            ),
            "staff_operations" => (
                self.exclusion_staff_operations,
                self.exclusion_staff_operations_detail(&fmt_usd(
                    v("deepseek_operating_cost_estimate", 2025).map(|mn| mn * 1e6),
                    lang,
                )),
            ),
            "later_stages" => (
                self.exclusion_later_stages,
                self.exclusion_later_stages_detail(&fmt_usd(
                    v("deepseek_r1_rl_training_cost", 2025),
                    lang,
                )),
            ),
            _ => ("", String::new()),
        }
    }

    /// Text alternative.
    pub fn summary(&self, bars: &[Bar]) -> String {
        let list = bars
            .iter()
            .map(|b| format!("{} {}", b.label, b.value_text))
            .collect::<Vec<_>>();
        self.summary_text(&list.join(super::strings(self.lang).sep_list))
    }
}

/// A live value of the `ai` chapter's prose; `None` for an unknown key.
pub fn live(key: &str, a: &Assumptions, lang: Lang) -> Option<String> {
    let price = a.get(Param::GpuPrice);
    Some(match key {
        "cost" => fmt_usd(your_cost(a), lang),
        "reported" => fmt_usd(Some(DEEPSEEK_V3_REPORTED_COST_USD), lang),
        "hours" => fmt_param(Param::GpuHours, a.get(Param::GpuHours), lang),
        "price" => fmt_param(Param::GpuPrice, price, lang),
        "llama" => fmt_usd(REFERENCE_RUNS[2].cost_usd(price), lang),
        "r1" => fmt_usd(REFERENCE_RUNS[1].cost_usd(price), lang),
        "llama_ratio" => {
            Fixed(REFERENCE_RUNS[2].gpu_hours / REFERENCE_RUNS[0].gpu_hours, 0).to_string()
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_reproduce_the_reported_cost() {
        let a = Assumptions::default();
        assert_eq!(live("cost", &a, Lang::En).unwrap(), "US$5.58M");
        assert_eq!(live("reported", &a, Lang::En).unwrap(), "US$5.58M");
        assert_eq!(live("r1", &a, Lang::En).unwrap(), "US$295k");
        assert_eq!(live("llama_ratio", &a, Lang::En).unwrap(), "11");
    }

    #[test]
    fn exclusions_state_the_fact_base_numbers() {
        crate::i18n::install_all_for_tests();
        let detail = |key, lang| ai_text(lang).exclusion(key).1;
        let en = detail("hardware", Lang::En);
        for n in ["US$2 ", "50,000", "US$1.6bn"] {
            assert!(en.contains(n), "{en}");
        }
        let zh = detail("hardware", Lang::Zh);
        for n in ["2美元", "5万块", "16亿美元"] {
            assert!(zh.contains(n), "{zh}");
        }
        assert!(detail("earlier_hardware", Lang::En).contains("10,000 A100s"));
        assert!(detail("earlier_hardware", Lang::Zh).contains("1万块A100"));
        assert!(detail("staff_operations", Lang::En).contains("US$944M"));
        assert!(detail("staff_operations", Lang::Zh).contains("9.44亿美元"));
        assert!(detail("later_stages", Lang::En).contains("US$294k"));
        assert!(detail("later_stages", Lang::Zh).contains("29.4万美元"));
        for e in crate::model::ai::EXCLUDED {
            for lang in [Lang::En, Lang::Zh] {
                let (item, detail) = ai_text(lang).exclusion(e.key);
                assert!(!item.is_empty() && !detail.is_empty(), "{}", e.key);
                assert!(!detail.contains('—') && !detail.contains('{'), "{detail}");
            }
        }
    }
}
