//! `futures-gdp` and `futures-compare`: the stylized two-sector scenario
//! model of [`crate::model::futures`], 2025 → 2035.
//!
//! `futures-gdp` draws real GDP growth of the reader's scenario (thick, solid)
//! against the three presets (thin, dashed), with the 2025 actual as a point
//! and the 2026 target range as reference lines. `futures-compare` draws "the
//! two economies" — the new-economy and the old-economy index, 2025 = 100 —
//! for the reader's scenario (solid) and one comparison preset (dashed).

use super::kit::lines::{AxisFormat, Line, LineChart, Marker, RefLine, Tone};
use crate::data::{self, Fact};
use crate::model::assumptions::{Assumptions, Param};
use crate::model::futures::{simulate, FuturesPath, Preset, START_YEAR};
use crate::text::{fmt_pct, fmt_signed_pct, futures_text, Fixed, Lang};

/// Every assumption the futures figures read: all seven futures parameters
/// (the scenario model's inputs; a preset sets all of them, the sliders of
/// `futures-gdp` five).
pub const INPUTS: [Param; 7] = Param::FUTURES_INPUTS;

/// The sliders of `futures-gdp`.
pub const PARAMS: [Param; 5] = [
    Param::FutNewGrowth,
    Param::FutSpillover,
    Param::FutPropertyFade,
    Param::FutConfidence,
    Param::FutPropertyLongRun,
];

/// (series, year) of the rows `futures-gdp` shows or is calibrated on.
pub const GDP_ROWS: [(&str, i32); 7] = [
    ("real_gdp_growth", 2025),
    ("gdp_growth_target_low", 2026),
    ("gdp_growth_target_high", 2026),
    ("real_estate_investment_growth", 2025),
    ("retail_sales_growth", 2025),
    ("hightech_mfg_va_growth", 2025),
    ("real_estate_and_related_share_gdp", 2025),
];

/// (series, year) of the rows behind `futures-compare` and the spillover range.
pub const COMPARE_ROWS: [(&str, i32); 8] = [
    ("three_new_economy_share_gdp", 2024),
    ("hightech_mfg_va_growth", 2025),
    ("real_estate_and_related_share_gdp", 2025),
    ("household_consumption_share_gdp", 2023),
    ("ai_gdp_growth_boost_goldman", 2030),
    ("ai_gdp_growth_boost_mckinsey", 2017),
    ("ict_spillover_evidence", 2015),
    ("housing_share_household_wealth", 2013),
];

/// The shipped rows behind `figure` (`futures-gdp` or `futures-compare`), in
/// the order of the figure's source-link texts; empty for another ID.
pub fn sources(figure: &str) -> Vec<&'static Fact> {
    let rows: &[(&str, i32)] = match figure {
        "futures-gdp" => &GDP_ROWS,
        "futures-compare" => &COMPARE_ROWS,
        _ => &[],
    };
    rows.iter().filter_map(|(s, y)| data::fact(s, *y)).collect()
}

fn row(series: &str, year: i32) -> f64 {
    data::fact(series, year)
        .and_then(|f| f.value)
        .unwrap_or(f64::NAN)
}

/// The 2026 growth target range in percent: (low, high) = (4.5, 5.0).
pub fn target_2026() -> (f64, f64) {
    (
        row("gdp_growth_target_low", 2026),
        row("gdp_growth_target_high", 2026),
    )
}

/// Line colour of a preset (the reader's scenario is [`Tone::Primary`]).
pub fn preset_tone(p: Preset) -> Tone {
    match p {
        Preset::Spillover => Tone::Third,
        Preset::BifurcatedRecovery => Tone::Fourth,
        Preset::PropertyDragPersists => Tone::Accent,
    }
}

/// The preset `futures-compare` sets against the reader's scenario:
/// "Bifurcated recovery" (the article's worry), or "Spillover" when the
/// reader is on "Bifurcated recovery" already.
pub fn comparison(a: &Assumptions) -> Preset {
    if a.futures_preset() == Some(Preset::BifurcatedRecovery) {
        Preset::Spillover
    } else {
        Preset::BifurcatedRecovery
    }
}

/// The reader's scenario path.
pub fn path(a: &Assumptions) -> FuturesPath {
    simulate(&a.futures())
}

fn growth_points(p: &FuturesPath) -> Vec<(f64, f64)> {
    p.years
        .iter()
        .map(|y| (f64::from(y.year), y.gdp_growth * 100.0))
        .collect()
}

