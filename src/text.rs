//! Every UI string, in English and Simplified Chinese, and number formatting.
//!
//! Components never hard-code text: they ask [`strings`] for the current
//! language's table. Chapter prose lives in `assets/story/` instead.

mod ai;
mod catalysts;
mod futures;
mod gap;
mod margin;
mod robots;
mod share;
mod sources;
mod split;
mod valuation;

pub use ai::{ai_text, AiText};
pub use catalysts::{catalysts_text, event_text, CatalystsText};
pub use futures::{futures_text, FuturesText};
pub use gap::{gap_text, GapText};
pub use margin::{margin_text, MarginText};
pub use robots::{robots_text, RobotsText};
pub use share::{share_text, ShareText};
pub use sources::{fmt_date, publisher_name, sources_text, SourcesText};
pub use split::{split_text, SplitText};
pub use valuation::{valuation_text, ValuationText};

use crate::model::assumptions::{Param, Unit};

/// A language the explainer is written in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Simplified Chinese.
    Zh,
}

impl Lang {
    /// BCP 47 tag for `<html lang>`.
    pub const fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh-CN",
        }
    }

    /// The language a browser tag such as `zh-Hans-CN` or `en-GB` asks for;
    /// English for anything else.
    pub fn from_tag(tag: &str) -> Lang {
        if tag.trim().to_ascii_lowercase().starts_with("zh") {
            Lang::Zh
        } else {
            Lang::En
        }
    }

    /// The value of `?lang=` that selects this language.
    pub const fn url_value(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }

    /// The other language (for the toggle).
    pub const fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Zh,
            Lang::Zh => Lang::En,
        }
    }
}

