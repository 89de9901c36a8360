//! The QR encoder, read back the way a phone would: each symbol is rendered
//! to a greyscale image (4 px per module, 4 modules of quiet zone), found and
//! decoded by rqrr, an independent pure-Rust decoder.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use two_economies::qr::{QrCode, QrError, MAX_BYTES};

const PX: usize = 4;
const QUIET: usize = 4;
/// rqrr's `ecc_level`: the two format bits, M = 0b00, L = 0b01.
const M: u16 = 0;
const L: u16 = 1;

/// Renders `code` and decodes it from the pixels: (version, level, payload).
fn scan(code: &QrCode) -> (usize, u16, Vec<u8>) {
    let side = (code.size() + 2 * QUIET) * PX;
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
        let (mx, my) = (x / PX, y / PX);
        let dark = mx >= QUIET && my >= QUIET && code.dark(mx - QUIET, my - QUIET);
        if dark {
            0
        } else {
            255
        }
    });
    let grids = img.detect_grids();
    assert_eq!(grids.len(), 1, "one symbol found");
    let mut out = Vec::new();
    let meta = grids[0].decode_to(&mut out).expect("symbol decodes");
    assert_eq!(meta.version.0, code.version());
    (meta.version.0, meta.ecc_level, out)
}

/// Encodes, scans, and checks the payload survives; returns (version, level).
fn round_trip(data: &[u8]) -> (usize, u16) {
    let code = QrCode::encode(data).expect("fits");
    assert_eq!(code.size(), 17 + 4 * code.version());
    let (v, l, out) = scan(&code);
    assert_eq!(out, data);
    (v, l)
}

/// A scenario URL of exactly `len` bytes, shaped like the real ones.
fn url(len: usize) -> Vec<u8> {
    let mut u = b"https://example.org/two-economies/?g=0.3&ke=0.09&lang=zh".to_vec();
    let mut i = 0;
    while u.len() + b"#valuation".len() < len {
        u.extend_from_slice(format!("&p{i}=0.{}", i * 7 % 100).as_bytes());
        i += 1;
    }
    u.truncate(len.saturating_sub(b"#valuation".len()));
    u.extend_from_slice(b"#valuation");
    u.truncate(len);
    u
}

#[test]
fn short_text() {
    assert_eq!(round_trip(b"Two Economies"), (1, M));
}

#[test]
fn empty_input_is_a_valid_symbol() {
    assert_eq!(round_trip(b""), (1, M));
}

#[test]
fn scenario_urls_of_300_and_600_bytes() {
    let u300 = url(300);
    assert_eq!(u300.len(), 300);
    assert!(u300.ends_with(b"#valuation"));
    assert_eq!(round_trip(&u300), (13, M));
    let u600 = url(600);
    assert_eq!(u600.len(), 600);
    assert_eq!(round_trip(&u600), (19, M));
}

#[test]
fn every_byte_value() {
    let all: Vec<u8> = (0..=255).collect();
    assert_eq!(round_trip(&all).1, M);
}

#[test]
fn smallest_version_is_chosen() {
    // Byte-mode capacities at level M (ISO/IEC 18004 Table 7).
    for (len, v) in [
        (14, 1),
        (15, 2),
        (26, 2),
        (27, 3),
        (42, 3),
        (43, 4),
        (287, 12),
        (288, 13),
        (666, 20),
    ] {
        assert_eq!(round_trip(&vec![b'x'; len]), (v, M), "{len} bytes");
    }
    assert_eq!(QrCode::encode(&[0; 2331]).unwrap().version(), 40);
}

#[test]
fn level_l_only_past_version_40_m() {
    // 2 331 bytes is the version-40 M capacity; one more needs level L,
    // where version 35 holds 2 303 bytes, 36 holds 2 431, 40 holds 2 953.
    assert_eq!(round_trip(&url(2331)), (40, M));
    assert_eq!(round_trip(&url(2332)), (36, L));
    assert_eq!(round_trip(&url(MAX_BYTES)), (40, L));
}

#[test]
fn too_long_is_an_error_not_a_panic() {
    assert_eq!(MAX_BYTES, 2953);
    for len in [MAX_BYTES + 1, 4096, 100_000] {
        assert_eq!(QrCode::encode(&vec![b'a'; len]), Err(QrError::TooLong));
    }
}

