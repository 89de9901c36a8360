//! Renders a chapter's prose blocks, resolving live numbers and placing figures.

use crate::charts;
use crate::components::chapters::{figure, Ctx};
use crate::components::live_number::LiveNumber;
use crate::story::{self, Block, Inline};
use yew::prelude::*;

/// `<section data-chapter=ID>` with its heading, paragraphs, notes and
/// figures; `hidden` in presenter mode (one chapter at a time). A plain
/// function, not a component: every state change re-renders every chapter's
/// live numbers anyway, and a component costs shipped bytes.
pub fn chapter(id: &'static str, ctx: &Ctx, hidden: bool) -> Html {
    let inlines = |items: &[Inline]| -> Html {
        items
            .iter()
            .map(|i| match i {
                Inline::Text(t) => html! { { *t } },
                Inline::Strong(t) => html! { <strong>{ *t }</strong> },
                Inline::Link(text, url) if url.starts_with('#') => {
                    html! { <a href={*url}>{ *text }</a> }
                }
                Inline::Link(text, url) => html! {
                    <a href={*url} rel="noopener noreferrer" target="_blank">{ *text }</a>
                },
                Inline::Live(key) => {
                    let text =
                        charts::live(id, key, &ctx.assumptions, ctx.lang).unwrap_or_default();
                    match charts::live_param(id, key) {
                        Some(param) => html! {
                            <LiveNumber key_name={*key} {param} value={ctx.assumptions.get(param)}
                                text={text} lang={ctx.lang} on_action={ctx.on_action.clone()}
                                locked={ctx.locked} />
                        },
                        None => html! { <span class="live" data-live={*key}>{ text }</span> },
                    }
                }
            })
            .collect()
    };
    let heading_id = format!("{}-title", id);
    html! {
        <section data-chapter={id} id={id} class="chapter" aria-labelledby={heading_id.clone()}
            hidden={hidden}>
            { for story::chapter(ctx.lang, id).iter().map(|b| match b {
                Block::Heading(h) => html! { <h2 id={heading_id.clone()}>{ inlines(h) }</h2> },
                Block::Para(t) => html! { <p>{ inlines(t) }</p> },
                Block::Note(t) => html! { <aside class="note">{ inlines(t) }</aside> },
                Block::Subheading(h) => html! { <h3>{ inlines(h) }</h3> },
                Block::Question(q, a) => html! {
                    <details class="question">
                        <summary>{ inlines(q) }</summary>
                        <p>{ inlines(a) }</p>
                    </details>
                },
                Block::List(items) => html! {
                    <ul>{ for items.iter().map(|i| html! { <li>{ inlines(i) }</li> }) }</ul>
                },
                Block::Figure(id) => figure(id, ctx),
            }) }
        </section>
    }
}