/// The UI strings of one language.
#[derive(Debug)]
pub struct Strings {
    /// Site title.
    pub title: &'static str,
    /// One-line description under the title.
    pub subtitle: &'static str,
    /// The single "not investment advice" notice.
    pub disclaimer: &'static str,
    /// Label of the language toggle (names the *other* language).
    pub switch_lang: &'static str,
    /// Accessible name of the language toggle.
    pub switch_lang_aria: &'static str,
    /// Reset button.
    pub reset: &'static str,
    /// Label of a figure's download buttons.
    pub download: &'static str,
    /// Accessible name of the PNG download.
    pub download_png: &'static str,
    /// Accessible name of the SVG download.
    pub download_svg: &'static str,
    /// Accessible name of the CSV download.
    pub download_csv: &'static str,
    /// CSV source of rows computed by a model.
    pub csv_model_source: &'static str,
    /// A/B: the marked point of a chart (e.g. the reader's assumptions).
    pub compare_point: &'static str,
    /// A/B: button that keeps the current assumptions as scenario A.
    pub keep_a: &'static str,
    /// A/B: what "Keep as A" does, for screen readers.
    pub keep_a_aria: &'static str,
    /// A/B: button that drops scenario A.
    pub clear_a: &'static str,
    /// A/B: caption of the difference table.
    pub compare_caption: &'static str,
    /// A/B: header of the kept scenario's column.
    pub compare_a: &'static str,
    /// A/B: header of the current scenario's column.
    pub compare_b: &'static str,
    /// Data table: the disclosure that shows a chart's values as a table.
    pub data_show: &'static str,
    /// Data table: column headers (series, horizontal axis, value).
    pub data_cols: [&'static str; 3],
    /// Heading of the printed handout's cover.
    pub handout_title: &'static str,
    /// How to reopen the printed scenario.
    pub handout_intro: &'static str,
    /// Accessible title of the handout's QR code.
    pub handout_qr_title: &'static str,
    /// Marks an assumption the reader changed.
    pub handout_changed: &'static str,
    /// Heading of a figure's controls.
    pub assumptions: &'static str,
    /// "Source:" prefix under figures.
    pub source: &'static str,
    /// Marks a value computed from other sourced values.
    pub derived: &'static str,
    /// Shown instead of a number when the model has no finite value.
    pub no_value: &'static str,
    /// Why the two-stage P/E has no finite value.
    pub no_value_why: &'static str,
    /// Caption of `valuation-pe`.
    pub valuation_pe_caption: &'static str,
    /// x-axis title of `valuation-pe`.
    pub axis_growth: &'static str,
    /// y-axis title of `valuation-pe`.
    pub axis_pe: &'static str,
    /// Legend: the model's curve.
    pub legend_justified: &'static str,
    /// Legend: the market's P/E line.
    pub legend_market: &'static str,
    /// Legend: the current assumptions.
    pub legend_current: &'static str,
    /// Worked example the defaults come from.
    pub damodaran_example: &'static str,
    /// Footer text.
    pub footer: &'static str,
    /// Accessible name of the table of contents.
    pub toc: &'static str,
    /// Link from an embedded figure or story to the whole explainer.
    pub open_full: &'static str,
    /// Read by screen readers after links that open a new tab.
    pub new_tab: &'static str,
    /// Button under each figure: copies the figure's `<iframe>` code.
    pub copy_embed: &'static str,
    /// Button in the footer: copies the whole story's `<iframe>` code.
    pub copy_embed_story: &'static str,
    /// Announced when the embed code is on the clipboard.
    pub copied: &'static str,
    /// Shown with the selected code when the browser blocked copying.
    pub copy_manually: &'static str,
    /// Accessible name of the box showing the embed code.
    pub embed_code: &'static str,
    /// Button that starts presenter mode.
    pub present: &'static str,
    /// Its accessible description (what presenter mode is, its key).
    pub present_aria: &'static str,
    /// Accessible name of the presenter bar.
    pub present_bar: &'static str,
    /// Presenter bar: previous chapter (visible label).
    pub present_prev: &'static str,
    /// Presenter bar: next chapter (visible label).
    pub present_next: &'static str,
    /// Accessible name of the previous-chapter button.
    pub present_prev_aria: &'static str,
    /// Accessible name of the next-chapter button.
    pub present_next_aria: &'static str,
    /// Presenter bar: leave presenter mode (visible label).
    pub present_exit: &'static str,
    /// Accessible name of the leave button.
    pub present_exit_aria: &'static str,
    /// Caption under the QR code.
    pub qr_caption: &'static str,
    /// Accessible name of the QR code image.
    pub qr_title: &'static str,
    /// Accessible name of the button that enlarges (or shrinks) the QR code.
    pub qr_enlarge: &'static str,
    /// Shown instead of the QR code when the URL is too long for one.
    pub qr_too_long: &'static str,
}

static EN: Strings = Strings {
    title: "Two Economies",
    subtitle: "China's 2026 tech boom and the economy it left behind: an interactive explainer",
    disclaimer: "Not investment advice. The models here are illustrations for learning; they are not forecasts or price targets.",
    switch_lang: "中文",
    switch_lang_aria: "阅读中文版 (switch to Chinese)",
    reset: "Reset",
    download: "Download",
    download_png: "Download this chart as a PNG image",
    download_svg: "Download this chart as an SVG image",
    download_csv: "Download this chart's data as CSV, with sources",
    csv_model_source: "Model illustration (not a forecast); assumptions are in the page URL",
    compare_point: "Marked point",
    keep_a: "Keep as A",
    keep_a_aria: "Keep as A: save these assumptions as scenario A, then change them to compare",
    clear_a: "Clear A",
    compare_caption: "Scenario A (kept, dashed grey) against B (now)",
    compare_a: "A",
    compare_b: "B (now)",
    data_show: "Show the data as a table",
    data_cols: ["Series", "Horizontal axis", "Value"],
    handout_title: "Your scenario",
    handout_intro: "Scan the code or type this link to open the explainer with exactly these assumptions:",
    handout_qr_title: "QR code of the link to this scenario",
    handout_changed: "(changed)",
    assumptions: "Assumptions",
    source: "Source:",
    derived: "derived",
    no_value: "—",
    no_value_why: "No finite value: stable growth must be below the cost of equity, or the company would be worth an infinite amount.",
    valuation_pe_caption: "Justified P/E from the two-stage model as high-stage growth varies, against the market's forward P/E for Cambricon",
    axis_growth: "Earnings growth during the high-growth years",
    axis_pe: "Justified P/E on next year's earnings (×)",
    legend_justified: "Justified P/E",
    legend_market: "Cambricon, forward P/E ≈",
    legend_current: "Your assumptions",
    damodaran_example: "Damodaran on Valuation, 2nd ed., worked example (defaults)",
    footer: "Two Economies is open source. Every number links to its source; models are labelled as illustrations.",
    toc: "Chapters",
    open_full: "Open the full explainer",
    new_tab: " (opens in a new tab)",
    copy_embed: "Copy embed code",
    copy_embed_story: "Embed the whole story: copy the code",
    copied: "Embed code copied.",
    copy_manually: "The browser blocked copying: the code below is selected, press Ctrl+C (⌘C on a Mac).",
    embed_code: "Embed code",
    present: "Present",
    present_aria: "Presenter mode: one chapter per screen in large type, with a QR code for students (key P)",
    present_bar: "Presenter controls",
    present_prev: "Previous",
    present_next: "Next",
    present_prev_aria: "Previous chapter",
    present_next_aria: "Next chapter",
    present_exit: "Exit",
    present_exit_aria: "Exit presenter mode (Esc)",
    qr_caption: "Scan to open this scenario",
    qr_title: "QR code: this page with the current assumptions and chapter",
    qr_enlarge: "Enlarge the QR code",
    qr_too_long: "This scenario's link is too long for a QR code: share the address bar instead.",
};

static ZH: Strings = Strings {
    title: "两个经济体",
    subtitle: "中国2026年的科技热潮与被甩在身后的经济：互动解读",
    disclaimer: "本内容不构成投资建议。这里的模型只是用于学习的示意，不是预测，也不是目标价。",
    switch_lang: "English",
    switch_lang_aria: "Read in English (切换到英文)",
    reset: "重置",
    download: "下载",
    download_png: "将此图表下载为PNG图片",
    download_svg: "将此图表下载为SVG图片",
    download_csv: "将此图表的数据下载为CSV（含来源）",
    csv_model_source: "模型示意（并非预测）；假设见页面网址",
    compare_point: "标记点",
    keep_a: "保存为A",
    keep_a_aria: "保存为A：把当前假设保存为情景A，然后修改假设进行比较",
    clear_a: "清除A",
    compare_caption: "情景A（已保存，灰色虚线）与B（当前）对比",
    compare_a: "A",
    compare_b: "B（当前）",
    data_show: "以表格显示数据",
    data_cols: ["系列", "横轴", "数值"],
    handout_title: "你的情景",
    handout_intro: "扫描二维码或输入此链接，即可用完全相同的假设打开本页：",
    handout_qr_title: "此情景链接的二维码",
    handout_changed: "（已修改）",
    assumptions: "假设",
    source: "来源：",
    derived: "推算",
    no_value: "—",
    no_value_why: "没有有限值：永续增长率必须低于股权成本，否则公司价值将是无穷大。",
    valuation_pe_caption: "两阶段模型的合理市盈率随高增长期增速的变化，对比寒武纪的远期市盈率",
    axis_growth: "高增长期的盈利增速",
    axis_pe: "基于次年盈利的合理市盈率（倍）",
    legend_justified: "合理市盈率",
    legend_market: "寒武纪远期市盈率 ≈",
    legend_current: "你的假设",
    damodaran_example: "达摩达兰《估值》第2版例题（默认值）",
    footer: "“两个经济体”是开源项目。每个数字都链接到来源；模型均标注为示意。",
    toc: "章节",
    open_full: "打开完整的互动解读",
    new_tab: "（在新标签页打开）",
    copy_embed: "复制嵌入代码",
    copy_embed_story: "嵌入整篇文章：复制代码",
    copied: "嵌入代码已复制。",
    copy_manually: "浏览器阻止了复制：下方代码已选中，请按 Ctrl+C（Mac 上按 ⌘C）。",
    embed_code: "嵌入代码",
    present: "演示",
    present_aria: "演示模式：每屏一章、大字号，并为学生显示二维码（快捷键 P）",
    present_bar: "演示控制",
    present_prev: "上一章",
    present_next: "下一章",
    present_prev_aria: "上一章",
    present_next_aria: "下一章",
    present_exit: "退出",
    present_exit_aria: "退出演示模式（Esc）",
    qr_caption: "扫码打开此情景",
    qr_title: "二维码：带当前假设和章节的本页链接",
    qr_enlarge: "放大二维码",
    qr_too_long: "此情景的链接太长，无法生成二维码：请直接分享地址栏中的链接。",
};

/// The string table for `lang`.
pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::En => &EN,
        Lang::Zh => &ZH,
    }
}

