//! A small decimal-number parser for untrusted text (URL query values).
//!
//! Why not `str::parse::<f64>`: in wasm, core's decimal parser and float
//! printer with their power tables cost 16.0 KB brotli more than this file,
//! for the one place we read and write numbers as text. Kept, measured
//! 2026-12-03 (issue 12; README, "Size"), the release wasm with this file's
//! 162 code lines against std's `parse::<f64>` and `Display`: +16.0 KB brotli
//! (+16,345 bytes on 209,311); `lexical-core` 1.0.6 (`parse-floats`,
//! `write-floats`, `compact`): +4.3 KB; `ryu` 1.0 for writing alone, this
//! parser kept: +11.0 KB (at the commit before). It is exact (correctly
//! rounded, ties to even) for numbers with at most 19 significant digits and
//! at most 22 digits after the point, which covers every number the app
//! writes (Rust's shortest `Display` of values of magnitude 1e-5 and up), and
//! within about 1e-14 relative otherwise.

/// The shortest decimal text that [`parse_decimal`] reads back as exactly
/// `v` — the same text as Rust's `Display` for magnitudes from 1e-5 to 1e15
/// (tested) — for writing numbers into URLs without shipping Rust's float
/// printer to the browser.
///
/// How: for k = 0, 1, 2, … decimals, round |v| × 10^k exactly (v = m·2^e, so
/// |v|·10^k = m·5^k·2^(e+k), computed in `u128`) and keep the first text that
/// parses back to `v`. Outside that range, or for non-finite `v`, it falls
/// back to at most 9 decimals, which may not read back exactly; `-0` and NaN
/// are written `0`.
pub fn write_shortest(v: f64) -> String {
    let a = v.abs();
    if a == 0.0 || a.is_nan() {
        return "0".into();
    }
    let sign = if v < 0.0 { "-" } else { "" };
    if (1e-9..1e15).contains(&a) {
        let bits = a.to_bits();
        let (exp, frac) = (((bits >> 52) & 0x7ff) as i32, bits & ((1u64 << 52) - 1));
        // Normal numbers only in this range: m has its implicit leading 1.
        let (m, e) = (u128::from(frac | (1u64 << 52)), exp - 1075);
        let mut pow5: u128 = 1;
        for k in 0..=26u32 {
            let prod = m * pow5;
            let shift = e + k as i32;
            let n = if shift >= 0 {
                if prod.leading_zeros() <= shift as u32 {
                    break;
                }
                prod << shift
            } else {
                let r = (-shift) as u32;
                if r >= 127 {
                    break;
                }
                // Round half up on the exact quotient (as Rust's printer).
                let (q, rem) = (prod >> r, prod & ((1u128 << r) - 1));
                if rem >= 1u128 << (r - 1) {
                    q + 1
                } else {
                    q
                }
            };
            // Shortest texts have at most 17 significant digits: n fits u64
            // (and u64 digits need no 128-bit division in the wasm).
            let Ok(n) = u64::try_from(n) else {
                pow5 *= 5;
                continue;
            };
            let text = with_point(n, k as usize);
            if parse_decimal(&text) == Some(a) {
                return format!("{sign}{text}");
            }
            pow5 *= 5;
        }
    }
    // Fallback: 9 decimals, trailing zeros dropped.
    // Saturating cast: a huge or infinite value writes u64::MAX's digits.
    let n = (a * 1e9).round() as u64;
    let text = with_point(n, 9);
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text.is_empty() || text == "0" {
        "0".into()
    } else {
        format!("{sign}{text}")
    }
}

/// `n` / 10^`k` written out: `with_point(305, 2)` = `"3.05"`.
fn with_point(n: u64, k: usize) -> String {
    let digits = n.to_string();
    if k == 0 {
        return digits;
    }
    let padded = format!("{digits:0>w$}", w = k + 1);
    let (int, frac) = padded.split_at(padded.len() - k);
    format!("{int}.{frac}")
}

/// Parses `[+-]digits[.digits][(e|E)[+-]digits]`, surrounding spaces allowed.
///
/// Returns `None` for anything else (empty, `inf`, `NaN`, hex, non-ASCII
/// digits). A huge exponent gives an infinite value, which callers treat as
/// invalid; a tiny one gives zero.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let b = text.trim().as_bytes();
    let (neg, mut i) = match b.first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        _ => (false, 0),
    };
    let (mut mantissa, mut exp10, mut digits, mut seen_dot) = (0u64, 0i64, 0u32, false);
    let mut any_digit = false;
    while i < b.len() {
        match b[i] {
            d @ b'0'..=b'9' => {
                any_digit = true;
                if digits < 19 {
                    if mantissa > 0 || d != b'0' {
                        digits += 1;
                    }
                    mantissa = mantissa * 10 + u64::from(d - b'0');
                    if seen_dot {
                        exp10 -= 1;
                    }
                } else if !seen_dot {
                    exp10 += 1; // a dropped integer digit still counts
                }
            }
            b'.' if !seen_dot => seen_dot = true,
            b'e' | b'E' => break,
            _ => return None,
        }
        i += 1;
    }
    if !any_digit {
        return None;
    }
    if i < b.len() {
        // Exponent part.
        i += 1;
        let (eneg, start) = match b.get(i) {
            Some(b'-') => (true, i + 1),
            Some(b'+') => (false, i + 1),
            _ => (false, i),
        };
        let digits = b
            .get(start..)
            .filter(|d| !d.is_empty() && d.iter().all(u8::is_ascii_digit))?;
        let e = digits
            .iter()
            .fold(0i64, |e, d| (e * 10 + i64::from(d - b'0')).min(100_000));
        exp10 += if eneg { -e } else { e };
    }
    let v = scale(mantissa, exp10);
    Some(if neg { -v } else { v })
}

