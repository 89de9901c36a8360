//! QR codes for the presenter mode and the printable handout: the current
//! page URL as a code a phone camera can open.
//!
//! Encoding is the `qrcodegen` crate's (Project Nayuki; ISO/IEC 18004, byte
//! mode): measured against our own encoder (2026-12-03, issue 12; README,
//! "Size"), it made the release wasm only 0.9 KB brotli larger (+943 bytes on
//! 209,311) and replaced 350 lines, within issue 12's 2 KB rule. This file
//! keeps the choice of level and version, and the SVG output (integers
//! written without `core::fmt`, one path of runs). The quiet zone is not part
//! of the matrix: the renderers add it.

/// The largest input [`QrCode::encode`] accepts, in bytes: version 40 at
/// level L holds 2 953 bytes in byte mode (2 331 at level M).
pub const MAX_BYTES: usize = 2953;

/// Why a QR code could not be made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QrError {
    /// The data does not fit in version 40 even at level L, i.e. it is longer
    /// than [`MAX_BYTES`] bytes.
    TooLong,
}

impl core::fmt::Display for QrError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("data too long for a QR code")
    }
}

impl std::error::Error for QrError {}

/// A QR Code symbol: a square of `size × size` modules, without quiet zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrCode {
    size: usize,
    /// Row-major, `true` = dark.
    modules: Vec<bool>,
}

impl QrCode {
    /// Encodes `data` (any bytes; a URL is ASCII) in byte mode.
    ///
    /// Level and version: error-correction level **M** (recovers ~15 % of
    /// codewords) in the smallest version 1–40 that holds the data; only when
    /// no version holds it at M (more than 2 331 bytes) level **L** (~7 %) in
    /// the smallest version that does. A version-`v` symbol is `17 + 4v`
    /// modules wide; byte capacity at M is 14 bytes for version 1, 26 for 2,
    /// 997 for 25, 2 331 for 40 (a 600-byte scenario URL gives version 19,
    /// 93 × 93 modules). The mask is the one of the eight with the
    /// lowest standard penalty (runs, 2×2 blocks, finder-like patterns,
    /// dark/light balance); ties go to the lower mask number.
    ///
    /// # Errors
    /// [`QrError::TooLong`] when `data` is longer than [`MAX_BYTES`]. Never
    /// panics.
    pub fn encode(data: &[u8]) -> Result<QrCode, QrError> {
        use qrcodegen::{QrCodeEcc, QrSegment, Version};
        let segs = [QrSegment::make_bytes(data)];
        let at = |ecc| {
            qrcodegen::QrCode::encode_segments_advanced(
                &segs,
                ecc,
                Version::MIN,
                Version::MAX,
                None,
                false,
            )
        };
        let code = at(QrCodeEcc::Medium)
            .or_else(|_| at(QrCodeEcc::Low))
            .map_err(|_| QrError::TooLong)?;
        let size = usize::try_from(code.size()).unwrap_or(0);
        let modules = (0..size)
            .flat_map(|y| (0..size).map(move |x| (x, y)))
            .map(|(x, y)| code.get_module(x as i32, y as i32))
            .collect();
        Ok(QrCode { size, modules })
    }

    /// Width and height in modules (`17 + 4 × version`, 21 … 177), without
    /// quiet zone.
    pub fn size(&self) -> usize {
        self.size
    }

    /// The version, 1 … 40: `(size − 17) / 4`.
    pub fn version(&self) -> usize {
        (self.size - 17) / 4
    }

    /// Whether the module in column `x`, row `y` (0-based from the top left,
    /// quiet zone excluded) is dark; `false` outside the symbol.
    pub fn dark(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.modules[y * self.size + x]
    }

    /// The dark modules as one SVG path `d` string in module units, shifted
    /// by `quiet` modules of quiet zone: each horizontal run of dark modules
    /// in a row is one `M x y h w v1 h-w z` rectangle. Draw it in a viewBox
    /// `size + 2 × quiet` wide.
    pub fn to_svg_path(&self, quiet: usize) -> String {
        let mut d = Vec::new();
        self.push_path(&mut d, quiet);
        utf8(d)
    }

