## Provenance shown with every number: figure source lines, citations in the
## prose, the Sources and methods list and the glossary terms.

# Between a publisher and the outlet that relayed it.
sources-via = {"via "}
# The mark on a grade C row.
sources-weak = weak source
-weak-detail = no copy from the publisher or a reputable outlet was found, only an aggregator, mirror or similar. Treat the number with care.
# What the weak mark means (its tooltip and accessible description).
sources-weak-why = Grade C: { -weak-detail }
# After "C: weak source" in the list of grades, which already names the grade.
sources-grade-c-why = { -weak-detail }
# End of a figure's source line, after the last source and before the date the data are as of.
sources-line-end = {". "}
# After a figure's source line: the newest publication date of its data ($date is a date written by `fmt_date`).
sources-as-of-date = Data as of { $date }.
# Accessible name of a citation (then its number and publisher).
sources-cite = Source
# Label in a Sources and methods entry, before the series it supports.
sources-supports = {"Supports: "}
# Label in a Sources and methods entry, before the figures that use the row.
sources-figures = {"Figures: "}
# Label in a Sources and methods entry, before the claims that cite the row.
sources-claims = {"Claims: "}
# Label in a Sources and methods entry, before the chapters that cite the row.
sources-cited-in = {"Cited in: "}
# Before the date a row was last checked.
sources-checked = checked
# Claim number prefix in an entry (then the number).
sources-claim = claim
# Label of grade A.
sources-grade-a = A: the publisher's own publication
# Label of grade B.
sources-grade-b = B: a reputable outlet relaying the publisher
# Label of grade C.
sources-grade-c = C: weak source
# The button that downloads the whole fact base.
sources-download-all = Download the whole fact base (CSV)
# Count line above the list: rows, publishers, and rows per grade ($a, $b, $c).
sources-rows-count = { $rows } data rows from { $publishers } publishers: { $a } grade A, { $b } grade B, { $c } grade C.
# Hint on a glossary term's button.
sources-term-hint = definition

## Dates

# A date with a day ($day and $year are numbers, $month one of the month names below).
sources-date-day = { $day } { $month } { $year }
# A date without a day ($month one of the month names below).
sources-date-month = { $month } { $year }
# Month name in a date: January.
sources-month-1 = Jan
# February.
sources-month-2 = Feb
# March.
sources-month-3 = Mar
# April.
sources-month-4 = Apr
# May.
sources-month-5 = May
# June.
sources-month-6 = Jun
# July.
sources-month-7 = Jul
# August.
sources-month-8 = Aug
# September.
sources-month-9 = Sep
# October.
sources-month-10 = Oct
# November.
sources-month-11 = Nov
# December.
sources-month-12 = Dec