/// `futures-gdp` for the current assumptions.
pub fn gdp_chart(a: &Assumptions, lang: Lang) -> LineChart {
    let t = futures_text(lang);
    let mine = path(a);
    let actual = row("real_gdp_growth", START_YEAR);
    let (low, high) = target_2026();
    let presets: Vec<(Preset, FuturesPath)> = Preset::ALL
        .into_iter()
        .map(|x| (x, simulate(&x.params())))
        .collect();
    let mut lines: Vec<Line> = presets
        .iter()
        .map(|(x, p)| Line {
            label: t.preset_short(*x).to_string(),
            points: growth_points(p),
            tone: preset_tone(*x),
            dashed: true,
            width: 1.75,
        })
        .collect();
    lines.push(Line {
        label: t.yours.to_string(),
        points: growth_points(&mine),
        tone: Tone::Primary,
        dashed: false,
        width: 3.5,
    });
    let ys = lines.iter().flat_map(|l| l.points.iter().map(|p| p.1));
    let (lo, hi) = ys.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), y| {
        (lo.min(y), hi.max(y))
    });
    // A growth-rate axis need not start at zero: a tighter range keeps the
    // scenarios apart where they bunch near the target.
    let y_range = (
        (lo - 1.0).floor().min(low - 1.0).max(lo.floor().min(0.0)),
        (hi + 1.0).ceil().max(high + 1.0),
    );
    let summary = t.gdp_summary(
        t.yours_long,
        &fmt_pct(mine.average_growth(), 1),
        &fmt_pct(mine.years[1].gdp_growth, 1),
        &fmt_pct(mine.last().gdp_growth, 1),
        &presets
            .iter()
            .map(|(x, p)| (t.preset(*x).to_string(), fmt_pct(p.average_growth(), 1)))
            .collect::<Vec<_>>(),
    );
    LineChart {
        // The reader's line first, so read-outs and keyboard steps lead with it.
        lines: {
            lines.rotate_right(1);
            lines
        },
        refs: vec![
            RefLine {
                y: low,
                label: String::new(),
                tone: Tone::Muted,
            },
            RefLine {
                y: high,
                label: String::new(),
                tone: Tone::Muted,
            },
        ],
        markers: vec![Marker {
            at: (f64::from(START_YEAR), actual),
            label: t.actual(&fmt_signed_pct(actual)),
            tone: Tone::Primary,
        }],
        x_range: (f64::from(START_YEAR), 2035.0),
        y_range,
        x_format: AxisFormat::Integer,
        y_format: AxisFormat::Percent,
        x_title: t.year.to_string(),
        y_title: t.gdp_axis.to_string(),
        summary,
        compare: Vec::new(),
    }
}

