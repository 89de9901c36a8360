//! Presenter mode, the pure part: which key does what, which chapter comes
//! next, the `present` flag in the query string, and the URL (and QR code)
//! students' phones open. No web imports: tested natively. The Yew side is
//! `components/presenter.rs`.
//!
//! Keys (only while nothing that needs them has focus, see [`Focus`]):
//! `P` enters (and leaves) presenter mode, `Esc` leaves it;
//! `→ ↓ PageDown Space` go to the next chapter, `← ↑ PageUp Shift+Space` to
//! the previous one, `Home`/`End` to the first/last.

use crate::qr::{QrCode, QrError};

/// The query key that turns presenter mode on (`?present=1`).
pub const KEY: &str = "present";

/// What a key (or a button) asks presenter mode to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Nav {
    /// Enter presenter mode (no-op when presenting).
    Enter,
    /// Leave presenter mode.
    Leave,
    /// Enter, or leave when presenting (the `P` key).
    Toggle,
    /// Next chapter.
    Next,
    /// Previous chapter.
    Prev,
    /// First chapter.
    First,
    /// Last chapter.
    Last,
    /// The chapter at this index (a `#chapter` link followed while
    /// presenting); ignored when not presenting.
    To(usize),
    /// Enlarge the QR code, or shrink it back.
    Qr,
}

/// What presenter mode shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct View {
    /// Index of the chapter shown; `None` when not presenting.
    pub chapter: Option<usize>,
    /// The QR code is enlarged over the page (for the back of the room).
    pub qr_big: bool,
}

impl View {
    /// The view after `nav` (see [`apply`] for the chapter). The enlarged QR
    /// code is a modal view: `Esc` shrinks it first (and does not leave),
    /// any other step shrinks it too.
    pub fn after(self, nav: Nav, len: usize, entry: usize) -> View {
        match nav {
            Nav::Qr => View {
                qr_big: self.chapter.is_some() && !self.qr_big,
                ..self
            },
            Nav::Leave if self.qr_big => View {
                qr_big: false,
                ..self
            },
            _ => View {
                chapter: apply(self.chapter, nav, len, entry),
                qr_big: false,
            },
        }
    }
}

/// What has keyboard focus, as far as presenter keys care.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    /// The page itself or an element that ignores these keys (body, text,
    /// a section): every presenter key works.
    Page,
    /// A button, link or `<summary>`: Space and Enter are theirs, the arrows
    /// and paging keys still change chapter.
    Activatable,
    /// A control that uses arrows itself: a range input, a checkbox or radio,
    /// an ARIA slider (the numbers in the prose), a chart with read-outs.
    /// Only `Esc` is taken.
    Control,
    /// A text field (`<input type=text>`, `<textarea>`, `<select>`,
    /// contenteditable): every key is the field's.
    TextField,
}

/// Classifies the focused element from its tag name (any case), its `type`
/// attribute (inputs), its `role` attribute, whether it is contenteditable
/// and whether it has a `tabindex` (a focusable canvas reads out values with
/// the arrows).
pub fn focus_kind(
    tag: &str,
    input_type: &str,
    role: &str,
    editable: bool,
    tabindex: bool,
) -> Focus {
    let is = |s: &str, names: &[&str]| names.iter().any(|n| s.trim().eq_ignore_ascii_case(n));
    if editable
        || is(tag, &["textarea", "select"])
        || is(
            role,
            &["textbox", "searchbox", "combobox", "listbox", "spinbutton"],
        )
    {
        Focus::TextField
    } else if is(
        role,
        &[
            "slider",
            "radiogroup",
            "radio",
            "tablist",
            "tab",
            "menu",
            "menubar",
            "grid",
        ],
    ) || is(tag, &["input"])
        && is(input_type, &["range", "checkbox", "radio", "color", "file"])
        || is(tag, &["canvas", "video", "audio"]) && tabindex
    {
        Focus::Control
    } else if is(tag, &["input"]) && !is(input_type, &["button", "submit", "reset", "image"]) {
        // text, number, search, email, date, … and unknown types.
        Focus::TextField
    } else if is(tag, &["button", "a", "summary", "input"]) || is(role, &["button", "link"]) {
        Focus::Activatable
    } else {
        Focus::Page
    }
}

