//! Words of the `futures` chapter's figures `futures-gdp` and `futures-compare`.

use super::Lang;
use crate::model::futures::Preset;
use crate::text::Fixed;

/// Labels of the `futures` figures in one language.
pub struct FuturesText {
    lang: Lang,
    /// Caption of `futures-gdp`.
    pub gdp_caption: &'static str,
    /// x-axis title (both figures).
    pub year: &'static str,
    /// y-axis title of `futures-gdp`.
    pub gdp_axis: &'static str,
    /// y-axis title of `futures-compare`.
    pub index_axis: &'static str,
    /// The reader's scenario, as a line name.
    pub yours: &'static str,
    /// The reader's scenario, in a sentence.
    pub yours_long: &'static str,
    /// Heading of the preset buttons.
    pub presets: &'static str,
    /// Accessible hint of the preset group.
    pub presets_hint: &'static str,
    /// What is shown when no preset matches the sliders.
    pub custom: &'static str,
    /// New economy (long).
    pub new_economy: &'static str,
    /// Old economy (long).
    pub old_economy: &'static str,
    /// Source-link texts, in the order of `charts::futures::sources`.
    pub gdp_sources: [&'static str; 7],
    /// Source-link texts, in the order of `charts::futures::sources`.
    pub compare_sources: [&'static str; 8],
}

/// `futures` labels in `lang`.
pub fn futures_text(lang: Lang) -> FuturesText {
    match lang {
        Lang::En => FuturesText {
            lang,
            gdp_caption: "Real GDP growth, 2025 actual and 2026–2035 in a stylized two-sector model: your scenario (solid) against three presets (dashed); grey lines mark the 2026 target of 4.5–5%",
            year: "Year",
            gdp_axis: "Real GDP growth",
            index_axis: "Real value added, 2025 = 100",
            yours: "Yours",
            yours_long: "your scenario",
            presets: "Presets",
            presets_hint: "Load a preset scenario (sets all seven futures assumptions)",
            custom: "your own mix",
            new_economy: "new economy",
            old_economy: "old economy",
            gdp_sources: [
                "Real GDP 2025",
                "2026 target, low",
                "2026 target, high",
                "Property investment 2025",
                "Retail sales 2025",
                "High-tech manufacturing 2025",
                "Property share of GDP",
            ],
            compare_sources: [
                "New-economy share of GDP",
                "High-tech manufacturing 2025",
                "Property share of GDP",
                "Consumption share of GDP",
                "Goldman Sachs AI boost",
                "McKinsey AI boost",
                "Guo & Du on spillover",
                "Housing share of wealth",
            ],
        },
        Lang::Zh => FuturesText {
            lang,
            gdp_caption: "实际GDP增速：2025年实际值，以及简化两部门模型中的2026–2035年，你的情景（实线）对比三个预设（虚线）；灰线为2026年4.5–5%的目标",
            year: "年份",
            gdp_axis: "实际GDP增速",
            index_axis: "实际增加值，2025年=100",
            yours: "你的情景",
            yours_long: "你的情景",
            presets: "预设情景",
            presets_hint: "载入预设情景（设置全部七个假设）",
            custom: "你自己的组合",
            new_economy: "新经济",
            old_economy: "旧经济",
            gdp_sources: [
                "2025年实际GDP",
                "2026年目标下限",
                "2026年目标上限",
                "2025年房地产投资",
                "2025年社会消费品零售总额",
                "2025年高技术制造业",
                "房地产占GDP比重",
            ],
            compare_sources: [
                "新经济占GDP比重",
                "2025年高技术制造业",
                "房地产占GDP比重",
                "居民消费占GDP比重",
                "高盛：AI对增长的拉动",
                "麦肯锡：AI对增长的拉动",
                "郭与杜：溢出效应",
                "住房占家庭财富比重",
            ],
        },
    }
}

impl FuturesText {
    /// Full name of a preset (buttons, sentences).
    pub fn preset(&self, p: Preset) -> &'static str {
        match (self.lang, p) {
            (Lang::En, Preset::Spillover) => "Spillover",
            (Lang::En, Preset::BifurcatedRecovery) => "Bifurcated recovery",
            (Lang::En, Preset::PropertyDragPersists) => "Property drag persists",
            (Lang::Zh, Preset::Spillover) => "科技溢出",
            (Lang::Zh, Preset::BifurcatedRecovery) => "分化式复苏",
            (Lang::Zh, Preset::PropertyDragPersists) => "地产拖累延续",
        }
    }

    /// Short name of a preset for line ends (fits the chart's label margin).
    pub fn preset_short(&self, p: Preset) -> &'static str {
        match (self.lang, p) {
            (Lang::En, Preset::Spillover) => "Spillover",
            (Lang::En, Preset::BifurcatedRecovery) => "Bifurcated",
            (Lang::En, Preset::PropertyDragPersists) => "Prop. drag",
            (Lang::Zh, Preset::Spillover) => "溢出",
            (Lang::Zh, Preset::BifurcatedRecovery) => "分化",
            (Lang::Zh, Preset::PropertyDragPersists) => "地产拖累",
        }
    }

