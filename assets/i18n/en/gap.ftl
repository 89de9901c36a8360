## Figure `gap-upside` of the `gap` chapter.

# Caption of `gap-upside`.
gap-caption = If the gap narrowed: the gain for China's AI stocks if their value rose to a chosen share of the comparison group's (Jefferies: AI stocks listed outside China; Goldman Sachs: the US), with that group's value unchanged
# Bar label: Jefferies' listed AI stocks basket; $share is China's share of the comparison group's value today.
gap-basket-listed = Jefferies, listed AI stocks (today { $share })
# Bar label: Jefferies' basket including private AI firms; $share is China's share of the comparison group's value today.
gap-basket-with-private = Jefferies, with private AI firms (today { $share })
# Bar label: Goldman Sachs' top-10 tech firms; $share is China's share of the US firms' value today.
gap-basket-goldman-top10 = Goldman Sachs, top-10 tech firms (today { $share })
# Text alternative of `gap-upside`; $target is the chosen share, $list each bar's label and gain.
gap-alt = Bar chart of the gain if China's share of the comparison group's value rose to { $target }: { $list }.
