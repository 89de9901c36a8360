## Labels of the assumptions' sliders.

param-g-high = 高增长期增速
param-years = 高增长年数
param-ke = 股权成本
param-g-stable = 永续增长率
param-payout-high = 高增长期派息率
param-payout-stable = 稳定期派息率
param-pe-target = “正常”市盈率
param-gpu-hours = 训练GPU小时数
param-gpu-price = 每GPU小时租金
param-robots-growth = 机器人板块盈利增速
param-robots-years = 保持该增速的年数
param-margin-ratio = 最低保证金比例
param-margin-line = 平仓线
param-margin-vol = 年化波动率
param-margin-drift = 年化预期收益
param-margin-days = 持有期
param-fut-new-growth = 新经济年增速
param-fut-spillover = 对其他部门的溢出
param-fut-property-fade = 房地产拖累每年消退
param-fut-property-long-run = 房地产投资长期增速
param-fut-confidence = 家庭信心
param-fut-wealth-effect = 住房财富效应
param-fut-rest-long-run = 其他经济长期增速
param-gap-target = 差距收窄后中国占对比组市值的比例
