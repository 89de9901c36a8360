//! Words of the `margin` chapter's figures, `margin-call` and `margin-paths`
//! (`assets/i18n/<lang>/margin.ftl`).

use super::Lang;
use crate::i18n::args;

pub use crate::i18n::MarginText;

/// `margin-call` and `margin-paths` labels in `lang`.
pub fn margin_text(lang: Lang) -> &'static MarginText {
    crate::i18n::margin(lang)
}

impl MarginText {
    /// A labelled point: "80% rule: −27.8%" / "80%规则 −27.8%".
    pub fn point(&self, name: &str, change: &str) -> String {
        self.point_label(args::MarginPointLabel { change, name })
    }

    /// Label of the barrier line: "Forced sale at 0.65 (−35.0%)".
    pub fn barrier(&self, price: &str, change: &str) -> String {
        self.barrier_label(args::MarginBarrierLabel { change, price })
    }

    /// A count of paths: "2,000 paths" / "2,000条路径".
    pub fn paths(&self, n: u32) -> String {
        self.paths_count(&group_thousands(n))
    }

    /// Text alternative of `margin-call`. Arguments are written-out values:
    /// the line, the falls at the 80 % and 100 % rules, the reader's ratio and
    /// fall, and the falls to the 150 % warning and 115 % instant lines at
    /// the reader's ratio.
    #[allow(clippy::too_many_arguments)]
    pub fn call_summary(
        &self,
        line: &str,
        fall_80: &str,
        fall_100: &str,
        ratio: &str,
        fall: &str,
        fall_warning: &str,
        fall_instant: &str,
    ) -> String {
        // Arguments of `margin-call-alt` in alphabetical order.
        self.call_alt(args::MarginCallAlt {
            fall,
            fall100: fall_100,
            fall80: fall_80,
            instant: fall_instant,
            line,
            ratio,
            warning: fall_warning,
        })
    }

    /// Text alternative of `margin-paths`: the drawn sample (`shown` paths,
    /// `shown_hit` of them reaching the line), the assumptions, and `share`,
    /// the computed probability of reaching the line (not the sample's share).
    #[allow(clippy::too_many_arguments)]
    pub fn paths_summary(
        &self,
        shown: usize,
        shown_hit: usize,
        days: &str,
        vol: &str,
        drift: &str,
        barrier: &str,
        fall: &str,
        share: &str,
    ) -> String {
        // Arguments of `margin-paths-alt` in alphabetical order.
        self.paths_alt(args::MarginPathsAlt {
            barrier,
            days,
            drift,
            fall,
            hit: &shown_hit.to_string(),
            share,
            shown: &shown.to_string(),
            vol,
        })
    }
}

/// `2000` → `2,000`.
fn group_thousands(n: u32) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_grouped() {
        crate::i18n::install_all_for_tests();
        assert_eq!(group_thousands(2000), "2,000");
        assert_eq!(group_thousands(100_000), "100,000");
        assert_eq!(group_thousands(8), "8");
        assert_eq!(margin_text(Lang::Zh).paths(2000), "2,000条路径");
    }
}