/// `futures-compare` for the current assumptions.
pub fn compare_chart(a: &Assumptions, lang: Lang) -> LineChart {
    let t = futures_text(lang);
    let mine = path(a);
    let other = comparison(a);
    let theirs = simulate(&other.params());
    let pts = |p: &FuturesPath, new: bool| {
        p.years
            .iter()
            .map(|y| {
                let v = if new { y.new_index } else { y.old_index };
                (f64::from(y.year), v)
            })
            .collect::<Vec<_>>()
    };
    let line = |p: &FuturesPath, new: bool, yours: bool| Line {
        label: t.sector_line(new, (!yours).then_some(other)),
        points: pts(p, new),
        tone: if new { Tone::Primary } else { Tone::Accent },
        dashed: !yours,
        width: if yours { 3.5 } else { 1.75 },
    };
    let lines = vec![
        line(&mine, true, true),
        line(&mine, false, true),
        line(&theirs, true, false),
        line(&theirs, false, false),
    ];
    let ys = lines.iter().flat_map(|l| l.points.iter().map(|p| p.1));
    let (lo, hi) = ys.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), y| {
        (lo.min(y), hi.max(y))
    });
    let y_range = (
        ((lo.min(100.0) - 5.0) / 10.0).floor() * 10.0,
        ((hi + 10.0) / 25.0).ceil() * 25.0,
    );
    let idx = |v: f64| Fixed(v, 0).to_string();
    let summary = t.compare_summary(
        t.yours_long,
        t.preset(other),
        (&idx(mine.last().new_index), &idx(theirs.last().new_index)),
        (&idx(mine.last().old_index), &idx(theirs.last().old_index)),
        (
            &fmt_pct(mine.years[0].consumption_share, 0),
            &fmt_pct(mine.last().consumption_share, 1),
            &fmt_pct(theirs.last().consumption_share, 1),
        ),
    );
    LineChart {
        lines,
        refs: vec![RefLine {
            y: 100.0,
            label: String::new(),
            tone: Tone::Muted,
        }],
        markers: Vec::new(),
        x_range: (f64::from(START_YEAR), 2035.0),
        y_range,
        x_format: AxisFormat::Integer,
        y_format: AxisFormat::Number,
        x_title: t.year.to_string(),
        y_title: t.index_axis.to_string(),
        summary,
        compare: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::ChartStyle;
    use crate::model::assumptions::Action;

    fn svg(c: &LineChart) -> String {
        crate::charts::kit::svg::render(c, 720, 420, &ChartStyle::default())
    }

    #[test]
    fn the_2025_point_is_the_data() {
        let a = Assumptions::default();
        let c = gdp_chart(&a, Lang::En);
        let actual = data::fact("real_gdp_growth", 2025).unwrap().value.unwrap();
        assert_eq!(actual, 5.0);
        for l in &c.lines {
            assert_eq!(l.points[0], (2025.0, 5.0), "{}", l.label);
            assert_eq!(l.points.len(), 11);
        }
        assert_eq!(c.markers[0].at, (2025.0, 5.0));
        assert_eq!(target_2026(), (4.5, 5.0));
        assert_eq!(c.refs[0].y, 4.5);
        assert_eq!(c.refs[1].y, 5.0);
        // The reader's line comes first, solid and thick.
        assert_eq!(c.lines[0].label, "Yours");
        assert!(
            c.summary.contains("Your scenario: 4.8% in 2026"),
            "{}",
            c.summary
        );
        assert!(!c.lines[0].dashed);
        // The default scenario's 2026 growth sits inside the 2026 target.
        assert!((4.5..=5.0).contains(&c.lines[0].points[1].1));
    }

    #[test]
    fn presets_differ_as_their_names_claim() {
        let run = |p: Preset| simulate(&p.params());
        let (s, b, d) = (
            run(Preset::Spillover),
            run(Preset::BifurcatedRecovery),
            run(Preset::PropertyDragPersists),
        );
        // Spillover grows fastest, the lingering property slump slowest.
        assert!(s.average_growth() > b.average_growth());
        assert!(b.average_growth() > d.average_growth());
        // Same new-economy boom in both, but only with spillover does the old
        // economy keep up: the gap between the two economies is wider when
        // bifurcated.
        assert_eq!(s.last().new_index, b.last().new_index);
        assert!(s.last().old_index > b.last().old_index);
        let gap = |p: &FuturesPath| p.last().new_index / p.last().old_index;
        assert!(gap(&b) > gap(&s));
        // The property block ends smallest when the drag persists.
        assert!(d.last().property_index < b.last().property_index);
        assert!(d.last().property_index < s.last().property_index);
        assert!(d.last().consumption_share < s.last().consumption_share);
    }

    #[test]
    fn comparison_is_the_other_story() {
        let a = Assumptions::default();
        assert_eq!(comparison(&a), Preset::BifurcatedRecovery);
        let b = a.apply(Action::Preset(Preset::BifurcatedRecovery));
        assert_eq!(comparison(&b), Preset::Spillover);
        let c = compare_chart(&b, Lang::En);
        assert_eq!(c.lines[2].label, "New (S)");
        assert!(futures_text(Lang::En)
            .compare_caption(comparison(&b))
            .contains("dashed (S): the Spillover preset"));
        assert!(c.summary.contains("Spillover preset"));
    }

    #[test]
    fn sliders_move_the_charts() {
        let a = Assumptions::default();
        let more = a.clone().apply(Action::Set(Param::FutSpillover, 0.5));
        let g = |a: &Assumptions| path(a).average_growth();
        assert!(g(&more) > g(&a));
        assert_ne!(compare_chart(&more, Lang::En), compare_chart(&a, Lang::En));
    }

    #[test]
    fn extreme_sliders_stay_finite_and_on_the_axes() {
        let mut a = Assumptions::default();
        for (p, _) in Param::FUTURES {
            a = a.apply(Action::Set(p, f64::INFINITY));
        }
        for a in [a.clone(), {
            let mut b = a;
            for (p, _) in Param::FUTURES {
                b = b.apply(Action::Set(p, f64::NEG_INFINITY));
            }
            b
        }] {
            for c in [gdp_chart(&a, Lang::En), compare_chart(&a, Lang::Zh)] {
                for l in &c.lines {
                    for &(_, y) in &l.points {
                        assert!(y.is_finite());
                        assert!(c.y_range.0 <= y && y <= c.y_range.1, "{y} {:?}", c.y_range);
                    }
                }
            }
        }
    }

    #[test]
    fn svg_has_the_labels() {
        crate::i18n::install_all_for_tests();
        let a = Assumptions::default();
        let s = svg(&gdp_chart(&a, Lang::En));
        for l in [
            "Yours",
            "Spillover",
            "Bifurcated",
            "Prop. drag",
            "2025 actual +5.0%",
            "Real GDP growth",
            "2030",
        ] {
            assert!(s.contains(l), "missing {l}");
        }
        let s = svg(&compare_chart(&a, Lang::Zh));
        for l in ["新经济", "旧经济", "新(分化)", "旧(分化)", "2025年=100"] {
            assert!(s.contains(l), "missing {l}");
        }
    }

    #[test]
    fn sources_are_shipped() {
        assert_eq!(sources("futures-gdp").len(), GDP_ROWS.len());
        assert_eq!(sources("futures-compare").len(), COMPARE_ROWS.len());
        assert!(sources("other").is_empty());
        let t = futures_text(Lang::En);
        assert_eq!(t.gdp_sources().len(), GDP_ROWS.len());
        assert_eq!(t.compare_sources().len(), COMPARE_ROWS.len());
    }
}
