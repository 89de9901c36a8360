//! Content integrity: the project owns its fact base (`assets/data`, checked
//! row by row at build time by `build/facts.rs`); these tests check the checks
//! themselves, that the prose cites rows the way the claims table promises, and
//! that the numbers the app shows equal the rows they cite.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use two_economies::data::{self, rows, Grade, FACTS};
use two_economies::story::{self, Block, Inline};
use two_economies::text::Lang;

#[path = "../build/facts.rs"]
mod facts;
#[path = "../build/prose.rs"]
mod prose;

const ASSETS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/data");

/// A valid row, with field `i` replaced by `v`.
fn row_with(i: usize, v: &str) -> String {
    let mut f: Vec<String> = [
        "real_gdp_growth",
        "2025",
        "5.0",
        "pct_yoy",
        "National Bureau of Statistics of China",
        "National economy in 2025",
        "2026-01-19",
        "https://www.stats.gov.cn/english/",
        "",
        "A",
        "2026-12-03",
        "note",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    f[i] = v.to_string();
    format!("{}\n{}\n", facts::HEADER, f.join(","))
}

#[test]
fn a_valid_row_passes_the_build_checks() {
    two_economies::i18n::install_all_for_tests();
    let rows = facts::parse_file("t.csv", &row_with(0, "real_gdp_growth")).unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].grade, 'A');
    assert_eq!(rows[0].value, Some(5.0));
}

#[test]
fn the_build_refuses_each_kind_of_bad_row_naming_file_and_line() {
    two_economies::i18n::install_all_for_tests();
    let cases = [
        (4, "", "no publisher"),
        (9, "D", "unknown grade `D`"),
        (9, "", "unknown grade ``"),
        (6, "", "no publication date"),
        (6, "19 Jan 2026", "is not YYYY-MM-DD"),
        (7, "http://203.0.113.7/report", "is an IP address"),
        (7, "https://[2001:db8::1]/x", "is an IP address"),
        (
            7,
            "github:deepseek-ai/DeepSeek-V3",
            "not an http(s) address",
        ),
        (5, "", "no publication"),
        (8, "People's Daily", "grade A is the publisher's own copy"),
        (10, "soon", "checked `soon`"),
        (1, "twenty", "year `twenty`"),
    ];
    for (field, value, want) in cases {
        let err = facts::parse_file("assets/data/t.csv", &row_with(field, value)).unwrap_err();
        assert!(
            err.starts_with("assets/data/t.csv:2: ") && err.contains(want),
            "field {field} = {value:?}: {err}"
        );
    }
    let err = facts::parse_file("t.csv", "series,year,value\n").unwrap_err();
    assert!(err.starts_with("t.csv:1: the header"), "{err}");
}

#[test]
fn the_build_refuses_a_duplicate_series_and_year() {
    two_economies::i18n::install_all_for_tests();
    let mut rows = facts::parse_file("a.csv", &row_with(0, "x")).unwrap();
    rows.extend(facts::parse_file("b.csv", &row_with(0, "x")).unwrap());
    let err = facts::check_unique(&rows).unwrap_err();
    assert_eq!(
        err,
        "b.csv:2: duplicate series and year `x 2025` (first at a.csv:2)"
    );
    // The shipped base has none (the build checked; so does this).
    let shipped: Vec<(&str, i32)> = FACTS.iter().map(|f| (f.series, f.year)).collect();
    for (i, k) in shipped.iter().enumerate() {
        assert!(!shipped[..i].contains(k), "{k:?}");
    }
}

#[test]
fn every_data_file_is_documented_and_every_row_shipped() {
    two_economies::i18n::install_all_for_tests();
    let readme = fs::read_to_string(format!("{ASSETS}/README.md")).unwrap();
    let mut lines = 0;
    for entry in fs::read_dir(ASSETS).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("csv") {
            continue;
        }
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        assert!(
            readme.contains(&format!("`{name}`")),
            "README.md does not describe {name}"
        );
        let text = fs::read_to_string(&path).unwrap();
        lines += facts::parse_file(&name, &text).unwrap().len();
    }
    assert_eq!(FACTS.len(), lines);
}

