//! The Chinese text, shipped apart in release builds.
//!
//! An English reader need not download the Chinese text (about 13 KB
//! brotli). After the release build, `tools/split-zh.mjs` sets the bytes of
//! every Chinese character in the wasm's string literals to 0 (lengths and
//! addresses stay) and writes the originals to a patch file named on the
//! page's loader script (`data-zh`). Before the app shows Chinese it fetches
//! the patch and writes those bytes back into linear memory, where the
//! literals live, so every `&'static str` of the Chinese text is whole again.
//! The tool also flips the marker `MARK` to `…:0`; builds it has not touched (tests,
//! debug builds, the offline file) read `…:1` and never fetch.
//!
//! Patch format ("ZHP1"): the magic, then per literal a little-endian `u32`
//! address, a `u32` length and that many bytes.

use std::sync::atomic::{AtomicBool, Ordering};

/// Read at run time (never folded by the compiler, see [`ready`]).
static MARK: [u8; 23] = *b"two-economies:zh-text:1";

/// Set once a patch has been written back.
static RESTORED: AtomicBool = AtomicBool::new(false);

/// Whether the Chinese text is in memory: the build left it there, or a
/// patch restored it.
pub fn ready() -> bool {
    // SAFETY: a read of a byte of a live static; volatile, so the build
    // step's change to the marker is seen.
    let last = unsafe { core::ptr::read_volatile(MARK.as_ptr().add(MARK.len() - 1)) };
    last == b'1' || RESTORED.load(Ordering::Relaxed)
}

/// What is wrong with a patch.
#[derive(Debug, PartialEq, Eq)]
pub enum PatchError {
    /// It does not start with "ZHP1".
    Magic,
    /// An entry runs past the end of the file.
    Truncated,
    /// An entry points outside memory, or memory does not hold the blanked
    /// text it restores (a patch of another build).
    Mismatch,
    /// It could not be fetched.
    Unavailable,
}

impl PatchError {
    /// A short English reason, for the console.
    pub fn reason(&self) -> &'static str {
        match self {
            PatchError::Magic => "not a patch",
            PatchError::Truncated => "truncated patch",
            PatchError::Mismatch => "patch of another build",
            PatchError::Unavailable => "patch not fetched",
        }
    }
}

/// The entries of `patch`: (address, original bytes). Never panics.
pub fn entries(patch: &[u8]) -> Result<Vec<(u32, &[u8])>, PatchError> {
    let rest = patch.strip_prefix(b"ZHP1").ok_or(PatchError::Magic)?;
    let mut out = Vec::new();
    let mut i = 0usize;
    while i < rest.len() {
        let head = rest.get(i..i + 8).ok_or(PatchError::Truncated)?;
        let word = |k: usize| u32::from_le_bytes([head[k], head[k + 1], head[k + 2], head[k + 3]]);
        let (addr, len) = (word(0), word(4) as usize);
        i += 8;
        let end = i.checked_add(len).ok_or(PatchError::Truncated)?;
        out.push((addr, rest.get(i..end).ok_or(PatchError::Truncated)?));
        i = end;
    }
    Ok(out)
}

/// Whether `current` (memory now) is `original` with some bytes blanked to 0:
/// what the build step leaves.
pub fn is_blanked_copy(current: &[u8], original: &[u8]) -> bool {
    current.len() == original.len() && current.iter().zip(original).all(|(c, o)| c == o || *c == 0)
}

