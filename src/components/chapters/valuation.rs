//! The `valuation` chapter's figure `valuation-pe` and its live numbers.

use super::Ctx;
use crate::charts::valuation::{ValuationPe, PE_PARAMS};
use crate::data::{self, rows};
use crate::text::{fmt_multiple, strings};
use yew::prelude::*;

/// Props of [`ValuationPeFigure`].
#[derive(Properties, PartialEq)]
pub struct ValuationPeProps {
    /// State, language and theme.
    pub ctx: Ctx,
}

const ID: &str = "valuation-pe";

/// `valuation-pe`: chart, sliders, reset, text summary, about note and
/// sources, in the shared model-figure frame (one copy of the view code).
#[component]
pub fn ValuationPeFigure(props: &ValuationPeProps) -> Html {
    let p = &props.ctx;
    let t = strings(p.lang);
    let input = super::use_figure_input(p, &PE_PARAMS, ValuationPe::new);
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
    let after = input.current.is_none().then(|| {
        html! { <p class="no-value" data-role="no-value" role="status">{ t.no_value_why }</p> }
    });
    html! {
        { crate::components::figure::model_figure(crate::components::figure::ModelFigureViewProps { id: ID, caption: AttrValue::from(t.valuation_pe_caption), input: crate::components::chart_canvas::ChartRef(input.clone()), params: &PE_PARAMS[..], ctx: p.clone(), sources, height: None, after }) }
    }
}

/// `valuation-implied`: reverse DCF and the years to a "normal" P/E.
#[component]
pub fn ValuationImpliedFigure(props: &ValuationPeProps) -> Html {
    use crate::charts::valuation::{implied_chart, IMPLIED_PARAMS};
    use crate::text::valuation_text;
    let p = &props.ctx;
    let input =
        super::use_figure_input(p, &crate::charts::valuation::IMPLIED_INPUTS, implied_chart);
    let sources = crate::charts::figure_sources("valuation-implied")
        .into_iter()
        .map(|f| {
            let t = valuation_text(p.lang);
            let label = if f.series == "csi300_it_index_pe_forward" {
                t.source_it
            } else {
                t.source_market
            };
            (AttrValue::from(label), f)
        })
        .collect::<Vec<_>>();
    html! {
        { crate::components::figure::model_figure(crate::components::figure::ModelFigureViewProps { id: "valuation-implied", caption: AttrValue::from(valuation_text(p.lang).implied_caption), input: crate::components::chart_canvas::ChartRef(input.clone()), params: &IMPLIED_PARAMS[..], ctx: p.clone(), sources, height: None, after: None }) }
    }
}
