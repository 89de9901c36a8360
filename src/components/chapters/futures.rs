//! The `futures` chapter's figures `futures-gdp` (presets + sliders) and
//! `futures-compare` (the two economies, yours against a preset).

use super::Ctx;
use crate::charts::futures::{self, PARAMS};
use crate::model::assumptions::Action;
use crate::model::futures::Preset;
use crate::text::futures_text;
use yew::prelude::*;

/// Props of the `futures` figures.
#[derive(Properties, PartialEq)]
pub struct FuturesProps {
    /// State, language and theme.
    pub ctx: Ctx,
}

/// The preset buttons: one per [`Preset`], `aria-pressed` on the one the
/// sliders currently match.
#[component]
fn PresetButtons(p: &FuturesProps) -> Html {
    let t = futures_text(p.ctx.lang);
    let active = p.ctx.assumptions.futures_preset();
    html! {
        <div class="presets" role="group" aria-label={t.presets_hint}>
            <span class="presets-label">{ t.presets }</span>
            { for Preset::ALL.into_iter().map(|preset| {
                let pressed = active == Some(preset);
                let onclick = p.ctx.on_action.reform(move |_: MouseEvent| Action::Preset(preset));
                html! {
                    <button type="button" data-preset={preset.key()}
                        class={classes!(pressed.then_some("primary"))}
                        aria-pressed={if pressed { "true" } else { "false" }}
                        title={t.preset_description(preset)} {onclick} disabled={p.ctx.locked}>
                        { t.preset(preset) }
                    </button>
                }
            }) }
        </div>
    }
}

/// `futures-gdp`: GDP growth of the reader's scenario against the presets.
#[component]
pub fn FuturesGdpFigure(p: &FuturesProps) -> Html {
    let lang = p.ctx.lang;
    let input = super::use_figure_input(&p.ctx, &futures::INPUTS, futures::gdp_chart);
    let t = futures_text(lang);
    let sources = futures::sources("futures-gdp")
        .into_iter()
        .zip(t.gdp_sources())
        .map(|(f, label)| (AttrValue::from(label), f))
        .collect::<Vec<_>>();
    let after = html! { <PresetButtons ctx={p.ctx.clone()} /> };
    html! {
        { crate::components::figure::model_figure(crate::components::figure::ModelFigureViewProps { id: "futures-gdp", caption: AttrValue::from(t.gdp_caption), input: crate::components::chart_canvas::ChartRef(input.clone()), params: &PARAMS[..], ctx: p.ctx.clone(), sources, height: None, after: Some(after) }) }
    }
}

/// `futures-compare`: the new and the old economy, yours against a preset.
#[component]
pub fn FuturesCompareFigure(p: &FuturesProps) -> Html {
    use crate::charts::Chart;
    let lang = p.ctx.lang;
    let input = super::use_figure_input(&p.ctx, &futures::INPUTS, futures::compare_chart);
    let t = futures_text(lang);
    let caption = t.compare_caption(futures::comparison(&p.ctx.assumptions));
    let sources = futures::sources("futures-compare")
        .into_iter()
        .zip(t.compare_sources())
        .map(|(f, label)| (AttrValue::from(label), f))
        .collect::<Vec<_>>();
    let summary = AttrValue::from(input.summary());
    html! {
        { crate::components::figure::figure_frame(crate::components::figure::FigureFrameProps { id: "futures-compare", caption: AttrValue::from(caption), summary: summary.clone(), sources, lang, chart: Some(crate::components::chart_canvas::ChartRef(input.clone())), dark: p.ctx.dark, embedded: p.ctx.embedded, children: html! { <crate::components::chart_canvas::CanvasView label={summary.clone()} input={crate::components::chart_canvas::ChartRef(input.clone())} dark={p.ctx.dark} lang={p.ctx.lang}
                described_by="futures-compare-summary" figure="futures-compare" /> }, ..Default::default() }) }
    }
}
