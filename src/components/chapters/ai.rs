//! The `ai` chapter's figure `ai-cost`: the training-cost calculator and
//! what the headline number leaves out.

use super::Ctx;
use crate::charts::ai::{self, PARAMS};
use crate::components::chart_canvas::bar_chart_height;
use crate::components::source_line::{attribution_html, weak_mark};
use crate::model::ai::EXCLUDED;
use crate::text::ai_text;
use yew::prelude::*;

/// Props of [`AiCostFigure`].
#[derive(Properties, PartialEq)]
pub struct AiProps {
    /// State, language and theme.
    pub ctx: Ctx,
}

/// `ai-cost`: bars of training costs, sliders for hours and price, and the
/// list of excluded costs with sources.
#[component]
pub fn AiCostFigure(p: &AiProps) -> Html {
    let lang = p.ctx.lang;
    let t = ai_text(lang);
    let s = crate::text::strings(lang);
    let input = super::use_figure_input(&p.ctx, &PARAMS, ai::chart);
    let sources = ai::sources()
        .into_iter()
        .map(|f| {
            let label = match f.series {
                "deepseek_v3_total_gpu_hours" => t.source_hours,
                "deepseek_v3_rental_rate_assumed" => t.source_rate,
                _ => t.source_cost,
            };
            (AttrValue::from(label), f)
        })
        .collect::<Vec<_>>();
    let after = html! {
        <div class="excluded">
            <h3>{ t.excluded_title }</h3>
            <ul>
                { for EXCLUDED.iter().map(|e| {
                    let (item, detail) = t.exclusion(e.key);
                    html! {
                        <li data-excluded={e.key}>
                            <strong>{ item }</strong>{ s.sep_sentence }{ detail }
                            if let Some(f) = crate::data::fact(e.row.0, e.row.1) {
                                <span class="src-item" data-grade={f.grade.letter()}>
                                    { s.paren_open }<a href={f.url} rel="noopener noreferrer" target="_blank" title={f.publication}
                                        data-grade={f.grade.letter()}>{ attribution_html(f, lang) }</a>
                                    if f.is_weak() { { " " }{ weak_mark(lang) } }{ s.paren_close }
                                </span>
                            }
                        </li>
                    }
                }) }
            </ul>
        </div>
    };
    html! {
        { crate::components::figure::model_figure(crate::components::figure::ModelFigureViewProps { id: "ai-cost", caption: AttrValue::from(t.caption), input: crate::components::chart_canvas::ChartRef(input.clone()), params: &PARAMS[..], ctx: p.ctx.clone(), sources, height: Some(bar_chart_height(input.bars.len())), after: Some(after) }) }
    }
}
