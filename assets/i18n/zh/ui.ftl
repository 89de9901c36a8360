title = 两个经济体
subtitle = 中国2026年的科技热潮与被甩在身后的经济：互动解读
disclaimer = 本内容不构成投资建议。这里的模型只是用于学习的示意，不是预测，也不是目标价。
switch-lang-aria = Read in English (切换到英文)
reset = 重置
download = 下载
download-png = 将此图表下载为PNG图片
download-svg = 将此图表下载为SVG图片
download-csv = 将此图表的数据下载为CSV（含来源）
csv-model-source = 模型示意（并非预测）；假设见页面网址
compare-point = 标记点
keep-a = 保存为A
keep-a-aria = 保存为A：把当前假设保存为情景A，然后修改假设进行比较
clear-a = 清除A
compare-caption = 情景A（已保存，灰色虚线）与B（当前）对比
compare-a = A
compare-b = B（当前）
data-show = 以表格显示数据
data-cols-0 = 系列
data-cols-1 = 横轴
data-cols-2 = 数值
handout-title = 你的情景
handout-intro = 扫描二维码或输入此链接，即可用完全相同的假设打开本页：
handout-qr-title = 此情景链接的二维码
handout-changed = （已修改）
assumptions = 假设
source = 来源：
derived = 推算
no-value = —
no-value-why = 没有有限值：永续增长率必须低于股权成本，否则公司价值将是无穷大。
valuation-pe-caption = 两阶段模型的合理市盈率随高增长期增速的变化，对比寒武纪的远期市盈率
axis-growth = 高增长期的盈利增速
axis-pe = 基于次年盈利的合理市盈率（倍）
legend-justified = 合理市盈率
legend-market = 寒武纪远期市盈率 ≈
legend-current = 你的假设
damodaran-example = 达摩达兰《估值》第2版例题（默认值）
footer = “两个经济体”是开源项目。每个数字都链接到来源；模型均标注为示意。
toc = 章节
open-full = 打开完整的互动解读
new-tab = （在新标签页打开）
copy-embed = 复制嵌入代码
copy-embed-story = 嵌入整篇文章：复制代码
copied = 嵌入代码已复制。
copy-manually = 浏览器阻止了复制：下方代码已选中，请按 Ctrl+C（Mac 上按 ⌘C）。
embed-code = 嵌入代码
present = 演示
present-aria = 演示模式：每屏一章、大字号，并为学生显示二维码（快捷键 P）
present-bar = 演示控制
present-prev = 上一章
present-next = 下一章
present-prev-aria = 上一章
present-next-aria = 下一章
present-exit = 退出
present-exit-aria = 退出演示模式（Esc）
qr-caption = 扫码打开此情景
qr-title = 二维码：带当前假设和章节的本页链接
qr-enlarge = 放大二维码
qr-too-long = 此情景的链接太长，无法生成二维码：请直接分享地址栏中的链接。

## 语言

lang-tag = zh-CN
lang-name = 中文
lang-menu = 语言

## 数字前后的文字

chapter-of = 第{ $n }章，共{ $total }章
unit-days = { $n }个交易日
unit-years = { $n }年
unit-million-hours = { $n }万
unit-usd = { $n }美元

## valuation-pe 的文字说明

valuation-pe-summary-none = 图表：在这些假设下没有有限的合理市盈率；市场线位于{ $market }。
valuation-pe-meets = 当增速约为{ $growth }时，曲线达到市场的{ $market }。
valuation-pe-below = 在整个范围内，曲线都低于市场的{ $market }。
valuation-pe-summary = 图表：合理远期市盈率从高增长期增速{ $first_g }时的{ $first_pe }升至{ $last_g }时的{ $last_pe }。你的假设（增速{ $g }）对应{ $pe }。{ $meet }

## 项目之间的标点

sep-list = ；
sep-items = 、
sep-label = ：
sep-comma = ，
paren-open = （
paren-close = ）
sep-sentence = 。
sep-dash = ——