#[test]
fn dark_is_false_outside() {
    let code = QrCode::encode(b"x").unwrap();
    assert_eq!(code.size(), 21);
    assert!(code.dark(0, 0) && code.dark(20, 0) && code.dark(0, 20));
    assert!(!code.dark(21, 0) && !code.dark(0, 21) && !code.dark(usize::MAX, usize::MAX));
}

/// Parses a path of `M x y h w v1 h-w z` runs back into the dark modules.
fn path_modules(d: &str, n: usize) -> Vec<bool> {
    let mut grid = vec![false; n * n];
    for run in d.split('M').skip(1) {
        let (xy, rest) = run.split_once('h').expect("h after M");
        let (x, y) = xy.split_once(' ').expect("x y");
        let (x, y): (usize, usize) = (x.parse().unwrap(), y.parse().unwrap());
        let (w, back) = rest.split_once("v1h-").expect("v1h-");
        assert_eq!(back, format!("{w}z"), "run closes on itself");
        for i in 0..w.parse::<usize>().unwrap() {
            assert!(!grid[y * n + x + i], "runs do not overlap");
            grid[y * n + x + i] = true;
        }
    }
    grid
}

#[test]
fn svg_path_draws_exactly_the_dark_modules_in_merged_runs() {
    let code = QrCode::encode(&url(120)).unwrap();
    let n = code.size() + 2 * QUIET;
    let d = code.to_svg_path(QUIET);
    assert!(d.starts_with('M'));
    assert!(d.chars().all(|c| "Mhvz -0123456789".contains(c)), "{d}");
    let grid = path_modules(&d, n);
    let mut runs = 0;
    for y in 0..n {
        for x in 0..n {
            let dark = x >= QUIET && y >= QUIET && code.dark(x - QUIET, y - QUIET);
            assert_eq!(grid[y * n + x], dark, "({x}, {y})");
            runs += usize::from(dark && !(x > QUIET && code.dark(x - QUIET - 1, y - QUIET)));
        }
    }
    assert_eq!(
        d.matches('M').count(),
        runs,
        "one subpath per horizontal run"
    );
}

#[test]
fn svg_document_is_standalone_and_escaped() {
    let code = QrCode::encode(b"Two Economies").unwrap();
    let svg = code.to_svg(4, "#111", "#fff", "Scan <me> & \"go\" 'now'");
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 29 29\""));
    assert!(svg.ends_with("</svg>"));
    assert!(svg.contains(" role=\"img\""));
    assert!(svg.contains(" shape-rendering=\"crispEdges\""));
    assert!(svg.contains("<title>Scan &lt;me&gt; &amp; &quot;go&quot; &apos;now&apos;</title>"));
    assert!(svg.contains("<rect width=\"29\" height=\"29\" fill=\"#fff\"/>"));
    let d = format!(" d=\"{}\"/></svg>", code.to_svg_path(4));
    assert!(svg.contains("<path fill=\"#111\"") && svg.ends_with(&d));
    // Every tag closed; no bare `&` or `<` in text or attributes.
    assert_eq!(svg.matches('<').count(), svg.matches('>').count());
    assert_eq!(svg.matches("<svg").count(), 1);
    assert_eq!(svg.matches("</svg>").count(), 1);
    for (i, _) in svg.match_indices('&') {
        let rest = &svg[i..];
        assert!(["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"]
            .iter()
            .any(|e| rest.starts_with(e)));
    }
    // Colours are attribute values too: a quote cannot break out.
    let odd = code.to_svg(0, "\"><x", "a&b", "");
    assert!(odd.contains("fill=\"&quot;&gt;&lt;x\"") && odd.contains("fill=\"a&amp;b\""));
    assert!(odd.contains("viewBox=\"0 0 21 21\"") && odd.contains("<title></title>"));
    // Non-ASCII titles pass through intact.
    let zh = code.to_svg(4, "#000", "#fff", "两个经济体 & 估值");
    assert!(zh.contains("<title>两个经济体 &amp; 估值</title>"));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Any bytes up to 700 (versions 1–21 at level M) come back unchanged.
    /// rqrr misreads version 21 (its alignment table says 92 where the
    /// standard says 94; see `qr::tests`), so there only the version is
    /// checked.
    #[test]
    fn random_bytes_round_trip(data in proptest::collection::vec(any::<u8>(), 0..=700)) {
        let code = QrCode::encode(&data).unwrap();
        if code.version() == 21 {
            prop_assert!((667..=711).contains(&data.len()));
        } else {
            let (_, level, out) = scan(&code);
            prop_assert_eq!(level, M);
            prop_assert_eq!(out, data);
        }
    }
}