/// The presenter action for a key press, or `None` to leave the key to the
/// page. `key` is `KeyboardEvent.key`; `shift` its Shift state; `other_mods`
/// whether Ctrl, Alt or Meta is held (browser shortcuts are never taken).
pub fn key_nav(
    key: &str,
    shift: bool,
    other_mods: bool,
    focus: Focus,
    presenting: bool,
) -> Option<Nav> {
    if other_mods || focus == Focus::TextField {
        return None;
    }
    if matches!(key, "Escape" | "Esc") {
        return presenting.then_some(Nav::Leave);
    }
    if focus == Focus::Control {
        return None;
    }
    if matches!(key, "p" | "P") {
        return Some(Nav::Toggle);
    }
    if !presenting {
        return None;
    }
    match key {
        "ArrowRight" | "ArrowDown" | "PageDown" | "Right" | "Down" => Some(Nav::Next),
        "ArrowLeft" | "ArrowUp" | "PageUp" | "Left" | "Up" => Some(Nav::Prev),
        "Home" => Some(Nav::First),
        "End" => Some(Nav::Last),
        " " | "Spacebar" if focus == Focus::Page => Some(if shift { Nav::Prev } else { Nav::Next }),
        _ => None,
    }
}

/// Presenter state after `nav`: `None` when not presenting, else the index
/// of the chapter shown, always `< len`. `entry` is the chapter to start at
/// when entering. With no chapters (`len == 0`) there is nothing to present.
pub fn apply(current: Option<usize>, nav: Nav, len: usize, entry: usize) -> Option<usize> {
    if len == 0 {
        return None;
    }
    let last = len - 1;
    match (current, nav) {
        (None, Nav::Enter | Nav::Toggle) => Some(entry.min(last)),
        (None, _) => None,
        (Some(_), Nav::Leave | Nav::Toggle) => None,
        (Some(i), Nav::Enter) => Some(i.min(last)),
        (Some(i), Nav::Next) => Some(i.saturating_add(1).min(last)),
        (Some(i), Nav::Prev) => Some(i.min(last).saturating_sub(1)),
        (Some(_), Nav::First) => Some(0),
        (Some(_), Nav::Last) => Some(last),
        (Some(_), Nav::To(j)) => Some(j.min(last)),
        (Some(i), Nav::Qr) => Some(i.min(last)),
    }
}

/// Whether a query string (with or without the leading `?`) turns presenter
/// mode on: a `present` key whose value is `1` or `true` (the last one wins).
pub fn is_on(query: &str) -> bool {
    let mut on = false;
    for pair in query.trim_start_matches('?').split('&') {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        if k == KEY {
            on = v == "1" || v.eq_ignore_ascii_case("true");
        }
    }
    on
}

/// `query` (with or without the leading `?`, returned without it) with every
/// `present` pair removed, then `present=1` appended when `on`. Other pairs
/// keep their order and bytes; empty pairs (`a=1&&b=2`) are dropped.
pub fn set_flag(query: &str, on: bool) -> String {
    let mut out = String::with_capacity(query.len() + 10);
    let kept = query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty() && p.split('=').next() != Some(KEY));
    for pair in kept.chain(on.then_some("present=1")) {
        if !out.is_empty() {
            out.push('&');
        }
        out.push_str(pair);
    }
    out
}

/// The URL students' phones should open: `href` (the page's full URL) with
/// the `present` pairs removed from its query, everything else (origin,
/// path, other keys, `#chapter`) unchanged; `?` dropped when nothing is left
/// of the query. A `?` inside the fragment is not a query.
pub fn student_url(href: &str) -> String {
    let (before_hash, hash) = match href.find('#') {
        Some(i) => href.split_at(i),
        None => (href, ""),
    };
    let (base, query) = match before_hash.find('?') {
        Some(i) => (&before_hash[..i], &before_hash[i + 1..]),
        None => return href.to_string(),
    };
    let query = set_flag(query, false);
    let sep = if query.is_empty() { "" } else { "?" };
    format!("{base}{sep}{query}{hash}")
}

