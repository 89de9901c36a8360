# Site title.
title = Two Economies
# One-line description under the title.
subtitle = China's 2026 tech boom and the economy it left behind: an interactive explainer
# The single "not investment advice" notice.
disclaimer = Not investment advice. The models here are illustrations for learning; they are not forecasts or price targets.
# Accessible name of the language toggle.
switch-lang-aria = 阅读中文版 (switch to Chinese)
# Reset button.
reset = Reset
# Label of a figure's download buttons.
download = Download
# Accessible name of the PNG download.
download-png = Download this chart as a PNG image
# Accessible name of the SVG download.
download-svg = Download this chart as an SVG image
# Accessible name of the CSV download.
download-csv = Download this chart's data as CSV, with sources
# CSV source of rows computed by a model.
csv-model-source = Model illustration (not a forecast); assumptions are in the page URL
# A/B: the marked point of a chart (e.g. the reader's assumptions).
compare-point = Marked point
# A/B: button that keeps the current assumptions as scenario A.
keep-a = Keep as A
# A/B: what "Keep as A" does, for screen readers.
keep-a-aria = Keep as A: save these assumptions as scenario A, then change them to compare
# A/B: button that drops scenario A.
clear-a = Clear A
# A/B: caption of the difference table.
compare-caption = Scenario A (kept, dashed grey) against B (now)
# A/B: header of the kept scenario's column.
compare-a = A
# A/B: header of the current scenario's column.
compare-b = B (now)
# Data table: the disclosure that shows a chart's values as a table.
data-show = Show the data as a table
# Data table: column headers (series, horizontal axis, value).
data-cols-0 = Series
# Data table: column headers (series, horizontal axis, value).
data-cols-1 = Horizontal axis
# Data table: column headers (series, horizontal axis, value).
data-cols-2 = Value
# Heading of the printed handout's cover.
handout-title = Your scenario
# How to reopen the printed scenario.
handout-intro = Scan the code or type this link to open the explainer with exactly these assumptions:
# Accessible title of the handout's QR code.
handout-qr-title = QR code of the link to this scenario
# Marks an assumption the reader changed.
handout-changed = (changed)
# Heading of a figure's controls.
assumptions = Assumptions
# "Source:" prefix under figures.
source = {"Source: "}
# Marks a value computed from other sourced values.
derived = derived
# Shown instead of a number when the model has no finite value.
no-value = —
# Why the two-stage P/E has no finite value.
no-value-why = No finite value: stable growth must be below the cost of equity, or the company would be worth an infinite amount.
# Caption of `valuation-pe`.
valuation-pe-caption = Justified P/E from the two-stage model as high-stage growth varies, against the market's forward P/E for Cambricon
# x-axis title of `valuation-pe`.
axis-growth = Earnings growth during the high-growth years
# y-axis title of `valuation-pe`.
axis-pe = Justified P/E on next year's earnings (×)
# Legend: the model's curve.
legend-justified = Justified P/E
# Legend: the market's P/E line.
legend-market = Cambricon, forward P/E ≈
# Legend: the current assumptions.
legend-current = Your assumptions
# Worked example the defaults come from.
damodaran-example = Damodaran on Valuation, 2nd ed., worked example (defaults)
# Footer text.
footer = Two Economies is open source. Every number links to its source; models are labelled as illustrations.
# Accessible name of the table of contents.
toc = Chapters
# Link from an embedded figure or story to the whole explainer.
open-full = Open the full explainer
# Read by screen readers after links that open a new tab.
new-tab = {" "}(opens in a new tab)
# Button under each figure: copies the figure's `<iframe>` code.
copy-embed = Copy embed code
# Button in the footer: copies the whole story's `<iframe>` code.
copy-embed-story = Embed the whole story: copy the code
# Announced when the embed code is on the clipboard.
copied = Embed code copied.
# Shown with the selected code when the browser blocked copying.
copy-manually = The browser blocked copying: the code below is selected, press Ctrl+C (⌘C on a Mac).
# Accessible name of the box showing the embed code.
embed-code = Embed code
# Button that starts presenter mode.
present = Present
# Its accessible description (what presenter mode is, its key).
present-aria = Presenter mode: one chapter per screen in large type, with a QR code for students (key P)
# Accessible name of the presenter bar.
present-bar = Presenter controls
# Presenter bar: previous chapter (visible label).
present-prev = Previous
# Presenter bar: next chapter (visible label).
present-next = Next
# Accessible name of the previous-chapter button.
present-prev-aria = Previous chapter
# Accessible name of the next-chapter button.
present-next-aria = Next chapter
# Presenter bar: leave presenter mode (visible label).
present-exit = Exit
# Accessible name of the leave button.
present-exit-aria = Exit presenter mode (Esc)
# Caption under the QR code.
qr-caption = Scan to open this scenario
# Accessible name of the QR code image.
qr-title = QR code: this page with the current assumptions and chapter
# Accessible name of the button that enlarges (or shrinks) the QR code.
qr-enlarge = Enlarge the QR code
# Shown instead of the QR code when the URL is too long for one.
qr-too-long = This scenario's link is too long for a QR code: share the address bar instead.

## The language

# BCP 47 tag of this language, for <html lang> (not shown).
lang-tag = en
# This language's own name, in the language menu.
lang-name = English
# Accessible name of the language menu (with more than two languages).
lang-menu = Language

## Words around numbers (the numbers are formatted by the code).

# Where the presenter is ($n counts from 1).
chapter-of = Chapter { $n } of { $total }
# A holding period.
unit-days = { $n } trading days
# A number of years.
unit-years = { $n ->
    [one] { $n } year
   *[other] { $n } years
}
# Millions of GPU-hours.
unit-million-hours = { $n }M
# A price in US dollars ("US$2.00").
unit-usd = US${ $n }

## Text alternative of valuation-pe

# When no finite P/E exists.
valuation-pe-summary-none = Chart: no finite justified P/E for these assumptions; the market line stays at { $market }.
valuation-pe-meets = It reaches the market's { $market } at about { $growth } growth.
valuation-pe-below = It stays below the market's { $market } across the whole range.
valuation-pe-summary = Chart: the justified forward P/E rises from { $first_pe } at { $first_g } high-stage growth to { $last_pe } at { $last_g }. Your assumptions ({ $g } growth) give { $pe }. { $meet }

## Punctuation between items (Chinese uses its own marks).

# Between the items of a list in a sentence.
sep-list = {"; "}
# Between short items (a, b and c).
sep-items = {", "}
# Between a label and what it labels ("Source: …").
sep-label = {": "}
# Between the parts of a citation (publisher, date).
sep-comma = {", "}
# Opens an aside in brackets, with the space before it.
paren-open = {" ("}
# Closes it.
paren-close = {")"}
# Ends a sentence before the next one in the same line.
sep-sentence = {". "}
# Before an explanation added to an item ("Grade C — why").
sep-dash = {" — "}
