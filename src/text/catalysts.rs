//! Words of the `catalysts` timeline.

use super::Lang;

/// What happened at timeline event `key`, in `lang`.
pub fn event_text(key: &str, lang: Lang) -> &'static str {
    match (lang, key) {
        (Lang::En, "v3") => "DeepSeek publishes the V3 technical report: a frontier-class open model whose final training run cost about US$5.6M in rented GPU time.",
        (Lang::En, "nvidia") => "After DeepSeek's R1 release, Nvidia loses about US$593bn of market value in one day, the largest one-day loss for any US stock.",
        (Lang::En, "plenum") => "The Communist Party's Fourth Plenum adopts recommendations for the 15th Five-Year Plan (2026–2030), with science and technology first.",
        (Lang::En, "zhuque") => "LandSpace's Zhuque-3 reaches orbit on its first flight; the attempt to land its first stage fails.",
        (Lang::En, "itu") => "Chinese operators file with the ITU for about 203,000 satellites in 14 constellations (filings 25–31 December).",
        (Lang::En, "margin") => "Exchanges raise the minimum margin ratio for new margin loans from 80% to 100%, effective 19 January.",
        (Lang::En, "turnover") => "A-share turnover reaches a record of about 3.99 trillion yuan in a day (sources differ on the day and figure).",
        (Lang::En, "gdp") => "The statistics bureau reports 5.0% real GDP growth for 2025, meeting the target. The article is published the same day.",
        (Lang::En, "fyp") => "The 15th Five-Year Plan goes to the National People's Congress, with an \"AI+\" action across industry.",
        (Lang::En, "target") => "The 2026 growth target is set at 4.5–5%, the first cut since 2023.",
        (Lang::En, "outline") => "The National People's Congress approves the outline of the 15th Five-Year Plan.",
        (Lang::En, "v4") => "DeepSeek releases a preview of V4, the model awaited since early 2026: the \"new AI release\" the article expected, three months later.",
        (Lang::Zh, "v3") => "DeepSeek发布V3技术报告：一款前沿级开源模型，最终训练的GPU租用成本约560万美元。",
        (Lang::Zh, "nvidia") => "DeepSeek发布R1后，英伟达单日市值蒸发约5930亿美元，创美股单日最大损失纪录。",
        (Lang::Zh, "plenum") => "二十届四中全会通过关于制定“十五五”规划（2026–2030年）的建议，科技被放在首位。",
        (Lang::Zh, "zhuque") => "蓝箭航天朱雀三号首飞入轨，一级回收着陆失败。",
        (Lang::Zh, "itu") => "中国运营商向国际电联申报14个星座约20.3万颗卫星（12月25日至31日申报）。",
        (Lang::Zh, "margin") => "交易所将新增融资的最低保证金比例从80%提高到100%，1月19日生效。",
        (Lang::Zh, "turnover") => "A股单日成交额创下约3.99万亿元的纪录（不同来源所指日期和数字不同）。",
        (Lang::Zh, "gdp") => "国家统计局公布2025年实际GDP增长5.0%，完成目标。文章于同日发表。",
        (Lang::Zh, "fyp") => "“十五五”规划纲要提交全国人大，包含贯穿产业链的“人工智能+”行动。",
        (Lang::Zh, "target") => "2026年经济增长目标定为4.5%–5%，为2023年以来首次下调。",
        (Lang::Zh, "outline") => "全国人民代表大会批准“十五五”规划纲要。",
        (Lang::Zh, "v4") => "DeepSeek发布V4预览版，即市场自2026年初期待的新模型：文章所说的“新AI发布”，晚了三个月。",
        _ => "",
    }
}

/// Labels of the timeline figure.
pub struct CatalystsText {
    /// Caption.
    pub caption: &'static str,
    /// Toggle: show only what was known on the article's date.
    pub known_only: &'static str,
    /// Marker between before and after.
    pub article_marker: &'static str,
    /// Badge on events after the article.
    pub later: &'static str,
    /// Link text to the documenting source.
    pub source: &'static str,
}

/// Timeline labels in `lang`.
pub fn catalysts_text(lang: Lang) -> CatalystsText {
    match lang {
        Lang::En => CatalystsText {
            caption:
                "Catalysts, dated: what was known when the article appeared, and what came after",
            known_only: "Show only what was known on 19 January 2026",
            article_marker: "19 January 2026: the article is published",
            later: "after the article",
            source: "source",
        },
        Lang::Zh => CatalystsText {
            caption: "催化因素时间线：文章发表时已知的，以及之后发生的",
            known_only: "只显示2026年1月19日已知的事件",
            article_marker: "2026年1月19日：文章发表",
            later: "文章之后",
            source: "来源",
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_event_has_words_in_both_languages() {
        for e in crate::charts::catalysts::EVENTS {
            assert!(!event_text(e.key, Lang::En).is_empty(), "{}", e.key);
            assert!(!event_text(e.key, Lang::Zh).is_empty(), "{}", e.key);
        }
    }
}
