//! The chart palette under simulated colour-vision deficiencies.
//!
//! Each series colour is converted to linear RGB, passed through the
//! Machado, Oliveira & Fernandes (2009) matrices at full severity
//! (protanopia, deuteranopia, tritanopia), and compared in CIELAB (ΔE*ab,
//! 1976). Run with `--nocapture` to print the table that `docs/palette.md`
//! reports.
//!
//! What is asserted, per theme and per vision (normal and the three
//! simulations):
//! - every series colour keeps WCAG 1.4.11's 3:1 contrast with the chart
//!   background, so lines stay visible whatever the hue looks like;
//! - the two colours most charts set against each other (primary: the model;
//!   accent: the market) stay at least ΔE 20 apart;
//! - under the common deficiencies (protan and deutan, about 8% of men), every
//!   pair of series colours stays at least ΔE 10 apart.
//!
//! Tritanopia (about 1 in 10,000) brings blue and bluish green to ΔE ≈ 10;
//! charts that draw both also name each line at its end, so colour is never
//! the only cue.
#![cfg(not(target_arch = "wasm32"))]

use two_economies::charts::kit::paint::Rgb;
use two_economies::charts::Palette;

type Matrix = [[f64; 3]; 3];

/// Machado et al. (2009), severity 1.0, on linear RGB.
const PROTAN: Matrix = [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
];
const DEUTAN: Matrix = [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.011820, 0.042940, 0.968881],
];
const TRITAN: Matrix = [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.303900],
];
const IDENTITY: Matrix = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]];

const VISIONS: [(&str, Matrix); 4] = [
    ("normal", IDENTITY),
    ("protanopia", PROTAN),
    ("deuteranopia", DEUTAN),
    ("tritanopia", TRITAN),
];

/// sRGB byte → linear light in [0, 1].
fn linear(c: u8) -> f64 {
    let c = f64::from(c) / 255.0;
    if c <= 0.04045 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

/// A colour as seen with `m`: linear RGB, clipped to the gamut.
fn seen(c: Rgb, m: &Matrix) -> [f64; 3] {
    let v = [linear(c.0), linear(c.1), linear(c.2)];
    let mut out = [0.0; 3];
    for (o, row) in out.iter_mut().zip(m) {
        *o = (row[0] * v[0] + row[1] * v[1] + row[2] * v[2]).clamp(0.0, 1.0);
    }
    out
}

/// Relative luminance (WCAG) of a linear RGB colour.
fn luminance(c: [f64; 3]) -> f64 {
    0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]
}

fn contrast(a: [f64; 3], b: [f64; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Linear RGB (D65) → CIELAB.
fn lab(c: [f64; 3]) -> [f64; 3] {
    let x = (0.4124 * c[0] + 0.3576 * c[1] + 0.1805 * c[2]) / 0.95047;
    let y = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    let z = (0.0193 * c[0] + 0.1192 * c[1] + 0.9505 * c[2]) / 1.08883;
    let f = |t: f64| {
        if t > 216.0 / 24389.0 {
            t.cbrt()
        } else {
            (24389.0 / 27.0 * t + 16.0) / 116.0
        }
    };
    let (fx, fy, fz) = (f(x), f(y), f(z));
    [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
}

/// ΔE*ab (1976) between two colours as seen with `m`.
fn delta_e(a: Rgb, b: Rgb, m: &Matrix) -> f64 {
    let (a, b) = (lab(seen(a, m)), lab(seen(b, m)));
    ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2) + (a[2] - b[2]).powi(2)).sqrt()
}

fn series(p: &Palette) -> [(&'static str, Rgb); 4] {
    [
        ("primary", p.primary),
        ("accent", p.accent),
        ("third", p.third),
        ("fourth", p.fourth),
    ]
}

const THEMES: [(&str, Palette); 2] = [("light", Palette::LIGHT), ("dark", Palette::DARK)];

#[test]
fn series_colours_keep_non_text_contrast_under_every_simulation() {
    for (theme, p) in THEMES {
        for (vision, m) in VISIONS {
            let bg = seen(p.background, &m);
            for (name, c) in series(&p) {
                let r = contrast(seen(c, &m), bg);
                println!("contrast {theme:5} {vision:12} {name:7} {r:5.2}:1");
                assert!(r >= 3.0, "{theme} {name} under {vision}: {r:.2}:1 < 3:1");
            }
        }
    }
}

#[test]
fn primary_and_accent_stay_apart_under_every_simulation() {
    for (theme, p) in THEMES {
        for (vision, m) in VISIONS {
            let d = delta_e(p.primary, p.accent, &m);
            assert!(
                d >= 20.0,
                "{theme} primary/accent under {vision}: ΔE {d:.1} < 20"
            );
        }
    }
}

#[test]
fn every_series_pair_stays_apart_under_common_deficiencies() {
    for (theme, p) in THEMES {
        for (vision, m) in VISIONS {
            let s = series(&p);
            for i in 0..s.len() {
                for j in i + 1..s.len() {
                    let d = delta_e(s[i].1, s[j].1, &m);
                    println!(
                        "ΔE {theme:5} {vision:12} {:>7}/{:<7} {d:5.1}",
                        s[i].0, s[j].0
                    );
                    if vision != "tritanopia" {
                        assert!(
                            d >= 10.0,
                            "{theme} {}/{} under {vision}: ΔE {d:.1} < 10",
                            s[i].0,
                            s[j].0
                        );
                    }
                }
            }
        }
    }
}

/// The simulation itself: a neutral grey is unchanged by every matrix (each
/// row sums to 1), and protanopia maps pure red and green closer together
/// than normal vision sees them.
#[test]
fn the_simulation_behaves_as_published() {
    for (vision, m) in VISIONS {
        let g = seen(Rgb(0x80, 0x80, 0x80), &m);
        let l = linear(0x80);
        assert!(
            g.iter().all(|v| (v - l).abs() < 1e-3),
            "{vision} moved grey: {g:?}"
        );
    }
    let (red, green) = (Rgb(0xd0, 0x30, 0x30), Rgb(0x30, 0xa0, 0x30));
    assert!(delta_e(red, green, &PROTAN) < delta_e(red, green, &IDENTITY) / 2.0);
    assert!(delta_e(red, green, &DEUTAN) < delta_e(red, green, &IDENTITY) / 2.0);
}
