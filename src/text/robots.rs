//! Words of the `robots` chapter's figure.

use super::Lang;
use crate::charts::bars::Bar;
use crate::text::Fixed;

/// Labels of `robots-pe` in one language.
pub struct RobotsText {
    lang: Lang,
    /// Caption.
    pub caption: &'static str,
    /// Bar: Cambricon.
    pub cambricon: &'static str,
    /// Bar: robotics sector.
    pub robots: &'static str,
    /// Bar: CSI 300 IT.
    pub it: &'static str,
    /// Reference-line label.
    pub it_short: &'static str,
    /// When growth never brings the multiple down.
    pub never: &'static str,
}

/// `robots-pe` labels in `lang`.
pub fn robots_text(lang: Lang) -> RobotsText {
    match lang {
        Lang::En => RobotsText {
            lang,
            caption: "Forward P/E: robotics against the CSI 300 IT index, and what growth at a constant price would do",
            cambricon: "Cambricon (AI chips), Jan 2026",
            robots: "Robotics sector, Nov 2025",
            it: "CSI 300 IT index, Nov 2025",
            it_short: "CSI 300 IT",
            never: "never, at zero growth",
        },
        Lang::Zh => RobotsText {
            lang,
            caption: "远期市盈率：机器人板块对比沪深300信息技术指数，以及股价不变时增长会带来什么",
            cambricon: "寒武纪（AI芯片），2026年1月",
            robots: "机器人板块，2025年11月",
            it: "沪深300信息技术指数，2025年11月",
            it_short: "沪深300信息技术",
            never: "增速为零时永远达不到",
        },
    }
}

impl RobotsText {
    /// Label of the "after growth" bar.
    pub fn after(&self, years: &str, growth: &str) -> String {
        match self.lang {
            Lang::En => format!("Robotics after {years} of {growth} growth, price unchanged"),
            Lang::Zh => format!("机器人板块：{years}每年增长{growth}后（股价不变）"),
        }
    }

    /// A number of years, one decimal.
    pub fn years(&self, n: f64) -> String {
        match self.lang {
            Lang::En => format!("{} years", Fixed(n, 1)),
            Lang::Zh => format!("{}年", Fixed(n, 1)),
        }
    }

    /// Text alternative.
    pub fn summary(&self, bars: &[Bar], years: Option<f64>) -> String {
        let list = bars
            .iter()
            .map(|b| format!("{} {}", b.label, b.value_text))
            .collect::<Vec<_>>();
        let y = years.map_or_else(|| self.never.to_string(), |n| self.years(n));
        match self.lang {
            Lang::En => format!("Bar chart of forward P/E: {}. Years of this growth until robotics is priced like IT: {y}.", list.join("; ")),
            Lang::Zh => format!("远期市盈率条形图：{}。按此增速，机器人板块估值降到信息技术水平需要：{y}。", list.join("；")),
        }
    }
}
