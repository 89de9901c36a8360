//! Number formatting per language, and the text each figure builds from its
//! messages.
//!
//! No sentence is written here: every word lives in the locale files
//! (`assets/i18n/<lang>/*.ftl`, read by [`crate::i18n`]); components and
//! charts ask for a message by key (a field or method of the file's table)
//! and pass numbers formatted here. Chapter prose lives in
//! `assets/i18n/<lang>/story/`; the numbers it shows live (`{key}`) are
//! written by [`live`], each chapter's beside its words (`text/<chapter>.rs`).

mod ai;
mod catalysts;
mod futures;
mod gap;
mod live;
mod margin;
mod robots;
mod share;
mod sources;
mod split;
mod valuation;

pub use ai::{ai_text, AiText};
pub use catalysts::{catalysts_text, event_text, CatalystsText};
pub use futures::{futures_text, FuturesText};
pub use gap::{gap_text, GapText};
pub use live::{live, live_param};
pub use margin::{fmt_fall, margin_text, MarginText};
pub use robots::{robots_text, RobotsText};
pub use share::{share_text, ShareText};
pub use sources::{fmt_date, publisher_name, sources_text, SourcesText};
pub use split::{split_text, SplitText};
pub use valuation::{valuation_text, ValuationText};

use crate::i18n::args;
use crate::model::assumptions::{Param, Unit};

pub use crate::i18n::Lang;

/// The general UI strings of one language (`assets/i18n/<lang>/ui.ftl`).
pub type Strings = crate::i18n::UiText;

/// The string table for `lang`.
pub fn strings(lang: Lang) -> &'static Strings {
    crate::i18n::ui(lang)
}

/// Data table: column headers (series, horizontal axis, value).
pub fn data_cols(lang: Lang) -> [&'static str; 3] {
    let s = strings(lang);
    [s.data_cols_0, s.data_cols_1, s.data_cols_2]
}

/// Short chapter name for the table of contents ("" for an unknown ID).
pub fn chapter_title(id: &str, lang: Lang) -> &'static str {
    let t = crate::i18n::chapter(lang);
    match id {
        "split" => t.split,
        "ai" => t.ai,
        "robots" => t.robots,
        "valuation" => t.valuation,
        "margin" => t.margin,
        "catalysts" => t.catalysts,
        "gap" => t.gap,
        "checklist" => t.checklist,
        "futures" => t.futures,
        "sources" => t.sources,
        _ => "",
    }
}

/// Short title of a figure (an embedded figure's page and `<iframe>` title;
/// `tools/oembed.mjs` reads English's `figure.ftl` for the oEmbed files).
pub fn figure_title(id: &str, lang: Lang) -> &'static str {
    let t = crate::i18n::figure(lang);
    match id {
        "split-markets" => t.split_markets,
        "split-economy" => t.split_economy,
        "guess-property" => t.guess_property,
        "ai-cost" => t.ai_cost,
        "robots-pe" => t.robots_pe,
        "valuation-pe" => t.valuation_pe,
        "valuation-implied" => t.valuation_implied,
        "margin-call" => t.margin_call,
        "margin-paths" => t.margin_paths,
        "catalysts-timeline" => t.catalysts_timeline,
        "gap-upside" => t.gap_upside,
        "futures-gdp" => t.futures_gdp,
        "futures-compare" => t.futures_compare,
        _ => "",
    }
}

/// Where the presenter is: "Chapter 3 of 10" / "第3章，共10章" (`n` counts
/// from 1).
pub fn chapter_of(lang: Lang, n: usize, total: usize) -> String {
    let (mut a, mut b) = (String::new(), String::new());
    push_int(&mut a, n as i64);
    push_int(&mut b, total as i64);
    strings(lang).chapter_of(args::UiChapterOf { n: &a, total: &b })
}

