//! `charts::chapter_params` is complete: a chapter re-renders only when one
//! of its listed assumptions changes, so moving any other assumption must
//! leave everything the chapter shows (live numbers, figure charts, sliders)
//! unchanged. Checked from three starting points (defaults, all at their
//! minimum, all at their maximum), moving each assumption to both ends.
#![cfg(not(target_arch = "wasm32"))]

use two_economies::charts::{ai, chapter_params, futures, gap, margin, robots, valuation};
use two_economies::model::assumptions::{Action, Assumptions, Param};
use two_economies::story::{self, CHAPTERS, FIGURES};
use two_economies::text::{self, Lang};

/// Every live value in chapter `c`'s prose, in every kind of block
/// (headings, paragraphs, notes, lists, questions and answers).
fn lives(c: &str, a: &Assumptions, lang: Lang) -> Vec<Option<String>> {
    story::markers_in(story::chapter(lang, c))
        .map(|key| text::live(c, key, a, lang))
        .collect()
}

/// Figure `f`'s chart for `a` (as debug text, so charts of any type compare),
/// and the sliders it shows; `None` for the figures listed as reading no
/// assumption. A figure missing from this list fails the test, so a new
/// figure cannot be skipped silently.
fn figure(f: &str, a: &Assumptions, lang: Lang) -> Option<(String, &'static [Param])> {
    Some(match f {
        "ai-cost" => (format!("{:?}", ai::chart(a, lang)), &ai::PARAMS[..]),
        "robots-pe" => (format!("{:?}", robots::chart(a, lang)), &robots::PARAMS[..]),
        "gap-upside" => (format!("{:?}", gap::chart(a, lang)), &gap::PARAMS[..]),
        "valuation-pe" => (
            format!("{:?}", valuation::ValuationPe::new(a, lang)),
            &valuation::PE_PARAMS[..],
        ),
        "valuation-implied" => (
            format!("{:?}", valuation::implied_chart(a, lang)),
            &valuation::IMPLIED_PARAMS[..],
        ),
        "margin-call" => (
            format!("{:?}", margin::call_chart(a, lang)),
            &margin::CALL_PARAMS[..],
        ),
        "margin-paths" => (
            format!("{:?}", margin::paths_chart(a, lang)),
            &margin::PATHS_PARAMS[..],
        ),
        "futures-gdp" => (
            format!("{:?}", futures::gdp_chart(a, lang)),
            &futures::PARAMS[..],
        ),
        "futures-compare" => (format!("{:?}", futures::compare_chart(a, lang)), &[][..]),
        // Data figures: they read no assumption.
        "split-markets" | "split-economy" | "guess-property" | "catalysts-timeline" => {
            return None
        }
        other => panic!("figure {other} is not listed in tests/deps.rs `figure()`: add it with the assumptions it reads, or with the data figures"),
    })
}

/// Everything chapter `c` shows that depends on the assumptions.
fn shown(c: &str, a: &Assumptions, lang: Lang) -> (Vec<Option<String>>, Vec<String>) {
    let charts = FIGURES
        .iter()
        .filter(|(chapter, _)| *chapter == c)
        .filter_map(|(_, f)| figure(f, a, lang).map(|(chart, _)| chart))
        .collect();
    (lives(c, a, lang), charts)
}

fn all_at(end: fn(Param) -> f64) -> Assumptions {
    Param::ALL.iter().fold(Assumptions::default(), |a, &p| {
        a.apply(Action::Set(p, end(p)))
    })
}

#[test]
fn every_slider_and_in_place_number_is_among_its_chapters_assumptions() {
    two_economies::i18n::install_all_for_tests();
    for (c, f) in FIGURES {
        if let Some((_, sliders)) = figure(f, &Assumptions::default(), Lang::En) {
            for p in sliders {
                assert!(
                    chapter_params(c).contains(p),
                    "{f}: slider {p:?} not in chapter_params({c})"
                );
            }
        }
    }
    for c in CHAPTERS {
        for lang in [Lang::En, Lang::Zh] {
            // Every block kind: headings, lists and questions hold live
            // numbers too.
            for key in story::markers_in(story::chapter(lang, c)) {
                if let Some(p) = text::live_param(c, key) {
                    assert!(chapter_params(c).contains(&p), "{c}: {{{key}}} moves {p:?}");
                }
            }
        }
    }
}

#[test]
fn moving_an_unlisted_assumption_changes_nothing_in_a_chapter() {
    two_economies::i18n::install_all_for_tests();
    let bases = [
        ("defaults", Assumptions::default()),
        ("all at minimum", all_at(|p| p.spec().min)),
        ("all at maximum", all_at(|p| p.spec().max)),
    ];
    let mut checked = 0;
    for c in CHAPTERS {
        for (name, base) in &bases {
            let before = shown(c, base, Lang::En);
            for &p in Param::ALL.iter().filter(|p| !chapter_params(c).contains(p)) {
                for v in [p.spec().min, p.spec().max] {
                    let moved = base.clone().apply(Action::Set(p, v));
                    assert!(
                        shown(c, &moved, Lang::En) == before,
                        "chapter {c} changes when {p:?} moves to {v} (from {name}): add it to chapter_params"
                    );
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 100, "only {checked} moves checked");
}