/// Short chapter name for the table of contents.
pub fn chapter_title(id: &str, lang: Lang) -> &'static str {
    match (lang, id) {
        (Lang::En, "split") => "Two screens",
        (Lang::En, "ai") => "The AI catalyst",
        (Lang::En, "robots") => "Robots, flying cars, space",
        (Lang::En, "valuation") => "Valuation",
        (Lang::En, "margin") => "Margin lending",
        (Lang::En, "catalysts") => "Catalysts",
        (Lang::En, "gap") => "The gap",
        (Lang::En, "checklist") => "Checklist",
        (Lang::En, "futures") => "Two futures",
        (Lang::En, "sources") => "Sources",
        (Lang::Zh, "split") => "分屏",
        (Lang::Zh, "ai") => "AI催化剂",
        (Lang::Zh, "robots") => "机器人、飞行汽车、航天",
        (Lang::Zh, "valuation") => "估值",
        (Lang::Zh, "margin") => "融资融券",
        (Lang::Zh, "catalysts") => "催化因素",
        (Lang::Zh, "gap") => "估值差距",
        (Lang::Zh, "checklist") => "投资清单",
        (Lang::Zh, "futures") => "两种未来",
        (Lang::Zh, "sources") => "来源",
        _ => "",
    }
}

/// Short title of a figure (an embedded figure's page and `<iframe>` title).
/// `tools/oembed.mjs` reads the English arms for the oEmbed files.
pub fn figure_title(id: &str, lang: Lang) -> &'static str {
    match (lang, id) {
        (Lang::En, "split-markets") => "Stock returns against economic growth, 2025",
        (Lang::En, "split-economy") => "GDP, retail sales and property investment, 2018–2025",
        (Lang::En, "guess-property") => "Guess how property investment changed, 2021–2025",
        (Lang::En, "ai-cost") => "What it costs to train a frontier AI model",
        (Lang::En, "robots-pe") => "Robotics valuations against the market",
        (Lang::En, "valuation-pe") => "What a P/E assumes: justified P/E against growth",
        (Lang::En, "valuation-implied") => "The growth priced into Cambricon's P/E",
        (Lang::En, "margin-call") => "How far a margin loan lets a price fall",
        (Lang::En, "margin-paths") => "Simulated prices against the forced-selling line",
        (Lang::En, "catalysts-timeline") => "Catalysts: a dated timeline",
        (Lang::En, "gap-upside") => "The valuation gap with the US, if it narrowed",
        (Lang::En, "futures-gdp") => "Two futures: GDP growth to 2035",
        (Lang::En, "futures-compare") => "The new and the old economy, compared",
        (Lang::Zh, "split-markets") => "2025年股市回报与经济增长",
        (Lang::Zh, "split-economy") => "GDP、社会消费品零售与房地产投资，2018–2025年",
        (Lang::Zh, "guess-property") => "猜一猜：2021–2025年房地产投资如何变化",
        (Lang::Zh, "ai-cost") => "训练前沿AI模型要花多少钱",
        (Lang::Zh, "robots-pe") => "机器人板块估值与大盘对比",
        (Lang::Zh, "valuation-pe") => "市盈率隐含了什么：合理市盈率与增速",
        (Lang::Zh, "valuation-implied") => "寒武纪市盈率隐含的增长",
        (Lang::Zh, "margin-call") => "融资买入后股价能跌多少",
        (Lang::Zh, "margin-paths") => "模拟股价路径与强制平仓线",
        (Lang::Zh, "catalysts-timeline") => "催化因素时间线",
        (Lang::Zh, "gap-upside") => "与美国的估值差距，如果收窄",
        (Lang::Zh, "futures-gdp") => "两种未来：到2035年的GDP增长",
        (Lang::Zh, "futures-compare") => "新经济与旧经济对比",
        _ => "",
    }
}

