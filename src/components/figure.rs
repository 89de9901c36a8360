//! The frame every figure shares: caption, the chart with its controls, the
//! generated text alternative, an optional "about this model" note and the
//! source line.

use crate::components::source_line::SourceLine;
use crate::data::Fact;
use crate::text::Lang;
use yew::prelude::*;

/// Props of [`FigureFrame`].
#[derive(Properties, PartialEq)]
pub struct FigureFrameProps {
    /// Figure ID (public contract: `data-figure`).
    pub id: &'static str,
    /// Caption.
    pub caption: AttrValue,
    /// Text alternative of the chart, generated from the current state.
    pub summary: AttrValue,
    /// Sourced rows shown: (link text, row).
    pub sources: Vec<(AttrValue, &'static Fact)>,
    /// Language.
    pub lang: Lang,
    /// Controls beside the chart (sliders, buttons), if any.
    #[prop_or_default]
    pub controls: Option<Html>,
    /// Extra content under the chart (messages, verdicts).
    #[prop_or_default]
    pub after: Option<Html>,
    /// The chart itself.
    pub children: Html,
}

/// `<figure data-figure=ID>` around a chart.
#[component]
pub fn FigureFrame(p: &FigureFrameProps) -> Html {
    let caption_id = format!("{}-caption", p.id);
    html! {
        <figure data-figure={p.id} id={p.id} class="figure" aria-labelledby={caption_id.clone()}>
            <figcaption id={caption_id}>{ p.caption.clone() }</figcaption>
            <div class={classes!("figure-body", p.controls.is_none().then_some("no-controls"))}>
                <div class="chart-wrap">{ p.children.clone() }</div>
                if let Some(c) = &p.controls { { c.clone() } }
            </div>
            if let Some(a) = &p.after { { a.clone() } }
            <p class="chart-summary" id={format!("{}-summary", p.id)}>{ p.summary.clone() }</p>
            <SourceLine items={p.sources.clone()} lang={p.lang} />
        </figure>
    }
}
