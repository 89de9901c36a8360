//! `catalysts-timeline`: the dated timeline as an ordered list, with a switch
//! to hide what happened after the article.

use super::Ctx;
use crate::charts::catalysts::{ARTICLE_DATE, EVENTS};
use crate::components::embed::CopyEmbed;
use crate::components::source_line::{attribution_html, weak_mark};
use crate::text::{catalysts_text, event_text, fmt_date, strings};
use yew::prelude::*;

/// Props of [`CatalystsTimeline`].
#[derive(Properties, PartialEq)]
pub struct CatalystsProps {
    /// State, language and theme.
    pub ctx: Ctx,
}

/// The timeline figure.
#[component]
pub fn CatalystsTimeline(p: &CatalystsProps) -> Html {
    let lang = p.ctx.lang;
    let t = catalysts_text(lang);
    let s = strings(lang);
    let known_only = use_state_eq(|| false);
    let on_toggle = {
        let known_only = known_only.clone();
        Callback::from(move |_: Event| known_only.set(!*known_only))
    };
    let mut items = Vec::new();
    let mut marker_done = false;
    for e in EVENTS.iter().filter(|e| !*known_only || !e.after_article()) {
        if e.after_article() && !marker_done {
            marker_done = true;
            items.push(html! { <li class="tl-marker" aria-hidden="false"><strong>{ t.article_marker }</strong></li> });
        }
        let fact = e.fact();
        items.push(html! {
            <li class={classes!("tl-event", e.after_article().then_some("later"))} data-event={e.key}>
                <time datetime={e.date}>{ fmt_date(e.date, lang) }</time>
                if e.after_article() { <span class="badge">{ t.later }</span> }
                <p>
                    { event_text(e.key, lang) }
                    if let Some(f) = fact {
                        <span class="src-item" data-grade={f.grade.letter()}>
                        { s.paren_open }{ t.source }{ s.sep_label }
                        <a href={f.url} rel="noopener noreferrer" target="_blank" title={f.publication}
                            data-grade={f.grade.letter()}>{ attribution_html(f, lang) }</a>
                        if f.is_weak() { { " " }{ weak_mark(lang) } }
                        { s.paren_close }
                        </span>
                    }
                </p>
            </li>
        });
    }
    if !marker_done {
        items.push(html! { <li class="tl-marker"><strong>{ t.article_marker }</strong></li> });
    }
    html! {
        <figure data-figure="catalysts-timeline" id="catalysts-timeline" class="figure" aria-labelledby="catalysts-timeline-caption">
            <figcaption id="catalysts-timeline-caption">{ t.caption }</figcaption>
            <label class="toggle">
                <input type="checkbox" data-action="known-only" checked={*known_only} onchange={on_toggle}
                    disabled={p.ctx.locked} />
                { " " }{ t.known_only }
            </label>
            <ol class="timeline" data-article-date={ARTICLE_DATE}>{ for items }</ol>
            if !p.ctx.embedded {
                <div class="figure-tools">
                    <crate::components::share::Share figure="catalysts-timeline" {lang} />
                    <CopyEmbed target="catalysts-timeline" {lang} />
                </div>
            }
        </figure>
    }
}
