//! Words of the `margin` chapter's figures, `margin-call` and `margin-paths`.

use super::Lang;

/// Labels of `margin-call` and `margin-paths` in one language.
pub struct MarginText {
    lang: Lang,
    /// Caption of `margin-call`.
    pub call_caption: &'static str,
    /// x-axis title of `margin-call`.
    pub call_x_title: &'static str,
    /// y-axis title of `margin-call`.
    pub call_y_title: &'static str,
    /// Marker: the minimum margin ratio of 2023-09-08 to 2026-01-18.
    pub rule_80: &'static str,
    /// Marker: the minimum margin ratio for new contracts from 2026-01-19.
    pub rule_100: &'static str,
    /// Marker: the reader's margin ratio.
    pub you: &'static str,
    /// Caption of `margin-paths`.
    pub paths_caption: &'static str,
    /// x-axis title of `margin-paths`.
    pub paths_x_title: &'static str,
    /// y-axis title of `margin-paths`.
    pub paths_y_title: &'static str,
    /// Heading of the volatility preset buttons.
    pub presets: &'static str,
    /// Preset button: CSI 300.
    pub preset_csi300: &'static str,
    /// Preset button: STAR 50.
    pub preset_star50: &'static str,
    /// Preset button: Cambricon.
    pub preset_cambricon: &'static str,
    /// Source link: the margin-ratio rule.
    pub src_rule: &'static str,
    /// Source link: the effective date.
    pub src_effective: &'static str,
    /// Source link: the maintenance-ratio definition.
    pub src_definition: &'static str,
    /// Source link: the mainstream 130 % line.
    pub src_line: &'static str,
    /// Source link: the 150 % warning line.
    pub src_warning: &'static str,
    /// Source link: the 115 % instant line.
    pub src_instant: &'static str,
    /// Source link: the worked fall to 130 % at the 100 % rule.
    pub src_falls_100: &'static str,
    /// Source link: the worked fall to 130 % at the 80 % rule.
    pub src_falls_80: &'static str,
    /// Source link: STAR 50 volatility.
    pub src_star50: &'static str,
    /// Source link: CSI 300 volatility.
    pub src_csi300: &'static str,
    /// Source link: Cambricon volatility.
    pub src_cambricon: &'static str,
}

/// `margin-call` and `margin-paths` labels in `lang`.
pub fn margin_text(lang: Lang) -> MarginText {
    match lang {
        Lang::En => MarginText {
            lang,
            call_caption: "How far can the price fall before forced selling? A fully leveraged position by minimum margin ratio, for three broker lines; blue dot: your setting",
            call_x_title: "Minimum margin ratio (%)",
            call_y_title: "Price change that hits the line",
            rule_80: "80% rule",
            rule_100: "100% rule",
            you: "You",
            paths_caption: "Simulated prices of a leveraged stock: a sample of paths and the price at which the broker sells",
            paths_x_title: "Trading days after buying",
            paths_y_title: "Price (1 = purchase price)",
            presets: "Volatility like",
            preset_csi300: "CSI 300",
            preset_star50: "STAR 50",
            preset_cambricon: "Cambricon",
            src_rule: "Minimum margin ratio 80% → 100%",
            src_effective: "effective 19 Jan 2026",
            src_definition: "maintenance ratio definition",
            src_line: "130% liquidation line",
            src_warning: "150% warning line",
            src_instant: "115% instant line",
            src_falls_100: "fall to 130% at 100%",
            src_falls_80: "fall to 130% at 80%",
            src_star50: "STAR 50 volatility",
            src_csi300: "CSI 300 volatility",
            src_cambricon: "Cambricon volatility",
        },
        Lang::Zh => MarginText {
            lang,
            call_caption: "股价跌多少就会被强制平仓？满额融资的仓位，按最低保证金比例和三条券商平仓线计算；蓝点为你的设定",
            call_x_title: "最低保证金比例（%）",
            call_y_title: "触及平仓线时的股价涨跌",
            rule_80: "80%规则",
            rule_100: "100%规则",
            you: "你的设定",
            paths_caption: "融资买入股票的模拟价格：若干条样本路径，以及券商强制平仓的价格",
            paths_x_title: "买入后的交易日",
            paths_y_title: "股价（买入价 = 1）",
            presets: "波动率参照",
            preset_csi300: "沪深300",
            preset_star50: "科创50",
            preset_cambricon: "寒武纪",
            src_rule: "最低保证金比例80% → 100%",
            src_effective: "2026年1月19日生效",
            src_definition: "维持担保比例定义",
            src_line: "130%平仓线",
            src_warning: "150%警戒线",
            src_instant: "115%即时平仓线",
            src_falls_100: "100%规则下跌至130%的幅度",
            src_falls_80: "80%规则下跌至130%的幅度",
            src_star50: "科创50波动率",
            src_csi300: "沪深300波动率",
            src_cambricon: "寒武纪波动率",
        },
    }
}

