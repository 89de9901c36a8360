## Figure titles: an embedded figure's page and <iframe> title, and the oEmbed files (by figure ID).

figure-split-markets = Stock returns against economic growth, 2025
figure-split-economy = GDP, retail sales and property investment, 2018–2025
figure-guess-property = Guess how property investment changed, 2021–2025
figure-ai-cost = What it costs to train a frontier AI model
figure-robots-pe = Robotics valuations against the market
figure-valuation-pe = What a P/E assumes: justified P/E against growth
figure-valuation-implied = The growth priced into Cambricon's P/E
figure-margin-call = How far a margin loan lets a price fall
figure-margin-paths = Simulated prices against the forced-selling line
figure-catalysts-timeline = Catalysts: a dated timeline
figure-gap-upside = The valuation gap with the US, if it narrowed
figure-futures-gdp = Two futures: GDP growth to 2035
figure-futures-compare = The new and the old economy, compared