/// Where the presenter is: "Chapter 3 of 10" / "第3章，共10章" (`n` counts
/// from 1).
pub fn chapter_of(lang: Lang, n: usize, total: usize) -> String {
    match lang {
        Lang::En => format!("Chapter {n} of {total}"),
        Lang::Zh => format!("第{n}章，共{total}章"),
    }
}

/// Label of an assumption's slider.
pub fn param_label(p: Param, lang: Lang) -> &'static str {
    match (lang, p) {
        (Lang::En, Param::GHigh) => "High-growth rate",
        (Lang::En, Param::Years) => "Years of high growth",
        (Lang::En, Param::Ke) => "Cost of equity",
        (Lang::En, Param::GStable) => "Stable growth",
        (Lang::En, Param::PayoutHigh) => "Payout, high-growth years",
        (Lang::En, Param::PayoutStable) => "Payout, stable years",
        (Lang::Zh, Param::GHigh) => "高增长期增速",
        (Lang::Zh, Param::Years) => "高增长年数",
        (Lang::Zh, Param::Ke) => "股权成本",
        (Lang::Zh, Param::GStable) => "永续增长率",
        (Lang::Zh, Param::PayoutHigh) => "高增长期派息率",
        (Lang::Zh, Param::PayoutStable) => "稳定期派息率",
        (Lang::En, Param::PeTarget) => "A \"normal\" P/E",
        (Lang::En, Param::GpuHours) => "GPU-hours of training",
        (Lang::En, Param::GpuPrice) => "Rental price per GPU-hour",
        (Lang::En, Param::RobotsGrowth) => "Robotics earnings growth",
        (Lang::En, Param::RobotsYears) => "Years at that growth",
        (Lang::En, Param::MarginRatio) => "Minimum margin ratio",
        (Lang::En, Param::MarginLine) => "Forced-liquidation line",
        (Lang::En, Param::MarginVol) => "Volatility (a year)",
        (Lang::En, Param::MarginDrift) => "Expected return (a year)",
        (Lang::En, Param::MarginDays) => "Holding period",
        (Lang::En, Param::GapTarget) => "China's share of the US value, after",
        (Lang::Zh, Param::PeTarget) => "“正常”市盈率",
        (Lang::Zh, Param::GpuHours) => "训练GPU小时数",
        (Lang::Zh, Param::GpuPrice) => "每GPU小时租金",
        (Lang::Zh, Param::RobotsGrowth) => "机器人板块盈利增速",
        (Lang::Zh, Param::RobotsYears) => "保持该增速的年数",
        (Lang::Zh, Param::MarginRatio) => "最低保证金比例",
        (Lang::Zh, Param::MarginLine) => "平仓线",
        (Lang::Zh, Param::MarginVol) => "年化波动率",
        (Lang::Zh, Param::MarginDrift) => "年化预期收益",
        (Lang::Zh, Param::MarginDays) => "持有期",
        (Lang::En, Param::FutNewGrowth) => "New-economy growth (a year)",
        (Lang::En, Param::FutSpillover) => "Spillover to the rest",
        (Lang::En, Param::FutPropertyFade) => "Property drag fading (a year)",
        (Lang::En, Param::FutPropertyLongRun) => "Property investment, long run",
        (Lang::En, Param::FutConfidence) => "Household confidence",
        (Lang::En, Param::FutWealthEffect) => "Housing-wealth effect",
        (Lang::En, Param::FutRestLongRun) => "Rest of economy, long-run growth",
        (Lang::Zh, Param::FutNewGrowth) => "新经济年增速",
        (Lang::Zh, Param::FutSpillover) => "对其他部门的溢出",
        (Lang::Zh, Param::FutPropertyFade) => "房地产拖累每年消退",
        (Lang::Zh, Param::FutPropertyLongRun) => "房地产投资长期增速",
        (Lang::Zh, Param::FutConfidence) => "家庭信心",
        (Lang::Zh, Param::FutWealthEffect) => "住房财富效应",
        (Lang::Zh, Param::FutRestLongRun) => "其他经济长期增速",
        (Lang::Zh, Param::GapTarget) => "差距收窄后中国占美国市值的比例",
    }
}

