//! The `margin` chapter's figures `margin-call` and `margin-paths`.

use super::Ctx;
use crate::charts::margin::{self, CALL_PARAMS, PATHS_PARAMS};
use crate::model::assumptions::{Action, Param};
use crate::model::margin::VOLATILITY_PRESETS;
use crate::text::{fmt_pct, margin_text};
use yew::prelude::*;

/// Props of the `margin` chapter's figures.
#[derive(Properties, PartialEq)]
pub struct MarginProps {
    /// State, language and theme.
    pub ctx: Ctx,
}

/// `margin-call`: the fall to the liquidation line against the margin ratio;
/// margin ratio and line as sliders.
#[component]
pub fn MarginCallFigure(p: &MarginProps) -> Html {
    let lang = p.ctx.lang;
    let input = super::use_figure_input(&p.ctx, &margin::CALL_PARAMS, margin::call_chart);
    let t = margin_text(lang);
    let sources = margin::sources("margin-call")
        .into_iter()
        .zip([
            t.src_rule,
            t.src_effective,
            t.src_definition,
            t.src_line,
            t.src_warning,
            t.src_instant,
            t.src_falls_100,
            t.src_falls_80,
        ])
        .map(|(f, label)| (AttrValue::from(label), f))
        .collect::<Vec<_>>();
    html! {
        { crate::components::figure::model_figure(crate::components::figure::ModelFigureViewProps { id: "margin-call", caption: AttrValue::from(t.call_caption), input: crate::components::chart_canvas::ChartRef(input.clone()), params: &CALL_PARAMS[..], ctx: p.ctx.clone(), sources, height: None, after: None }) }
    }
}

/// `margin-paths`: a few simulated paths (an illustration; the probability
/// the text states is computed, [`margin::hit_probability`]) and the
/// liquidation price; volatility, drift and holding period as sliders, plus
/// volatility presets from the data (CSI 300, STAR 50, Cambricon).
#[component]
pub fn MarginPathsFigure(p: &MarginProps) -> Html {
    let lang = p.ctx.lang;
    let input = super::use_figure_input(&p.ctx, &margin::PATHS_INPUTS, margin::paths_chart);
    let t = margin_text(lang);
    let sources = margin::sources("margin-paths")
        .into_iter()
        .zip([t.src_star50, t.src_csi300, t.src_cambricon, t.src_line])
        .map(|(f, label)| (AttrValue::from(label), f))
        .collect::<Vec<_>>();
    let vol = p.ctx.assumptions.get(Param::MarginVol);
    let names = [t.preset_csi300, t.preset_star50, t.preset_cambricon];
    let after = html! {
        <div class="presets" role="group" aria-label={t.presets}>
            <span class="presets-label">{ t.presets }</span>
            { for VOLATILITY_PRESETS.iter().zip(names).map(|(&(key, _, v, _), name)| {
                let on_click = p.ctx.on_action.reform(move |_: MouseEvent| Action::Set(Param::MarginVol, v));
                let pressed = ((vol - v).abs() < 1e-9).to_string();
                html! {
                    <button type="button" data-preset={key} aria-pressed={pressed} onclick={on_click}
                        disabled={p.ctx.locked}>
                        { format!("{name} {}", fmt_pct(v, 0)) }
                    </button>
                }
            }) }
        </div>
    };
    html! {
        { crate::components::figure::model_figure(crate::components::figure::ModelFigureViewProps { id: "margin-paths", caption: AttrValue::from(t.paths_caption), input: crate::components::chart_canvas::ChartRef(input.clone()), params: &PATHS_PARAMS[..], ctx: p.ctx.clone(), sources, height: None, after: Some(after) }) }
    }
}
