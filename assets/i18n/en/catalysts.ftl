## The `catalysts` timeline.

# Caption.
catalysts-caption = Catalysts, dated: what was known when the article appeared, and what came after
# Toggle: show only what was known on the article's date.
catalysts-known-only = Show only what was known on 19 January 2026
# Marker between before and after.
catalysts-article-marker = 19 January 2026: the article is published
# Badge on events after the article.
catalysts-later = after the article
# Link text to the documenting source.
catalysts-source = source

## What happened at each event of the timeline (`charts::catalysts::EVENTS`, by key).

# Event `v3`.
catalysts-event-v3 = DeepSeek publishes the V3 technical report: a frontier-class open model whose final training run cost about US$5.6M in rented GPU time.
# Event `nvidia`.
catalysts-event-nvidia = After DeepSeek's R1 release, Nvidia loses about US$593bn of market value in one day, the largest one-day loss for any US stock.
# Event `plenum`.
catalysts-event-plenum = The Communist Party's Fourth Plenum adopts recommendations for the 15th Five-Year Plan (2026–2030), with science and technology first.
# Event `zhuque`.
catalysts-event-zhuque = LandSpace's Zhuque-3 reaches orbit on its first flight; the attempt to land its first stage fails.
# Event `itu`.
catalysts-event-itu = Chinese operators file with the ITU for about 203,000 satellites in 14 constellations (filings 25–31 December).
# Event `margin`.
catalysts-event-margin = Exchanges raise the minimum margin ratio for new margin loans from 80% to 100%, effective 19 January.
# Event `turnover`.
catalysts-event-turnover = A-share turnover reaches a record of about 3.99 trillion yuan in a day (sources differ on the day and figure).
# Event `gdp`.
catalysts-event-gdp = The statistics bureau reports 5.0% real GDP growth for 2025, meeting the target. The article is published the same day.
# Event `fyp`.
catalysts-event-fyp = The 15th Five-Year Plan goes to the National People's Congress, with an "AI+" action across industry.
# Event `target`.
catalysts-event-target = The 2026 growth target is set at 4.5–5%, the first cut since 2023.
# Event `outline`.
catalysts-event-outline = The National People's Congress approves the outline of the 15th Five-Year Plan.
# Event `v4`.
catalysts-event-v4 = DeepSeek releases a preview of V4, the model awaited since early 2026: the "new AI release" the article expected, three months later.
