//! "A factor of 15": the valuation gap between China's and the US's AI stocks.
//!
//! Jefferies puts the market value of China's listed AI basket at 6.5 % of the
//! US (global-ex-China) figure, so the US figure is 1/0.065 = 15.4× China's.
//! The multiple depends on the basket: 12.5× with private firms (8 %), 10× on
//! Goldman Sachs' top-10 comparison (`shared/data/ai_valuation_gap.csv`).
//! Shares are decimals (0.065 = 6.5 %).

/// How many times larger the US figure is when China's is `share` of it:
/// `1 / share` (6.5 % → 15.4×). Returns `None` when `share ≤ 0`, or the share
/// or the result is not finite.
pub fn multiple_from_share(share: f64) -> Option<f64> {
    if !share.is_finite() || share <= 0.0 {
        return None;
    }
    finite(1.0 / share)
}

/// Upside (decimal) for China's basket if its share of the US figure moves
/// from `current_share` to `target_share` with the US figure unchanged:
/// `target / current − 1` (6.5 % → 10 % gives +53.8 %).
///
/// Returns `None` when `current_share ≤ 0`, `target_share < 0`, or an input or
/// the result is not finite.
pub fn upside_to_share(current_share: f64, target_share: f64) -> Option<f64> {
    if !(current_share.is_finite() && target_share.is_finite())
        || current_share <= 0.0
        || target_share < 0.0
    {
        return None;
    }
    finite(target_share / current_share - 1.0)
}

/// Upside (decimal) if the gap, written as a multiple (US ÷ China), narrows to
/// `target_multiple` with the US unchanged: `current_multiple / target_multiple − 1`
/// (15.4× → 10× gives +53.8 %). Returns `None` when a multiple is ≤ 0, or an
/// input or the result is not finite.
pub fn upside_to_multiple(current_multiple: f64, target_multiple: f64) -> Option<f64> {
    if !(current_multiple.is_finite() && target_multiple.is_finite())
        || current_multiple <= 0.0
        || target_multiple <= 0.0
    {
        return None;
    }
    finite(current_multiple / target_multiple - 1.0)
}

fn finite(x: f64) -> Option<f64> {
    x.is_finite().then_some(x)
}

/// Share after closing a fraction `closed` (0–1) of the gap to parity:
/// `current + closed × (1 − current)`. Returns `None` when `closed` is outside
/// 0–1, `current_share` outside (0, 1], or an input is not finite.
pub fn share_after_closing(current_share: f64, closed: f64) -> Option<f64> {
    if !(current_share.is_finite() && closed.is_finite())
        || current_share <= 0.0
        || current_share > 1.0
        || !(0.0..=1.0).contains(&closed)
    {
        return None;
    }
    Some(current_share + closed * (1.0 - current_share))
}

/// One way of comparing China's and the US's AI/tech market value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Basket {
    /// Stable identifier (used in URLs).
    pub key: &'static str,
    /// Short English label.
    pub label: &'static str,
    /// China's market value as a share of the US figure (decimal).
    pub china_share_of_us: f64,
    /// Data row it comes from (`ai_valuation_gap.csv`).
    pub series: &'static str,
    /// Source URL.
    pub source: &'static str,
    /// Caveat.
    pub note: &'static str,
}

impl Basket {
    /// US ÷ China multiple, `1 / china_share_of_us`.
    pub fn multiple(&self) -> f64 {
        1.0 / self.china_share_of_us
    }

    /// Upside for this basket if China's share moves to `target_share`
    /// (see [`upside_to_share`]).
    pub fn upside_to(&self, target_share: f64) -> Option<f64> {
        upside_to_share(self.china_share_of_us, target_share)
    }
}

/// The three baskets in `ai_valuation_gap.csv`, largest multiple first.
pub const BASKETS: [Basket; 3] = [
    Basket {
        key: "listed",
        label: "Jefferies, listed AI stocks",
        china_share_of_us: 0.065,
        series: "china_ai_mcap_as_pct_of_us",
        source: "https://www.fxbaogao.com/detail/5226507",
        note: "33 listed Chinese AI stocks (~US$1.8tn) vs 46 global-ex-China stocks; Jan 2026",
    },
    Basket {
        key: "with_private",
        label: "Jefferies, incl. private AI firms",
        china_share_of_us: 0.08,
        series: "china_ai_mcap_as_pct_of_us_incl_private",
        source: "https://www.fxbaogao.com/detail/5226507",
        note: "adds major private AI companies; 12.5x",
    },
    Basket {
        key: "goldman_top10",
        label: "Goldman Sachs, top-10 tech firms",
        china_share_of_us: 2.5 / 25.0,
        series: "us_to_china_tech_mcap_ratio",
        source: "https://reportify.ai/news/1190371562692546560",
        note: "US$2.5tn vs US$25tn, late 2025 (via SCMP summary); 10x",
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn published_multiples() {
        let m: Vec<String> = BASKETS
            .iter()
            .map(|b| format!("{:.1}", b.multiple()))
            .collect();
        assert_eq!(m, ["15.4", "12.5", "10.0"]);
        assert_eq!(
            format!("{:.1}", multiple_from_share(0.065).unwrap()),
            "15.4"
        );
        assert_eq!(multiple_from_share(0.0), None);
    }

    #[test]
    fn upside_two_ways_agree() {
        let a = BASKETS[0].upside_to(0.10).unwrap();
        let b = upside_to_multiple(1.0 / 0.065, 10.0).unwrap();
        assert!((a - b).abs() < 1e-12);
        assert_eq!(format!("{:.1}", 100.0 * a), "53.8");
        assert_eq!(upside_to_share(0.065, 0.065), Some(0.0));
        assert_eq!(share_after_closing(0.065, 1.0), Some(1.0));
        assert_eq!(share_after_closing(0.065, 1.5), None);
    }
}