    fn push_path(&self, d: &mut Vec<u8>, quiet: usize) {
        for y in 0..self.size {
            let mut x = 0;
            while x < self.size {
                if !self.dark(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while self.dark(x, y) {
                    x += 1;
                }
                let w = x - start;
                d.push(b'M');
                push_num(d, start.saturating_add(quiet));
                d.push(b' ');
                push_num(d, y.saturating_add(quiet));
                d.push(b'h');
                push_num(d, w);
                d.extend_from_slice(b"v1h-");
                push_num(d, w);
                d.push(b'z');
            }
        }
    }

    /// A complete standalone SVG document: viewBox `0 0 N N` with
    /// `N = size + 2 × quiet` (module units, so it scales to any width;
    /// 4 modules of quiet zone is the standard's minimum), a `light`
    /// background rectangle, the modules as one `dark` path, crisp edges,
    /// `role="img"` and `title` as its accessible name. `title`, `dark` and
    /// `light` are XML-escaped (`& < > " '`).
    pub fn to_svg(&self, quiet: usize, dark: &str, light: &str, title: &str) -> String {
        let n = self.size.saturating_add(quiet.saturating_mul(2));
        let mut size = Vec::new();
        push_num(&mut size, n);
        let size = &size[..];
        let mut s = Vec::new();
        /// Bytes written as they are, or the callers' text, escaped.
        enum Piece<'a> {
            Raw(&'a [u8]),
            Text(&'a str),
        }
        use Piece::{Raw, Text};
        for piece in [
            Raw(&b"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "[..]),
            Raw(size),
            Raw(b" "),
            Raw(size),
            Raw(b"\" role=\"img\" shape-rendering=\"crispEdges\"><title>"),
            Text(title),
            Raw(b"</title><rect width=\""),
            Raw(size),
            Raw(b"\" height=\""),
            Raw(size),
            Raw(b"\" fill=\""),
            Text(light),
            Raw(b"\"/><path fill=\""),
            Text(dark),
            Raw(b"\" d=\""),
        ] {
            match piece {
                Raw(raw) => s.extend_from_slice(raw),
                Text(text) => push_escaped(&mut s, text),
            }
        }
        self.push_path(&mut s, quiet);
        s.extend_from_slice(b"\"/></svg>");
        utf8(s)
    }
}

/// The SVG text as a `String`. It is valid UTF-8 by construction (ASCII plus
/// the callers' `&str`s with only ASCII bytes replaced), so the fallback to
/// an empty string is unreachable; it avoids both a panic and `unsafe`.
fn utf8(v: Vec<u8>) -> String {
    String::from_utf8(v).unwrap_or_default()
}

/// Appends the decimal digits of `n` (the shared writer in `text`).
fn push_num(s: &mut Vec<u8>, n: usize) {
    let mut digits = String::new();
    crate::text::push_int(&mut digits, n as i64);
    s.extend_from_slice(digits.as_bytes());
}

/// Appends `t` with the five XML special characters escaped. They are all
/// ASCII, and no byte of a multi-byte UTF-8 sequence is ASCII, so working on
/// bytes keeps the text valid UTF-8.
fn push_escaped(s: &mut Vec<u8>, t: &str) {
    for &b in t.as_bytes() {
        match b {
            b'&' => s.extend_from_slice(b"&amp;"),
            b'<' => s.extend_from_slice(b"&lt;"),
            b'>' => s.extend_from_slice(b"&gt;"),
            b'"' => s.extend_from_slice(b"&quot;"),
            b'\'' => s.extend_from_slice(b"&apos;"),
            b => s.push(b),
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// rqrr reads the module grid directly (no image) and must get the
    /// payload back, from the smallest symbol to the largest, at both levels.
    #[test]
    fn an_independent_decoder_reads_codes_of_every_size() {
        for len in [0, 1, 14, 15, 100, 997, 998, 2331, 2332, MAX_BYTES] {
            let data: Vec<u8> = (0..len).map(|i| (i * 101 + 7) as u8).collect();
            let code = QrCode::encode(&data).unwrap();
            let grid = rqrr::Grid::new(rqrr::SimpleGrid::from_func(code.size(), |x, y| {
                code.dark(x, y)
            }));
            let (meta, _) = grid.get_raw_data().unwrap();
            assert_eq!(meta.version.0, code.version(), "{len} bytes");
            // Level M (rqrr: 0) up to 2 331 bytes, then L (1).
            assert_eq!(meta.ecc_level, u16::from(len > 2331), "{len} bytes");
            let mut out = Vec::new();
            grid.decode_to(&mut out).unwrap();
            assert_eq!(out, data, "{len} bytes");
        }
        assert_eq!(QrCode::encode(&[0; MAX_BYTES + 1]), Err(QrError::TooLong));
    }
}
