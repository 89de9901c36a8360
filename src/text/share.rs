//! Words of the Share buttons.

use super::Lang;

/// Share labels in one language.
pub struct ShareText {
    /// The button.
    pub button: &'static str,
    /// Its accessible description in the header.
    pub story_aria: &'static str,
    /// Its accessible description under a figure.
    pub figure_aria: &'static str,
    /// Announced after the link was copied.
    pub copied: &'static str,
    /// Shown when the clipboard was refused, above the selected link.
    pub copy_manually: &'static str,
    /// Label of the field holding the link.
    pub field: &'static str,
    /// Start of the one-line summary.
    pub summary_intro: &'static str,
    /// The summary of a scenario at the defaults.
    pub defaults: &'static str,
    /// Between two changed assumptions.
    pub separator: &'static str,
    /// After three changed assumptions: how many more.
    pub more: fn(usize) -> String,
    /// When scenario A is kept.
    pub with_a: &'static str,
    /// End of the summary.
    pub end: &'static str,
}

/// Share labels in `lang`.
pub fn share_text(lang: Lang) -> &'static ShareText {
    match lang {
        Lang::En => &EN,
        Lang::Zh => &ZH,
    }
}

static EN: ShareText = ShareText {
    button: "Share",
    story_aria: "Share a link to the whole story with your assumptions",
    figure_aria: "Share a link to this chapter with your assumptions",
    copied: "Link copied.",
    copy_manually:
        "The browser blocked copying: the link below is selected, press Ctrl+C (⌘C on a Mac).",
    field: "Link to this scenario",
    summary_intro: "China's tech boom and its slow economy, my scenario: ",
    defaults: "the explainer's default assumptions",
    separator: "; ",
    more: |n| format!(" and {n} more"),
    with_a: ", compared with a kept scenario A",
    end: ".",
};

static ZH: ShareText = ShareText {
    button: "分享",
    story_aria: "分享带有你的假设的整篇文章链接",
    figure_aria: "分享带有你的假设的本章链接",
    copied: "链接已复制。",
    copy_manually: "浏览器阻止了复制：下方链接已选中，请按 Ctrl+C（Mac 上按 ⌘C）。",
    field: "此情景的链接",
    summary_intro: "中国科技热潮与放缓的经济，我的情景：",
    defaults: "本书的默认假设",
    separator: "；",
    more: |n| format!("等，另有{n}项"),
    with_a: "，并与保留的情景A对比",
    end: "。",
};
