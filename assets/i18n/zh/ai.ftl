ai-caption = 训练一个前沿模型要花多少钱？GPU小时数 × 租用价格，对比DeepSeek-V3公布的数字
ai-your-run = 你的训练
ai-v3-reported = DeepSeek-V3（公布值）
ai-reported-line = V3公布值
ai-excluded-title = 这个数字没有包括什么
ai-estimate = 估计
ai-run-r1 = DeepSeek-R1推理训练阶段（按你的价格）
ai-run-llama = Meta Llama 3.1 405B（按你的价格）
ai-run-other = 参考训练（按你的价格）
ai-exclusion-research-ablations = 此前的研究和消融实验
ai-exclusion-research-ablations-detail = 技术报告明确写明不包括；未量化。
ai-exclusion-hardware = 购买GPU和服务器
ai-exclusion-hardware-detail = 每小时{ $rate }是租用价格。SemiAnalysis估计约有{ $gpus }块Hopper GPU、约{ $capex }服务器支出（有争议）。
ai-exclusion-earlier-hardware = 更早的GPU采购
ai-exclusion-earlier-hardware-detail = DeepSeek的母公司幻方在2021年出口管制前购买了{ $gpus }块A100。
ai-exclusion-staff-operations = 人员、数据和运营成本
ai-exclusion-staff-operations-detail = SemiAnalysis估计运营成本接近{ $cost }（有争议的估计）。
ai-exclusion-later-stages = 基于V3的后续模型
ai-exclusion-later-stages-detail = R1的推理训练阶段另花约{ $cost }。
ai-summary-text = 训练成本条形图：{ $list }。

## 来源行标签

ai-source-hours = DeepSeek-V3 GPU小时数
ai-source-rate = DeepSeek-V3 假设的租用价格
ai-source-cost = DeepSeek-V3 训练成本
