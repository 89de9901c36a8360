//! The `split` chapter: markets against the economy in 2025 (`split-markets`),
//! the economy's recent path (`split-economy`) and the reader's guess of
//! property investment (`guess-property`). Data only; no model.

use super::kit::bars::{Bar, BarChart, BarRef};
use super::kit::lines::{AxisFormat, Line, LineChart, RefLine, Tone};
use crate::data::{self, Fact};
use crate::model::Within;
use crate::text::{fmt_signed_pct, split_text, Lang};

/// Markets in 2025 (series, label key): calendar-year price returns, percent.
const MARKETS: [&str; 5] = [
    "star50_price_return",
    "chinext50_price_return",
    "hsi_price_return",
    "hstech_price_return",
    "csi300_price_return",
];
/// The economy in 2025, percent growth.
const ECONOMY: [&str; 4] = [
    "real_gdp_growth",
    "nominal_gdp_growth",
    "retail_sales_growth",
    "real_estate_investment_growth",
];
/// Years of the economy chart (a weak row among them is marked under the chart).
pub const ECONOMY_YEARS: std::ops::RangeInclusive<i32> = 2018..=2025;
/// Years the reader guesses.
pub const GUESS_YEARS: [i32; 5] = [2021, 2022, 2023, 2024, 2025];
/// Range of a guess, percent growth.
pub const GUESS_RANGE: (f64, f64) = (-30.0, 20.0);

fn row(series: &str, year: i32) -> Option<&'static Fact> {
    data::fact(series, year)
}

fn value(series: &str, year: i32) -> f64 {
    row(series, year).and_then(|f| f.value).unwrap_or(f64::NAN)
}

/// The rows behind a figure, for its source line: the newest row of each
/// series drawn, then every older row of those series that is a weak source
/// (grade C), so a weak point on a line chart is marked under it too.
pub fn sources(figure: &str) -> Vec<&'static Fact> {
    let newest = newest_sources(figure);
    let years: Vec<i32> = match figure {
        "split-economy" => ECONOMY_YEARS.collect(),
        "guess-property" => GUESS_YEARS.to_vec(),
        _ => Vec::new(),
    };
    let weak_older = newest.iter().flat_map(|f| {
        years
            .iter()
            .filter(move |y| **y < f.year)
            .filter_map(move |y| row(f.series, *y))
            .filter(|r| r.is_weak())
    });
    let weak: Vec<&'static Fact> = weak_older.collect();
    [newest, weak].concat()
}

/// The newest row of each series a figure draws.
fn newest_sources(figure: &str) -> Vec<&'static Fact> {
    let years: Vec<i32> = ECONOMY_YEARS.collect();
    let pick = |series: &[&str], years: &[i32]| -> Vec<&'static Fact> {
        series
            .iter()
            .filter_map(|s| years.iter().rev().find_map(|y| row(s, *y)))
            .collect()
    };
    match figure {
        "split-markets" => [pick(&MARKETS, &[2025]), pick(&ECONOMY, &[2025])].concat(),
        "split-economy" => pick(
            &ECONOMY[..1]
                .iter()
                .chain(&ECONOMY[2..])
                .copied()
                .collect::<Vec<_>>(),
            &years,
        ),
        "guess-property" => pick(&["real_estate_investment_growth"], &[2025]),
        _ => vec![],
    }
}

/// `split-markets`: 2025 index returns (blue) beside the economy's growth
/// (orange), one bar each, with real GDP growth as the reference line.
pub fn markets(lang: Lang) -> BarChart {
    let t = split_text(lang);
    let mut bars: Vec<Bar> = MARKETS
        .iter()
        .map(|s| (s, Tone::Primary))
        .chain(ECONOMY.iter().map(|s| (s, Tone::Accent)))
        .map(|(s, tone)| {
            let v = value(s, 2025);
            Bar {
                label: t.series(s).to_string(),
                value: v,
                value_text: fmt_signed_pct(v),
                tone,
            }
        })
        .collect();
    bars.retain(|b| b.value.is_finite());
    let gdp = value("real_gdp_growth", 2025);
    let summary = t.markets_summary(&bars);
    BarChart::new(
        bars,
        Some(BarRef {
            value: gdp,
            label: t.gdp_ref(gdp),
        }),
        summary,
    )
    .in_unit(crate::charts::TableUnit::Percent)
}

