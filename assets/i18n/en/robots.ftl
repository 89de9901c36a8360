## Figure `robots-pe` of the `robots` chapter.

# Caption of `robots-pe`.
robots-caption = Forward P/E: robotics against the CSI 300 IT index, and what growth at a constant price would do
# Bar: Cambricon.
robots-cambricon = Cambricon (AI chips), Dec 2025
# Bar: robotics sector.
robots-robots = Robotics sector, Nov 2025
# Bar: CSI 300 IT.
robots-it = CSI 300 IT index, Nov 2025
# Reference-line label (followed by the multiple).
robots-it-short = CSI 300 IT
# When growth never brings the multiple down (a live value of the prose and the text alternative).
robots-never = never, at zero growth
# Label of the "after growth" bar; $years is a number of years, $growth a yearly growth rate.
robots-after-bar = Robotics after { $years } of { $growth } growth, price unchanged
# A number of years, one decimal.
robots-n-years = { $n } years
# Text alternative of `robots-pe`; $list is each bar's label and multiple, $years the years until robotics is priced like IT (`robots-n-years` or `robots-never`).
robots-alt = Bar chart of forward P/E: { $list }. Years of this growth until robotics is priced like IT: { $years }.