/// A multiple such as a P/E: `25.4×` (English) or `25.4倍` (Chinese); one
/// decimal below 100, none above. `None` gives the "no value" dash.
pub fn fmt_multiple(x: Option<f64>, lang: Lang) -> String {
    let Some(x) = x.filter(|x| x.is_finite()) else {
        return strings(lang).no_value.to_string();
    };
    let digits = if x.abs() < 100.0 { 1 } else { 0 };
    let suffix = if lang == Lang::Zh { "倍" } else { "×" };
    format!("{}{suffix}", Fixed(x, digits))
}

/// `v` written with exactly `decimals` digits after the point (at most 9),
/// rounded half away from zero; `-0.0` is written `0.0`, a non-finite value
/// as the dash. Used instead of `{:.N}` so the wasm ships no float printer.
#[derive(Clone, Copy, Debug)]
pub struct Fixed(pub f64, pub u8);

impl std::fmt::Display for Fixed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (v, d) = (self.0, u32::from(self.1.min(9)));
        if !v.is_finite() {
            return f.write_str("—");
        }
        let unit = 10u64.pow(d);
        // Saturating cast: beyond ~1.8e19 the digits are meaningless anyway.
        let n = (v.abs() * unit as f64).round() as u64;
        if v < 0.0 && n != 0 {
            f.write_str("-")?;
        }
        write!(f, "{}", n / unit)?;
        if d > 0 {
            write!(f, ".{:0w$}", n % unit, w = d as usize)?;
        }
        Ok(())
    }
}

