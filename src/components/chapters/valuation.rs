//! The `valuation` chapter's figure `valuation-pe` and its live numbers.

use super::Ctx;
use crate::charts::valuation::{ValuationPe, PE_PARAMS};
use crate::charts::Chart;
use crate::components::chart_canvas::ChartCanvas;
use crate::components::embed_code::CopyEmbed;
use crate::components::slider::Slider;
use crate::components::source_line::SourceLine;
use crate::data::{self, rows};
use crate::model::assumptions::Action;
use crate::text::{fmt_multiple, strings};
use yew::prelude::*;

/// Props of [`ValuationPeFigure`].
#[derive(Properties, PartialEq)]
pub struct ValuationPeProps {
    /// State, language and theme.
    pub ctx: Ctx,
}

const ID: &str = "valuation-pe";

/// `valuation-pe`: chart, sliders, reset, text summary, about note and sources.
#[component]
pub fn ValuationPeFigure(props: &ValuationPeProps) -> Html {
    let p = &props.ctx;
    let t = strings(p.lang);
    let input = super::use_figure_input(p, &PE_PARAMS, ValuationPe::new);
    let summary_id = format!("{ID}-summary");
    let on_change = p.on_action.reform(|(param, v)| Action::Set(param, v));
    let on_reset = p
        .on_action
        .reform(|_: MouseEvent| Action::ResetMany(&PE_PARAMS));
    let no_value = input.current.is_none();
    let sources = vec![
        (
            AttrValue::from(t.damodaran_example),
            data::fact(rows::DAMODARAN_PE.0, rows::DAMODARAN_PE.1),
        ),
        (
            AttrValue::from(format!(
                "{}{}",
                t.legend_market,
                fmt_multiple(Some(input.market_pe), p.lang)
            )),
            data::fact(rows::CAMBRICON_FORWARD_PE.0, rows::CAMBRICON_FORWARD_PE.1),
        ),
    ]
    .into_iter()
    .filter_map(|(label, fact)| fact.map(|f| (label, f)))
    .collect::<Vec<_>>();
    html! {
        <figure data-figure={ID} class="figure" aria-labelledby={format!("{ID}-caption")}>
            <figcaption id={format!("{ID}-caption")}>{ t.valuation_pe_caption }</figcaption>
            <div class="figure-body">
                <div class="chart-wrap">
                    <ChartCanvas<ValuationPe> input={input.clone()} dark={p.dark}
                        described_by={summary_id.clone()} />
                </div>
                <fieldset class="controls" disabled={p.locked}>
                    <legend>{ t.assumptions }</legend>
                    { for PE_PARAMS.iter().map(|&param| html! {
                        <Slider {param} value={p.assumptions.get(param)} lang={p.lang}
                            id_prefix={ID} on_change={on_change.clone()} />
                    }) }
                    <button type="button" class="reset" data-action="reset" onclick={on_reset}>{ t.reset }</button>
                    { crate::components::figure::compare_buttons(p) }
                </fieldset>
            </div>
            if no_value {
                <p class="no-value" data-role="no-value" role="status">{ t.no_value_why }</p>
            }
            <crate::components::figure::CompareTable lang={p.lang} rows={{
                let mut rows = crate::components::figure::param_differences(p, &PE_PARAMS);
                rows.extend(crate::charts::Chart::compare_rows(&*input));
                rows
            }} />
            <p class="chart-summary" id={summary_id}>{ input.summary() }</p>
            <SourceLine items={sources.clone()} lang={p.lang} />
            <crate::components::export::Export id={ID}
                chart={crate::components::chart_canvas::ChartRef(input.clone())}
                {sources} lang={p.lang} dark={p.dark} />
            if !p.embedded { <CopyEmbed target={ID} lang={p.lang} /> }
        </figure>
    }
}

/// `valuation-implied`: reverse DCF and the years to a "normal" P/E.
#[component]
pub fn ValuationImpliedFigure(props: &ValuationPeProps) -> Html {
    use crate::charts::lines::LineChart;
    use crate::charts::valuation::{implied_chart, IMPLIED_PARAMS};
    use crate::components::figure::ModelFigure;
    use crate::text::valuation_text;
    let p = &props.ctx;
    let input =
        super::use_figure_input(p, &crate::charts::valuation::IMPLIED_INPUTS, implied_chart);
    let sources = [
        rows::CAMBRICON_FORWARD_PE,
        ("csi300_it_index_pe_forward", 2025),
    ]
    .into_iter()
    .filter_map(|(s, y)| data::fact(s, y))
    .map(|f| {
        (
            AttrValue::from(format!("{} ({})", f.series.replace('_', " "), f.year)),
            f,
        )
    })
    .collect::<Vec<_>>();
    html! {
        <ModelFigure<LineChart> id="valuation-implied" caption={valuation_text(p.lang).implied_caption}
            input={input.clone()} params={&IMPLIED_PARAMS[..]} ctx={p.clone()} {sources} />
    }
}
