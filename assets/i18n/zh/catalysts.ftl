catalysts-caption = 催化因素时间线：文章发表时已知的，以及之后发生的
catalysts-known-only = 只显示2026年1月19日已知的事件
catalysts-article-marker = 2026年1月19日：文章发表
catalysts-later = 文章之后
catalysts-source = 来源

## 事件

catalysts-event-v3 = DeepSeek发布V3技术报告：一款前沿级开源模型，最终训练的GPU租用成本约560万美元。
catalysts-event-nvidia = DeepSeek发布R1后，英伟达单日市值蒸发约5930亿美元，创美股单日最大损失纪录。
catalysts-event-plenum = 二十届四中全会通过关于制定“十五五”规划（2026–2030年）的建议，科技被放在首位。
catalysts-event-zhuque = 蓝箭航天朱雀三号首飞入轨，一级回收着陆失败。
catalysts-event-itu = 中国运营商向国际电联申报14个星座约20.3万颗卫星（12月25日至31日申报）。
catalysts-event-margin = 交易所将新增融资的最低保证金比例从80%提高到100%，1月19日生效。
catalysts-event-turnover = A股单日成交额创下约3.99万亿元的纪录（不同来源所指日期和数字不同）。
catalysts-event-gdp = 国家统计局公布2025年实际GDP增长5.0%，完成目标。文章于同日发表。
catalysts-event-fyp = “十五五”规划纲要提交全国人大，包含贯穿产业链的“人工智能+”行动。
catalysts-event-target = 2026年经济增长目标定为4.5%–5%，为2023年以来首次下调。
catalysts-event-outline = 全国人民代表大会批准“十五五”规划纲要。
catalysts-event-v4 = DeepSeek发布V4预览版，即市场自2026年初期待的新模型：文章所说的“新AI发布”，晚了三个月。
