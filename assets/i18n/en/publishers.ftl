## Publishers: the institution each number of the fact base comes from.
## Each English text must be the publisher exactly as written in assets/data/*.csv
## (the build checks it); translate the text, keep the key.

publishers-damodaran = Aswath Damodaran (John Wiley & Sons)
publishers-bloomberg = Bloomberg
publishers-cpc-cc = Central Committee of the Communist Party of China
publishers-cmif = China Machinery Industry Federation
publishers-cnsa = China National Space Administration
publishers-csfc = China Securities Finance Corporation
publishers-csi = China Securities Index Co.
publishers-csrc = China Securities Regulatory Commission
publishers-brokers = Chinese brokerages (margin officer quoted by The Paper)
publishers-caac = Civil Aviation Administration of China
publishers-liang-wu-ide = David Tao Liang & Harry X. Wu, Institute of Developing Economies (IDE-JETRO)
publishers-deepseek = DeepSeek-AI
publishers-factset = FactSet
publishers-factset-sse = FactSet; Shanghai Stock Exchange (close)
publishers-customs = General Administration of Customs of China
publishers-goldman = Goldman Sachs
publishers-guo-du = Guo Meichen & Du Chuanzhong, Statistical Research (统计研究)
publishers-hsi = Hang Seng Indexes Company
publishers-wu-liang-rieti = Harry X. Wu & David T. Liang, Research Institute of Economy, Trade and Industry (RIETI)
publishers-high-flyer = High-Flyer
publishers-imf = International Monetary Fund
publishers-itu = International Telecommunication Union
publishers-jefferies = Jefferies
publishers-landspace = LandSpace
publishers-mckinsey = McKinsey Global Institute
publishers-meta = Meta
publishers-nbs = National Bureau of Statistics of China
publishers-nbs-70-city = National Bureau of Statistics of China (70-city indices); average computed by Reuters
publishers-npc = National People's Congress
publishers-oriental = Oriental Securities
publishers-pboc-survey = People's Bank of China (urban depositor survey)
publishers-reuters = Reuters
publishers-semianalysis = SemiAnalysis
publishers-sse = Shanghai Stock Exchange
publishers-sse-trading = Shanghai Stock Exchange (trading data)
publishers-sse-with = Shanghai Stock Exchange (with SZSE and BSE)
publishers-exchanges-trading = Shanghai, Shenzhen and Beijing stock exchanges (trading data)
publishers-cni = Shenzhen Securities Information Co. (CNI)
publishers-szse = Shenzhen Stock Exchange
publishers-swufe = Southwestern University of Finance and Economics (China Household Finance Survey, Gan Li)
publishers-state-council = State Council of the People's Republic of China
publishers-state-council-gwr = State Council of the People's Republic of China (Government Work Report)
