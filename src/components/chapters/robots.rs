//! The `robots` chapter's figure `robots-pe`.

use super::Ctx;
use crate::charts::robots::{self, PARAMS};
use crate::components::chart_canvas::bar_chart_height;
use crate::text::robots_text;
use yew::prelude::*;

/// Props of [`RobotsPeFigure`].
#[derive(Properties, PartialEq)]
pub struct RobotsProps {
    /// State, language and theme.
    pub ctx: Ctx,
}

/// `robots-pe`: forward multiples as bars, growth and years as sliders.
#[component]
pub fn RobotsPeFigure(p: &RobotsProps) -> Html {
    let lang = p.ctx.lang;
    let input = super::use_figure_input(&p.ctx, &PARAMS, robots::chart);
    let t = robots_text(lang);
    let sources = robots::sources()
        .into_iter()
        .zip([t.robots, t.it, t.cambricon])
        .map(|(f, label)| (AttrValue::from(label), f))
        .collect::<Vec<_>>();
    let height = bar_chart_height(input.bars.len());
    html! {
        { crate::components::figure::model_figure(crate::components::figure::ModelFigureViewProps { id: "robots-pe", caption: AttrValue::from(t.caption), input: crate::components::chart_canvas::ChartRef(input.clone()), params: &PARAMS[..], ctx: p.ctx.clone(), sources, height: Some(height), after: None }) }
    }
}
