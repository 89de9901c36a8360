//! The `split` chapter's figures: `split-markets`, `split-economy` and the
//! draw-your-guess `guess-property`.

use super::Ctx;
use crate::charts::split::{self, Guess, GUESS_RANGE, GUESS_YEARS};
use crate::charts::Chart;
use crate::components::chart_canvas::bar_chart_height;
use crate::data::Fact;
use crate::text::{fmt_plain, fmt_signed_pct, split_text, Lang};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props shared by the split figures.
#[derive(Properties, PartialEq)]
pub struct SplitProps {
    /// State, language and theme.
    pub ctx: Ctx,
}

fn source_items(figure: &str, lang: Lang) -> Vec<(AttrValue, &'static Fact)> {
    let t = split_text(lang);
    split::sources(figure)
        .into_iter()
        .map(|f| {
            (
                AttrValue::from(format!("{} {}", t.series(f.series), f.year)),
                f,
            )
        })
        .collect()
}

/// `split-markets`: 2025 returns against growth, as bars.
#[component]
pub fn SplitMarketsFigure(p: &SplitProps) -> Html {
    let lang = p.ctx.lang;
    let input = use_memo(lang, |lang| split::markets(*lang));
    let summary = AttrValue::from(input.summary());
    html! {
        { crate::components::figure::figure_frame(crate::components::figure::FigureFrameProps { id: "split-markets", caption: AttrValue::from(split_text(lang).markets_caption), summary: summary.clone(), sources: source_items("split-markets", lang), lang, chart: Some(crate::components::chart_canvas::ChartRef(input.clone())), dark: p.ctx.dark, embedded: p.ctx.embedded, children: html! { <crate::components::chart_canvas::CanvasView label={summary.clone()} input={crate::components::chart_canvas::ChartRef(input.clone())} dark={p.ctx.dark} lang={p.ctx.lang} described_by="split-markets-summary" figure="split-markets"
                height={bar_chart_height(input.bars.len())} /> }, ..Default::default() }) }
    }
}

/// `split-economy`: growth of GDP, retail sales and property investment.
#[component]
pub fn SplitEconomyFigure(p: &SplitProps) -> Html {
    let lang = p.ctx.lang;
    let input = use_memo(lang, |lang| split::economy(*lang));
    let summary = AttrValue::from(input.summary());
    html! {
        { crate::components::figure::figure_frame(crate::components::figure::FigureFrameProps { id: "split-economy", caption: AttrValue::from(split_text(lang).economy_caption), summary: summary.clone(), sources: source_items("split-economy", lang), lang, chart: Some(crate::components::chart_canvas::ChartRef(input.clone())), dark: p.ctx.dark, embedded: p.ctx.embedded, children: html! { <crate::components::chart_canvas::CanvasView label={summary.clone()} input={crate::components::chart_canvas::ChartRef(input.clone())} dark={p.ctx.dark} lang={p.ctx.lang} described_by="split-economy-summary" figure="split-economy" /> }, ..Default::default() }) }
    }
}

/// `guess-property`: the reader draws (or sets) one value per year, then
/// reveals the actual series and sees how far off they were.
#[component]
pub fn GuessPropertyFigure(p: &SplitProps) -> Html {
    let lang = p.ctx.lang;
    let t = split_text(lang);
    let guess = use_state(Guess::default);
    let input = use_memo(((*guess).clone(), lang), |(g, lang)| g.chart(*lang));
    let on_pointer = {
        let (guess, input) = (guess.clone(), input.clone());
        Callback::from(move |(px, py, w, h): (f64, f64, f64, f64)| {
            let (x, y) = input.value_at(px, py, w, h);
            let i =
                (x.round() as i32 - GUESS_YEARS[0]).clamp(0, GUESS_YEARS.len() as i32 - 1) as usize;
            let mut g = (*guess).clone();
            if !g.revealed {
                g.set(i, y);
                guess.set(g);
            }
        })
    };
    let slider = |i: usize| {
        let handle = guess.clone();
        let oninput = Callback::from(move |e: InputEvent| {
            let mut g = (*handle).clone();
            g.set(
                i,
                e.target_unchecked_into::<HtmlInputElement>()
                    .value_as_number(),
            );
            handle.set(g);
        });
        let id = format!("guess-property-{}", GUESS_YEARS[i]);
        let v = guess.values[i];
        let text = v.map_or_else(|| "?".to_string(), fmt_signed_pct);
        html! {
            <div class="slider">
                <label for={id.clone()}>{ GUESS_YEARS[i] }</label>
                <output for={id.clone()} aria-hidden="true">{ text.clone() }</output>
                <input type="range" {id} data-guess-year={GUESS_YEARS[i].to_string()}
                    min={fmt_plain(GUESS_RANGE.0)} max={fmt_plain(GUESS_RANGE.1)} step="0.5"
                    value={fmt_plain(v.unwrap_or(0.0))} aria-valuetext={text}
                    disabled={guess.revealed} {oninput} />
            </div>
        }
    };
    let on_reveal = {
        let guess = guess.clone();
        Callback::from(move |_: MouseEvent| {
            let mut g = (*guess).clone();
            g.revealed = true;
            guess.set(g);
        })
    };
    let on_again = {
        let guess = guess.clone();
        Callback::from(move |_: MouseEvent| guess.set(Guess::default()))
    };
    let controls = html! {
        <fieldset class="controls" disabled={p.ctx.locked}>
            <legend>{ t.guess_legend }</legend>
            { for (0..GUESS_YEARS.len()).map(slider) }
            if guess.revealed {
                <button type="button" data-action="guess-again" onclick={on_again}>{ t.try_again }</button>
            } else {
                <button type="button" class="primary" data-action="reveal" onclick={on_reveal}
                    disabled={!guess.values.iter().any(Option::is_some)}>{ t.reveal }</button>
            }
        </fieldset>
    };
    let summary = AttrValue::from(input.summary());
    let after = html! {
        if guess.revealed {
            <p class="verdict" data-role="guess-verdict" role="status">{ summary.clone() }</p>
        } else {
            <p class="hint">{ t.draw_hint }</p>
        }
    };
    html! {
        { crate::components::figure::figure_frame(crate::components::figure::FigureFrameProps { id: "guess-property", caption: AttrValue::from(t.guess_caption), summary: summary.clone(), sources: if guess.revealed { source_items("guess-property", lang) } else { Vec::new() }, lang, controls: Some(controls), after: Some(after), chart: Some(crate::components::chart_canvas::ChartRef(input.clone())), dark: p.ctx.dark, embedded: p.ctx.embedded, children: html! { <crate::components::chart_canvas::CanvasView label={summary.clone()} input={crate::components::chart_canvas::ChartRef(input.clone())} dark={p.ctx.dark} lang={p.ctx.lang} described_by="guess-property-summary" figure="guess-property"
                on_pointer={(!p.ctx.locked).then_some(on_pointer)} /> }, ..Default::default() }) }
    }
}
