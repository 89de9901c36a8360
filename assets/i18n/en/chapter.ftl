## Chapter names, for the table of contents (by chapter ID).

chapter-split = Two screens
chapter-ai = The AI catalyst
chapter-robots = Robots, flying cars, space
chapter-valuation = Valuation
chapter-margin = Margin lending
chapter-catalysts = Catalysts
chapter-gap = The gap
chapter-checklist = Checklist
chapter-futures = Two futures
chapter-sources = Sources
