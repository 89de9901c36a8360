## The `split` chapter's figures, `split-markets`, `split-economy` and `guess-property`.

split-year = 年份
split-growth-axis = 同比增长（%）
split-property-axis = 房地产开发投资增速（%）
split-your-guess = 你的猜测
split-actual = 实际
split-level-2020 = 2020年：{ $value }
split-reveal = 揭晓
split-try-again = 重新开始
split-draw-hint = 用鼠标或手指在图上画出你的猜测，或用滑块设置每一年，然后点击“揭晓”。
split-markets-caption = 2025年的两半：股指回报（蓝色）与实体经济增速（橙色）
split-economy-caption = 更广泛的经济，2018–2025年：GDP、社会消费品零售总额与房地产投资的同比增速
split-guess-caption = 画出你的猜测：2021至2025年，房地产开发投资每年变化多少？
split-guess-legend = 你的猜测（按年份）

## Series names: bar labels of `split-markets` and source links.

split-series-star50 = 科创50指数
split-series-chinext50 = 创业板50指数
split-series-hsi = 恒生指数
split-series-hstech = 恒生科技指数
split-series-csi300 = 沪深300指数
split-series-real-gdp = 实际GDP
split-series-nominal-gdp = 名义GDP
split-series-retail-sales = 社会消费品零售总额
split-series-property = 房地产开发投资

## Short series names: line ends of `split-economy`.

split-short-real-gdp = 实际GDP
split-short-retail-sales = 社零
split-short-property = 房地产投资

## Labels and text alternatives.

split-gdp-line = 实际GDP { $growth }
split-markets-item = { $label } { $value }
split-markets-alt = 2025年条形图：{ $bars }。
split-economy-item = { $label }从{ $from_year }年的{ $from }到{ $to_year }年的{ $to }
split-economy-alt = 折线图，同比增速：{ $lines }。
split-year-value = { $year }: { $value }
split-year-sep = ,{" "}
split-guess-sep = ，
split-guess-none = 用于猜测{ $years }年房地产投资增速的图表；尚未猜测。
split-guess-pending = 你对房地产投资增速的猜测：{ $guesses }。尚未揭晓。
split-guess-revealed = 房地产开发投资实际增速：{ $values }。复合计算，2022–2025年投资比2021年水平低{ $fall }。{ $verdict }
split-guess-verdict = 你的猜测平均每年偏差{ $error }个百分点。
