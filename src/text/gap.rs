//! Words of the `gap` chapter's figure.

use super::{fmt_pct, Lang};
use crate::charts::bars::Bar;

/// Labels of `gap-upside` in one language.
pub struct GapText {
    lang: Lang,
    /// Caption.
    pub caption: &'static str,
}

/// `gap-upside` labels in `lang`.
pub fn gap_text(lang: Lang) -> GapText {
    match lang {
        Lang::En => GapText { lang, caption: "If the gap narrowed: the gain for China's AI stocks if their value rose to a chosen share of the US figure, with US values unchanged" },
        Lang::Zh => GapText { lang, caption: "如果差距收窄：假设美国市值不变，中国AI股市值升至美国的某一比例时的涨幅" },
    }
}

impl GapText {
    /// Bar label of a basket: who measured it and its share today.
    pub fn basket(&self, key: &str, share: f64, _lang: Lang) -> String {
        let share = fmt_pct(share, 1);
        match (self.lang, key) {
            (Lang::En, "listed") => format!("Jefferies, listed AI stocks (today {share})"),
            (Lang::En, "with_private") => {
                format!("Jefferies, with private AI firms (today {share})")
            }
            (Lang::En, "goldman_top10") => {
                format!("Goldman Sachs, top-10 tech firms (today {share})")
            }
            (Lang::Zh, "listed") => format!("杰富瑞：上市AI股（目前{share}）"),
            (Lang::Zh, "with_private") => format!("杰富瑞：含非上市AI公司（目前{share}）"),
            (Lang::Zh, "goldman_top10") => format!("高盛：前十大科技公司（目前{share}）"),
            _ => share,
        }
    }

    /// Text alternative.
    pub fn summary(&self, bars: &[Bar], target: &str) -> String {
        let list = bars
            .iter()
            .map(|b| format!("{} {}", b.label, b.value_text))
            .collect::<Vec<_>>();
        match self.lang {
            Lang::En => format!(
                "Bar chart of the gain if China's share of the US value rose to {target}: {}.",
                list.join("; ")
            ),
            Lang::Zh => format!(
                "条形图：中国市值占美国比例升至{target}时的涨幅：{}。",
                list.join("；")
            ),
        }
    }
}
