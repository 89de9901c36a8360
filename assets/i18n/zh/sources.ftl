## 来源

sources-via = 转引自
sources-weak = 来源较弱
sources-weak-why = C级：未找到发布机构或可靠媒体的版本，只有聚合网站、镜像等。请谨慎看待该数字。
sources-line-end = 。
sources-as-of-date = 数据截至{ $date }。
sources-cite = 来源
sources-supports = 支持：
sources-figures = 图表：
sources-claims = 论断：
sources-cited-in = 引用于：
sources-checked = 核查于
sources-claim = 论断
sources-grade-a = A：发布机构本身的出版物
sources-grade-b = B：可靠媒体对发布机构的转述
sources-grade-c = C：来源较弱
sources-download-all = 下载完整数据库（CSV）
sources-rows-count = 共{ $rows }行数据，来自{ $publishers }家发布机构：A级{ $a }行，B级{ $b }行，C级{ $c }行。
sources-term-hint = 释义

## 日期

sources-date-day = { $year }年{ $month }{ $day }日
sources-date-month = { $year }年{ $month }
sources-month-1 = 1月
sources-month-2 = 2月
sources-month-3 = 3月
sources-month-4 = 4月
sources-month-5 = 5月
sources-month-6 = 6月
sources-month-7 = 7月
sources-month-8 = 8月
sources-month-9 = 9月
sources-month-10 = 10月
sources-month-11 = 11月
sources-month-12 = 12月

## 发布机构

sources-publisher-nbs = 国家统计局
sources-publisher-sse = 上海证券交易所
sources-publisher-szse = 深圳证券交易所
sources-publisher-csrc = 中国证监会
sources-publisher-csi = 中证指数有限公司
sources-publisher-hsi = 恒生指数有限公司
sources-publisher-szsi = 深圳证券信息有限公司
sources-publisher-deepseek = DeepSeek（深度求索）
sources-publisher-meta = Meta
sources-publisher-jefferies = 杰富瑞
sources-publisher-goldman = 高盛
sources-publisher-mckinsey = 麦肯锡全球研究院
sources-publisher-bloomberg = 彭博
sources-publisher-state-council = 国务院
sources-publisher-mofcom = 商务部
sources-publisher-customs = 海关总署
sources-publisher-pboc = 中国人民银行
sources-publisher-imf = 国际货币基金组织
sources-publisher-oriental = 东方证券
sources-publisher-landspace = 蓝箭航天
sources-publisher-cnsa = 国家航天局
sources-publisher-ehang = 亿航智能
sources-publisher-cambricon = 寒武纪
sources-publisher-damodaran = 阿斯沃斯·达摩达兰
sources-publisher-cpc-cc = 中共中央
sources-publisher-npc = 全国人民代表大会
sources-publisher-xinhua = 新华社
sources-publisher-reuters = 路透社
sources-publisher-peoples-daily = 人民网
sources-publisher-china-daily = 中国日报
sources-publisher-swufe = 西南财经大学
sources-publisher-nbk = 科威特国民银行
sources-publisher-nvidia = 英伟达
sources-publisher-lseg = 伦敦证券交易所集团