impl MarginText {
    /// End label of a fall-to-line curve, e.g. "130% line".
    pub fn line_label(&self, line: &str) -> String {
        match self.lang {
            Lang::En => format!("{line} line"),
            Lang::Zh => format!("{line}线"),
        }
    }

    /// A labelled point: "80% rule: −27.8%" / "80%规则 −27.8%".
    pub fn point(&self, name: &str, change: &str) -> String {
        match self.lang {
            Lang::En => format!("{name}: {change}"),
            // A space, not a full-width colon: the label must fit on a phone.
            Lang::Zh => format!("{name} {change}"),
        }
    }

    /// Label of the barrier line: "Forced sale at 0.65 (−35.0%)".
    pub fn barrier(&self, price: &str, change: &str) -> String {
        match self.lang {
            Lang::En => format!("Forced sale at {price} ({change})"),
            Lang::Zh => format!("强制平仓价 {price}（{change}）"),
        }
    }

    /// A count of paths: "2,000 paths" / "2,000条路径".
    pub fn paths(&self, n: u32) -> String {
        let s = group_thousands(n);
        match self.lang {
            Lang::En => format!("{s} paths"),
            Lang::Zh => format!("{s}条路径"),
        }
    }

    /// Text alternative of `margin-call`. Arguments are written-out values:
    /// the line, the falls at the 80 % and 100 % rules, the reader's ratio and
    /// fall, and the falls to the 150 % warning and 115 % instant lines at
    /// the reader's ratio.
    #[allow(clippy::too_many_arguments)]
    pub fn call_summary(
        &self,
        line: &str,
        fall_80: &str,
        fall_100: &str,
        ratio: &str,
        fall: &str,
        fall_warning: &str,
        fall_instant: &str,
    ) -> String {
        match self.lang {
            Lang::En => format!(
                "Line chart of how far the price of a fully leveraged position can fall before its maintenance ratio (collateral ÷ debt) reaches the broker's line, for minimum margin ratios from 50% to 150%. With a {line} line: {fall_80} under the 80% rule (2023 to January 2026), {fall_100} under the 100% rule (new contracts from 19 January 2026), {fall} at your setting of {ratio}. At your setting the price can fall {fall_warning} to a 150% warning line and {fall_instant} to a 115% instant line."
            ),
            Lang::Zh => format!(
                "折线图：满额融资的仓位，股价跌多少会使维持担保比例（担保物÷负债）降到券商平仓线，最低保证金比例从50%到150%。平仓线为{line}时：80%规则（2023年至2026年1月）下可跌{fall_80}，100%规则（2026年1月19日起的新合约）下可跌{fall_100}，你的设定{ratio}下可跌{fall}。按你的设定，跌{fall_warning}触及150%警戒线，跌{fall_instant}触及115%即时平仓线。"
            ),
        }
    }

    /// Text alternative of `margin-paths`: the drawn sample (`shown` paths,
    /// `shown_hit` of them reaching the line), the assumptions, and `share`,
    /// the computed probability of reaching the line (not the sample's share).
    #[allow(clippy::too_many_arguments)]
    pub fn paths_summary(
        &self,
        shown: usize,
        shown_hit: usize,
        days: &str,
        vol: &str,
        drift: &str,
        barrier: &str,
        fall: &str,
        share: &str,
    ) -> String {
        match self.lang {
            Lang::En => format!(
                "Line chart of {shown} simulated price paths over {days}, with volatility {vol} a year and expected return {drift}, drawn as an illustration. The broker sells when the price closes at or below {barrier} of the purchase price (a fall of {fall}). {shown_hit} of the {shown} paths reach it, where they stop. The probability that the price closes there at least once in the period is {share}: computed from a formula for daily closes and checked against large simulations, not counted from these paths."
            ),
            Lang::Zh => format!(
                "折线图：{shown}条模拟价格路径，期限{days}，年化波动率{vol}，年化预期收益{drift}，仅作示意。收盘价跌到买入价的{barrier}或以下（跌幅{fall}）时券商平仓。图中{shown}条路径有{shown_hit}条触及平仓价，并在该处终止。这段时间内收盘价至少一次触及平仓价的概率为{share}：由按每日收盘价计算的公式得出，并经大规模模拟核对，不是从图中路径数出来的。"
            ),
        }
    }
}

/// `2000` → `2,000`.
fn group_thousands(n: u32) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(group_thousands(2000), "2,000");
        assert_eq!(group_thousands(100_000), "100,000");
        assert_eq!(group_thousands(8), "8");
        assert_eq!(margin_text(Lang::Zh).paths(2000), "2,000条路径");
    }
}
