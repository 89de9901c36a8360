valuation-implied-caption = 反向DCF：市场远期市盈率隐含的增速，以及股价不变时需要多少年这样的增长才能让市盈率回到“正常”
valuation-implied-x = 每年盈利增速
valuation-implied-y = 市盈率回到“正常”所需年数
valuation-n-years = { $n }年
valuation-marker = 隐含{ $g }：{ $years }
valuation-error-invalid-input = 输入对此模型无效。
valuation-error-no-finite-value = 永续增长率不低于股权成本，模型没有有限值。
valuation-error-below-range = 即使每年下降50%，合理市盈率也高于市场。
valuation-error-above-range = 在这些输入下，即使每年增长200%也无法支撑这么高的市盈率。
valuation-error-not-identified = 这里增速不影响市盈率（没有高增长年份或派息为零）。
valuation-summary-found = 折线图：股价不变时，{ $m }的远期市盈率降到{ $t }所需的年数随盈利增速上升而减少。两阶段模型显示，市场价格隐含{ $g }的增速；按此增速，市盈率在{ $years }后达到{ $t }。
valuation-summary-none = 折线图：股价不变时{ $m }的远期市盈率降到{ $t }所需年数与盈利增速的关系。在这些假设下没有隐含增速。

## valuation-implied 来源行标签

valuation-source-market = 寒武纪远期市盈率
valuation-source-it = 沪深300信息技术指数远期市盈率
