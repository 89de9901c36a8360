//! The `margin` chapter's figures.
//!
//! * `margin-call`: how far the price of a fully leveraged position can fall
//!   before the maintenance ratio (collateral ÷ debt) reaches the broker's
//!   forced-liquidation line, as a function of the minimum margin ratio, with
//!   the 80 % (2023–2026) and 100 % (new contracts from 2026-01-19) rules and
//!   the reader's setting marked.
//! * `margin-paths`: a few simulated price paths over the holding period (an
//!   illustration) and the liquidation price as a reference line. The
//!   probability of touching it that the text states is computed
//!   ([`hit_probability`]), not counted from the drawn paths.
//!
//! Every number comes from [`crate::model::margin`]; this module only
//! arranges it for drawing and prose.

use super::kit::lines::{AxisFormat, Line, LineChart, Marker, RefLine, Tone};
use crate::data::{self, Fact};
use crate::model::assumptions::{Assumptions, Param};
use crate::model::margin::{
    price_fall_to_line, simulate_margin_calls, MarginSim, MarginSimResult, PathBank, INSTANT_LINE,
    MIN_MARGIN_RATIO_2023, MIN_MARGIN_RATIO_2026, WARNING_LINE,
};
use crate::model::Within;
use crate::text::{fmt_fall, fmt_param, fmt_pct, fmt_signed_pct, margin_text, Fixed, Lang};
use std::rc::Rc;

/// The sliders of `margin-call`.
pub const CALL_PARAMS: [Param; 2] = [Param::MarginRatio, Param::MarginLine];

/// The sliders of `margin-paths` (the barrier follows the margin ratio and
/// line set in `margin-call`).
pub const PATHS_PARAMS: [Param; 3] = [Param::MarginVol, Param::MarginDrift, Param::MarginDays];

/// Every assumption `margin-paths` reads (its sliders plus the rule and the
/// line set in `margin-call`).
pub const PATHS_INPUTS: [Param; 5] = Param::join(PATHS_PARAMS, CALL_PARAMS);

/// Sample paths drawn. They illustrate the model; the probability the text
/// states comes from [`hit_probability`], since the share of a sample is
/// sampling noise (of 2,000 paths at the defaults, ±0.25 percentage points
/// around 1.2 %; of 8, anything from 0 to 12.5 %).
pub const SAMPLES: u32 = 8;

/// Paths simulated: only the drawn ones (the first [`SAMPLES`] paths of
/// [`SEED`], the same paths a larger run of that seed starts with).
pub const PATHS: u32 = SAMPLES;

/// Fixed seed, so the same assumptions always show the same paths and the
/// paths move smoothly (common random numbers) as a slider moves.
pub const SEED: u64 = 2026;

/// x range of `margin-call`, margin ratios in percent.
pub const CALL_X: (f64, f64) = (50.0, 150.0);

/// (series, year) of the rows behind `margin-call`.
pub const CALL_ROWS: [(&str, i32); 8] = [
    ("margin_financing_min_margin_ratio", 2026),
    ("margin_financing_rule_effective_date", 2026),
    ("margin_maintenance_ratio_definition", 2019),
    ("margin_liquidation_line_mainstream", 2026),
    ("margin_warning_line_oriental_securities", 2026),
    ("margin_instant_liquidation_line_oriental_securities", 2026),
    ("margin_price_fall_to_130_at_100pct_margin", 2026),
    ("margin_price_fall_to_130_at_80pct_margin", 2023),
];

/// (series, year) of the rows behind `margin-paths`.
pub const PATHS_ROWS: [(&str, i32); 4] = [
    ("star50_realized_vol_annualized", 2025),
    ("csi300_realized_vol_annualized", 2025),
    ("cambricon_688256_realized_vol_annualized", 2025),
    ("margin_liquidation_line_mainstream", 2026),
];

/// The shipped rows behind `figure` (`margin-call` or `margin-paths`);
/// empty for another ID.
pub fn sources(figure: &str) -> Vec<&'static Fact> {
    let rows: &[(&str, i32)] = match figure {
        "margin-call" => &CALL_ROWS,
        "margin-paths" => &PATHS_ROWS,
        _ => &[],
    };
    rows.iter().filter_map(|(s, y)| data::fact(s, *y)).collect()
}

