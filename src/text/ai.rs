//! Words of the `ai` chapter's figure (`assets/i18n/<lang>/ai.ftl`).
//!
//! Also [`live`], the live numbers of the `ai` chapter's prose (`{key}` in
//! `story/ai.md`), dispatched by [`crate::text::live`].

use super::Lang;
use crate::charts::kit::bars::Bar;

use crate::charts::ai::your_cost;
pub use crate::i18n::AiText;
use crate::model::ai::{DEEPSEEK_V3_REPORTED_COST_USD, REFERENCE_RUNS};
use crate::model::assumptions::{Assumptions, Param};
use crate::text::{fmt_param, fmt_usd, Fixed};

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

    /// What an excluded cost is, and the evidence (by `Exclusion::key`).
    pub fn exclusion(&self, key: &str) -> (&'static str, &'static str) {
        match key {
            "research_ablations" => (
                self.exclusion_research_ablations,
                self.exclusion_research_ablations_detail,
            ),
            "hardware" => (self.exclusion_hardware, self.exclusion_hardware_detail),
            "earlier_hardware" => (
                self.exclusion_earlier_hardware,
                self.exclusion_earlier_hardware_detail,
            ),
            "staff_operations" => (
                self.exclusion_staff_operations,
                self.exclusion_staff_operations_detail,
            ),
            "later_stages" => (
                self.exclusion_later_stages,
                self.exclusion_later_stages_detail,
            ),
            _ => ("", ""),
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
}