/// Label of an assumption's slider.
pub fn param_label(p: Param, lang: Lang) -> &'static str {
    let t = crate::i18n::param(lang);
    match p {
        Param::GHigh => t.g_high,
        Param::Years => t.years,
        Param::Ke => t.ke,
        Param::GStable => t.g_stable,
        Param::PayoutHigh => t.payout_high,
        Param::PayoutStable => t.payout_stable,
        Param::PeTarget => t.pe_target,
        Param::GpuHours => t.gpu_hours,
        Param::GpuPrice => t.gpu_price,
        Param::RobotsGrowth => t.robots_growth,
        Param::RobotsYears => t.robots_years,
        Param::MarginRatio => t.margin_ratio,
        Param::MarginLine => t.margin_line,
        Param::MarginVol => t.margin_vol,
        Param::MarginDrift => t.margin_drift,
        Param::MarginDays => t.margin_days,
        Param::GapTarget => t.gap_target,
        Param::FutNewGrowth => t.fut_new_growth,
        Param::FutSpillover => t.fut_spillover,
        Param::FutPropertyFade => t.fut_property_fade,
        Param::FutPropertyLongRun => t.fut_property_long_run,
        Param::FutConfidence => t.fut_confidence,
        Param::FutWealthEffect => t.fut_wealth_effect,
        Param::FutRestLongRun => t.fut_rest_long_run,
    }
}

/// A multiple such as a P/E: `25.4×` (English) or `25.4倍` (Chinese); one
/// decimal below 100, none above. `None` gives the "no value" dash.
pub fn fmt_multiple(x: Option<f64>, lang: Lang) -> String {
    let Some(x) = x.filter(|x| x.is_finite()) else {
        return strings(lang).no_value.to_string();
    };
    let digits = if x.abs() < 100.0 { 1 } else { 0 };
    multiple_suffix(&Fixed(x, digits).to_string(), lang)
}

/// A number already written, as a multiple: `25.4×`, `25.4倍`.
pub fn multiple_suffix(n: &str, lang: Lang) -> String {
    let suffix = if lang == Lang::Zh { "倍" } else { "×" };
    format!("{n}{suffix}")
}

/// `v` written with exactly `decimals` digits after the point (at most 9),
/// rounded half away from zero; `-0.0` is written `0.0`, a non-finite value
/// as the dash. Used instead of `{:.N}` so the wasm ships no float printer.
#[derive(Clone, Copy, Debug)]
pub struct Fixed(pub f64, pub u8);

impl std::fmt::Display for Fixed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (v, d) = (self.0, u32::from(self.1.min(9)));
        if !v.is_finite() {
            return f.write_str("—");
        }
        let unit = 10u64.pow(d);
        // Saturating cast: beyond ~1.8e19 the digits are meaningless anyway.
        let n = (v.abs() * unit as f64).round() as u64;
        if v < 0.0 && n != 0 {
            f.write_str("-")?;
        }
        write!(f, "{}", n / unit)?;
        if d > 0 {
            write!(f, ".{:0w$}", n % unit, w = d as usize)?;
        }
        Ok(())
    }
}

/// Appends `v` in decimal (no float or `fmt` machinery: it runs on the hot
/// path of every canvas repaint).
pub fn push_int(out: &mut String, v: i64) {
    if v < 0 {
        out.push('-');
    }
    let mut n = v.unsigned_abs();
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &b in &buf[i..] {
        out.push(char::from(b));
    }
}