#[cfg(target_arch = "wasm32")]
mod web {
    use super::*;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    /// Writes `patch` back into memory, after checking every entry.
    fn apply(patch: &[u8]) -> Result<(), PatchError> {
        let list = entries(patch)?;
        let end = core::arch::wasm32::memory_size(0) * 65536;
        for (addr, bytes) in &list {
            let a = *addr as usize;
            if a == 0 || a.checked_add(bytes.len()).is_none_or(|e| e > end) {
                return Err(PatchError::Mismatch);
            }
            // SAFETY: in bounds of linear memory (checked above); read only.
            let now = unsafe { core::slice::from_raw_parts(a as *const u8, bytes.len()) };
            if !is_blanked_copy(now, bytes) {
                return Err(PatchError::Mismatch);
            }
        }
        for (addr, bytes) in list {
            for (k, b) in bytes.iter().enumerate() {
                // SAFETY: checked above: these bytes are the blanked Chinese
                // characters of string literals (or already equal to `b`).
                // Volatile, so the writes are not reasoned about as writes
                // to constant data.
                unsafe { core::ptr::write_volatile((addr as usize + k) as *mut u8, *b) };
            }
        }
        RESTORED.store(true, Ordering::Relaxed);
        Ok(())
    }

    async fn fetch(url: &str) -> Option<Vec<u8>> {
        let resp = JsFuture::from(gloo::utils::window().fetch_with_str(url))
            .await
            .ok()?
            .dyn_into::<web_sys::Response>()
            .ok()?;
        if !resp.ok() {
            return None;
        }
        let buf = JsFuture::from(resp.array_buffer().ok()?).await.ok()?;
        Some(js_sys::Uint8Array::new(&buf).to_vec())
    }

    /// Makes the Chinese text ready: fetches and applies the patch named by
    /// the loader script's `data-zh`, once. `Ok` at once if [`ready`].
    pub async fn load() -> Result<(), PatchError> {
        if ready() {
            return Ok(());
        }
        let url = gloo::utils::document()
            .query_selector("script[data-zh]")
            .ok()
            .flatten()
            .and_then(|s| s.get_attribute("data-zh"))
            .ok_or(PatchError::Unavailable)?;
        let bytes = fetch(&url).await.ok_or(PatchError::Unavailable)?;
        apply(&bytes)
    }
}

#[cfg(target_arch = "wasm32")]
pub use web::load;

#[cfg(test)]
mod tests {
    use super::*;

    fn patch(list: &[(u32, &[u8])]) -> Vec<u8> {
        let mut p = b"ZHP1".to_vec();
        for (a, b) in list {
            p.extend(a.to_le_bytes());
            p.extend((b.len() as u32).to_le_bytes());
            p.extend(*b);
        }
        p
    }

    #[test]
    fn a_patch_reads_back() {
        let p = patch(&[(100, "中文".as_bytes()), (7, b"")]);
        assert_eq!(
            entries(&p).unwrap(),
            vec![(100, "中文".as_bytes()), (7, &b""[..])]
        );
        assert_eq!(entries(b"ZHP1").unwrap(), vec![]);
    }

    #[test]
    fn a_bad_patch_is_refused() {
        assert_eq!(entries(b""), Err(PatchError::Magic));
        assert_eq!(entries(b"ZHP2"), Err(PatchError::Magic));
        let p = patch(&[(100, b"abcd")]);
        for cut in 5..p.len() {
            assert_eq!(
                entries(&p[..cut]),
                Err(PatchError::Truncated),
                "cut at {cut}"
            );
        }
        // A length near u32::MAX: refused, no overflow, no huge allocation.
        let mut p = b"ZHP1".to_vec();
        p.extend(1u32.to_le_bytes());
        p.extend(u32::MAX.to_le_bytes());
        assert_eq!(entries(&p), Err(PatchError::Truncated));
    }

    #[test]
    fn only_a_blanked_copy_is_restored() {
        let zh = "中文 A".as_bytes();
        let mut blank = zh.to_vec();
        blank[..6].fill(0);
        assert!(is_blanked_copy(&blank, zh));
        assert!(is_blanked_copy(zh, zh), "already restored");
        assert!(!is_blanked_copy(b"xxxxxxxx", zh), "another build's memory");
        assert!(!is_blanked_copy(&blank[..5], zh));
    }

    #[test]
    fn the_marker_says_the_text_is_in_place() {
        // Native and test builds are never split.
        assert!(ready());
        assert_eq!(&MARK[..22], b"two-economies:zh-text:");
    }
}