    /// One-line description of a preset (button tooltip and list).
    pub fn preset_description(&self, p: Preset) -> &'static str {
        match (self.lang, p) {
            (Lang::En, Preset::Spillover) => "Tech growth lifts the rest of the economy after two years; the property drag fades fast; households grow slightly more confident.",
            (Lang::En, Preset::BifurcatedRecovery) => "The new economy booms but nothing spills over; the property drag fades at a middling pace; households stay cautious.",
            (Lang::En, Preset::PropertyDragPersists) => "The housing slump lingers and the sector keeps shrinking; confidence is weak and falling home values weigh on spending.",
            (Lang::Zh, Preset::Spillover) => "科技增长两年后带动其余经济；房地产拖累快速消退；家庭信心略有恢复。",
            (Lang::Zh, Preset::BifurcatedRecovery) => "新经济繁荣，但没有溢出；房地产拖累以中等速度消退；家庭依然谨慎。",
            (Lang::Zh, Preset::PropertyDragPersists) => "楼市低迷持续，行业继续收缩；信心疲弱，房价下跌拖累消费。",
        }
    }

    /// Caption of `futures-compare`, naming the comparison preset.
    pub fn compare_caption(&self, other: Preset) -> String {
        match self.lang {
            Lang::En => format!(
                "The two economies, 2025 = 100: the new economy (blue) against the old, property and the rest (orange). Solid: your scenario; dashed ({}): the {} preset",
                self.preset_initial(other),
                self.preset(other)
            ),
            Lang::Zh => format!(
                "两种经济，2025年=100：新经济（蓝色）对比旧经济，即房地产和其余部门（橙色）。实线：你的情景；虚线（{}）：“{}”预设",
                self.preset_initial(other),
                self.preset(other)
            ),
        }
    }

    /// The tag of a preset on `futures-compare`'s line ends ("B" / "分化").
    pub fn preset_initial(&self, p: Preset) -> &'static str {
        match (self.lang, p) {
            (Lang::En, Preset::Spillover) => "S",
            (Lang::En, Preset::BifurcatedRecovery) => "B",
            (Lang::En, Preset::PropertyDragPersists) => "D",
            (Lang::Zh, Preset::Spillover) => "溢出",
            (Lang::Zh, Preset::BifurcatedRecovery) => "分化",
            (Lang::Zh, Preset::PropertyDragPersists) => "地产",
        }
    }

    /// Line name of a sector, short enough for a phone's label margin: the
    /// reader's "New" / "新经济", a preset's "New (B)" / "新(分化)".
    pub fn sector_line(&self, new: bool, preset: Option<Preset>) -> String {
        let tag = preset.map(|p| self.preset_initial(p));
        match (self.lang, new, tag) {
            (Lang::En, true, None) => "New".to_string(),
            (Lang::En, false, None) => "Old".to_string(),
            (Lang::En, true, Some(t)) => format!("New ({t})"),
            (Lang::En, false, Some(t)) => format!("Old ({t})"),
            (Lang::Zh, true, None) => "新经济".to_string(),
            (Lang::Zh, false, None) => "旧经济".to_string(),
            (Lang::Zh, true, Some(t)) => format!("新({t})"),
            (Lang::Zh, false, Some(t)) => format!("旧({t})"),
        }
    }

    /// Marker label of the 2025 actual.
    pub fn actual(&self, v: &str) -> String {
        match self.lang {
            Lang::En => format!("2025 actual {v}"),
            Lang::Zh => format!("2025年实际{v}"),
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
            .collect::<Vec<_>>();
        let mut chars = yours.chars();
        let yours = chars
            .next()
            .map(|c| {
                std::iter::once(c.to_ascii_uppercase())
                    .chain(chars)
                    .collect::<String>()
            })
            .unwrap_or_default();
        match self.lang {
            Lang::En => format!(
                "Line chart of real GDP growth, 2025 to 2035. 2025 actual: +5.0%; 2026 target 4.5–5%. {yours}: {first} in 2026, {last} in 2035, {avg} a year on average over 2026–2035. Presets, average 2026–2035: {}.",
                list.join("; ")
            ),
            Lang::Zh => format!(
                "2025–2035年实际GDP增速折线图。2025年实际+5.0%；2026年目标4.5–5%。{yours}：2026年{first}，2035年{last}，2026–2035年平均每年{avg}。各预设2026–2035年平均：{}。",
                list.join("；")
            ),
        }
    }

    /// Text alternative of `futures-compare`.
    #[allow(clippy::too_many_arguments)]
    pub fn compare_summary(
        &self,
        yours: &str,
        other: &str,
        new: (&str, &str),
        old: (&str, &str),
        cons: (&str, &str),
    ) -> String {
        match self.lang {
            Lang::En => format!(
                "Line chart of two indices, 2025 = 100, to 2035. In {yours} the new economy reaches {} and the old economy {}; in the {other} preset {} and {}. Household consumption is 38% of GDP in 2025 and {} in 2035 in {yours} ({} in {other}).",
                new.0, old.0, new.1, old.1, cons.0, cons.1
            ),
            Lang::Zh => format!(
                "两个指数的折线图，2025年=100，至2035年。{yours}中新经济达到{}，旧经济{}；{other}预设中分别为{}和{}。居民消费占GDP比重2025年为38%，2035年在{yours}中为{}（{other}中为{}）。",
                new.0, old.0, new.1, old.1, cons.0, cons.1
            ),
        }
    }

    /// "in N years" for the property drag's half-life; `None` = never fades.
    pub fn half_life(&self, years: Option<f64>) -> String {
        match (self.lang, years) {
            (Lang::En, Some(n)) => format!("{} years", Fixed(n, 1)),
            (Lang::Zh, Some(n)) => format!("{}年", Fixed(n, 1)),
            (Lang::En, None) => "never".to_string(),
            (Lang::Zh, None) => "永远不会".to_string(),
        }
    }

    /// Percentage points a year, e.g. "0.25 pp" / "0.25个百分点".
    pub fn pp(&self, v: f64) -> String {
        match self.lang {
            Lang::En => format!("{} pp", Fixed(v, 2)),
            Lang::Zh => format!("{}个百分点", Fixed(v, 2)),
        }
    }
}
