//! How the page is shown, as opposed to what it shows: the URL keys `embed`,
//! `controls` and `theme` (and `present`, kept in the URL for presenter
//! mode), the links between an embed and the full page, and the `<iframe>`
//! code a blogger pastes. Pure: no browser APIs, tested natively.

use crate::story::{figure_chapter, FIGURES};
use crate::text::Lang;

/// Query keys that are not assumptions: the app handles them itself.
pub const NOT_ASSUMPTIONS: [&str; 6] = ["lang", "embed", "controls", "theme", "present", "a"];

/// Keys about how the page is shown; whenever the app writes its state to
/// the URL it keeps these as they were found.
pub const DISPLAY_KEYS: [&str; 4] = ["embed", "controls", "theme", "present"];

/// Height in CSS pixels of an embedded figure's `<iframe>` before
/// `embed.js` sizes it to its content (or for good, without the script).
pub const FIGURE_HEIGHT: u32 = 560;

/// Height of the whole story's `<iframe>` before `embed.js` sizes it.
pub const STORY_HEIGHT: u32 = 800;

/// What the page shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    /// The whole explainer with its header, contents and footer.
    #[default]
    Page,
    /// `?embed=story`: every chapter, without the site's header, contents
    /// and footer.
    Story,
    /// `?embed=FIGURE`: one figure (an ID of [`FIGURES`]) with its controls
    /// and sources.
    Figure(&'static str),
}

/// Colour theme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follows the reader's system (`prefers-color-scheme`).
    #[default]
    Auto,
    /// Light, whatever the system prefers.
    Light,
    /// Dark, whatever the system prefers.
    Dark,
}

impl Theme {
    /// The value of `<html data-theme>` that the CSS honours; `None` lets
    /// `prefers-color-scheme` decide.
    pub const fn attr(self) -> Option<&'static str> {
        match self {
            Theme::Auto => None,
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
        }
    }

    /// Whether to use dark colours, given what the system prefers.
    pub const fn is_dark(self, system_prefers_dark: bool) -> bool {
        match self {
            Theme::Auto => system_prefers_dark,
            Theme::Light => false,
            Theme::Dark => true,
        }
    }
}

/// How the page is shown, from the URL.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Display {
    /// The whole page, the story alone, or one figure.
    pub view: View,
    /// `controls=0`: sliders, buttons and numbers in the prose cannot be
    /// changed; the charts still show the values.
    pub locked: bool,
    /// Forced or automatic colour theme.
    pub theme: Theme,
}

impl Display {
    /// Reads an untrusted query string (with or without `?`): `embed=story`
    /// or `embed=` a figure ID; `controls=0` (locked) or `controls=1`;
    /// `theme=light`, `dark` or `auto`. Any other value of these keys is
    /// skipped and returned (each pair cut to 40 characters) so the app can
    /// note it quietly; a repeated key keeps its last valid value; other
    /// keys are left alone. Never panics.
    pub fn from_query(query: &str) -> (Display, Vec<String>) {
        let mut d = Display::default();
        let mut ignored = Vec::new();
        for (pair, key, value) in pairs(query) {
            match (key, value) {
                ("embed", "story") => d.view = View::Story,
                ("embed", v) => match FIGURES.iter().find(|(_, f)| *f == v) {
                    Some((_, f)) => d.view = View::Figure(f),
                    None => ignored.push(pair.chars().take(40).collect()),
                },
                ("controls", "0") => d.locked = true,
                ("controls", "1") => d.locked = false,
                ("theme", "auto") => d.theme = Theme::Auto,
                ("theme", "light") => d.theme = Theme::Light,
                ("theme", "dark") => d.theme = Theme::Dark,
                ("controls" | "theme", _) => ignored.push(pair.chars().take(40).collect()),
                _ => {}
            }
        }
        (d, ignored)
    }

    /// Shown inside another page: no site header, contents or footer.
    pub fn embedded(&self) -> bool {
        self.view != View::Page
    }
}

/// `(pair, key, value)` for each non-empty `key=value` of `query`.
fn pairs(query: &str) -> impl Iterator<Item = (&str, &str, &str)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (p, k, v)
        })
}

/// The pairs of `query` whose key is one of `keys`, as found (still
/// percent-encoded), in order, joined with `&`.
pub fn pairs_with_keys(query: &str, keys: &[&str]) -> String {
    pairs(query)
        .filter(|(_, k, _)| keys.contains(k))
        .map(|(p, _, _)| p)
        .collect::<Vec<_>>()
        .join("&")
}

/// The query (without `?`) of a link to this explainer: `first` (such as
/// `embed=valuation-pe`, or empty), the assumptions `state` (as written by
/// `Assumptions::to_query`), the pairs of the current `query` whose key is
/// in `keep`, and the language, always spelled out so the link opens in the
/// language it was made in.
pub fn link_query(first: &str, state: &str, query: &str, keep: &[&str], lang: Lang) -> String {
    let kept = pairs_with_keys(query, keep);
    let lang = format!("lang={}", lang.url_value());
    [first, state, &kept, &lang]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("&")
}

/// From an embed, the full explainer in the same state: the same `path`,
/// the assumptions, `present` if set, the language, and `#chapter` of the
/// figure shown (no fragment for the whole story).
pub fn full_page_href(path: &str, state: &str, query: &str, lang: Lang, view: View) -> String {
    let q = link_query("", state, query, &["present"], lang);
    let chapter = match view {
        View::Figure(f) => figure_chapter(f),
        _ => None,
    };
    match chapter {
        Some(c) => format!("{path}?{q}#{c}"),
        None => format!("{path}?{q}"),
    }
}