/// `2000` → `2,000`.
pub fn group_thousands(n: u64) -> String {
    let mut s = String::new();
    push_int(&mut s, n as i64);
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A whole count of things (GPUs): `50,000`; Chinese in 万 from ten
/// thousand up, `5万`, `1.1万`. Rounded to a whole number; the dash when
/// missing, negative or not finite.
pub fn fmt_count(n: Option<f64>, lang: Lang) -> String {
    let Some(n) = n.filter(|n| n.is_finite() && *n >= 0.0) else {
        return "—".to_string();
    };
    match lang {
        Lang::Zh if n >= 1e4 => {
            let wan = Fixed(n / 1e4, 1).to_string();
            format!("{}万", wan.strip_suffix(".0").unwrap_or(&wan))
        }
        _ => group_thousands(n.round() as u64),
    }
}

/// `v` as plain decimal text for HTML attributes (input values, ARIA), the
/// shortest that reads back exactly: `0.1 + 0.2` → `0.30000000000000004`,
/// `12.5` → `12.5`.
pub fn fmt_plain(v: f64) -> String {
    crate::model::decimal::write_shortest(v)
}

/// A ratio such as the PEG: two decimals, or the dash.
pub fn fmt_ratio(x: Option<f64>, lang: Lang) -> String {
    match x.filter(|x| x.is_finite()) {
        Some(x) => Fixed(x, 2).to_string(),
        None => strings(lang).no_value.to_string(),
    }
}

/// A decimal rate as a percentage with `decimals` places: `0.18` → `18.0%`.
pub fn fmt_pct(x: f64, decimals: usize) -> String {
    format!("{}%", Fixed(x * 100.0, decimals as u8))
}

/// A percent number with its sign: `35.92` → `+35.9%`, `-17.2` → `−17.2%`
/// (a true minus sign), or the dash when not finite.
pub fn fmt_signed_pct(pct: f64) -> String {
    if !pct.is_finite() {
        return "—".to_string();
    }
    let sign = if pct > 0.0 {
        "+"
    } else if pct < 0.0 {
        "−"
    } else {
        ""
    };
    format!("{sign}{}%", Fixed(pct.abs(), 1))
}

/// US dollars, compact: `US$5.58M`, `US$295k`, `US$1.6bn`; Chinese
/// `557.6万美元`, `1.6亿美元`. The dash when missing or not finite.
pub fn fmt_usd(usd: Option<f64>, lang: Lang) -> String {
    let Some(v) = usd.filter(|v| v.is_finite()) else {
        return "—".to_string();
    };
    // Chinese counts in 万 and 亿; every other language as English does.
    match lang {
        Lang::Zh if v >= 1e8 => {
            let yi = Fixed(v / 1e8, 2).to_string();
            format!("{}亿美元", yi.trim_end_matches('0').trim_end_matches('.'))
        }
        Lang::Zh if v >= 1e7 => format!("{}万美元", Fixed(v / 1e4, 0)),
        Lang::Zh if v >= 1e4 => format!("{}万美元", Fixed(v / 1e4, 1)),
        Lang::Zh => format!("{}美元", Fixed(v, 0)),
        _ if v >= 1e9 => format!("US${}bn", Fixed(v / 1e9, 1)),
        // Three significant figures: US$5.58M, US$61.7M, US$944M.
        _ if v >= 1e8 => format!("US${}M", Fixed(v / 1e6, 0)),
        _ if v >= 1e7 => format!("US${}M", Fixed(v / 1e6, 1)),
        _ if v >= 1e6 => format!("US${}M", Fixed(v / 1e6, 2)),
        _ if v >= 1e3 => format!("US${}k", Fixed(v / 1e3, 0)),
        _ => format!("US${}", Fixed(v, 0)),
    }
}

/// An assumption's value with its unit, as precise as its slider step.
pub fn fmt_param(p: Param, v: f64, lang: Lang) -> String {
    let s = p.spec();
    match s.unit {
        Unit::Percent => fmt_pct(v, step_decimals(s.step * 100.0)),
        Unit::Multiple => fmt_multiple(Some(v), lang),
        Unit::Coefficient => Fixed(v, 2).to_string(),
        Unit::UsdPerHour => strings(lang).unit_usd(&Fixed(v, 2).to_string()),
        // Chinese counts GPU-hours in 万 (ten thousands), not millions.
        Unit::MillionHours => strings(lang).unit_million_hours(&match lang {
            Lang::Zh => Fixed(v * 100.0, 0).to_string(),
            _ => Fixed(v, 2).to_string(),
        }),
        Unit::Days => strings(lang).unit_days(&Fixed(v, 0).to_string()),
        Unit::Years => strings(lang).unit_years(&Fixed(v.round(), 0).to_string()),
    }
}

/// Decimal places needed to show multiples of `step` exactly (up to 3).
fn step_decimals(step: f64) -> usize {
    (0..3)
        .find(|&d| {
            ((step * 10f64.powi(d as i32)).round() - step * 10f64.powi(d as i32)).abs() < 1e-9
        })
        .unwrap_or(3)
}

/// The text alternative of `valuation-pe`, generated from the current state.
/// `curve` is (growth, forward P/E) from low to high growth; `current` the
/// reader's point; `crossing` the growth at which the curve meets the market.
pub fn valuation_pe_summary(
    lang: Lang,
    curve: &[(f64, f64)],
    current: Option<(f64, f64)>,
    market_pe: f64,
    crossing: Option<f64>,
) -> String {
    let m = |x: f64| fmt_multiple(Some(x), lang);
    let s = strings(lang);
    let (Some(first), Some(last), Some((g, pe))) = (curve.first(), curve.last(), current) else {
        return s.valuation_pe_summary_none(&m(market_pe));
    };
    let meet = match crossing {
        Some(c) => s.valuation_pe_meets(args::UiValuationPeMeets {
            growth: &fmt_pct(c, 1),
            market: &m(market_pe),
        }),
        None => s.valuation_pe_below(&m(market_pe)),
    };
    s.valuation_pe_summary(args::UiValuationPeSummary {
        first_g: &fmt_pct(first.0, 0),
        first_pe: &m(first.1),
        g: &fmt_pct(g, 1),
        last_g: &fmt_pct(last.0, 1),
        last_pe: &m(last.1),
        meet: &meet,
        pe: &m(pe),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_matches_the_standard_printer_away_from_ties() {
        let mut x = 0.0137f64;
        for _ in 0..400 {
            for v in [x, -x, x * 1e4, 1.0 / x] {
                for d in 0..4u8 {
                    // Shown values are far below 1e9; a tie (x.5 at the last
                    // place) may round either way in binary.
                    let scaled = v.abs() * 10f64.powi(i32::from(d));
                    if scaled > 1e12 || (scaled.fract() - 0.5).abs() < 1e-6 {
                        continue;
                    }
                    let ours = Fixed(v, d).to_string();
                    let std = format!("{v:.prec$}", prec = usize::from(d));
                    let std = if std
                        .trim_start_matches('-')
                        .trim_matches(['0', '.'])
                        .is_empty()
                    {
                        std.trim_start_matches('-').to_string()
                    } else {
                        std
                    };
                    assert_eq!(ours, std, "{v} to {d} places");
                }
            }
            x *= 1.0731;
        }
        assert_eq!(Fixed(f64::NAN, 1).to_string(), "—");
        assert_eq!(Fixed(-0.04, 1).to_string(), "0.0");
        assert_eq!(Fixed(2025.0, 0).to_string(), "2025");
        assert!(Fixed(1e300, 2).to_string().len() > 10);
    }

    #[test]
    fn plain_numbers_for_attributes() {
        assert_eq!(fmt_plain(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(fmt_plain(0.005), "0.005");
        assert_eq!(fmt_plain(-30.0), "-30");
        assert_eq!(fmt_plain(-0.0), "0");
        assert_eq!(fmt_plain(12.5), "12.5");
    }

    #[test]
    fn formats() {
        assert_eq!(fmt_multiple(Some(25.3801), Lang::En), "25.4×");
        assert_eq!(fmt_multiple(Some(104.2), Lang::En), "104×");
        assert_eq!(fmt_multiple(Some(25.3801), Lang::Zh), "25.4倍");
        assert_eq!(fmt_multiple(None, Lang::En), "—");
        assert_eq!(fmt_multiple(Some(f64::INFINITY), Lang::En), "—");
        assert_eq!(fmt_param(Param::GHigh, 0.18, Lang::En), "18.0%");
        assert_eq!(fmt_param(Param::Ke, 0.09, Lang::En), "9.00%");
        assert_eq!(fmt_param(Param::PayoutHigh, 0.1, Lang::En), "10%");
        assert_eq!(fmt_param(Param::Years, 5.0, Lang::En), "5 years");
        assert_eq!(fmt_param(Param::Years, 5.0, Lang::Zh), "5年");
    }

    #[test]
    fn every_chapter_has_a_title_in_both_languages() {
        for id in crate::story::CHAPTERS {
            assert!(!chapter_title(id, Lang::En).is_empty(), "{id}");
            assert!(!chapter_title(id, Lang::Zh).is_empty(), "{id}");
        }
    }

    #[test]
    fn every_figure_has_a_title_in_both_languages() {
        for (_, id) in crate::story::FIGURES {
            assert!(!figure_title(id, Lang::En).is_empty(), "{id}");
            assert!(!figure_title(id, Lang::Zh).is_empty(), "{id}");
            // tools/oembed.mjs copies the English title into JSON as is.
            assert!(!figure_title(id, Lang::En).contains(['"', '\\']), "{id}");
        }
    }

    #[test]
    fn presenter_position() {
        assert_eq!(chapter_of(Lang::En, 3, 10), "Chapter 3 of 10");
        assert_eq!(chapter_of(Lang::Zh, 3, 10), "第3章，共10章");
    }

    #[test]
    fn usd_formats() {
        assert_eq!(fmt_usd(Some(5.576e6), Lang::En), "US$5.58M");
        assert_eq!(fmt_usd(Some(294_672.0), Lang::En), "US$295k");
        assert_eq!(fmt_usd(Some(1.6e9), Lang::En), "US$1.6bn");
        assert_eq!(fmt_usd(Some(5.576e6), Lang::Zh), "557.6万美元");
        assert_eq!(fmt_usd(Some(6.168e7), Lang::Zh), "6168万美元");
        assert_eq!(fmt_usd(None, Lang::En), "—");
        assert_eq!(fmt_usd(Some(1.6e9), Lang::Zh), "16亿美元");
        assert_eq!(fmt_usd(Some(9.44e8), Lang::En), "US$944M");
        assert_eq!(fmt_usd(Some(6.168e7), Lang::En), "US$61.7M");
        assert_eq!(fmt_usd(Some(9.44e8), Lang::Zh), "9.44亿美元");
        assert_eq!(fmt_usd(Some(1.5e8), Lang::Zh), "1.5亿美元");
    }

    #[test]
    fn a_price_reads_in_each_language() {
        crate::i18n::install_all_for_tests();
        assert_eq!(fmt_param(Param::GpuPrice, 2.0, Lang::En), "US$2.00");
        assert_eq!(fmt_param(Param::GpuPrice, 2.5, Lang::Zh), "2.50美元");
    }

    #[test]
    fn counts_are_grouped_or_in_wan() {
        assert_eq!(fmt_count(Some(50_000.0), Lang::En), "50,000");
        assert_eq!(fmt_count(Some(1_100.0), Lang::En), "1,100");
        assert_eq!(fmt_count(Some(50_000.0), Lang::Zh), "5万");
        assert_eq!(fmt_count(Some(11_000.0), Lang::Zh), "1.1万");
        assert_eq!(fmt_count(Some(2_048.0), Lang::Zh), "2,048");
        assert_eq!(fmt_count(Some(-1.0), Lang::En), "—");
        assert_eq!(fmt_count(None, Lang::Zh), "—");
    }

    #[test]
    fn browser_language_tags() {
        assert_eq!(Lang::from_tag("zh-Hans-CN"), Lang::Zh);
        assert_eq!(Lang::from_tag("ZH"), Lang::Zh);
        assert_eq!(Lang::from_tag("en-GB"), Lang::En);
        assert_eq!(Lang::from_tag(""), Lang::En);
    }
}
