//! The `valuation` chapter's figure `valuation-pe` and its live numbers.

use crate::charts::valuation::ValuationPe;
use crate::charts::Chart;
use crate::components::chart_canvas::ChartCanvas;
use crate::components::slider::Slider;
use crate::components::source_line::SourceLine;
use crate::data::{self, rows};
use crate::model::assumptions::{Action, Assumptions, Param};
use crate::model::valuation::{justified_forward_pe, justified_pe_two_stage, peg};
use crate::story::Live;
use crate::text::{fmt_multiple, fmt_param, fmt_ratio, strings, Lang};
use std::rc::Rc;
use yew::prelude::*;

/// A live value of the valuation chapter for the current assumptions.
pub fn live(a: &Assumptions, lang: Lang, l: Live) -> String {
    let m = a.two_stage();
    match l {
        Live::Pe => fmt_multiple(justified_pe_two_stage(&m), lang),
        Live::ForwardPe => fmt_multiple(justified_forward_pe(&m), lang),
        Live::Peg => fmt_ratio(
            justified_pe_two_stage(&m).and_then(|pe| peg(pe, a.g_high * 100.0)),
            lang,
        ),
        Live::MarketPe => fmt_multiple(Some(data::value(rows::CAMBRICON_FORWARD_PE)), lang),
        Live::GHigh => fmt_param(Param::GHigh, a.g_high, lang),
        Live::Years => fmt_param(Param::Years, a.years, lang),
        Live::Ke => fmt_param(Param::Ke, a.ke, lang),
        Live::GStable => fmt_param(Param::GStable, a.g_stable, lang),
    }
}

/// Props of [`ValuationPeFigure`].
#[derive(Properties, PartialEq)]
pub struct ValuationPeProps {
    /// Current assumptions.
    pub assumptions: Rc<Assumptions>,
    /// Language.
    pub lang: Lang,
    /// Dark theme.
    pub dark: bool,
    /// Dispatches a change of assumptions.
    pub on_action: Callback<Action>,
}

const ID: &str = "valuation-pe";

/// `valuation-pe`: chart, sliders, reset, text summary, about note and sources.
#[component]
pub fn ValuationPeFigure(p: &ValuationPeProps) -> Html {
    let t = strings(p.lang);
    let input = use_memo((p.assumptions.clone(), p.lang), |(a, lang)| {
        ValuationPe::new(a, *lang)
    });
    let summary_id = format!("{ID}-summary");
    let on_change = p.on_action.reform(|(param, v)| Action::Set(param, v));
    let on_reset = p.on_action.reform(|_: MouseEvent| Action::Reset);
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
                    <ChartCanvas<ValuationPe> input={Rc::new((*input).clone())} dark={p.dark}
                        described_by={summary_id.clone()} />
                </div>
                <fieldset class="controls">
                    <legend>{ t.assumptions }</legend>
                    { for Param::ALL.iter().map(|&param| html! {
                        <Slider {param} value={p.assumptions.get(param)} lang={p.lang}
                            id_prefix={ID} on_change={on_change.clone()} />
                    }) }
                    <button type="button" class="reset" data-action="reset" onclick={on_reset}>{ t.reset }</button>
                </fieldset>
            </div>
            if no_value {
                <p class="no-value" data-role="no-value" role="status">{ t.no_value_why }</p>
            }
            <p class="chart-summary" id={summary_id}>{ input.summary() }</p>
            <SourceLine items={sources} lang={p.lang} />
        </figure>
    }
}
