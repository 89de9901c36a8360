//! URL state: untrusted query strings never panic, always give finite,
//! in-range assumptions, and never let one bad pair discard a good one.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use two_economies::model::assumptions::{Action, Assumptions, Param};

/// Cases per property: `default` in the regular suite, or `PROPTEST_CASES`
/// when set (the deep run, `scripts/bench.sh --deep` or by hand:
/// `PROPTEST_CASES=100000 cargo test --release --test url_state`).
fn config(default: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default);
    ProptestConfig::with_cases(cases)
}

fn in_range(a: &Assumptions) -> bool {
    Param::ALL.iter().all(|p| {
        let (v, s) = (a.get(*p), p.spec());
        v.is_finite() && s.min <= v && v <= s.max
    })
}

/// A key: a real one, a near miss, or junk.
fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::sample::select(Param::ALL.map(|p| p.spec().key).to_vec()).prop_map(String::from),
        "[a-z]{0,4}",
        ".{0,12}",
    ]
}

/// A value: a number, a special float, or junk (markup, unicode, huge).
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<f64>().prop_map(|v| v.to_string()),
        (-1e3f64..1e3).prop_map(|v| v.to_string()),
        proptest::sample::select(vec![
            "NaN",
            "inf",
            "-inf",
            "1e309",
            "",
            "<script>alert(1)</script>",
            "０.５",
            "0x10",
            " 1 "
        ])
        .prop_map(String::from),
        ".{0,20}",
    ]
}

proptest! {
    #![proptest_config(config(2000))]

    #[test]
    fn any_string_gives_finite_clamped_state(q in ".{0,300}") {
        let (a, _) = Assumptions::from_query(&q, &["lang"]);
        prop_assert!(in_range(&a));
    }

    #[test]
    fn structured_hostile_queries(pairs in proptest::collection::vec((key(), value()), 0..12)) {
        let q = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&");
        let (a, _) = Assumptions::from_query(&q, &[]);
        prop_assert!(in_range(&a));
    }

    #[test]
    fn one_bad_pair_never_discards_a_good_one(g in 0.0f64..0.6, junk in ".{0,30}") {
        let q = format!("g={g}&{junk}");
        let junk_sets_g = junk.split('&').any(|p| p.starts_with("g="));
        let (a, _) = Assumptions::from_query(&q, &[]);
        if !junk_sets_g {
            // Exactly g, as clamped (tiny values keep 12 decimals).
            prop_assert_eq!(a.get(Param::GHigh), Param::GHigh.clamp(g));
        }
    }

    #[test]
    fn round_trip(values in proptest::collection::vec(0.0f64..1.0, Param::COUNT)) {
        let mut a = Assumptions::default();
        for (p, f) in Param::ALL.iter().zip(&values) {
            let s = p.spec();
            a = a.apply(Action::Set(*p, s.min + f * (s.max - s.min)));
        }
        let (b, ignored) = Assumptions::from_query(&a.to_query(), &[]);
        prop_assert!(ignored.pairs.is_empty());
        prop_assert_eq!(a, b);
    }
}

mod decimal {
    use proptest::prelude::*;
    use two_economies::model::decimal::{parse_decimal, write_shortest};

    proptest! {
        #![proptest_config(super::config(5000))]

        /// Exact for every number the app writes (Rust's shortest `Display`).
        #[test]
        fn round_trips_display_exactly(v in prop_oneof![-1e3f64..1e3, 1e-5f64..1e20, -1e20f64..-1e-5]) {
            prop_assert_eq!(parse_decimal(&v.to_string()), Some(v));
        }

        /// The app's own writer gives Rust's shortest text, which reads back exactly.
        #[test]
        fn writes_the_shortest_text(v in prop_oneof![1e-5f64..1e3, 1e3f64..1e15, -1e15f64..-1e-5]) {
            prop_assert_eq!(write_shortest(v), v.to_string());
            prop_assert_eq!(parse_decimal(&write_shortest(v)), Some(v));
        }

        /// Whatever it accepts, the standard parser reads (nearly) the same.
        #[test]
        fn agrees_with_the_standard_parser(s in "[-+]?[0-9]{0,25}(\\.[0-9]{0,25})?([eE][-+]?[0-9]{1,3})?") {
            if let Some(v) = parse_decimal(&s) {
                let std: f64 = s.parse().unwrap();
                // Subnormal results are out of scope (no URL value is that small).
                prop_assume!(std == 0.0 || std.abs() > 1e-300);
                prop_assert!(v == std || ((v - std) / std).abs() < 1e-14, "{} → {} vs {}", s, v, std);
            }
        }

        #[test]
        fn never_panics(s in ".{0,60}") {
            let _ = parse_decimal(&s);
        }
    }
}

/// The display keys (`embed`, `controls`, `theme`): any query gives the
/// normal page, the story or a real figure, and the embed code stays one
/// well-formed `<iframe>` plus `<script>` whatever the URL held.
mod display {
    use proptest::prelude::*;
    use two_economies::embed::{self, Display, View};
    use two_economies::story::FIGURES;
    use two_economies::text::Lang;

    fn pair() -> impl Strategy<Value = String> {
        let key = prop_oneof![
            proptest::sample::select(vec!["embed", "controls", "theme", "present", "lang", "g"])
                .prop_map(String::from),
            ".{0,6}",
        ];
        let value = prop_oneof![
            proptest::sample::select(FIGURES.map(|(_, f)| f).to_vec()).prop_map(String::from),
            proptest::sample::select(vec!["story", "0", "1", "dark", "light", "auto", ""])
                .prop_map(String::from),
            ".{0,20}",
        ];
        (key, value).prop_map(|(k, v)| format!("{k}={v}"))
    }

    proptest! {
        #![proptest_config(super::config(2000))]

        #[test]
        fn any_query_gives_a_known_view(pairs in proptest::collection::vec(pair(), 0..8), junk in ".{0,40}") {
            let q = format!("?{}&{junk}", pairs.join("&"));
            let (d, ignored) = Display::from_query(&q);
            match d.view {
                View::Page | View::Story => {}
                View::Figure(f) => prop_assert!(FIGURES.iter().any(|(_, g)| *g == f)),
            }
            prop_assert!(ignored.iter().all(|p| p.chars().count() <= 40));
        }

        #[test]
        fn the_embed_code_cannot_be_broken_out_of(q in ".{0,60}", title in ".{0,30}") {
            let state = embed::pairs_with_keys(&q, &["g"]);
            let query = embed::link_query("embed=story", &state, &q, &["controls", "theme"], Lang::En);
            let code = embed::snippet("https://example.org/te/", &query, &title, 560);
            prop_assert_eq!(code.matches('<').count(), 4, "{}", code);
            prop_assert_eq!(code.matches('"').count(), 14, "{}", code);
        }
    }
}