#[test]
fn the_build_refuses_an_uncited_number_in_the_prose() {
    two_economies::i18n::install_all_for_tests();
    let text = "# Title 5%\n\nGDP grew 5.0% in 2025. Retail sales grew 3.7% [@retail_sales_growth:2025].\n\nIf it grows 30% a year [@example], it doubles. GDP was {gdp}.\n\n- Turnover hit 3.99 trillion yuan.\n\nDeepSeek spent US$5.6 million.\n\n成交额达3.99万亿元。\n";
    let errors = prose::uncited("t.md", text);
    let found: Vec<&str> = errors
        .iter()
        .map(|e| e.split('"').nth(1).unwrap_or(""))
        .collect();
    assert_eq!(
        found,
        ["5.0%", "3.99trillion", "5.6million", "3.99万亿"],
        "{errors:#?}"
    );
    assert!(errors[0].starts_with("t.md:3: "), "{}", errors[0]);
    assert!(errors[1].starts_with("t.md:7: "), "{}", errors[1]);
    // Years, counts and dates are not quantities.
    assert!(prose::uncited("t.md", "In 2025, 2,000 paths over 60 days on 14 January.").is_empty());
}

/// The claims of the `sources` chapter, with the grades of the rows each cites.
fn claims(lang: Lang) -> Vec<(String, Vec<Grade>)> {
    let list = story::chapter(lang, "sources")
        .iter()
        .find_map(|b| match b {
            Block::List(items) => Some(*items),
            _ => None,
        })
        .expect("the sources chapter has its claims list");
    list.iter()
        .map(|item| {
            let text: String = item
                .iter()
                .filter_map(|i| match i {
                    Inline::Text(t) | Inline::Strong(t) => Some(*t),
                    _ => None,
                })
                .collect();
            let grades = item
                .iter()
                .filter_map(|i| match i {
                    Inline::Cite(s, y) => Some(data::fact(s, *y).expect("cited row").grade),
                    _ => None,
                })
                .collect();
            (text, grades)
        })
        .collect()
}

#[test]
fn no_supported_claim_rests_on_a_weak_source_alone() {
    two_economies::i18n::install_all_for_tests();
    for (lang, verdict) in [(Lang::En, "Supported."), (Lang::Zh, "有依据")] {
        let claims = claims(lang);
        assert!(claims.len() >= 10, "{lang:?}: {} claims", claims.len());
        let mut supported = 0;
        for (text, grades) in &claims {
            assert!(!grades.is_empty(), "{lang:?}: a claim cites no row: {text}");
            if text.contains(verdict) {
                supported += 1;
                assert!(
                    grades.iter().any(|g| *g != Grade::C),
                    "{lang:?}: a Supported claim cites only weak rows: {text}"
                );
            }
        }
        assert!(supported >= 3, "{lang:?}: {supported} supported claims");
    }
}

#[test]
fn both_languages_cite_the_same_rows() {
    two_economies::i18n::install_all_for_tests();
    for c in story::CHAPTERS {
        let mut en: Vec<_> = story::cites_in(story::chapter(Lang::En, c)).collect();
        let mut zh: Vec<_> = story::cites_in(story::chapter(Lang::Zh, c)).collect();
        en.sort();
        en.dedup();
        zh.sort();
        zh.dedup();
        assert_eq!(en, zh, "chapter {c}: the languages cite different rows");
    }
}