/// The simulation behind `margin-paths` for the reader's assumptions:
/// [`PATHS`] paths, [`SEED`], [`SAMPLES`] samples, days rounded to whole days.
pub fn sim(a: &Assumptions) -> MarginSim {
    MarginSim {
        margin_ratio: a.get(Param::MarginRatio),
        line: a.get(Param::MarginLine),
        drift: a.get(Param::MarginDrift),
        volatility: a.get(Param::MarginVol),
        days: a.get(Param::MarginDays).round().within(1.0, 250.0) as u32,
        paths: PATHS,
        seed: SEED,
        sample_paths: SAMPLES,
    }
}

/// Probability (decimal) that the price closes at or below the liquidation
/// price on at least one day of the holding period, for the reader's
/// assumptions: [`MarginSim::hit_probability`] of [`sim`], the formula for
/// daily closes in [`crate::model::margin::hit_probability`]. `None` only if
/// the assumptions are out of its range.
pub fn hit_probability(a: &Assumptions) -> Option<f64> {
    sim(a).hit_probability()
}

/// Runs [`sim`]: the drawn sample paths. `None` only if the assumptions are
/// out of the model's range.
///
/// The random draws of the [`PATHS`] paths (250 days, [`SEED`]) are made once,
/// on the first call, and kept in a [`PathBank`]: a slider move then only
/// recombines them.
pub fn simulate(a: &Assumptions) -> Option<Rc<MarginSimResult>> {
    let s = sim(a);
    // Keep the last run: the chart and its text alternative read the same one.
    thread_local! {
        static BANK: Option<PathBank> = PathBank::new(SEED, PATHS, 250);
        static LAST: std::cell::RefCell<(Option<MarginSim>, Option<Rc<MarginSimResult>>)> =
            const { std::cell::RefCell::new((None, None)) };
    }
    LAST.with_borrow_mut(|(k, r)| {
        if *k != Some(s) {
            *k = Some(s);
            *r = BANK
                .with(|b| b.as_ref().and_then(|b| b.simulate(&s)))
                .or_else(|| simulate_margin_calls(&s))
                .map(Rc::new);
        }
        r.clone()
    })
}

/// A fall (decimal, 0.35) written as a price change: "−35.0%".
fn change(fall: Option<f64>) -> String {
    fmt_signed_pct(fall.map_or(f64::NAN, |f| -100.0 * f))
}

/// Margin ratios (percent) at which the `margin-call` curves are sampled.
fn call_xs() -> impl Iterator<Item = f64> {
    (0..=100).map(|i| CALL_X.0 + f64::from(i))
}

/// The fall-to-`line` curve: (margin ratio in percent, −fall as a decimal).
fn fall_curve(line: f64) -> Vec<(f64, f64)> {
    call_xs()
        .filter_map(|x| price_fall_to_line(x / 100.0, line).map(|f| (x, -f)))
        .collect()
}