/// Appends `v` in decimal (no float or `fmt` machinery: it runs on the hot
/// path of every canvas repaint).
pub fn push_int(out: &mut String, v: i64) {
    if v < 0 {
        out.push('-');
    }
    let mut n = v.unsigned_abs();
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &b in &buf[i..] {
        out.push(char::from(b));
    }
}

/// `v` as plain decimal text for HTML attributes (input values, ARIA), the
/// shortest that reads back exactly: `0.1 + 0.2` → `0.30000000000000004`,
/// `12.5` → `12.5`.
pub fn fmt_plain(v: f64) -> String {
    crate::model::decimal::write_shortest(v)
}

/// A ratio such as the PEG: two decimals, or the dash.
pub fn fmt_ratio(x: Option<f64>, lang: Lang) -> String {
    match x.filter(|x| x.is_finite()) {
        Some(x) => Fixed(x, 2).to_string(),
        None => strings(lang).no_value.to_string(),
    }
}

/// A decimal rate as a percentage with `decimals` places: `0.18` → `18.0%`.
pub fn fmt_pct(x: f64, decimals: usize) -> String {
    format!("{}%", Fixed(x * 100.0, decimals as u8))
}

/// A percent number with its sign: `35.92` → `+35.9%`, `-17.2` → `−17.2%`
/// (a true minus sign), or the dash when not finite.
pub fn fmt_signed_pct(pct: f64) -> String {
    if !pct.is_finite() {
        return "—".to_string();
    }
    let sign = if pct > 0.0 {
        "+"
    } else if pct < 0.0 {
        "−"
    } else {
        ""
    };
    format!("{sign}{}%", Fixed(pct.abs(), 1))
}

/// US dollars, compact: `US$5.58M`, `US$295k`, `US$1.6bn`; Chinese
/// `557.6万美元`, `1.6亿美元`. The dash when missing or not finite.
pub fn fmt_usd(usd: Option<f64>, lang: Lang) -> String {
    let Some(v) = usd.filter(|v| v.is_finite()) else {
        return "—".to_string();
    };
    match lang {
        Lang::En if v >= 1e9 => format!("US${}bn", Fixed(v / 1e9, 1)),
        Lang::En if v >= 1e6 => format!("US${}M", Fixed(v / 1e6, 2)),
        Lang::En if v >= 1e3 => format!("US${}k", Fixed(v / 1e3, 0)),
        Lang::En => format!("US${}", Fixed(v, 0)),
        Lang::Zh if v >= 1e8 => format!("{}亿美元", Fixed(v / 1e8, 2)),
        Lang::Zh if v >= 1e7 => format!("{}万美元", Fixed(v / 1e4, 0)),
        Lang::Zh if v >= 1e4 => format!("{}万美元", Fixed(v / 1e4, 1)),
        Lang::Zh => format!("{}美元", Fixed(v, 0)),
    }
}