/// `split-economy`: real GDP, retail sales and property investment growth,
/// 2018–2025, percent.
pub fn economy(lang: Lang) -> LineChart {
    let t = split_text(lang);
    let series = [
        ("real_gdp_growth", Tone::Primary, false),
        ("retail_sales_growth", Tone::Third, false),
        ("real_estate_investment_growth", Tone::Accent, false),
    ];
    let lines: Vec<Line> = series
        .iter()
        .map(|(s, tone, dashed)| Line {
            label: t.short(s).to_string(),
            points: ECONOMY_YEARS
                .filter_map(|y| row(s, y).and_then(|f| f.value).map(|v| (f64::from(y), v)))
                .collect(),
            tone: *tone,
            dashed: *dashed,
            width: 2.5,
        })
        .collect();
    let summary = t.economy_summary(&lines);
    LineChart {
        lines,
        refs: vec![],
        markers: vec![],
        x_range: (
            f64::from(*ECONOMY_YEARS.start()),
            f64::from(*ECONOMY_YEARS.end()),
        ),
        y_range: (-20.0, 15.0),
        x_format: AxisFormat::Integer,
        y_format: AxisFormat::Percent,
        x_title: t.year.to_string(),
        y_title: t.growth_axis.to_string(),
        summary,
        compare: Vec::new(),
    }
}

/// The reader's guess and whether the actual values are shown.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Guess {
    /// One guess per year of [`GUESS_YEARS`], percent growth; `None` until set.
    pub values: [Option<f64>; 5],
    /// Actual values revealed.
    pub revealed: bool,
}

impl Guess {
    /// The actual values for [`GUESS_YEARS`], percent.
    pub fn actual() -> [f64; 5] {
        GUESS_YEARS.map(|y| value("real_estate_investment_growth", y))
    }

    /// Compounded change after the first guessed year, as a decimal:
    /// `Π(1 + g_t/100) − 1` over 2022–2025 (≈ −0.40: investment ended about
    /// 40 % below its 2021 level).
    pub fn cumulative_after_first() -> f64 {
        Self::actual()[1..]
            .iter()
            .map(|g| 1.0 + g / 100.0)
            .product::<f64>()
            - 1.0
    }

    /// Mean absolute error of the guess in percentage points, over the years
    /// guessed; `None` if nothing was guessed.
    pub fn mean_abs_error(&self) -> Option<f64> {
        let actual = Self::actual();
        let errs: Vec<f64> = self
            .values
            .iter()
            .zip(actual)
            .filter_map(|(g, a)| g.map(|g| (g - a).abs()))
            .collect();
        (!errs.is_empty()).then(|| errs.iter().sum::<f64>() / errs.len() as f64)
    }

    /// Sets the guess for year index `i` (clamped to [`GUESS_RANGE`], rounded
    /// to 0.5 pp); ignores a bad index or a non-finite value.
    pub fn set(&mut self, i: usize, v: f64) {
        if let (Some(slot), true) = (self.values.get_mut(i), v.is_finite()) {
            *slot = Some((v.within(GUESS_RANGE.0, GUESS_RANGE.1) * 2.0).round() / 2.0);
        }
    }

    /// Whether every year has a guess.
    pub fn complete(&self) -> bool {
        self.values.iter().all(Option::is_some)
    }

