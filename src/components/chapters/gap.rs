//! The `gap` chapter's figure `gap-upside`.

use super::Ctx;
use crate::charts::gap::{self, PARAMS};
use crate::components::chart_canvas::bar_chart_height;
use crate::model::gap::BASKETS;
use crate::text::gap_text;
use yew::prelude::*;

/// Props of [`GapUpsideFigure`].
#[derive(Properties, PartialEq)]
pub struct GapProps {
    /// State, language and theme.
    pub ctx: Ctx,
}

/// `gap-upside`: the gain for each measure of the gap if China's share of
/// the US value rose to the slider's target.
#[component]
pub fn GapUpsideFigure(p: &GapProps) -> Html {
    let lang = p.ctx.lang;
    let t = gap_text(lang);
    let input = super::use_figure_input(&p.ctx, &PARAMS, gap::chart);
    let sources = gap::sources()
        .into_iter()
        .zip(BASKETS.iter())
        .map(|(f, b)| {
            (
                AttrValue::from(t.basket(b.key, b.china_share_of_us, lang)),
                f,
            )
        })
        .collect::<Vec<_>>();
    html! {
        { crate::components::figure::model_figure(crate::components::figure::ModelFigureViewProps { id: "gap-upside", caption: AttrValue::from(t.caption), input: crate::components::chart_canvas::ChartRef(input.clone()), params: &PARAMS[..], ctx: p.ctx.clone(), sources, height: Some(bar_chart_height(input.bars.len())), after: None }) }
    }
}
