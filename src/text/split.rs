//! Words of the `split` chapter's figures.

use super::{fmt_signed_pct, Lang};
use crate::charts::bars::Bar;
use crate::charts::lines::Line;
use crate::charts::split::{Guess, GUESS_YEARS};
use crate::text::Fixed;

/// Labels of the `split` figures in one language.
#[derive(Debug)]
pub struct SplitText {
    lang: Lang,
    /// x-axis title.
    pub year: &'static str,
    /// y-axis title of `split-economy`.
    pub growth_axis: &'static str,
    /// y-axis title of `guess-property`.
    pub property_axis: &'static str,
    /// The reader's line.
    pub your_guess: &'static str,
    /// The actual line.
    pub actual: &'static str,
    /// Reference line: the 2020 growth rate.
    pub level_2020: &'static str,
    /// Reveal button.
    pub reveal: &'static str,
    /// Start-again button.
    pub try_again: &'static str,
    /// Instructions for drawing.
    pub draw_hint: &'static str,
    /// Caption of `split-markets`.
    pub markets_caption: &'static str,
    /// Caption of `split-economy`.
    pub economy_caption: &'static str,
    /// Caption of `guess-property`.
    pub guess_caption: &'static str,
    /// Legend of the guess sliders.
    pub guess_legend: &'static str,
}

static EN: SplitText = SplitText {
    lang: Lang::En,
    year: "Year",
    growth_axis: "Growth on a year earlier (%)",
    property_axis: "Real-estate investment, growth (%)",
    your_guess: "Your guess",
    actual: "Actual",
    level_2020: "2020: +7.0%",
    reveal: "Reveal",
    try_again: "Start again",
    draw_hint: "Draw your guess on the chart with a mouse or finger, or set each year with the sliders, then press Reveal.",
    markets_caption: "2025 in two halves: stock-index returns (blue) against the real economy's growth (orange)",
    economy_caption: "The wider economy, 2018–2025: GDP, retail sales and property investment, growth on a year earlier",
    guess_caption: "Draw your guess: how did investment in real estate change each year from 2021 to 2025?",
    guess_legend: "Your guess, by year",
};

static ZH: SplitText = SplitText {
    lang: Lang::Zh,
    year: "年份",
    growth_axis: "同比增长（%）",
    property_axis: "房地产开发投资增速（%）",
    your_guess: "你的猜测",
    actual: "实际",
    level_2020: "2020年：+7.0%",
    reveal: "揭晓",
    try_again: "重新开始",
    draw_hint: "用鼠标或手指在图上画出你的猜测，或用滑块设置每一年，然后点击“揭晓”。",
    markets_caption: "2025年的两半：股指回报（蓝色）与实体经济增速（橙色）",
    economy_caption: "更广泛的经济，2018–2025年：GDP、社会消费品零售总额与房地产投资的同比增速",
    guess_caption: "画出你的猜测：2021至2025年，房地产开发投资每年变化多少？",
    guess_legend: "你的猜测（按年份）",
};

/// The `split` labels for `lang`.
pub fn split_text(lang: Lang) -> &'static SplitText {
    match lang {
        Lang::En => &EN,
        Lang::Zh => &ZH,
    }
}