/// An assumption's value with its unit, as precise as its slider step.
pub fn fmt_param(p: Param, v: f64, lang: Lang) -> String {
    let s = p.spec();
    match s.unit {
        Unit::Percent => fmt_pct(v, step_decimals(s.step * 100.0)),
        Unit::Multiple => fmt_multiple(Some(v), lang),
        Unit::Coefficient => Fixed(v, 2).to_string(),
        Unit::UsdPerHour => format!("US${}", Fixed(v, 2)),
        Unit::MillionHours => match lang {
            Lang::En => format!("{}M", Fixed(v, 2)),
            Lang::Zh => format!("{}万", Fixed(v * 100.0, 0)),
        },
        Unit::Days => match lang {
            Lang::En => format!("{} trading days", Fixed(v, 0)),
            Lang::Zh => format!("{}个交易日", Fixed(v, 0)),
        },
        Unit::Years => {
            let n = v.round() as i64;
            match (lang, n) {
                (Lang::Zh, _) => format!("{n}年"),
                (Lang::En, 1) => "1 year".to_string(),
                (Lang::En, _) => format!("{n} years"),
            }
        }
    }
}

/// Decimal places needed to show multiples of `step` exactly (up to 3).
fn step_decimals(step: f64) -> usize {
    (0..3)
        .find(|&d| {
            ((step * 10f64.powi(d as i32)).round() - step * 10f64.powi(d as i32)).abs() < 1e-9
        })
        .unwrap_or(3)
}