/// `margin-call` for the current assumptions.
pub fn call_chart(a: &Assumptions, lang: Lang) -> LineChart {
    let t = margin_text(lang);
    let (m, line) = (a.get(Param::MarginRatio), a.get(Param::MarginLine));
    let line_pct = fmt_pct(line, 0);
    let mut lines = vec![Line {
        label: t.line_label(&line_pct),
        points: fall_curve(line),
        tone: Tone::Primary,
        dashed: false,
        width: 2.75,
    }];
    // Context: the 150 % warning and 115 % instant lines, unless the reader's
    // line is one of them.
    for (other, tone) in [(WARNING_LINE, Tone::Third), (INSTANT_LINE, Tone::Fourth)] {
        if (other - line).abs() > 1e-6 {
            lines.push(Line {
                label: t.line_label(&fmt_pct(other, 0)),
                points: fall_curve(other),
                tone,
                dashed: true,
                width: 1.75,
            });
        }
    }

    let fall_at = |ratio: f64| price_fall_to_line(ratio, line);
    let (f80, f100, f_you) = (
        fall_at(MIN_MARGIN_RATIO_2023),
        fall_at(MIN_MARGIN_RATIO_2026),
        fall_at(m),
    );
    // Labels near each other would overlap: a rule's label gives way to the
    // reader's when the reader's ratio is within NEAR of it (the rule's dot
    // stays), and the reader's dot is the rule's when they are equal.
    const NEAR: f64 = 0.175;
    let mut markers = Vec::new();
    let mut you_is_rule = false;
    for (ratio, name, fall) in [
        (MIN_MARGIN_RATIO_2023, t.rule_80, f80),
        (MIN_MARGIN_RATIO_2026, t.rule_100, f100),
    ] {
        let Some(fall) = fall else { continue };
        let d = (m - ratio).abs();
        let label = if d < 1e-6 {
            // The reader's dot is this rule's dot (drawn in the reader's
            // colour); a longer merged label would not fit on a phone.
            you_is_rule = true;
            t.point(name, &change(Some(fall)))
        } else if d < NEAR {
            String::new()
        } else {
            t.point(name, &change(Some(fall)))
        };
        markers.push(Marker {
            at: (100.0 * ratio, -fall),
            label,
            tone: if d < 1e-6 {
                Tone::Primary
            } else {
                Tone::Accent
            },
        });
    }
    if let (false, Some(f)) = (you_is_rule, f_you) {
        markers.push(Marker {
            at: (100.0 * m, -f),
            label: t.point(t.you, &change(Some(f))),
            tone: Tone::Primary,
        });
    }

    let summary = t.call_summary(
        &line_pct,
        &fmt_fall(f80),
        &fmt_fall(f100),
        &fmt_param(Param::MarginRatio, m, lang),
        &fmt_fall(f_you),
        &fmt_fall(price_fall_to_line(m, WARNING_LINE)),
        &fmt_fall(price_fall_to_line(m, INSTANT_LINE)),
    );
    LineChart {
        lines,
        refs: Vec::new(),
        markers,
        x_range: CALL_X,
        // A hair below zero: plotters would label a tick at 0 as "-0%".
        y_range: (-0.6, -1e-9),
        x_format: AxisFormat::Integer,
        y_format: AxisFormat::Rate,
        x_title: t.call_x_title.to_string(),
        y_title: t.call_y_title.to_string(),
        summary,
        compare: Vec::new(),
    }
}

