## robots 章的图 robots-pe

robots-caption = 远期市盈率：机器人板块对比沪深300信息技术指数，以及股价不变时增长会带来什么
robots-cambricon = 寒武纪（AI芯片），2025年12月
robots-robots = 机器人板块，2025年11月
robots-it = 沪深300信息技术指数，2025年11月
robots-it-short = 沪深300信息技术
robots-never = 增速为零时永远达不到
robots-after-bar = 机器人板块：{ $years }每年增长{ $growth }后（股价不变）
robots-n-years = { $n }年
robots-alt = 远期市盈率条形图：{ $list }。按此增速，机器人板块估值降到信息技术水平需要：{ $years }。
