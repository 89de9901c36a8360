## Figure titles: an embedded figure's page and <iframe> title, and the oEmbed files (by figure ID).

figure-split-markets = 2025年股市回报与经济增长
figure-split-economy = GDP、社会消费品零售与房地产投资，2018–2025年
figure-guess-property = 猜一猜：2021–2025年房地产投资如何变化
figure-ai-cost = 训练前沿AI模型要花多少钱
figure-robots-pe = 机器人板块估值与大盘对比
figure-valuation-pe = 市盈率隐含了什么：合理市盈率与增速
figure-valuation-implied = 寒武纪市盈率隐含的增长
figure-margin-call = 融资买入后股价能跌多少
figure-margin-paths = 模拟股价路径与强制平仓线
figure-catalysts-timeline = 催化因素时间线
figure-gap-upside = 与美国的估值差距，如果收窄
figure-futures-gdp = 两种未来：到2035年的GDP增长
figure-futures-compare = 新经济与旧经济对比
