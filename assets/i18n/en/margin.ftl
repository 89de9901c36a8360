## The `margin` chapter's figures, `margin-call` and `margin-paths`.

# Caption of `margin-call`.
margin-call-caption = How far can the price fall before forced selling? A fully leveraged position by minimum margin ratio, for three broker lines; blue dot: your setting
# x-axis title of `margin-call`.
margin-call-x-title = Minimum margin ratio (%)
# y-axis title of `margin-call`.
margin-call-y-title = Price change that hits the line
# Marker: the minimum margin ratio of 2023-09-08 to 2026-01-18.
margin-rule-80 = 80% rule
# Marker: the minimum margin ratio for new contracts from 2026-01-19.
margin-rule-100 = 100% rule
# Marker: the reader's margin ratio.
margin-you = You
# End label of a fall-to-line curve in `margin-call`, e.g. "130% line".
margin-line-label = { $line } line
# A labelled point in `margin-call`: a marker's name and its price change, e.g. "80% rule: −27.8%".
margin-point-label = { $name }: { $change }
# Text alternative of `margin-call`: the broker line, the falls at the 80 % and 100 % rules, the reader's ratio and fall, and the falls to the 150 % warning and 115 % instant lines at the reader's ratio.
margin-call-alt = Line chart of how far the price of a fully leveraged position can fall before its maintenance ratio (collateral ÷ debt) reaches the broker's line, for minimum margin ratios from 50% to 150%. With a { $line } line: { $fall80 } under the 80% rule (2023 to January 2026), { $fall100 } under the 100% rule (new contracts from 19 January 2026), { $fall } at your setting of { $ratio }. At your setting the price can fall { $warning } to a 150% warning line and { $instant } to a 115% instant line.

# Caption of `margin-paths`.
margin-paths-caption = Simulated prices of a leveraged stock: a sample of paths and the price at which the broker sells
# x-axis title of `margin-paths`.
margin-paths-x-title = Trading days after buying
# y-axis title of `margin-paths`.
margin-paths-y-title = Price (1 = purchase price)
# Label of the barrier line in `margin-paths`: the price (1 = purchase price) and its change, e.g. "Forced sale at 0.65 (−35.0%)".
margin-barrier-label = Forced sale at { $price } ({ $change })
# A count of simulated paths, e.g. "2,000 paths".
margin-paths-count = { $n } paths
# Text alternative of `margin-paths`: the drawn sample (`shown` paths, `hit` of them reaching the line), the period, volatility and drift, the barrier and its fall, and `share`, the computed probability of reaching the line (not the sample's share).
margin-paths-alt = Line chart of { $shown } simulated price paths over { $days }, with volatility { $vol } a year and expected return { $drift }, drawn as an illustration. The broker sells when the price closes at or below { $barrier } of the purchase price (a fall of { $fall }). { $hit } of the { $shown } paths reach it, where they stop. The probability that the price closes there at least once in the period is { $share }: computed from a formula for daily closes and checked against large simulations, not counted from these paths.

## Volatility presets of `margin-paths`.

# Heading of the volatility preset buttons.
margin-presets = Volatility like
# Preset button: CSI 300.
margin-preset-csi300 = CSI 300
# Preset button: STAR 50.
margin-preset-star50 = STAR 50
# Preset button: Cambricon.
margin-preset-cambricon = Cambricon

## Source links.

# Source link: the margin-ratio rule.
margin-src-rule = Minimum margin ratio 80% → 100%
# Source link: the effective date.
margin-src-effective = effective 19 Jan 2026
# Source link: the maintenance-ratio definition.
margin-src-definition = maintenance ratio definition
# Source link: the mainstream 130 % line.
margin-src-line = 130% liquidation line
# Source link: the 150 % warning line.
margin-src-warning = 150% warning line
# Source link: the 115 % instant line.
margin-src-instant = 115% instant line
# Source link: the worked fall to 130 % at the 100 % rule.
margin-src-falls-100 = fall to 130% at 100%
# Source link: the worked fall to 130 % at the 80 % rule.
margin-src-falls-80 = fall to 130% at 80%
# Source link: STAR 50 volatility.
margin-src-star50 = STAR 50 volatility
# Source link: CSI 300 volatility.
margin-src-csi300 = CSI 300 volatility
# Source link: Cambricon volatility.
margin-src-cambricon = Cambricon volatility
