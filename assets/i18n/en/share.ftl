# The button.
share-button = Share
# Its accessible description in the header.
share-story-aria = Share a link to the whole story with your assumptions
# Its accessible description under a figure.
share-figure-aria = Share a link to this chapter with your assumptions
# Announced after the link was copied.
share-copied = Link copied.
# Shown when the clipboard was refused, above the selected link.
share-copy-manually = The browser blocked copying: the link below is selected, press Ctrl+C (⌘C on a Mac).
# Label of the field holding the link.
share-field = Link to this scenario
# Start of the one-line summary.
share-summary-intro = China's tech boom and its slow economy, my scenario:{" "}
# The summary of a scenario at the defaults.
share-defaults = the explainer's default assumptions
# Between two changed assumptions.
share-separator = ;{" "}
# After three changed assumptions: how many more.
share-more = {" "}and { $n } more
# When scenario A is kept.
share-with-a = , compared with a kept scenario A
# End of the summary.
share-end = {"."}
