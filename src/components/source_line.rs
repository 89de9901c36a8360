//! "Source: …" under a figure, built from data rows so every number links to
//! where it came from.

use crate::data::Fact;
use crate::text::{strings, Lang};
use yew::prelude::*;

/// Props of [`SourceLine`].
#[derive(Properties, PartialEq)]
pub struct SourceLineProps {
    /// (link text, the row it cites).
    pub items: Vec<(AttrValue, &'static Fact)>,
    /// Language of the prefix.
    pub lang: Lang,
}

/// A line of source links; derived rows are marked and explain themselves on hover.
#[component]
pub fn SourceLine(p: &SourceLineProps) -> Html {
    let t = strings(p.lang);
    let n = p.items.len();
    if n == 0 {
        return Html::default();
    }
    html! {
        <p class="source">
            <span class="source-label">{ t.source }</span>{ " " }
            { for p.items.iter().enumerate().map(|(i, (label, fact))| html! {
                <>
                    <a href={fact.source} rel="noopener noreferrer" target="_blank" title={fact.note}>{ label.clone() }</a>
                    { " (" }{ fact.source_host() }
                    if fact.is_derived() { { ", " }{ t.derived } }
                    { ")" }
                    if i + 1 < n { { "; " } }
                </>
            }) }
        </p>
    }
}
