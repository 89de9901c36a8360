## The `margin` chapter's figures, `margin-call` and `margin-paths`.

margin-call-caption = 股价跌多少就会被强制平仓？满额融资的仓位，按最低保证金比例和三条券商平仓线计算；蓝点为你的设定
margin-call-x-title = 最低保证金比例（%）
margin-call-y-title = 触及平仓线时的股价涨跌
margin-rule-80 = 80%规则
margin-rule-100 = 100%规则
margin-you = 你的设定
margin-line-label = { $line }线
# A space, not a full-width colon: the label must fit on a phone.
margin-point-label = { $name } { $change }
margin-call-alt = 折线图：满额融资的仓位，股价跌多少会使维持担保比例（担保物÷负债）降到券商平仓线，最低保证金比例从50%到150%。平仓线为{ $line }时：80%规则（2023年至2026年1月）下可跌{ $fall80 }，100%规则（2026年1月19日起的新合约）下可跌{ $fall100 }，你的设定{ $ratio }下可跌{ $fall }。按你的设定，跌{ $warning }触及150%警戒线，跌{ $instant }触及115%即时平仓线。

margin-paths-caption = 融资买入股票的模拟价格：若干条样本路径，以及券商强制平仓的价格
margin-paths-x-title = 买入后的交易日
margin-paths-y-title = 股价（买入价 = 1）
margin-barrier-label = 强制平仓价 { $price }（{ $change }）
margin-paths-count = { $n }条路径
margin-paths-alt = 折线图：{ $shown }条模拟价格路径，期限{ $days }，年化波动率{ $vol }，年化预期收益{ $drift }，仅作示意。收盘价跌到买入价的{ $barrier }或以下（跌幅{ $fall }）时券商平仓。图中{ $shown }条路径有{ $hit }条触及平仓价，并在该处终止。这段时间内收盘价至少一次触及平仓价的概率为{ $share }：由按每日收盘价计算的公式得出，并经大规模模拟核对，不是从图中路径数出来的。

## Volatility presets of `margin-paths`.

margin-presets = 波动率参照
margin-preset-csi300 = 沪深300
margin-preset-star50 = 科创50
margin-preset-cambricon = 寒武纪

## Source links.

margin-src-rule = 最低保证金比例80% → 100%
margin-src-effective = 2026年1月19日生效
margin-src-definition = 维持担保比例定义
margin-src-line = 130%平仓线
margin-src-warning = 150%警戒线
margin-src-instant = 115%即时平仓线
margin-src-falls-100 = 100%规则下跌至130%的幅度
margin-src-falls-80 = 80%规则下跌至130%的幅度
margin-src-star50 = 科创50波动率
margin-src-csi300 = 沪深300波动率
margin-src-cambricon = 寒武纪波动率