/// `mantissa × 10^exp10`: correctly rounded when `exp10` is between −22 and
/// 19 (at most 22 digits after the point), approximate outside.
fn scale(m: u64, e: i64) -> f64 {
    if m == 0 {
        return 0.0;
    }
    if (0..=19).contains(&e) {
        // Exact integer; the int-to-float conversion rounds to nearest, ties even.
        return (u128::from(m) * 10u128.pow(e as u32)) as f64;
    }
    if (-22..0).contains(&e) {
        if m < 1 << 53 {
            return m as f64 / 10f64.powi(-e as i32); // both exact: one rounding
        }
        if let Some(v) = exact_quotient(m, 10u128.pow((-e) as u32)) {
            return v;
        }
    }
    if e > 400 {
        return f64::INFINITY;
    }
    if e < -400 {
        return 0.0;
    }
    // Two steps, so an intermediate power of ten cannot overflow or underflow.
    let half = (e / 2) as i32;
    m as f64 * 10f64.powi(half) * 10f64.powi(e as i32 - half)
}

/// `m / d` correctly rounded (ties to even) by integer arithmetic; `None`
/// when the scaled numerator would not fit in 128 bits.
fn exact_quotient(m: u64, d: u128) -> Option<f64> {
    let (bl_m, bl_d) = (
        64 - m.leading_zeros() as i32,
        128 - d.leading_zeros() as i32,
    );
    // Choose s so that q = floor(m·2^s / d) has exactly 53 bits.
    let mut s = 53 + bl_d - bl_m;
    loop {
        if s < 0 || bl_m + s > 127 {
            return None;
        }
        let n = u128::from(m) << s;
        let q = n / d;
        if q >= 1 << 53 {
            s -= 1;
            continue;
        }
        if q < 1 << 52 {
            s += 1;
            continue;
        }
        let r = n - q * d;
        let up = 2 * r > d || (2 * r == d && q & 1 == 1);
        let q = q + u128::from(up);
        return Some(q as f64 * 2f64.powi(-s));
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn shortest_equals_rusts_display() {
        let mut v = 1.0e-5f64;
        while v < 1e15 {
            for x in [v, -v, v * 1.000_000_1, 1.0 / 3.0 * v, 0.1 + v] {
                assert_eq!(write_shortest(x), x.to_string(), "{x:e}");
                assert_eq!(parse_decimal(&write_shortest(x)), Some(x));
            }
            v *= 1.37;
        }
        assert_eq!(write_shortest(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(write_shortest(0.3), "0.3");
        assert_eq!(write_shortest(-0.0), "0");
        assert_eq!(write_shortest(f64::NAN), "0");
        assert_eq!(write_shortest(2025.0), "2025");
        assert_eq!(write_shortest(1e-12), "0");
        assert!(write_shortest(f64::INFINITY).len() > 10);
    }

    use super::*;

    #[test]
    fn reads_what_the_app_writes_exactly() {
        for v in [
            0.18,
            0.185,
            0.0025,
            0.09,
            1.0,
            120.0,
            -0.05,
            0.18500000000000003,
            2.788,
            0.065,
            1e-7,
            123456.789,
        ] {
            assert_eq!(parse_decimal(&v.to_string()), Some(v), "{v}");
        }
        assert_eq!(parse_decimal(" 1e3 "), Some(1000.0));
        assert_eq!(parse_decimal("-2.5E-1"), Some(-0.25));
        assert_eq!(parse_decimal(".5"), Some(0.5));
        assert_eq!(parse_decimal("5."), Some(5.0));
    }

    #[test]
    fn rejects_junk_and_overflows_to_infinity() {
        for junk in [
            "", "-", ".", "e5", "1e", "1e+", "abc", "NaN", "inf", "0x10", "１", "1.2.3", "1e5x",
            "<b>",
        ] {
            assert_eq!(parse_decimal(junk), None, "{junk:?}");
        }
        assert_eq!(parse_decimal("1e309"), Some(f64::INFINITY));
        assert_eq!(parse_decimal("1e99999999999"), Some(f64::INFINITY));
        assert_eq!(parse_decimal("1e-999"), Some(0.0));
        assert_eq!(parse_decimal("99999999999999999999999999"), Some(1e26));
    }
}
