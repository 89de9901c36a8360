## Labels of the assumptions' sliders.

param-g-high = High-growth rate
param-years = Years of high growth
param-ke = Cost of equity
param-g-stable = Stable growth
param-payout-high = Payout, high-growth years
param-payout-stable = Payout, stable years
param-pe-target = A "normal" P/E
param-gpu-hours = GPU-hours of training
param-gpu-price = Rental price per GPU-hour
param-robots-growth = Robotics earnings growth
param-robots-years = Years at that growth
param-margin-ratio = Minimum margin ratio
param-margin-line = Forced-liquidation line
param-margin-vol = Volatility (a year)
param-margin-drift = Expected return (a year)
param-margin-days = Holding period
param-gap-target = China's share of the comparison group's value, after
param-fut-new-growth = New-economy growth (a year)
param-fut-spillover = Spillover to the rest
param-fut-property-fade = Property drag fading (a year)
param-fut-property-long-run = Property investment, long run
param-fut-confidence = Household confidence
param-fut-wealth-effect = Housing-wealth effect
param-fut-rest-long-run = Rest of economy, long-run growth
