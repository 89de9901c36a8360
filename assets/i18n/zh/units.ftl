## 事实库的单位

units-usd-bn = { $n }十亿美元
units-usd-mn = { $n }百万美元
units-usd = { $n }美元
units-usd-per-gpu-hour = 每GPU小时{ $n }美元
units-cny-tn = { $n }万亿元
units-cny-per-share = 每股{ $n }元
units-hopper-gpus = { $n }块Hopper GPU
units-a100-gpus = { $n }块A100 GPU
units-launches = { $n }次发射
units-satellites = { $n }颗卫星
units-mn-h800-gpu-hours = { $n }百万H800 GPU小时
units-mn-h100-gpu-hours = { $n }百万H100 GPU小时
units-pp-per-year = 每年{ $n }个百分点
