## The `split` chapter's figures, `split-markets`, `split-economy` and `guess-property`.

# x-axis title of `split-economy` and `guess-property`.
split-year = Year
# y-axis title of `split-economy`.
split-growth-axis = Growth on a year earlier (%)
# y-axis title of `guess-property`.
split-property-axis = Real-estate investment, growth (%)
# The reader's line in `guess-property`.
split-your-guess = Your guess
# The actual line in `guess-property`.
split-actual = Actual
# Reference line in `guess-property`: the 2020 growth rate ($value: "+7.0%").
split-level-2020 = 2020: { $value }
# Reveal button of `guess-property`.
split-reveal = Reveal
# Start-again button of `guess-property`.
split-try-again = Start again
# Instructions for drawing on `guess-property`.
split-draw-hint = Draw your guess on the chart with a mouse or finger, or set each year with the sliders, then press Reveal.
# Caption of `split-markets`.
split-markets-caption = 2025 in two halves: stock-index returns (blue) against the real economy's growth (orange)
# Caption of `split-economy`.
split-economy-caption = The wider economy, 2018–2025: GDP, retail sales and property investment, growth on a year earlier
# Caption of `guess-property`.
split-guess-caption = Draw your guess: how did investment in real estate change each year from 2021 to 2025?
# Legend of the guess sliders.
split-guess-legend = Your guess, by year

## Series names: bar labels of `split-markets` and source links.

# Series `star50_price_return`.
split-series-star50 = STAR 50 index (tech board)
# Series `chinext50_price_return`.
split-series-chinext50 = ChiNext 50 index (growth board)
# Series `hsi_price_return`.
split-series-hsi = Hang Seng index
# Series `hstech_price_return`.
split-series-hstech = Hang Seng Tech index
# Series `csi300_price_return`.
split-series-csi300 = CSI 300 index (large caps)
# Series `real_gdp_growth`.
split-series-real-gdp = Real GDP
# Series `nominal_gdp_growth`.
split-series-nominal-gdp = Nominal GDP
# Series `retail_sales_growth`.
split-series-retail-sales = Retail sales
# Series `real_estate_investment_growth`.
split-series-property = Property investment

## Short series names: line ends of `split-economy`.

# Short name of `real_gdp_growth`.
split-short-real-gdp = Real GDP
# Short name of `retail_sales_growth`.
split-short-retail-sales = Retail sales
# Short name of `real_estate_investment_growth`.
split-short-property = Property inv.

## Labels and text alternatives.

# Label of the real-GDP reference line in `split-markets`, e.g. "Real GDP +5.0%".
split-gdp-line = Real GDP { $growth }
# One bar in the text alternative of `split-markets`: its label and value.
split-markets-item = { $label } { $value }
# Text alternative of `split-markets`: the bars, separated by the list separator.
split-markets-alt = Bar chart of 2025: { $bars }.
# One line in the text alternative of `split-economy`: its label, first value and year, last value and year.
split-economy-item = { $label } from { $from } in { $from_year } to { $to } in { $to_year }
# Text alternative of `split-economy`: the lines, separated by the list separator.
split-economy-alt = Line chart, growth on a year earlier: { $lines }.
# A year and its growth in the text alternative of `guess-property`, e.g. "2021: −0.8%".
split-year-value = { $year }: { $value }
# Between the years (and the actual values) in the text alternative of `guess-property`.
split-year-sep = ,{" "}
# Between the reader's guessed values in the text alternative of `guess-property`.
split-guess-sep = ,{" "}
# Text alternative of `guess-property` before any guess: the years, e.g. "2021, 2022, 2023, 2024, 2025".
split-guess-none = Chart for your guess of property-investment growth in { $years }; no guess yet.
# Text alternative of `guess-property` with a guess, before revealing: the guessed values by year.
split-guess-pending = Chart of your guess of property-investment growth: { $guesses }. Not revealed yet.
# Text alternative of `guess-property` once revealed: the actual values by year, the compounded fall 2022–2025, and the verdict (`split-guess-verdict`, or nothing).
split-guess-revealed = Actual growth of real-estate investment: { $values }. Compounded, 2022–2025 left investment { $fall } below its 2021 level.{ $verdict }
# Verdict after revealing `guess-property`: the mean absolute error in percentage points.
split-guess-verdict = {" "}Your guess was off by { $error } percentage points a year on average.
