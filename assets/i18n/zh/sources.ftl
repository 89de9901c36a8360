## 来源

sources-via = 转引自
sources-weak = 来源较弱
-weak-detail = 未找到发布机构或可靠媒体的版本，只有聚合网站、镜像等。请谨慎看待该数字。
sources-weak-why = C级：{ -weak-detail }
sources-grade-c-why = { -weak-detail }
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


