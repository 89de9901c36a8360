## The `ai` chapter's figure, `ai-cost`.

# Caption.
ai-caption = What does it cost to train a frontier model? GPU-hours × rental price, against DeepSeek-V3's reported figure
# Bar: the reader's run.
ai-your-run = Your run
# Bar: V3 as reported.
ai-v3-reported = DeepSeek-V3, as reported
# Reference-line label.
ai-reported-line = V3 reported
# Heading of the exclusions list.
ai-excluded-title = What the headline figure leaves out
# Marks an estimate that is disputed.
ai-estimate = estimate
# Bar: DeepSeek-R1's reasoning stage priced at the reader's rate.
ai-run-r1 = DeepSeek-R1 reasoning stage, at your price
# Bar: Llama 3.1 405B priced at the reader's rate.
ai-run-llama = Meta Llama 3.1 405B, at your price
# Bar: any other reference run priced at the reader's rate.
ai-run-other = Reference run, at your price
# Excluded cost: prior research.
ai-exclusion-research-ablations = Prior research and ablation experiments
# Evidence for it.
ai-exclusion-research-ablations-detail = Excluded in the technical report's own words; not quantified.
# Excluded cost: hardware.
ai-exclusion-hardware = Buying the GPUs and servers
# Evidence for it ($rate: the report's rental price per GPU-hour, "US$2"; $gpus: a count, "50,000"; $capex: money, "US$1.6bn").
ai-exclusion-hardware-detail = { $rate } an hour is a rental price. SemiAnalysis estimates about { $gpus } Hopper GPUs and about { $capex } of server spending (disputed).
# Excluded cost: earlier GPU purchases.
ai-exclusion-earlier-hardware = Earlier GPU purchases
# Evidence for it ($gpus: a count, "10,000"). The source follows it.
ai-exclusion-earlier-hardware-detail = High-Flyer, DeepSeek's parent, bought { $gpus } A100s in 2021, before export controls.
# Excluded cost: staff and operations.
ai-exclusion-staff-operations = Staff, data and running costs
# Evidence for it ($cost: money, "US$944M").
ai-exclusion-staff-operations-detail = SemiAnalysis puts operating costs near { $cost } (disputed estimate).
# Excluded cost: later models.
ai-exclusion-later-stages = Later models built on V3
# Evidence for it ($cost: money, "US$294k"). The source follows it.
ai-exclusion-later-stages-detail = R1's reasoning stage cost about { $cost } more.
# Text alternative of the chart ($list: each bar's label and value, separated by the list separator).
ai-summary-text = Bar chart of training costs: { $list }.

## Labels of the figure's source line, one per cited row.

# Source of the GPU-hours.
ai-source-hours = DeepSeek-V3 GPU-hours
# Source of the rental price per GPU-hour.
ai-source-rate = DeepSeek-V3 assumed rental price
# Source of the reported training cost.
ai-source-cost = DeepSeek-V3 training cost
