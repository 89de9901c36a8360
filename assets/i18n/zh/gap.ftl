## gap 章的图 gap-upside

gap-caption = 如果差距收窄：假设对比组市值不变（杰富瑞：中国以外上市的AI股；高盛：美国），中国AI股市值升至对比组某一比例时的涨幅
gap-basket-listed = 杰富瑞：上市AI股（目前{ $share }）
gap-basket-with-private = 杰富瑞：含非上市AI公司（目前{ $share }）
gap-basket-goldman-top10 = 高盛：前十大科技公司（目前{ $share }）
gap-alt = 条形图：中国市值占对比组比例升至{ $target }时的涨幅：{ $list }。
