//! "Source: …" under a figure, built from data rows so every number links to
//! where it came from.

use crate::data::Fact;
use crate::text::{strings, Lang};
use yew::prelude::*;

/// A line of source links; derived rows are marked and explain themselves on
/// hover: (link text, the row it cites). A plain function (cheaper to ship
/// than a component).
pub fn source_line(items: &[(AttrValue, &'static Fact)], lang: Lang) -> Html {
    let t = strings(lang);
    let n = items.len();
    if n == 0 {
        return Html::default();
    }
    html! {
        <p class="source">
            <span class="source-label">{ t.source }</span>{ " " }
            { for items.iter().enumerate().map(|(i, (label, fact))| html! {
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