impl SplitText {
    /// Full name of a data series as a bar label.
    pub fn series(&self, series: &str) -> &'static str {
        match (self.lang, series) {
            (Lang::En, "star50_price_return") => "STAR 50 index (tech board)",
            (Lang::En, "chinext50_price_return") => "ChiNext 50 index (growth board)",
            (Lang::En, "hsi_price_return") => "Hang Seng index",
            (Lang::En, "hstech_price_return") => "Hang Seng Tech index",
            (Lang::En, "csi300_price_return") => "CSI 300 index (large caps)",
            (Lang::En, "real_gdp_growth") => "Real GDP",
            (Lang::En, "nominal_gdp_growth") => "Nominal GDP",
            (Lang::En, "retail_sales_growth") => "Retail sales",
            (Lang::En, "real_estate_investment_growth") => "Property investment",
            (Lang::Zh, "star50_price_return") => "科创50指数",
            (Lang::Zh, "chinext50_price_return") => "创业板50指数",
            (Lang::Zh, "hsi_price_return") => "恒生指数",
            (Lang::Zh, "hstech_price_return") => "恒生科技指数",
            (Lang::Zh, "csi300_price_return") => "沪深300指数",
            (Lang::Zh, "real_gdp_growth") => "实际GDP",
            (Lang::Zh, "nominal_gdp_growth") => "名义GDP",
            (Lang::Zh, "retail_sales_growth") => "社会消费品零售总额",
            (Lang::Zh, "real_estate_investment_growth") => "房地产开发投资",
            _ => "",
        }
    }

    /// Short series name for line ends.
    pub fn short(&self, series: &str) -> &'static str {
        match (self.lang, series) {
            (Lang::En, "real_gdp_growth") => "Real GDP",
            (Lang::En, "retail_sales_growth") => "Retail sales",
            (Lang::En, "real_estate_investment_growth") => "Property inv.",
            (Lang::Zh, "real_gdp_growth") => "实际GDP",
            (Lang::Zh, "retail_sales_growth") => "社零",
            (Lang::Zh, "real_estate_investment_growth") => "房地产投资",
            _ => self.series(series),
        }
    }

    /// Label of the GDP reference line.
    pub fn gdp_ref(&self, gdp: f64) -> String {
        match self.lang {
            Lang::En => format!("Real GDP {}", fmt_signed_pct(gdp)),
            Lang::Zh => format!("实际GDP {}", fmt_signed_pct(gdp)),
        }
    }

    /// Text alternative of `split-markets`.
    pub fn markets_summary(&self, bars: &[Bar]) -> String {
        let list = bars
            .iter()
            .map(|b| format!("{} {}", b.label, b.value_text))
            .collect::<Vec<_>>();
        match self.lang {
            Lang::En => format!("Bar chart of 2025: {}.", list.join("; ")),
            Lang::Zh => format!("2025年条形图：{}。", list.join("；")),
        }
    }

    /// Text alternative of `split-economy`.
    pub fn economy_summary(&self, lines: &[Line]) -> String {
        let part = |l: &Line| {
            let (Some(a), Some(b)) = (l.points.first(), l.points.last()) else {
                return String::new();
            };
            match self.lang {
                Lang::En => format!(
                    "{} from {} in {} to {} in {}",
                    l.label,
                    fmt_signed_pct(a.1),
                    Fixed(a.0, 0),
                    fmt_signed_pct(b.1),
                    Fixed(b.0, 0)
                ),
                Lang::Zh => format!(
                    "{}从{}年的{}到{}年的{}",
                    l.label,
                    Fixed(a.0, 0),
                    fmt_signed_pct(a.1),
                    Fixed(b.0, 0),
                    fmt_signed_pct(b.1)
                ),
            }
        };
        let parts = lines.iter().map(part).collect::<Vec<_>>();
        match self.lang {
            Lang::En => format!(
                "Line chart, growth on a year earlier: {}.",
                parts.join("; ")
            ),
            Lang::Zh => format!("折线图，同比增速：{}。", parts.join("；")),
        }
    }

    /// Text alternative and verdict of `guess-property`.
    pub fn guess_summary(&self, g: &Guess) -> String {
        let actual = Guess::actual();
        let years = GUESS_YEARS
            .iter()
            .map(|y| y.to_string())
            .collect::<Vec<_>>()
            .join(", ");
        match (self.lang, g.revealed, g.mean_abs_error()) {
            (lang, false, _) => {
                let guessed = GUESS_YEARS
                    .iter()
                    .zip(g.values)
                    .filter_map(|(y, v)| v.map(|v| format!("{y}: {}", fmt_signed_pct(v))))
                    .collect::<Vec<_>>();
                match (lang, guessed.is_empty()) {
                    (Lang::En, true) => format!("Chart for your guess of property-investment growth in {years}; no guess yet."),
                    (Lang::En, false) => format!("Chart of your guess of property-investment growth: {}. Not revealed yet.", guessed.join(", ")),
                    (Lang::Zh, true) => format!("用于猜测{years}年房地产投资增速的图表；尚未猜测。"),
                    (Lang::Zh, false) => format!("你对房地产投资增速的猜测：{}。尚未揭晓。", guessed.join("，")),
                }
            }
            (lang, true, err) => {
                let vals = GUESS_YEARS
                    .iter()
                    .zip(actual)
                    .map(|(y, v)| format!("{y}: {}", fmt_signed_pct(v)))
                    .collect::<Vec<_>>()
                    .join(", ");
                let fall = fmt_signed_pct(-Guess::cumulative_after_first() * 100.0);
                let verdict = match (lang, err) {
                    (Lang::En, Some(e)) => format!(
                        " Your guess was off by {} percentage points a year on average.",
                        Fixed(e, 1)
                    ),
                    (Lang::Zh, Some(e)) => format!("你的猜测平均每年偏差{}个百分点。", Fixed(e, 1)),
                    _ => String::new(),
                };
                match lang {
                    Lang::En => format!(
                        "Actual growth of real-estate investment: {vals}. Compounded, 2022–2025 left investment {} below its 2021 level.{verdict}",
                        fall.trim_start_matches('+')
                    ),
                    Lang::Zh => format!(
                        "房地产开发投资实际增速：{vals}。复合计算，2022–2025年投资比2021年水平低{}。{verdict}",
                        fall.trim_start_matches('+')
                    ),
                }
            }
        }
    }
}
