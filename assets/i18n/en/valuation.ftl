## The `valuation` chapter's second figure, `valuation-implied`.

# Caption.
valuation-implied-caption = Reverse DCF: the growth the market's forward P/E implies, and how many years of it, at a constant price, bring the P/E down to "normal"
# x-axis title.
valuation-implied-x = Earnings growth a year
# y-axis title.
valuation-implied-y = Years until the P/E is "normal"
# A number of years ($n has one decimal, always plural: "1.0 years").
valuation-n-years = { $n } years
# Label of the implied-growth marker ($g: the growth; $years: a number of years as above).
valuation-marker = implied { $g }: { $years }
# Why there is no implied growth: the inputs are not valid.
valuation-error-invalid-input = The inputs are not valid numbers for this model.
# Why there is no implied growth: stable growth is not below the cost of equity.
valuation-error-no-finite-value = Stable growth is at or above the cost of equity, so the model has no finite value.
# Why there is no implied growth: the answer is below the searched range.
valuation-error-below-range = Even a 50% yearly decline would justify a higher P/E than the market's.
# Why there is no implied growth: the answer is above the searched range.
valuation-error-above-range = Even 200% yearly growth cannot justify a P/E this high with these inputs.
# Why there is no implied growth: growth does not change the P/E.
valuation-error-not-identified = Growth does not change the P/E here (no high-growth years or zero payout).
# Text alternative of `valuation-implied` when there is an implied growth ($m: the market's forward P/E; $t: the "normal" P/E; $g: implied growth; $years: a number of years as above).
valuation-summary-found = Line chart: the years a { $m } forward P/E takes to fall to { $t } at a constant price shrink as earnings growth rises. The two-stage model says the market's price implies { $g } growth; at that rate the P/E reaches { $t } in { $years }.
# Text alternative of `valuation-implied` without an implied growth ($m, $t as above).
valuation-summary-none = Line chart: the years a { $m } forward P/E takes to fall to { $t } at a constant price, by earnings growth. No implied growth for these assumptions.

## Labels of valuation-implied's source line.

# Source of Cambricon's forward P/E.
valuation-source-market = Cambricon, forward P/E
# Source of the "normal" P/E.
valuation-source-it = CSI 300 IT index, forward P/E
