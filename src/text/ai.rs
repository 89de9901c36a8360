//! Words of the `ai` chapter's figure.

use super::Lang;
use crate::charts::bars::Bar;

/// Labels of `ai-cost` in one language.
pub struct AiText {
    lang: Lang,
    /// Caption.
    pub caption: &'static str,
    /// Bar: the reader's run.
    pub your_run: &'static str,
    /// Bar: V3 as reported.
    pub v3_reported: &'static str,
    /// Reference-line label.
    pub reported_line: &'static str,
    /// Heading of the exclusions list.
    pub excluded_title: &'static str,
    /// Marks an estimate that is disputed.
    pub estimate: &'static str,
}

/// `ai-cost` labels in `lang`.
pub fn ai_text(lang: Lang) -> AiText {
    match lang {
        Lang::En => AiText {
            lang,
            caption: "What does it cost to train a frontier model? GPU-hours × rental price, against DeepSeek-V3's reported figure",
            your_run: "Your run",
            v3_reported: "DeepSeek-V3, as reported",
            reported_line: "V3 reported",
            excluded_title: "What the headline figure leaves out",
            estimate: "estimate",
        },
        Lang::Zh => AiText {
            lang,
            caption: "训练一个前沿模型要花多少钱？GPU小时数 × 租用价格，对比DeepSeek-V3公布的数字",
            your_run: "你的训练",
            v3_reported: "DeepSeek-V3（公布值）",
            reported_line: "V3公布值",
            excluded_title: "这个数字没有包括什么",
            estimate: "估计",
        },
    }
}

impl AiText {
    /// Label of a reference run priced at the reader's rate.
    pub fn run_label(&self, key: &str) -> &'static str {
        match (self.lang, key) {
            (Lang::En, "deepseek_r1_rl_training_cost") => {
                "DeepSeek-R1 reasoning stage, at your price"
            }
            (Lang::En, "llama31_405b_gpu_hours") => "Meta Llama 3.1 405B, at your price",
            (Lang::Zh, "deepseek_r1_rl_training_cost") => "DeepSeek-R1推理训练阶段（按你的价格）",
            (Lang::Zh, "llama31_405b_gpu_hours") => "Meta Llama 3.1 405B（按你的价格）",
            (Lang::En, _) => "Reference run, at your price",
            (Lang::Zh, _) => "参考训练（按你的价格）",
        }
    }

    /// What an excluded cost is, and the evidence (by `Exclusion::key`).
    pub fn exclusion(&self, key: &str) -> (&'static str, &'static str) {
        match (self.lang, key) {
            (Lang::En, "research_ablations") => ("Prior research and ablation experiments", "Excluded in the technical report's own words; not quantified."),
            (Lang::En, "hardware") => ("Buying the GPUs and servers", "US$2 an hour is a rental price. SemiAnalysis estimates about 50,000 Hopper GPUs and about US$1.6bn of server spending (disputed)."),
            (Lang::En, "earlier_hardware") => ("Earlier GPU purchases", "High-Flyer, DeepSeek's parent, bought 10,000 A100s in 2021, before export controls (SemiAnalysis)."),
            (Lang::En, "staff_operations") => ("Staff, data and running costs", "SemiAnalysis puts operating costs near US$944M (disputed estimate)."),
            (Lang::En, "later_stages") => ("Later models built on V3", "R1's reasoning stage cost about US$294k more (Nature, 2025)."),
            (Lang::Zh, "research_ablations") => ("此前的研究和消融实验", "技术报告明确写明不包括；未量化。"),
            (Lang::Zh, "hardware") => ("购买GPU和服务器", "每小时2美元是租用价格。SemiAnalysis估计约有5万块Hopper GPU、约16亿美元服务器支出（有争议）。"),
            (Lang::Zh, "earlier_hardware") => ("更早的GPU采购", "DeepSeek的母公司幻方在2021年出口管制前购买了1万块A100（SemiAnalysis）。"),
            (Lang::Zh, "staff_operations") => ("人员、数据和运营成本", "SemiAnalysis估计运营成本接近9.44亿美元（有争议的估计）。"),
            (Lang::Zh, "later_stages") => ("基于V3的后续模型", "R1的推理训练阶段另花约29.4万美元（《自然》，2025年）。"),
            _ => ("", ""),
        }
    }

    /// Text alternative.
    pub fn summary(&self, bars: &[Bar]) -> String {
        let list = bars
            .iter()
            .map(|b| format!("{} {}", b.label, b.value_text))
            .collect::<Vec<_>>();
        match self.lang {
            Lang::En => format!("Bar chart of training costs: {}.", list.join("; ")),
            Lang::Zh => format!("训练成本条形图：{}。", list.join("；")),
        }
    }
}
