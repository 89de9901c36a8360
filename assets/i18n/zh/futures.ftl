## futures 章的图：futures-gdp 与 futures-compare

futures-gdp-caption = 实际GDP增速：2025年实际值，以及简化两部门模型中的2026–2035年，你的情景（实线）对比三个预设（虚线）；灰线为2026年4.5–5%的目标
futures-year = 年份
futures-gdp-axis = 实际GDP增速
futures-index-axis = 实际增加值，2025年=100
futures-yours = 你的情景
futures-yours-long = 你的情景
futures-presets = 预设情景
futures-presets-hint = 载入预设情景（设置全部七个假设）
futures-custom = 你自己的组合
futures-new-economy = 新经济
futures-old-economy = 旧经济

## 预设情景

futures-preset-spillover = 科技溢出
futures-preset-bifurcated = 分化式复苏
futures-preset-drag = 地产拖累延续
futures-short-spillover = 溢出
futures-short-bifurcated = 分化
futures-short-drag = 地产拖累
futures-about-spillover = 科技增长两年后带动其余经济；房地产拖累快速消退；家庭信心略有恢复。
futures-about-bifurcated = 新经济繁荣，但没有溢出；房地产拖累以中等速度消退；家庭依然谨慎。
futures-about-drag = 楼市低迷持续，行业继续收缩；信心疲弱，房价下跌拖累消费。
futures-tag-spillover = 溢出
futures-tag-bifurcated = 分化
futures-tag-drag = 地产

## futures-compare

futures-compare-caption-text = 两种经济，2025年=100：新经济（蓝色）对比旧经济，即房地产和其余部门（橙色）。实线：你的情景；虚线（{ $tag }）：“{ $preset }”预设
futures-line-new = 新经济
futures-line-old = 旧经济
futures-line-new-tagged = 新({ $tag })
futures-line-old-tagged = 旧({ $tag })
futures-compare-alt = 两个指数的折线图，2025年=100，至2035年。{ $yours }中新经济达到{ $new_a }，旧经济{ $old_a }；{ $other }预设中分别为{ $new_b }和{ $old_b }。居民消费占GDP比重2025年为{ $cons_2025 }，2035年在{ $yours }中为{ $cons_a }（{ $other }中为{ $cons_b }）。

## futures-gdp

futures-actual = 2025年实际{ $value }
futures-gdp-alt = 2025–2035年实际GDP增速折线图。2025年实际+5.0%；2026年目标4.5–5%。{ $yours }：2026年{ $first }，2035年{ $last }，2026–2035年平均每年{ $avg }。各预设2026–2035年平均：{ $list }。

## 正文中的实时数值

futures-n-years = { $n }年
futures-never = 永远不会
futures-points = { $n }个百分点

## 来源链接

futures-source-gdp-2025 = 2025年实际GDP
futures-source-target-low = 2026年目标下限
futures-source-target-high = 2026年目标上限
futures-source-property-investment = 2025年房地产投资
futures-source-retail-sales = 2025年社会消费品零售总额
futures-source-high-tech = 2025年高技术制造业
futures-source-property-share = 房地产占GDP比重
futures-source-new-economy-share = 新经济占GDP比重
futures-source-consumption-share = 居民消费占GDP比重
futures-source-goldman = 高盛：AI对增长的拉动
futures-source-mckinsey = 麦肯锡：AI对增长的拉动
futures-source-guo-du = 郭与杜：溢出效应
futures-source-housing-wealth = 住房占家庭财富比重
