//! What an AI training run costs: GPU-hours × rental price per hour.
//!
//! The reference case is DeepSeek-V3: 2.788 million H800 GPU-hours at an
//! assumed US$2 per GPU-hour = US$5.576 million (`shared/data/ai_cost.csv`,
//! rows `deepseek_v3_total_gpu_hours`, `deepseek_v3_rental_rate_assumed`,
//! `deepseek_v3_training_cost`). That is the rental-equivalent cost of the final
//! training run only; [`EXCLUDED`] lists what it leaves out.

/// DeepSeek-V3's full training in H800 GPU-hours: 2.788 million (pre-training
/// 2.664M + context extension 0.119M + post-training 0.005M).
/// Source: <https://github.com/deepseek-ai/DeepSeek-V3> README (`deepseek_v3_total_gpu_hours`).
pub const DEEPSEEK_V3_GPU_HOURS: f64 = 2.788e6;
/// Rental price per H800 GPU-hour assumed in the DeepSeek-V3 technical report:
/// US$2 (`deepseek_v3_rental_rate_assumed`).
pub const DEEPSEEK_V3_USD_PER_GPU_HOUR: f64 = 2.0;
/// The reported cost, US$5.576 million (`deepseek_v3_training_cost`).
pub const DEEPSEEK_V3_REPORTED_COST_USD: f64 = 5.576e6;

/// Cost in US$ of `gpu_hours` GPU-hours at `usd_per_hour` US$ per GPU-hour:
/// `cost = gpu_hours × usd_per_hour`. DeepSeek-V3: 2.788e6 × 2 = 5.576e6.
///
/// Returns `None` when an input is negative or not finite, or the product
/// overflows.
pub fn training_cost_usd(gpu_hours: f64, usd_per_hour: f64) -> Option<f64> {
    if !(gpu_hours.is_finite() && usd_per_hour.is_finite()) || gpu_hours < 0.0 || usd_per_hour < 0.0
    {
        return None;
    }
    let c = gpu_hours * usd_per_hour;
    c.is_finite().then_some(c)
}

/// One stage of a training run, or a whole run, with its GPU-hours and source.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TrainingRun {
    /// Stable identifier (the `series` name in `ai_cost.csv`).
    pub key: &'static str,
    /// GPU-hours (hours, not millions).
    pub gpu_hours: f64,
    /// GPU model the hours were counted on.
    pub gpu: &'static str,
}

impl TrainingRun {
    /// Rental-equivalent cost at `usd_per_hour` (see [`training_cost_usd`]).
    pub fn cost_usd(&self, usd_per_hour: f64) -> Option<f64> {
        training_cost_usd(self.gpu_hours, usd_per_hour)
    }
}

/// DeepSeek-V3's stages; their GPU-hours sum to [`DEEPSEEK_V3_GPU_HOURS`].
pub const DEEPSEEK_V3_STAGES: [TrainingRun; 3] = [
    TrainingRun {
        key: "deepseek_v3_pretraining_gpu_hours",
        gpu_hours: 2.664e6,
        gpu: "H800",
    },
    TrainingRun {
        key: "deepseek_v3_context_extension_gpu_hours",
        gpu_hours: 0.119e6,
        gpu: "H800",
    },
    TrainingRun {
        key: "deepseek_v3_posttraining_gpu_hours",
        gpu_hours: 0.005e6,
        gpu: "H800",
    },
];

/// Runs to compare at the same hourly price.
/// * DeepSeek-V3 in full (2.788M H800-hours).
/// * DeepSeek-R1's reinforcement-learning stage: 512 H800 × (198 + 80) h +
///   5,000 GPU-h for SFT data = 147,336 GPU-h, which at US$2 gives US$294,672,
///   consistent with the reported US$294k (`deepseek_r1_gpus` note).
/// * Meta's Llama 3.1 405B: 30.84M H100-hours (`llama31_405b_gpu_hours`), ≈ 11× V3.
pub const REFERENCE_RUNS: [TrainingRun; 3] = [
    TrainingRun {
        key: "deepseek_v3_total_gpu_hours",
        gpu_hours: DEEPSEEK_V3_GPU_HOURS,
        gpu: "H800",
    },
    TrainingRun {
        key: "deepseek_r1_rl_training_cost",
        gpu_hours: 512.0 * (198.0 + 80.0) + 5000.0,
        gpu: "H800",
    },
    TrainingRun {
        key: "llama31_405b_gpu_hours",
        gpu_hours: 30.84e6,
        gpu: "H100",
    },
];

/// Something the US$5.576M figure does not include, with the best available
/// evidence of its size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Exclusion {
    /// Stable identifier.
    pub key: &'static str,
    /// The fact-base row (series, year) that documents it.
    pub row: (&'static str, i32),
}

/// What the headline cost excludes (`ai_cost.csv`, `deepseek_v3_training_cost`
/// and the estimate rows). The technical report says the figure "includes only
/// the official training of DeepSeek-V3, excluding the costs associated with
/// prior research and ablation experiments".
pub const EXCLUDED: [Exclusion; 5] = [
    Exclusion {
        key: "research_ablations",
        row: ("deepseek_v3_training_cost", 2024),
    },
    Exclusion {
        key: "hardware",
        row: ("deepseek_server_capex_estimate", 2025),
    },
    Exclusion {
        key: "earlier_hardware",
        row: ("high_flyer_a100_purchase", 2021),
    },
    Exclusion {
        key: "staff_operations",
        row: ("deepseek_operating_cost_estimate", 2025),
    },
    Exclusion {
        key: "later_stages",
        row: ("deepseek_r1_rl_training_cost", 2025),
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deepseek_reference_case() {
        let c = training_cost_usd(DEEPSEEK_V3_GPU_HOURS, DEEPSEEK_V3_USD_PER_GPU_HOUR).unwrap();
        assert!((c - DEEPSEEK_V3_REPORTED_COST_USD).abs() < 1e-6);
        let stages: f64 = DEEPSEEK_V3_STAGES.iter().map(|s| s.gpu_hours).sum();
        assert!((stages - DEEPSEEK_V3_GPU_HOURS).abs() < 1e-6);
        assert_eq!(REFERENCE_RUNS[1].cost_usd(2.0), Some(294_672.0));
        let ratio = REFERENCE_RUNS[2].gpu_hours / REFERENCE_RUNS[0].gpu_hours;
        assert_eq!(format!("{ratio:.0}"), "11");
        assert_eq!(training_cost_usd(-1.0, 2.0), None);
        assert_eq!(training_cost_usd(1.0, f64::NAN), None);
    }

    #[test]
    fn exclusions_have_sources() {
        assert!(EXCLUDED
            .iter()
            .all(|e| !e.row.0.is_empty() && e.row.1 > 2000));
    }
}
