## Figures of the `futures` chapter: `futures-gdp` and `futures-compare`.

# Caption of `futures-gdp`.
futures-gdp-caption = Real GDP growth, 2025 actual and 2026–2035 in a stylized two-sector model: your scenario (solid) against three presets (dashed); grey lines mark the 2026 target of 4.5–5%
# x-axis title (both figures).
futures-year = Year
# y-axis title of `futures-gdp`.
futures-gdp-axis = Real GDP growth
# y-axis title of `futures-compare`.
futures-index-axis = Real value added, 2025 = 100
# The reader's scenario, as a line name.
futures-yours = Yours
# The reader's scenario, in a sentence (also in the text alternatives; its first letter is capitalized there).
futures-yours-long = your scenario
# Heading of the preset buttons.
futures-presets = Presets
# Accessible hint of the preset group.
futures-presets-hint = Load a preset scenario (sets all seven futures assumptions)
# What is shown when no preset matches the sliders.
futures-custom = your own mix
# New economy (long).
futures-new-economy = new economy
# Old economy (long).
futures-old-economy = old economy

## Presets

# Full name of the "Spillover" preset (buttons, sentences).
futures-preset-spillover = Spillover
# Full name of the "Bifurcated recovery" preset (buttons, sentences).
futures-preset-bifurcated = Bifurcated recovery
# Full name of the "Property drag persists" preset (buttons, sentences).
futures-preset-drag = Property drag persists
# Short name of the "Spillover" preset at a line end of `futures-gdp` (must fit the chart's label margin).
futures-short-spillover = Spillover
# Short name of the "Bifurcated recovery" preset at a line end of `futures-gdp`.
futures-short-bifurcated = Bifurcated
# Short name of the "Property drag persists" preset at a line end of `futures-gdp`.
futures-short-drag = Prop. drag
# One-line description of the "Spillover" preset (button tooltip and list).
futures-about-spillover = Tech growth lifts the rest of the economy after two years; the property drag fades fast; households grow slightly more confident.
# One-line description of the "Bifurcated recovery" preset (button tooltip and list).
futures-about-bifurcated = The new economy booms but nothing spills over; the property drag fades at a middling pace; households stay cautious.
# One-line description of the "Property drag persists" preset (button tooltip and list).
futures-about-drag = The housing slump lingers and the sector keeps shrinking; confidence is weak and falling home values weigh on spending.
# Tag of the "Spillover" preset on `futures-compare`'s line ends and caption (very short).
futures-tag-spillover = S
# Tag of the "Bifurcated recovery" preset on `futures-compare`'s line ends and caption.
futures-tag-bifurcated = B
# Tag of the "Property drag persists" preset on `futures-compare`'s line ends and caption.
futures-tag-drag = D

## futures-compare

# Caption of `futures-compare`; $tag is the compared preset's tag (`futures-tag-*`), $preset its full name.
futures-compare-caption-text = The two economies, 2025 = 100: the new economy (blue) against the old, property and the rest (orange). Solid: your scenario; dashed ({ $tag }): the { $preset } preset
# Line name of the reader's new economy on `futures-compare` (short: fits a phone's label margin).
futures-line-new = New
# Line name of the reader's old economy on `futures-compare`.
futures-line-old = Old
# Line name of a preset's new economy; $tag is the preset's tag (`futures-tag-*`).
futures-line-new-tagged = New ({ $tag })
# Line name of a preset's old economy; $tag is the preset's tag (`futures-tag-*`).
futures-line-old-tagged = Old ({ $tag })
# Text alternative of `futures-compare`. $yours is `futures-yours-long`, $other a preset's full name; $new_a, $old_a, $cons_a: the reader's new- and old-economy index and consumption share in 2035; $new_b, $old_b, $cons_b: the same in the preset.
futures-compare-alt = Line chart of two indices, 2025 = 100, to 2035. In { $yours } the new economy reaches { $new_a } and the old economy { $old_a }; in the { $other } preset { $new_b } and { $old_b }. Household consumption is { $cons_2025 } of GDP in 2025 and { $cons_a } in 2035 in { $yours } ({ $cons_b } in { $other }).

## futures-gdp

# Marker label of the 2025 actual on `futures-gdp`; $value is the growth rate.
futures-actual = 2025 actual { $value }
# Text alternative of `futures-gdp`. $yours is `futures-yours-long` (first letter capitalized); $first, $last: growth in 2026 and 2035; $avg: the average; $list: each preset and its average growth.
futures-gdp-alt = Line chart of real GDP growth, 2025 to 2035. 2025 actual: +5.0%; 2026 target 4.5–5%. { $yours }: { $first } in 2026, { $last } in 2035, { $avg } a year on average over 2026–2035. Presets, average 2026–2035: { $list }.

## Live values in the chapter's prose

# The property drag's half-life, a number of years with one decimal.
futures-n-years = { $n } years
# The property drag's half-life when it never fades.
futures-never = never
# Percentage points a year, e.g. "0.25 pp".
futures-points = { $n } pp

## Source links, in the order of `charts::futures::sources`

# Source link of `futures-gdp`.
futures-source-gdp-2025 = Real GDP 2025
# Source link of `futures-gdp`.
futures-source-target-low = 2026 target, low
# Source link of `futures-gdp`.
futures-source-target-high = 2026 target, high
# Source link of `futures-gdp`.
futures-source-property-investment = Property investment 2025
# Source link of `futures-gdp`.
futures-source-retail-sales = Retail sales 2025
# Source link of both figures.
futures-source-high-tech = High-tech manufacturing 2025
# Source link of both figures.
futures-source-property-share = Property share of GDP
# Source link of `futures-compare`.
futures-source-new-economy-share = New-economy share of GDP
# Source link of `futures-compare`.
futures-source-consumption-share = Consumption share of GDP
# Source link of `futures-compare`.
futures-source-goldman = Goldman Sachs AI boost
# Source link of `futures-compare`.
futures-source-mckinsey = McKinsey AI boost
# Source link of `futures-compare`.
futures-source-guo-du = Guo & Du on spillover
# Source link of `futures-compare`.
futures-source-housing-wealth = Housing share of wealth