/// The code a blogger pastes: an `<iframe>` of `page?query` marked for
/// `embed.js`, at a fixed `height` until the script sizes it to its content,
/// then the script from the folder of `page` (an absolute URL such as
/// `https://example.org/two-economies/`). Values are escaped for HTML.
pub fn snippet(page: &str, query: &str, title: &str, height: u32) -> String {
    let folder = &page[..page.rfind('/').map_or(0, |i| i + 1)];
    format!(
        r#"<iframe src="{}" data-two-economies width="100%" height="{height}" style="border:0" loading="lazy" title="{}"></iframe><script src="{}embed.js" async></script>"#,
        escape_attr(&format!("{page}?{query}")),
        escape_attr(title),
        escape_attr(folder),
    )
}

/// `text` safe inside a double-quoted HTML attribute.
pub fn escape_attr(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn display(q: &str) -> Display {
        Display::from_query(q).0
    }

    #[test]
    fn defaults_without_keys() {
        assert_eq!(display(""), Display::default());
        assert_eq!(display("?g=0.3&lang=zh"), Display::default());
        assert!(!display("").embedded());
        assert!(Display::from_query("?g=0.3&lang=zh&present=1").1.is_empty());
    }

    #[test]
    fn reads_every_figure_and_the_story() {
        for (_, f) in FIGURES {
            let d = display(&format!("?embed={f}"));
            assert_eq!(d.view, View::Figure(f));
            assert!(d.embedded());
        }
        assert_eq!(display("embed=story").view, View::Story);
    }

    #[test]
    fn controls_and_theme() {
        let d = display("?embed=valuation-pe&controls=0&theme=dark");
        assert_eq!(
            d,
            Display {
                view: View::Figure("valuation-pe"),
                locked: true,
                theme: Theme::Dark
            }
        );
        assert!(!display("controls=1").locked);
        assert_eq!(display("theme=light").theme, Theme::Light);
        assert_eq!(display("theme=auto").theme, Theme::Auto);
        assert_eq!(Theme::Dark.attr(), Some("dark"));
        assert_eq!(Theme::Auto.attr(), None);
        assert!(Theme::Auto.is_dark(true) && !Theme::Auto.is_dark(false));
        assert!(Theme::Dark.is_dark(false) && !Theme::Light.is_dark(true));
    }

    #[test]
    fn unknown_values_give_the_normal_page_and_are_reported() {
        let (d, ignored) =
            Display::from_query("?embed=nope&controls=no&theme=purple&embed=&g=0.2&embed");
        assert_eq!(d, Display::default());
        assert_eq!(
            ignored,
            [
                "embed=nope",
                "controls=no",
                "theme=purple",
                "embed=",
                "embed"
            ]
        );
        // Exact IDs only: case and encodings are not guessed at.
        assert_eq!(display("embed=Valuation-PE").view, View::Page);
        assert_eq!(display("embed=valuation%2Dpe").view, View::Page);
        // Long junk is cut for the console.
        let long = format!("embed={}", "x".repeat(500));
        assert_eq!(Display::from_query(&long).1[0].chars().count(), 40);
    }

    #[test]
    fn the_last_valid_value_wins() {
        let d = display(
            "embed=story&embed=gap-upside&embed=bad&theme=dark&theme=light&controls=0&controls=x",
        );
        assert_eq!(d.view, View::Figure("gap-upside"));
        assert_eq!(d.theme, Theme::Light);
        assert!(d.locked);
    }

    #[test]
    fn kept_pairs_are_copied_as_found() {
        let q = "?embed=valuation-pe&g=0.3&controls=0&theme=dark&present=1&lang=zh";
        assert_eq!(
            pairs_with_keys(q, &DISPLAY_KEYS),
            "embed=valuation-pe&controls=0&theme=dark&present=1"
        );
        assert_eq!(pairs_with_keys(q, &["present"]), "present=1");
        assert_eq!(pairs_with_keys("", &DISPLAY_KEYS), "");
    }

    #[test]
    fn the_full_explainer_link_keeps_the_state_but_not_the_embedding() {
        let q = "?embed=valuation-pe&g=0.3&controls=0&theme=dark&present=1";
        assert_eq!(
            full_page_href("/te/", "g=0.3", q, Lang::Zh, View::Figure("valuation-pe")),
            "/te/?g=0.3&present=1&lang=zh#valuation"
        );
        assert_eq!(
            full_page_href("/", "", "?embed=story", Lang::En, View::Story),
            "/?lang=en"
        );
        assert_eq!(
            full_page_href("/", "", "", Lang::En, View::Figure("futures-gdp")),
            "/?lang=en#futures"
        );
    }

    #[test]
    fn the_embed_code() {
        let q = link_query(
            "embed=gap-upside",
            "gt=0.5",
            "?gt=0.5&theme=dark&present=1&zz=1",
            &["controls", "theme"],
            Lang::En,
        );
        assert_eq!(q, "embed=gap-upside&gt=0.5&theme=dark&lang=en");
        assert_eq!(
            snippet("https://example.org/two-economies/", &q, "Gap \"A\" & <b>", FIGURE_HEIGHT),
            "<iframe src=\"https://example.org/two-economies/?embed=gap-upside&amp;gt=0.5&amp;theme=dark&amp;lang=en\" \
             data-two-economies width=\"100%\" height=\"560\" style=\"border:0\" loading=\"lazy\" \
             title=\"Gap &quot;A&quot; &amp; &lt;b&gt;\"></iframe>\
             <script src=\"https://example.org/two-economies/embed.js\" async></script>"
        );
        // The script sits beside index.html, wherever the page is.
        assert!(snippet("https://x.org/a/index.html", "", "t", 1)
            .contains("src=\"https://x.org/a/embed.js\""));
    }
}
