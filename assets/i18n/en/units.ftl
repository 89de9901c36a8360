## Units of the fact base (the `unit` column of assets/data/*.csv), for
## values shown with their unit in Sources and methods. Key: units- and the
## unit with - for _; { $n } is the number. Percentages (pct…) and multiples
## (x) are written by the code.

units-usd-bn = US${ $n }bn
units-usd-mn = US${ $n }M
units-usd = US${ $n }
units-usd-per-gpu-hour = US${ $n } per GPU-hour
units-cny-tn = { $n } trillion yuan
units-cny-per-share = { $n } yuan a share
units-hopper-gpus = { $n } Hopper GPUs
units-a100-gpus = { $n } A100 GPUs
units-launches = { $n } launches
units-satellites = { $n } satellites
units-mn-h800-gpu-hours = { $n } million H800 GPU-hours
units-mn-h100-gpu-hours = { $n } million H100 GPU-hours
units-pp-per-year = { $n } percentage points a year