    /// The figure: the guess (dashed), and once revealed the actual line.
    pub fn chart(&self, lang: Lang) -> LineChart {
        let t = split_text(lang);
        let guess: Vec<(f64, f64)> = GUESS_YEARS
            .iter()
            .zip(self.values)
            .filter_map(|(y, v)| v.map(|v| (f64::from(*y), v)))
            .collect();
        let mut lines = vec![Line {
            label: t.your_guess.to_string(),
            points: guess,
            tone: Tone::Fourth,
            dashed: true,
            width: 2.5,
        }];
        if self.revealed {
            let actual = GUESS_YEARS
                .iter()
                .zip(Self::actual())
                .map(|(y, v)| (f64::from(*y), v))
                .collect();
            lines.push(Line {
                label: t.actual.to_string(),
                points: actual,
                tone: Tone::Accent,
                dashed: false,
                width: 3.0,
            });
        }
        let summary = t.guess_summary(self);
        LineChart {
            lines,
            refs: vec![RefLine {
                y: value("real_estate_investment_growth", 2020),
                label: t.level_2020(&fmt_signed_pct(value(
                    "real_estate_investment_growth",
                    2020,
                ))),
                tone: Tone::Muted,
            }],
            markers: vec![],
            x_range: (
                f64::from(GUESS_YEARS[0]) - 0.3,
                f64::from(GUESS_YEARS[4]) + 0.3,
            ),
            y_range: GUESS_RANGE,
            x_format: AxisFormat::Integer,
            y_format: AxisFormat::Percent,
            x_title: t.year.to_string(),
            y_title: t.property_axis.to_string(),
            summary,
            compare: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::ChartStyle;

    #[test]
    fn markets_chart_shows_the_2025_rows() {
        let c = markets(Lang::En);
        let star = c.bars.iter().find(|b| b.label.contains("STAR")).unwrap();
        assert_eq!(star.value, 35.92);
        assert_eq!(star.value_text, "+35.9%");
        let prop = c
            .bars
            .iter()
            .find(|b| b.label.contains("Property"))
            .unwrap();
        assert_eq!(prop.value, -17.2);
        assert_eq!(c.reference.as_ref().unwrap().value, 5.0);
        assert_eq!(c.bars.len(), 9);
        let svg = crate::charts::kit::svg::render(&c, 400, 420, &ChartStyle::default());
        assert!(svg.contains("+35.9%") && svg.contains("−17.2%"));
    }

    #[test]
    fn economy_chart_equals_the_csv_rows() {
        let c = economy(Lang::En);
        assert_eq!(c.lines.len(), 3);
        for l in &c.lines {
            assert_eq!(l.points.len(), 8, "{}", l.label);
        }
        let prop = &c.lines[2].points;
        assert_eq!(prop.last(), Some(&(2025.0, -17.2)));
        assert_eq!(c.lines[0].points[0], (2018.0, 6.7));
    }

    #[test]
    fn guess_scores_and_reveals() {
        let mut g = Guess::default();
        assert_eq!(g.mean_abs_error(), None);
        assert!(!g.complete());
        for (i, a) in Guess::actual().iter().enumerate() {
            g.set(i, a + 2.0);
        }
        g.set(9, 1.0); // ignored
        g.set(0, f64::NAN); // ignored
        assert!(g.complete());
        assert!(
            (g.mean_abs_error().unwrap() - 2.0).abs() < 0.26,
            "rounded to 0.5 pp"
        );
        assert_eq!(g.chart(Lang::En).lines.len(), 1);
        g.revealed = true;
        let c = g.chart(Lang::En);
        assert_eq!(c.lines.len(), 2);
        assert_eq!(c.lines[1].points[4], (2025.0, -17.2));
        assert!(
            c.summary.contains("-17.2") || c.summary.contains("−17.2"),
            "{}",
            c.summary
        );
        assert!(
            (Guess::cumulative_after_first() - (0.9 * 0.904 * 0.894 * 0.828 - 1.0)).abs() < 1e-12
        );
        assert!(c.summary.contains("39.8% below"), "{}", c.summary);
        g.set(1, 1e9);
        assert_eq!(g.values[1], Some(GUESS_RANGE.1));
    }
}
