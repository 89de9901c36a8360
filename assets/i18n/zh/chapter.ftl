## Chapter names, for the table of contents (by chapter ID).

chapter-split = 分屏
chapter-ai = AI催化剂
chapter-robots = 机器人、飞行汽车、航天
chapter-valuation = 估值
chapter-margin = 融资融券
chapter-catalysts = 催化因素
chapter-gap = 估值差距
chapter-checklist = 投资清单
chapter-futures = 两种未来
chapter-sources = 来源
