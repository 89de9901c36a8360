//! The frame every figure shares: caption, the chart with its controls, the
//! generated text alternative, an optional "about this model" note and the
//! source line.

use crate::components::embed::CopyEmbed;
use crate::components::source_line::source_line;
use crate::data::Fact;
use crate::text::Lang;
use yew::prelude::*;

/// What [`figure_frame`] shows.
#[derive(Default)]
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
    pub controls: Option<Html>,
    /// Extra content under the chart (messages, verdicts).
    pub after: Option<Html>,
    /// Shown inside another page: no "copy embed code" button.
    pub embedded: bool,
    /// The chart itself.
    pub children: Html,
    /// A/B rows of the assumptions that differ (what, A, B); the chart's own
    /// A/B rows follow them in the difference table.
    pub compare: Vec<(String, String, String)>,
    /// The chart's drawing, for its PNG, SVG and CSV downloads.
    pub chart: Option<crate::components::chart_canvas::ChartRef>,
    /// Dark theme (downloads match the screen).
    pub dark: bool,
}

/// `<figure data-figure=ID>` around a chart. A plain function (cheaper to
/// ship than a component; the figures around it re-render on every change).
pub fn figure_frame(p: FigureFrameProps) -> Html {
    let p = &p;
    let caption_id = format!("{}-caption", p.id);
    let mut rows = p.compare.clone();
    if let Some(chart) = &p.chart {
        rows.extend(chart.0.compare_rows());
    }
    html! {
        <figure data-figure={p.id} id={p.id} class="figure" aria-labelledby={caption_id.clone()}>
            <figcaption id={caption_id}>{ p.caption.clone() }</figcaption>
            <div class={classes!("figure-body", p.controls.is_none().then_some("no-controls"))}>
                <div class="chart-wrap">{ p.children.clone() }</div>
                if let Some(c) = &p.controls { { c.clone() } }
            </div>
            if let Some(a) = &p.after { { a.clone() } }
            { compare_table(&rows, p.lang) }
            <p class="chart-summary" id={format!("{}-summary", p.id)}>{ p.summary.clone() }</p>
            { source_line(&p.sources, p.lang) }
            // Not in an embed: a blogger's frame stays minimal (the link to the
            // full explainer leads to the downloads).
            if let (Some(chart), false) = (&p.chart, p.embedded) {
                { crate::components::export::export_buttons(p.id, chart, &p.sources, p.lang, p.dark) }
            }
            if !p.embedded {
                <div class="figure-tools">
                    <crate::components::share::Share figure={p.id} lang={p.lang} />
                    <CopyEmbed target={p.id} lang={p.lang} />
                </div>
            }
        </figure>
    }
}

/// The A/B difference table: (what, value in A, value in B); nothing when
/// A is not kept or equals B. A plain function, not a component: it is
/// cheap and a component costs shipped bytes.
pub fn compare_table(rows: &[(String, String, String)], lang: Lang) -> Html {
    if rows.is_empty() {
        return Html::default();
    }
    let t = crate::text::strings(lang);
    html! {
        <table class="ab-table" data-role="compare">
            <caption>{ t.compare_caption }</caption>
            <thead><tr><th scope="col"></th><th scope="col">{ t.compare_a }</th><th scope="col">{ t.compare_b }</th></tr></thead>
            <tbody>
                { for rows.iter().map(|(what, a, b)| html! {
                    <tr><th scope="row">{ what.clone() }</th><td>{ a.clone() }</td><td>{ b.clone() }</td></tr>
                }) }
            </tbody>
        </table>
    }
}

/// The "Keep as A" / "Clear A" buttons of a figure's controls.
pub fn compare_buttons(ctx: &crate::components::chapters::Ctx) -> Html {
    let t = crate::text::strings(ctx.lang);
    let keep = ctx.on_compare.reform(|_: MouseEvent| true);
    let clear = ctx.on_compare.reform(|_: MouseEvent| false);
    html! {
        <div class="ab-buttons">
            <button type="button" data-action="keep-a" aria-label={t.keep_a_aria} onclick={keep}>{ t.keep_a }</button>
            if ctx.compare.is_some() {
                <button type="button" data-action="clear-a" onclick={clear}>{ t.clear_a }</button>
            }
        </div>
    }
}

/// The assumptions among `params` where scenario A differs from now (B).
pub fn param_differences(
    ctx: &crate::components::chapters::Ctx,
    params: &[crate::model::assumptions::Param],
) -> Vec<(String, String, String)> {
    use crate::text::{fmt_param, param_label};
    let Some(a) = &ctx.compare else {
        return Vec::new();
    };
    params
        .iter()
        .filter(|&&p| a.get(p) != ctx.assumptions.get(p))
        .map(|&p| {
            (
                param_label(p, ctx.lang).to_string(),
                fmt_param(p, a.get(p), ctx.lang),
                fmt_param(p, ctx.assumptions.get(p), ctx.lang),
            )
        })
        .collect()
}

/// What [`model_figure`] shows.
pub struct ModelFigureViewProps {
    /// Figure ID.
    pub id: &'static str,
    /// Caption.
    pub caption: AttrValue,
    /// The chart's data for the current state.
    pub input: crate::components::chart_canvas::ChartRef,
    /// The sliders shown, in order; Reset restores these.
    pub params: &'static [crate::model::assumptions::Param],
    /// State, language and theme.
    pub ctx: crate::components::chapters::Ctx,
    /// Sourced rows: (link text, row).
    pub sources: Vec<(AttrValue, &'static Fact)>,
    /// Fixed chart height in CSS pixels (bar charts).
    pub height: Option<u32>,
    /// Extra content under the chart.
    pub after: Option<Html>,
}

/// A figure driven by assumptions: chart, one slider per parameter, Reset.
/// A plain function: the figure components around it hold the hooks and
/// re-render on every change anyway, and a component costs shipped bytes.
pub fn model_figure(p: ModelFigureViewProps) -> Html {
    let p = &p;
    use crate::components::chart_canvas::CanvasView;
    use crate::components::slider::slider;
    use crate::model::assumptions::Action;
    let ctx = &p.ctx;
    let t = crate::text::strings(ctx.lang);
    let on_change = ctx.on_action.reform(|(param, v)| Action::Set(param, v));
    let params = p.params;
    let on_reset = ctx
        .on_action
        .reform(move |_: MouseEvent| Action::ResetMany(params));
    let controls = html! {
        <fieldset class="controls" disabled={ctx.locked}>
            <legend>{ t.assumptions }</legend>
            { for p.params.iter().map(|&param| html! {
                { slider(param, ctx.assumptions.get(param), ctx.lang, p.id, &on_change) }
            }) }
            <button type="button" class="reset" data-action="reset" onclick={on_reset}>{ t.reset }</button>
            { compare_buttons(ctx) }
        </fieldset>
    };
    let summary = AttrValue::from(p.input.0.summary_text());
    html! {
        { crate::components::figure::figure_frame(crate::components::figure::FigureFrameProps { id: p.id, caption: AttrValue::from(p.caption.clone()), summary: summary.clone(), sources: p.sources.clone(), lang: ctx.lang, controls: Some(controls), after: p.after.clone(), chart: Some(p.input.clone()), dark: ctx.dark, embedded: ctx.embedded, compare: param_differences(ctx, p.params), children: html! { <CanvasView label={summary.clone()} input={p.input.clone()} dark={ctx.dark} lang={ctx.lang}
                described_by={format!("{}-summary", p.id)} figure={p.id} height={p.height} /> } }) }
    }
}
