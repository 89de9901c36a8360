//! Words of the `ai` chapter's figure (`assets/i18n/<lang>/ai.ftl`).

use super::Lang;
use crate::charts::kit::bars::Bar;

pub use crate::i18n::AiText;

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
