//! Renders a chapter's prose blocks, resolving live numbers and placing figures.

use crate::story::{self, Block, Figure, Inline, Live};
use crate::text::Lang;
use yew::prelude::*;

/// Props of [`Chapter`].
#[derive(Properties, PartialEq)]
pub struct ChapterProps {
    /// Chapter ID (a public contract: `data-chapter`, `#ID`).
    pub id: AttrValue,
    /// Language of the prose.
    pub lang: Lang,
    /// Formats a live value for the current state.
    pub live: Callback<Live, String>,
    /// Renders a figure placed by the prose.
    pub figure: Callback<Figure, Html>,
}

/// `<section data-chapter=ID>` with its heading, paragraphs, notes and figures.
#[component]
pub fn Chapter(p: &ChapterProps) -> Html {
    let inlines = |items: &[Inline]| -> Html {
        items
            .iter()
            .map(|i| match i {
                Inline::Text(t) => html! { { *t } },
                Inline::Live(l) => html! {
                    <span class="live" data-live={live_key(*l)}>{ p.live.emit(*l) }</span>
                },
            })
            .collect()
    };
    let heading_id = format!("{}-title", p.id);
    html! {
        <section data-chapter={p.id.clone()} id={p.id.clone()} class="chapter" aria-labelledby={heading_id.clone()}>
            { for story::chapter(p.lang, &p.id).iter().map(|b| match b {
                Block::Heading(h) => html! { <h2 id={heading_id.clone()}>{ inlines(h) }</h2> },
                Block::Para(t) => html! { <p>{ inlines(t) }</p> },
                Block::Note(t) => html! { <aside class="note">{ inlines(t) }</aside> },
                Block::Figure(f) => p.figure.emit(*f),
            }) }
        </section>
    }
}

/// The `data-live` name of a live value (the marker's name in the story files).
fn live_key(l: Live) -> &'static str {
    match l {
        Live::Pe => "pe",
        Live::ForwardPe => "forward_pe",
        Live::Peg => "peg",
        Live::MarketPe => "market_pe",
        Live::GHigh => "g_high",
        Live::Years => "years",
        Live::Ke => "ke",
        Live::GStable => "g_stable",
    }
}