/// The text alternative of `valuation-pe`, generated from the current state.
/// `curve` is (growth, forward P/E) from low to high growth; `current` the
/// reader's point; `crossing` the growth at which the curve meets the market.
pub fn valuation_pe_summary(
    lang: Lang,
    curve: &[(f64, f64)],
    current: Option<(f64, f64)>,
    market_pe: f64,
    crossing: Option<f64>,
) -> String {
    let m = |x: f64| fmt_multiple(Some(x), lang);
    let (Some(first), Some(last), Some((g, pe))) = (curve.first(), curve.last(), current) else {
        return match lang {
            Lang::En => format!("Chart: no finite justified P/E for these assumptions; the market line stays at {}.", m(market_pe)),
            Lang::Zh => format!("图表：在这些假设下没有有限的合理市盈率；市场线位于{}。", m(market_pe)),
        };
    };
    let meet = match (lang, crossing) {
        (Lang::En, Some(c)) => format!(
            "It reaches the market's {} at about {} growth.",
            m(market_pe),
            fmt_pct(c, 1)
        ),
        (Lang::En, None) => format!(
            "It stays below the market's {} across the whole range.",
            m(market_pe)
        ),
        (Lang::Zh, Some(c)) => format!(
            "当增速约为{}时，曲线达到市场的{}。",
            fmt_pct(c, 1),
            m(market_pe)
        ),
        (Lang::Zh, None) => format!("在整个范围内，曲线都低于市场的{}。", m(market_pe)),
    };
    match lang {
        Lang::En => format!(
            "Chart: the justified forward P/E rises from {} at {} high-stage growth to {} at {}. Your assumptions ({} growth) give {}. {}",
            m(first.1), fmt_pct(first.0, 0), m(last.1), fmt_pct(last.0, 1), fmt_pct(g, 1), m(pe), meet
        ),
        Lang::Zh => format!(
            "图表：合理远期市盈率从高增长期增速{}时的{}升至{}时的{}。你的假设（增速{}）对应{}。{}",
            fmt_pct(first.0, 0), m(first.1), fmt_pct(last.0, 1), m(last.1), fmt_pct(g, 1), m(pe), meet
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_matches_the_standard_printer_away_from_ties() {
        let mut x = 0.0137f64;
        for _ in 0..400 {
            for v in [x, -x, x * 1e4, 1.0 / x] {
                for d in 0..4u8 {
                    // Shown values are far below 1e9; a tie (x.5 at the last
                    // place) may round either way in binary.
                    let scaled = v.abs() * 10f64.powi(i32::from(d));
                    if scaled > 1e12 || (scaled.fract() - 0.5).abs() < 1e-6 {
                        continue;
                    }
                    let ours = Fixed(v, d).to_string();
                    let std = format!("{v:.prec$}", prec = usize::from(d));
                    let std = if std
                        .trim_start_matches('-')
                        .trim_matches(['0', '.'])
                        .is_empty()
                    {
                        std.trim_start_matches('-').to_string()
                    } else {
                        std
                    };
                    assert_eq!(ours, std, "{v} to {d} places");
                }
            }
            x *= 1.0731;
        }
        assert_eq!(Fixed(f64::NAN, 1).to_string(), "—");
        assert_eq!(Fixed(-0.04, 1).to_string(), "0.0");
        assert_eq!(Fixed(2025.0, 0).to_string(), "2025");
        assert!(Fixed(1e300, 2).to_string().len() > 10);
    }

    #[test]
    fn plain_numbers_for_attributes() {
        assert_eq!(fmt_plain(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(fmt_plain(0.005), "0.005");
        assert_eq!(fmt_plain(-30.0), "-30");
        assert_eq!(fmt_plain(-0.0), "0");
        assert_eq!(fmt_plain(12.5), "12.5");
    }

    #[test]
    fn formats() {
        assert_eq!(fmt_multiple(Some(25.3801), Lang::En), "25.4×");
        assert_eq!(fmt_multiple(Some(104.2), Lang::En), "104×");
        assert_eq!(fmt_multiple(Some(25.3801), Lang::Zh), "25.4倍");
        assert_eq!(fmt_multiple(None, Lang::En), "—");
        assert_eq!(fmt_multiple(Some(f64::INFINITY), Lang::En), "—");
        assert_eq!(fmt_param(Param::GHigh, 0.18, Lang::En), "18.0%");
        assert_eq!(fmt_param(Param::Ke, 0.09, Lang::En), "9.00%");
        assert_eq!(fmt_param(Param::PayoutHigh, 0.1, Lang::En), "10%");
        assert_eq!(fmt_param(Param::Years, 5.0, Lang::En), "5 years");
        assert_eq!(fmt_param(Param::Years, 5.0, Lang::Zh), "5年");
    }

    #[test]
    fn every_chapter_has_a_title_in_both_languages() {
        for id in crate::story::CHAPTERS {
            assert!(!chapter_title(id, Lang::En).is_empty(), "{id}");
            assert!(!chapter_title(id, Lang::Zh).is_empty(), "{id}");
        }
    }

    #[test]
    fn every_figure_has_a_title_in_both_languages() {
        for (_, id) in crate::story::FIGURES {
            assert!(!figure_title(id, Lang::En).is_empty(), "{id}");
            assert!(!figure_title(id, Lang::Zh).is_empty(), "{id}");
            // tools/oembed.mjs copies the English title into JSON as is.
            assert!(!figure_title(id, Lang::En).contains(['"', '\\']), "{id}");
        }
    }

    #[test]
    fn presenter_position() {
        assert_eq!(chapter_of(Lang::En, 3, 10), "Chapter 3 of 10");
        assert_eq!(chapter_of(Lang::Zh, 3, 10), "第3章，共10章");
    }

    #[test]
    fn usd_formats() {
        assert_eq!(fmt_usd(Some(5.576e6), Lang::En), "US$5.58M");
        assert_eq!(fmt_usd(Some(294_672.0), Lang::En), "US$295k");
        assert_eq!(fmt_usd(Some(1.6e9), Lang::En), "US$1.6bn");
        assert_eq!(fmt_usd(Some(5.576e6), Lang::Zh), "557.6万美元");
        assert_eq!(fmt_usd(Some(6.168e7), Lang::Zh), "6168万美元");
        assert_eq!(fmt_usd(None, Lang::En), "—");
    }

    #[test]
    fn browser_language_tags() {
        assert_eq!(Lang::from_tag("zh-Hans-CN"), Lang::Zh);
        assert_eq!(Lang::from_tag("ZH"), Lang::Zh);
        assert_eq!(Lang::from_tag("en-GB"), Lang::En);
        assert_eq!(Lang::from_tag(""), Lang::En);
    }
}