/// Weak rows (grade C) the chapters may cite, each shown with its weak mark,
/// and why no better source replaces them. Everything else the prose states as
/// a fact must come from a grade A or B row. Shrink this list; never grow it
/// without saying why in the closing note.
const WEAK_BUT_CITED: &[(&str, &str)] = &[
    (
        "star50_price_return",
        "the opening's STAR 50 return for 2025; only an aggregator copy of an ETF article was found, no SSE or CSI year-end page; cited so the weak mark shows where the number is read",
    ),
    (
        "chinext50_price_return",
        "the opening's ChiNext 50 return for 2025; only an aggregator copy of an ETF article was found, no CNI or SZSE page; cited so the weak mark shows where the number is read",
    ),
    (
        "china_ai_mcap_as_pct_of_us",
        "the article's 'factor of 15' comes from this Jefferies report; the only copy found is a report-sharing site",
    ),
    (
        "china_ai_mcap_as_pct_of_us_incl_private",
        "same Jefferies report; only a report-sharing site's copy was found",
    ),
    (
        "margin_liquidation_line_mainstream",
        "broker practice set in private contracts; only exchange-app relays of The Paper and Securities Times were found",
    ),
    (
        "margin_warning_line_oriental_securities",
        "one broker's contract terms; only relays of Securities Times were found",
    ),
    (
        "margin_instant_liquidation_line_oriental_securities",
        "one broker's contract terms; only relays of Securities Times were found",
    ),
    (
        "star50_realized_vol_annualized",
        "computed by this project from daily closes in a third-party data set; no exchange copy of the closes was found",
    ),
    (
        "csi300_realized_vol_annualized",
        "computed by this project from daily closes in a third-party data set",
    ),
    (
        "cambricon_688256_realized_vol_annualized",
        "computed by this project from daily closes in a third-party data set",
    ),
];

#[test]
fn facts_the_prose_states_come_from_good_sources() {
    two_economies::i18n::install_all_for_tests();
    // Every weak row says in its note why it is weak (what was searched for).
    for f in FACTS.iter().filter(|f| f.grade == Grade::C) {
        assert!(
            f.note.len() > 20,
            "{} {}: a grade C row must explain itself",
            f.series,
            f.year
        );
    }
    for c in story::CHAPTERS.iter().filter(|c| **c != "sources") {
        for lang in [Lang::En, Lang::Zh] {
            for (s, y) in story::cites_in(story::chapter(lang, c)) {
                let f = data::fact(s, y).unwrap();
                assert!(
                    f.grade != Grade::C || WEAK_BUT_CITED.iter().any(|(w, _)| *w == s),
                    "{c} ({lang:?}) states {s} {y} as a fact from a weak source"
                );
            }
        }
    }
    // The list holds only rows that are still weak.
    for (s, why) in WEAK_BUT_CITED {
        assert!(
            FACTS.iter().any(|f| f.series == *s && f.grade == Grade::C) && !why.is_empty(),
            "{s} is no longer a weak row: remove it from WEAK_BUT_CITED"
        );
    }
}

#[test]
fn no_low_quality_row_is_shipped() {
    two_economies::i18n::install_all_for_tests();
    for f in FACTS {
        assert!(
            !f.note.to_ascii_lowercase().contains("low quality"),
            "{}",
            f.series
        );
        assert!(
            !f.note.to_ascii_lowercase().contains("low-quality"),
            "{}",
            f.series
        );
    }
}

#[test]
fn figures_show_the_values_of_the_rows_they_cite() {
    two_economies::i18n::install_all_for_tests();
    use two_economies::charts::valuation::ValuationPe;
    use two_economies::model::assumptions::Assumptions;
    use two_economies::text::Lang;
    let fig = ValuationPe::new(&Assumptions::default(), Lang::En);
    assert_eq!(
        fig.market_pe,
        data::fact(rows::CAMBRICON_FORWARD_PE.0, 2026)
            .unwrap()
            .value
            .unwrap()
    );
    // The defaults reproduce the cited worked example.
    let pe = two_economies::model::valuation::justified_pe_two_stage(
        &Assumptions::default().two_stage(),
    )
    .unwrap();
    assert_eq!(
        format!("{pe:.2}"),
        format!("{:.2}", data::value(rows::DAMODARAN_PE))
    );
}
