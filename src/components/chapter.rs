//! Renders a chapter's prose blocks, resolving live numbers and placing figures.

use crate::charts;
use crate::components::chapters::{figure, Ctx};
use crate::components::live_number::LiveNumber;
use crate::model::assumptions::Assumptions;
use crate::story::{self, Block, Inline};
use yew::prelude::*;

/// Props of [`Chapter`].
#[derive(Properties)]
pub struct ChapterProps {
    /// Chapter ID (`story::CHAPTERS`).
    pub id: &'static str,
    /// State, language and theme.
    pub ctx: Ctx,
    /// Hidden in presenter mode (one chapter at a time).
    pub hidden: bool,
}

impl PartialEq for ChapterProps {
    /// Equal when nothing the chapter shows can differ: the same chapter,
    /// language, theme and modes, and the same values of the assumptions it
    /// reads ([`charts::chapter_params`], checked by a test), in the current
    /// state and in scenario A. So a slider move re-renders only the chapters
    /// that show that assumption.
    fn eq(&self, o: &Self) -> bool {
        let (a, b) = (&self.ctx, &o.ctx);
        // Compared in place: this runs for every chapter on every slider move.
        let same = |x: &Assumptions, y: &Assumptions| {
            charts::chapter_params(self.id)
                .iter()
                .all(|&p| x.get(p) == y.get(p))
        };
        self.id == o.id
            && self.hidden == o.hidden
            && (a.lang, a.dark, a.locked, a.embedded) == (b.lang, b.dark, b.locked, b.embedded)
            && a.on_action == b.on_action
            && a.on_compare == b.on_compare
            && same(&a.assumptions, &b.assumptions)
            && match (&a.compare, &b.compare) {
                (Some(x), Some(y)) => same(x, y),
                (x, y) => x.is_none() && y.is_none(),
            }
    }
}

/// `<section data-chapter=ID>` with its heading, paragraphs, notes and
/// figures.
#[component]
pub fn Chapter(p: &ChapterProps) -> Html {
    let (id, ctx, hidden) = (p.id, &p.ctx, p.hidden);
    let inlines = |items: &[Inline]| -> Html {
        items
            .iter()
            .map(|i| match i {
                Inline::Cite(series, year) => {
                    crate::components::sources::cite(series, *year, ctx.lang)
                }
                Inline::Term(text, key) => html! {
                    <crate::components::term::Term text={*text} key_name={*key} chapter={id} lang={ctx.lang} />
                },
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
                        crate::text::live(id, key, &ctx.assumptions, ctx.lang).unwrap_or_default();
                    match crate::text::live_param(id, key) {
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
    // A question's <summary> is itself a control: nothing interactive inside
    // it. Terms read as plain words (the glossary defines them), a citation as
    // its plain number, a link as its text.
    let summary_inlines = |items: &[Inline]| -> Html {
        items
            .iter()
            .map(|i| match i {
                Inline::Term(t, _) | Inline::Link(t, _) => html! { { *t } },
                Inline::Cite(s, y) => match crate::components::sources::number(s, *y) {
                    Some(n) => html! { <sup class="cite-plain">{ "[" }{ n }{ "]" }</sup> },
                    None => Html::default(),
                },
                _ => inlines(std::slice::from_ref(i)),
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
                        <summary>{ summary_inlines(q) }</summary>
                        <p>{ inlines(a) }</p>
                    </details>
                },
                // The claims list of the sources chapter is numbered, each
                // claim an anchor the Sources and methods entries link to.
                Block::List(items) if id == "sources" => html! {
                    <ol class="claims">{ for items.iter().enumerate().map(|(k, i)| html! {
                        <li id={format!("claim-{}", k + 1)}>{ inlines(i) }</li>
                    }) }</ol>
                },
                Block::List(items) => html! {
                    <ul>{ for items.iter().map(|i| html! { <li>{ inlines(i) }</li> }) }</ul>
                },
                Block::Figure(id) => figure(id, ctx),
                Block::Sources => crate::components::sources::sources_list(ctx.lang),
                Block::Glossary => crate::components::sources::glossary_list(ctx.lang, &inlines),
            }) }
        </section>
    }
}
