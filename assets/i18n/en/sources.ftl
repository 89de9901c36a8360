## Provenance shown with every number: figure source lines, citations in the
## prose, the Sources and methods list and the glossary terms.

# Between a publisher and the outlet that relayed it.
sources-via = via
# The mark on a grade C row.
sources-weak = weak source
# What the weak mark means (its tooltip and accessible description).
sources-weak-why = Grade C: no copy from the publisher or a reputable outlet was found, only an aggregator, mirror or similar. Treat the number with care.
# End of a figure's source line, after the last source and before the date the data are as of.
sources-line-end = {". "}
# After a figure's source line: the newest publication date of its data ($date is a date written by `fmt_date`).
sources-as-of-date = Data as of { $date }.
# Accessible name of a citation (then its number and publisher).
sources-cite = Source
# Label in a Sources and methods entry, before the series it supports.
sources-supports = Supports:
# Label in a Sources and methods entry, before the figures that use the row.
sources-figures = Figures:
# Label in a Sources and methods entry, before the claims that cite the row.
sources-claims = Claims:
# Label in a Sources and methods entry, before the chapters that cite the row.
sources-cited-in = Cited in:
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

## Names of the publishers the fact base cites (`assets/data`), as written in each language.

# Publisher name.
sources-publisher-nbs = National Bureau of Statistics of China
# Publisher name.
sources-publisher-sse = Shanghai Stock Exchange
# Publisher name.
sources-publisher-szse = Shenzhen Stock Exchange
# Publisher name.
sources-publisher-csrc = China Securities Regulatory Commission
# Publisher name.
sources-publisher-csi = China Securities Index Co.
# Publisher name.
sources-publisher-hsi = Hang Seng Indexes Company
# Publisher name.
sources-publisher-szsi = Shenzhen Securities Information Co.
# Publisher name.
sources-publisher-deepseek = DeepSeek-AI
# Publisher name.
sources-publisher-meta = Meta
# Publisher name.
sources-publisher-jefferies = Jefferies
# Publisher name.
sources-publisher-goldman = Goldman Sachs
# Publisher name.
sources-publisher-mckinsey = McKinsey Global Institute
# Publisher name.
sources-publisher-bloomberg = Bloomberg
# Publisher name.
sources-publisher-state-council = State Council of the People's Republic of China
# Publisher name.
sources-publisher-mofcom = Ministry of Commerce of China
# Publisher name.
sources-publisher-customs = General Administration of Customs of China
# Publisher name.
sources-publisher-pboc = People's Bank of China
# Publisher name.
sources-publisher-imf = International Monetary Fund
# Publisher name.
sources-publisher-oriental = Oriental Securities
# Publisher name.
sources-publisher-landspace = LandSpace
# Publisher name.
sources-publisher-cnsa = China National Space Administration
# Publisher name.
sources-publisher-ehang = EHang
# Publisher name.
sources-publisher-cambricon = Cambricon Technologies
# Publisher name.
sources-publisher-damodaran = Aswath Damodaran
# Publisher name.
sources-publisher-cpc-cc = Communist Party of China Central Committee
# Publisher name.
sources-publisher-npc = National People's Congress
# Publisher name.
sources-publisher-xinhua = Xinhua
# Publisher name.
sources-publisher-reuters = Reuters
# Publisher name.
sources-publisher-peoples-daily = People's Daily Online
# Publisher name.
sources-publisher-china-daily = China Daily
# Publisher name.
sources-publisher-swufe = Southwestern University of Finance and Economics
# Publisher name.
sources-publisher-nbk = National Bank of Kuwait
# Publisher name.
sources-publisher-nvidia = Nvidia
# Publisher name.
sources-publisher-lseg = LSEG
