//! The numbers in the chapters' prose: `{key}` in a story file
//! (`assets/i18n/<lang>/story/<chapter>.md`) is written here for the
//! reader's assumptions. Each chapter's values are built beside its words
//! (`text/<chapter>.rs`, `live`) from the model and the same figure inputs
//! its charts draw (`charts/<chapter>.rs`), so prose and figures agree.

use crate::model::assumptions::{Assumptions, Param};
use crate::text::Lang;

/// The live value `key` of `chapter`'s prose for the current assumptions;
/// `None` when the chapter has no such value (a test forbids that for every
/// marker in the story files).
pub fn live(chapter: &str, key: &str, a: &Assumptions, lang: Lang) -> Option<String> {
    match chapter {
        "split" => super::split::live(key, a, lang),
        "robots" => super::robots::live(key, a, lang),
        "ai" => super::ai::live(key, a, lang),
        "gap" => super::gap::live(key, a, lang),
        "valuation" => super::valuation::live(key, a, lang),
        "margin" => super::margin::live(key, a, lang),
        "futures" => super::futures::live(key, a, lang),
        _ => None,
    }
}

/// The assumption a live value shows, when the reader may change it in place
/// (drag it, or focus it and use the arrow keys).
pub fn live_param(chapter: &str, key: &str) -> Option<Param> {
    use Param::*;
    Some(match (chapter, key) {
        ("valuation", "g_high") => GHigh,
        ("valuation", "years") => Years,
        ("valuation", "ke") => Ke,
        ("valuation", "g_stable") => GStable,
        ("valuation", "pe_target") => PeTarget,
        ("robots", "growth") => RobotsGrowth,
        ("robots", "years") => RobotsYears,
        ("ai", "hours") => GpuHours,
        ("ai", "price") => GpuPrice,
        ("gap", "target") => GapTarget,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fmt_param;

    #[test]
    fn every_marker_in_the_story_resolves() {
        use crate::story::{chapters, markers_in};
        crate::i18n::install_all_for_tests();
        let a = Assumptions::default();
        for lang in Lang::ALL {
            for (chapter, blocks) in chapters(lang) {
                for key in markers_in(blocks) {
                    let v = live(chapter, key, &a, lang);
                    assert!(
                        v.as_deref().is_some_and(|v| !v.is_empty()),
                        "{chapter}: {{{key}}} does not resolve"
                    );
                }
            }
        }
    }

    #[test]
    fn adjustable_live_values_show_their_parameter() {
        let a = Assumptions::default();
        for (chapter, key) in [
            ("valuation", "g_high"),
            ("robots", "growth"),
            ("ai", "price"),
            ("gap", "target"),
        ] {
            let p = live_param(chapter, key).unwrap();
            let shown = live(chapter, key, &a, Lang::En).unwrap();
            assert_eq!(shown, fmt_param(p, a.get(p), Lang::En), "{chapter}.{key}");
        }
        assert_eq!(live_param("valuation", "pe"), None);
    }
}
