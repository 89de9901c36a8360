//! One module per chapter with figures; [`figure`] places a figure by its ID.

pub mod ai;
pub mod catalysts;
pub mod futures;
pub mod gap;
pub mod margin;
pub mod robots;
pub mod split;
pub mod valuation;

use crate::model::assumptions::{Action, Assumptions};
use crate::text::Lang;
use std::rc::Rc;
use yew::prelude::*;

/// What every chapter and figure receives: the state, language, theme and
/// the way to change the state.
#[derive(Clone, PartialEq)]
pub struct Ctx {
    /// Current assumptions.
    pub assumptions: Rc<Assumptions>,
    /// Language.
    pub lang: Lang,
    /// Dark theme.
    pub dark: bool,
    /// `controls=0`: sliders, buttons and numbers in the prose are disabled.
    pub locked: bool,
    /// Shown inside another page (`embed=`): no "copy embed code" buttons.
    pub embedded: bool,
    /// Dispatches a change of assumptions.
    pub on_action: Callback<Action>,
    /// Scenario A, kept by the reader to compare with the current state (B).
    pub compare: Option<Rc<Assumptions>>,
    /// Keeps the current assumptions as scenario A (`true`) or drops A (`false`).
    pub on_compare: Callback<bool>,
}

/// A figure's chart input, rebuilt only when the assumptions it reads (or the
/// language) change: moving one slider must not recompute and repaint every
/// figure on the page. With a scenario A kept, A is drawn over it.
#[hook]
pub fn use_figure_input<T: crate::charts::Chart + 'static>(
    ctx: &Ctx,
    inputs: &'static [crate::model::assumptions::Param],
    build: fn(&Assumptions, Lang) -> T,
) -> Rc<T> {
    let a = ctx.assumptions.clone();
    let kept = ctx.compare.clone();
    let deps = (
        a.values_of(inputs),
        kept.as_ref().map(|k| k.values_of(inputs)),
        ctx.lang,
    );
    use_memo(deps, move |(now, then, lang)| {
        let mut chart = build(&a, *lang);
        if let (Some(k), Some(then)) = (&kept, then) {
            if then != now {
                chart.overlay(&build(k, *lang), *lang);
            }
        }
        chart
    })
}

/// The component for figure `id` (IDs are listed in `story::FIGURES`).
pub fn figure(id: &str, ctx: &Ctx) -> Html {
    let ctx = ctx.clone();
    match id {
        "split-markets" => html! { <split::SplitMarketsFigure {ctx} /> },
        "split-economy" => html! { <split::SplitEconomyFigure {ctx} /> },
        "guess-property" => html! { <split::GuessPropertyFigure {ctx} /> },
        "ai-cost" => html! { <ai::AiCostFigure {ctx} /> },
        "gap-upside" => html! { <gap::GapUpsideFigure {ctx} /> },
        "margin-call" => html! { <margin::MarginCallFigure {ctx} /> },
        "margin-paths" => html! { <margin::MarginPathsFigure {ctx} /> },
        "robots-pe" => html! { <robots::RobotsPeFigure {ctx} /> },
        "catalysts-timeline" => html! { <catalysts::CatalystsTimeline {ctx} /> },
        "valuation-implied" => html! { <valuation::ValuationImpliedFigure {ctx} /> },
        "valuation-pe" => html! { <valuation::ValuationPeFigure {ctx} /> },
        "futures-gdp" => html! { <futures::FuturesGdpFigure {ctx} /> },
        "futures-compare" => html! { <futures::FuturesCompareFigure {ctx} /> },
        _ => {
            gloo::console::error!(format!("unknown figure {id}"));
            Html::default()
        }
    }
}