/// The QR code of `url` as a standalone SVG document (black on white, 4
/// modules of quiet zone, `title` as its accessible name; it scales to its
/// box). Only `title` reaches the markup as text, XML-escaped by
/// [`QrCode::to_svg`]; the URL only decides which modules are dark, so
/// nothing in it can inject markup.
///
/// # Errors
/// [`QrError::TooLong`] when the URL does not fit a QR code.
pub fn qr_svg(url: &str, title: &str) -> Result<String, QrError> {
    Ok(QrCode::encode(url.as_bytes())?.to_svg(4, "#000", "#fff", title))
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL_FOCUS: [Focus; 4] = [
        Focus::Page,
        Focus::Activatable,
        Focus::Control,
        Focus::TextField,
    ];

    #[test]
    fn chapter_keys_while_presenting() {
        let k = |key| key_nav(key, false, false, Focus::Page, true);
        for key in ["ArrowRight", "ArrowDown", "PageDown", " "] {
            assert_eq!(k(key), Some(Nav::Next), "{key}");
        }
        for key in ["ArrowLeft", "ArrowUp", "PageUp"] {
            assert_eq!(k(key), Some(Nav::Prev), "{key}");
        }
        assert_eq!(
            key_nav(" ", true, false, Focus::Page, true),
            Some(Nav::Prev)
        );
        assert_eq!(k("Home"), Some(Nav::First));
        assert_eq!(k("End"), Some(Nav::Last));
        assert_eq!(k("Escape"), Some(Nav::Leave));
        assert_eq!(k("p"), Some(Nav::Toggle));
        assert_eq!(k("a"), None);
        assert_eq!(k("Enter"), None);
        assert_eq!(k("Tab"), None);
    }

    #[test]
    fn the_normal_page_keeps_its_keys_except_p() {
        for f in [Focus::Page, Focus::Activatable] {
            for key in ["ArrowRight", "PageDown", " ", "Home", "End", "Escape"] {
                assert_eq!(key_nav(key, false, false, f, false), None, "{key}");
            }
            assert_eq!(key_nav("p", false, false, f, false), Some(Nav::Toggle));
            assert_eq!(key_nav("P", true, false, f, false), Some(Nav::Toggle));
        }
    }

    #[test]
    fn keys_that_focused_controls_need_are_never_taken() {
        for key in [
            "ArrowRight",
            "ArrowLeft",
            "ArrowUp",
            "ArrowDown",
            "PageUp",
            "PageDown",
            "Home",
            "End",
            " ",
            "p",
        ] {
            for presenting in [false, true] {
                assert_eq!(
                    key_nav(key, false, false, Focus::Control, presenting),
                    None,
                    "{key}"
                );
                assert_eq!(
                    key_nav(key, false, false, Focus::TextField, presenting),
                    None,
                    "{key}"
                );
            }
        }
        // Space activates a focused button; arrows still change chapter.
        assert_eq!(key_nav(" ", false, false, Focus::Activatable, true), None);
        assert_eq!(
            key_nav("ArrowRight", false, false, Focus::Activatable, true),
            Some(Nav::Next)
        );
        // A slider does not use Esc: it still leaves presenter mode.
        assert_eq!(
            key_nav("Escape", false, false, Focus::Control, true),
            Some(Nav::Leave)
        );
        assert_eq!(
            key_nav("Escape", false, false, Focus::TextField, true),
            None
        );
    }

    #[test]
    fn browser_shortcuts_are_never_taken() {
        for f in ALL_FOCUS {
            for key in ["p", "ArrowRight", "Home", " ", "Escape"] {
                for presenting in [false, true] {
                    assert_eq!(key_nav(key, false, true, f, presenting), None);
                }
            }
        }
    }

    #[test]
    fn focus_classification() {
        assert_eq!(focus_kind("BODY", "", "", false, false), Focus::Page);
        assert_eq!(focus_kind("section", "", "", false, true), Focus::Page);
        assert_eq!(
            focus_kind("INPUT", "range", "", false, false),
            Focus::Control
        );
        assert_eq!(
            focus_kind("input", "checkbox", "", false, false),
            Focus::Control
        );
        assert_eq!(focus_kind("input", "", "", false, false), Focus::TextField);
        assert_eq!(
            focus_kind("input", "Number", "", false, false),
            Focus::TextField
        );
        assert_eq!(
            focus_kind("input", "submit", "", false, false),
            Focus::Activatable
        );
        assert_eq!(
            focus_kind("TEXTAREA", "", "", false, false),
            Focus::TextField
        );
        assert_eq!(focus_kind("select", "", "", false, false), Focus::TextField);
        assert_eq!(focus_kind("div", "", "", true, false), Focus::TextField);
        assert_eq!(
            focus_kind("SPAN", "", "slider", false, true),
            Focus::Control
        );
        assert_eq!(
            focus_kind("span", "", " Slider ", false, true),
            Focus::Control
        );
        assert_eq!(focus_kind("canvas", "", "img", false, true), Focus::Control);
        assert_eq!(focus_kind("canvas", "", "img", false, false), Focus::Page);
        assert_eq!(
            focus_kind("BUTTON", "", "", false, false),
            Focus::Activatable
        );
        assert_eq!(focus_kind("a", "", "", false, false), Focus::Activatable);
        assert_eq!(
            focus_kind("summary", "", "", false, false),
            Focus::Activatable
        );
        assert_eq!(
            focus_kind("div", "", "button", false, true),
            Focus::Activatable
        );
    }

    #[test]
    fn chapter_steps_stay_in_range() {
        assert_eq!(apply(Some(0), Nav::Next, 10, 0), Some(1));
        assert_eq!(apply(Some(9), Nav::Next, 10, 0), Some(9));
        assert_eq!(apply(Some(0), Nav::Prev, 10, 0), Some(0));
        assert_eq!(apply(Some(5), Nav::Prev, 10, 0), Some(4));
        assert_eq!(apply(Some(5), Nav::First, 10, 0), Some(0));
        assert_eq!(apply(Some(5), Nav::Last, 10, 0), Some(9));
        // A stale index beyond the end is pulled back in.
        assert_eq!(apply(Some(42), Nav::Prev, 10, 0), Some(8));
        assert_eq!(apply(Some(42), Nav::Enter, 10, 0), Some(9));
        assert_eq!(apply(Some(usize::MAX), Nav::Next, 10, 0), Some(9));
        assert_eq!(apply(Some(2), Nav::To(7), 10, 0), Some(7));
        assert_eq!(apply(Some(2), Nav::To(70), 10, 0), Some(9));
        assert_eq!(apply(None, Nav::To(7), 10, 0), None);
    }

    #[test]
    fn entering_and_leaving() {
        assert_eq!(apply(None, Nav::Enter, 10, 3), Some(3));
        assert_eq!(apply(None, Nav::Toggle, 10, 3), Some(3));
        assert_eq!(apply(None, Nav::Toggle, 10, 99), Some(9));
        assert_eq!(apply(Some(4), Nav::Toggle, 10, 0), None);
        assert_eq!(apply(Some(4), Nav::Leave, 10, 0), None);
        assert_eq!(apply(Some(4), Nav::Enter, 10, 0), Some(4));
        for nav in [Nav::Next, Nav::Prev, Nav::First, Nav::Last, Nav::Leave] {
            assert_eq!(apply(None, nav, 10, 0), None, "{nav:?}");
        }
        for nav in [Nav::Enter, Nav::Toggle, Nav::Next] {
            assert_eq!(apply(Some(0), nav, 0, 0), None, "{nav:?} with no chapters");
            assert_eq!(apply(None, nav, 0, 0), None, "{nav:?} with no chapters");
        }
    }

    #[test]
    fn the_enlarged_qr_code_is_modal() {
        let v = |chapter, qr_big| View { chapter, qr_big };
        assert_eq!(v(Some(2), false).after(Nav::Qr, 10, 0), v(Some(2), true));
        assert_eq!(v(Some(2), true).after(Nav::Qr, 10, 0), v(Some(2), false));
        // Esc shrinks the code first, then leaves.
        assert_eq!(v(Some(2), true).after(Nav::Leave, 10, 0), v(Some(2), false));
        assert_eq!(v(Some(2), false).after(Nav::Leave, 10, 0), v(None, false));
        assert_eq!(v(Some(2), true).after(Nav::Next, 10, 0), v(Some(3), false));
        assert_eq!(v(Some(2), true).after(Nav::Toggle, 10, 0), v(None, false));
        // Not presenting: nothing to enlarge.
        assert_eq!(v(None, false).after(Nav::Qr, 10, 0), v(None, false));
        assert_eq!(View::default().after(Nav::Enter, 10, 4), v(Some(4), false));
        assert_eq!(apply(Some(3), Nav::Qr, 10, 0), Some(3));
        assert_eq!(apply(None, Nav::Qr, 10, 0), None);
    }

    #[test]
    fn the_flag_in_the_query() {
        assert!(is_on("?present=1"));
        assert!(is_on("g=0.3&present=1&lang=zh"));
        assert!(is_on("?present=true"));
        assert!(!is_on(""));
        assert!(!is_on("?present=0"));
        assert!(!is_on("?present"));
        assert!(!is_on("?presenter=1"));
        assert!(!is_on("?xpresent=1"));
        assert!(!is_on("?present=1&present=0"));
        assert_eq!(set_flag("?g=0.3&lang=zh", true), "g=0.3&lang=zh&present=1");
        assert_eq!(set_flag("", true), "present=1");
        assert_eq!(set_flag("present=1", true), "present=1");
        assert_eq!(set_flag("present=1&g=0.3&present=0", false), "g=0.3");
        assert_eq!(set_flag("?present&g=0.3", false), "g=0.3");
        assert_eq!(set_flag("a=1&&presents=2", false), "a=1&presents=2");
        assert_eq!(set_flag("", false), "");
    }

    #[test]
    fn students_get_the_same_url_without_present() {
        let s = student_url;
        assert_eq!(
            s("https://x.org/te/?g=0.3&present=1&lang=zh#valuation"),
            "https://x.org/te/?g=0.3&lang=zh#valuation"
        );
        assert_eq!(
            s("http://127.0.0.1:8080/?present=1#split"),
            "http://127.0.0.1:8080/#split"
        );
        assert_eq!(s("http://h/?present=1"), "http://h/");
        assert_eq!(
            s("http://h/index.html?present=true&g=1"),
            "http://h/index.html?g=1"
        );
        assert_eq!(s("http://h/"), "http://h/");
        assert_eq!(s("http://h/#a?present=1"), "http://h/#a?present=1");
        assert_eq!(s("http://h/?g=1#x?present=1"), "http://h/?g=1#x?present=1");
        assert_eq!(s("http://h/?"), "http://h/");
        assert_eq!(s(""), "");
        // Percent-encoded and odd bytes pass through untouched.
        assert_eq!(
            s("http://h/?zz=%3Cimg%3E&present=1&q=a\"b"),
            "http://h/?zz=%3Cimg%3E&q=a\"b"
        );
    }

    #[test]
    fn student_url_never_panics_and_never_keeps_the_flag() {
        let parts = ["?", "#", "&", "=", "present", "1", "é", "中", "%", "a", ""];
        let mut n = 0u64;
        for a in parts {
            for b in parts {
                for c in parts {
                    for d in parts {
                        let href = format!("http://h/{a}{b}{c}{d}");
                        let out = student_url(&href);
                        let query = out
                            .split('#')
                            .next()
                            .and_then(|u| u.split_once('?'))
                            .map_or("", |(_, q)| q);
                        assert!(!is_on(query), "{href} -> {out}");
                        assert!(!query.split('&').any(|p| p.split('=').next() == Some(KEY)));
                        n += 1;
                    }
                }
            }
        }
        assert_eq!(n, 11u64.pow(4));
    }

    #[test]
    fn the_qr_svg_carries_no_markup_from_the_url() {
        let hostile = "http://h/?zz=\"><script>alert(1)</script><svg onload=alert(1)>&present=1";
        let svg = qr_svg(&student_url(hostile), "QR <code> & \"link\"").unwrap();
        assert!(svg.starts_with("<svg "));
        assert!(svg.ends_with("</svg>"));
        // <svg, <title>, </title>, <rect, <path, </svg>: and nothing else.
        assert_eq!(svg.matches('<').count(), 6, "{svg}");
        assert!(!svg.contains("script") && !svg.contains("onload"));
        assert!(svg.contains("<title>QR &lt;code&gt; &amp; &quot;link&quot;</title>"));
    }

    #[test]
    fn a_url_too_long_for_a_qr_code_is_an_error_not_a_panic() {
        let long = format!("http://h/?g={}", "9".repeat(crate::qr::MAX_BYTES));
        assert_eq!(qr_svg(&long, "t"), Err(QrError::TooLong));
        assert!(qr_svg(&"x".repeat(crate::qr::MAX_BYTES), "t").is_ok());
    }
}