/// `margin-paths` for the current assumptions: the sample paths, each cut
/// at the day it first closes at or below the liquidation price (the broker
/// sells there) with a dot, longest path first so hover and keyboard
/// read-outs span the whole period.
pub fn paths_chart(a: &Assumptions, lang: Lang) -> LineChart {
    let t = margin_text(lang);
    let s = sim(a);
    let r = simulate(a);
    let barrier = s.line / (1.0 + s.margin_ratio);
    let mut paths: Vec<(Vec<(f64, f64)>, bool)> = r
        .as_ref()
        .map(|r| {
            r.samples
                .iter()
                .map(|p| {
                    let hit = p.iter().position(|&v| v <= barrier);
                    let end = hit.map_or(p.len(), |d| d + 1);
                    let pts = p[..end]
                        .iter()
                        .enumerate()
                        .map(|(d, &v)| (d as f64, v))
                        .collect();
                    (pts, hit.is_some())
                })
                .collect()
        })
        .unwrap_or_default();
    // Longest first (a path stops where its margin call hits). A handful of
    // paths: an insertion sort, rather than shipping the standard sort.
    for i in 1..paths.len() {
        let mut j = i;
        while j > 0 && paths[j - 1].0.len() < paths[j].0.len() {
            paths.swap(j - 1, j);
            j -= 1;
        }
    }
    let shown_hit = paths.iter().filter(|(_, h)| *h).count();

    let (mut lo, mut hi) = (barrier, 1.0f64);
    for (p, _) in &paths {
        for &(_, v) in p {
            lo = lo.min(v);
            hi = hi.max(v);
        }
    }
    let y_range = (
        (lo * 10.0 - 0.5).floor() / 10.0,
        (hi * 10.0 + 0.5).ceil() / 10.0,
    );
    let y_range = (y_range.0.max(0.0), y_range.1);

    let markers = paths
        .iter()
        .filter(|(_, h)| *h)
        .filter_map(|(p, _)| p.last())
        .map(|&at| Marker {
            at,
            label: String::new(),
            tone: Tone::Accent,
        })
        .collect();
    let lines = paths
        .into_iter()
        .map(|(points, hit)| Line {
            label: String::new(),
            points,
            tone: if hit { Tone::Accent } else { Tone::Primary },
            dashed: false,
            // One pixel, as sample paths are usually drawn. Also cheaper:
            // a one-device-pixel stroke is a hairline, which software
            // rasterisers draw about ten times faster than a wider line
            // (8 paths of 250 days: 0.4 ms instead of 4, measured in
            // Chromium), and these redraw on every move of 5 sliders.
            width: 1.0,
        })
        .collect();

    let fall = 1.0 - barrier;
    let summary = t.paths_summary(
        SAMPLES as usize,
        shown_hit,
        &fmt_param(Param::MarginDays, f64::from(s.days), lang),
        &fmt_param(Param::MarginVol, s.volatility, lang),
        &fmt_param(Param::MarginDrift, s.drift, lang),
        &fmt_pct(barrier, 1),
        &fmt_pct(fall, 1),
        &fmt_fall(hit_probability(a)),
    );
    LineChart {
        lines,
        refs: vec![RefLine {
            y: barrier,
            label: t.barrier(&Fixed(barrier, 2).to_string(), &change(Some(fall))),
            tone: Tone::Accent,
        }],
        markers,
        x_range: (0.0, f64::from(s.days)),
        y_range,
        x_format: AxisFormat::Integer,
        y_format: AxisFormat::Number,
        x_title: t.paths_x_title.to_string(),
        y_title: t.paths_y_title.to_string(),
        summary,
        compare: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::ChartStyle;
    use crate::model::assumptions::Action;
    use crate::model::margin::hit_share;

    fn set(p: Param, v: f64) -> Assumptions {
        Assumptions::default().apply(Action::Set(p, v))
    }

    fn svg(c: &LineChart) -> String {
        crate::charts::kit::svg::render(c, 640, 400, &ChartStyle::default())
    }

    #[test]
    fn call_chart_curves_and_markers_follow_the_model() {
        let a = Assumptions::default();
        let c = call_chart(&a, Lang::En);
        assert_eq!(c.lines.len(), 3);
        assert_eq!(c.lines[0].points.len(), 101);
        for &(x, y) in &c.lines[0].points {
            assert_eq!(-y, price_fall_to_line(x / 100.0, 1.3).unwrap());
            assert!(y >= c.y_range.0 && y <= 0.0);
        }
        // Falls grow with the margin ratio.
        assert!(c.lines[0].points.windows(2).all(|w| w[1].1 < w[0].1));
        // Default = the 100 % rule: two markers, the 100 % one in the reader's colour.
        assert_eq!(c.markers.len(), 2);
        assert_eq!(c.markers[0].label, "80% rule: −27.8%");
        assert_eq!(c.markers[1].label, "100% rule: −35.0%");
        assert_eq!(c.markers[1].tone, Tone::Primary);
        assert!(c.summary.contains("27.8%") && c.summary.contains("35.0%"));
        assert!(c.summary.contains("25.0%") && c.summary.contains("42.5%"));

        // A reader at 140 % with a 150 % line: own marker, and no duplicate
        // 150 % context curve.
        let b = set(Param::MarginRatio, 1.4).apply(Action::Set(Param::MarginLine, 1.5));
        let c = call_chart(&b, Lang::En);
        assert_eq!(c.lines.len(), 2);
        assert_eq!(c.markers.len(), 3);
        assert_eq!(c.markers[2].at.0, 140.0);
        assert_eq!(c.markers[2].label, "You: −37.5%");
        // Near a rule, the rule's label gives way.
        let near = call_chart(&set(Param::MarginRatio, 0.9), Lang::En);
        assert!(near
            .markers
            .iter()
            .all(|m| !m.label.is_empty() || m.at.0 != 90.0));
        assert_eq!(
            near.markers.iter().filter(|m| m.label.is_empty()).count(),
            2
        );
    }

    #[test]
    fn call_chart_stays_in_range_over_the_slider_domain() {
        for m in [0.5, 0.75, 1.0, 1.25, 1.5] {
            for line in [1.1, 1.3, 1.6] {
                let a = set(Param::MarginRatio, m).apply(Action::Set(Param::MarginLine, line));
                let c = call_chart(&a, Lang::Zh);
                for l in &c.lines {
                    assert!(l
                        .points
                        .iter()
                        .all(|p| p.1.is_finite() && p.1 >= c.y_range.0 && p.1 <= 0.0));
                }
                assert!(!c.summary.is_empty());
            }
        }
    }

    #[test]
    fn paths_chart_matches_the_simulation() {
        crate::i18n::install_all_for_tests();
        let a = Assumptions::default();
        let r = simulate(&a).unwrap();
        assert_eq!(Some(r.hit_share), hit_share(&sim(&a)));
        // The drawn paths are the first paths of a larger run of the seed
        // (the 2,000 the chapter once simulated), to rounding.
        let big = simulate_margin_calls(&MarginSim {
            paths: 2_000,
            ..sim(&a)
        })
        .unwrap();
        assert_eq!(r.samples.len(), big.samples.len());
        for (x, y) in r.samples.iter().zip(&big.samples) {
            assert!(x.iter().zip(y).all(|(p, q)| (p / q - 1.0).abs() < 1e-5));
        }
        let c = paths_chart(&a, Lang::En);
        assert_eq!(c.lines.len(), SAMPLES as usize);
        assert_eq!(c.x_range, (0.0, 60.0));
        assert!((c.refs[0].y - 0.65).abs() < 1e-12);
        assert_eq!(c.refs[0].label, "Forced sale at 0.65 (−35.0%)");
        // Longest first; hit paths end at or below the barrier, others run on.
        assert!(c
            .lines
            .windows(2)
            .all(|w| w[0].points.len() >= w[1].points.len()));
        for l in &c.lines {
            let last = l.points.last().unwrap().1;
            match l.tone {
                Tone::Accent => assert!(last <= 0.65),
                _ => assert_eq!(l.points.len(), 61),
            }
            assert!(l
                .points
                .iter()
                .all(|p| p.1 >= c.y_range.0 && p.1 <= c.y_range.1));
        }
        // The stated share is the computed probability (1.19 % at the
        // defaults), not the share of the 8 drawn paths.
        let p = hit_probability(&a).unwrap();
        assert!((p - 0.011_87).abs() < 2e-4, "{p}");
        let share = crate::text::live("margin", "hit_share", &a, Lang::En).unwrap();
        assert_eq!(share, "1.2%");
        assert!(c.summary.contains(&share), "{}", c.summary);
        assert!(c.summary.contains("8 simulated price paths"));
        assert!(!c.summary.contains("2,000"));
        assert!(paths_chart(&a, Lang::Zh).summary.contains(&share));
        assert_eq!(
            crate::text::live("margin", "samples", &a, Lang::En).unwrap(),
            "8 paths"
        );
        assert_eq!(
            crate::text::live("margin", "paths", &a, Lang::Zh).unwrap(),
            "8条路径"
        );
        // More volatility, more forced sales (μ = 0).
        let wild = set(Param::MarginVol, 0.7);
        assert!(hit_probability(&wild).unwrap() > p);
        assert!(simulate(&wild).unwrap().hit_share >= r.hit_share);
        // Same assumptions, same chart.
        assert_eq!(paths_chart(&a, Lang::En), c);
    }

    #[test]
    fn svg_shows_labels_and_titles() {
        crate::i18n::install_all_for_tests();
        let a = Assumptions::default();
        let s = svg(&call_chart(&a, Lang::En));
        for t in [
            "130% line",
            "150% line",
            "115% line",
            "80% rule: −27.8%",
            "Minimum margin ratio (%)",
            "Price change that hits the line",
        ] {
            assert!(s.contains(t), "missing {t}");
        }
        let s = svg(&paths_chart(&a, Lang::En));
        for t in ["Forced sale at 0.65", "Trading days after buying"] {
            assert!(s.contains(t), "missing {t}");
        }
        let s = svg(&paths_chart(&a, Lang::Zh));
        assert!(s.contains("强制平仓价"));
    }

    #[test]
    fn sources_are_shipped_and_not_empty() {
        assert_eq!(sources("margin-call").len(), CALL_ROWS.len());
        assert_eq!(sources("margin-paths").len(), PATHS_ROWS.len());
        assert!(sources("other").is_empty());
    }
}
