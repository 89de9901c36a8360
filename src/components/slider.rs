//! A labelled range input for one assumption, showing its unit and value.

use crate::model::assumptions::Param;
use crate::text::{fmt_param, fmt_plain, param_label, Lang};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`Slider`].
#[derive(Properties, PartialEq)]
pub struct SliderProps {
    /// Which assumption this slider sets.
    pub param: Param,
    /// Current value (decimal for rates).
    pub value: f64,
    /// Language of the label.
    pub lang: Lang,
    /// Prefix making the element ID unique on the page (the figure ID).
    pub id_prefix: AttrValue,
    /// Called with the new value on every input (drag or key).
    pub on_change: Callback<(Param, f64)>,
}

/// `<label>`, `<output>` and `<input type=range>` for one [`Param`].
#[component]
pub fn Slider(p: &SliderProps) -> Html {
    let spec = p.param.spec();
    let id = format!("{}-{}", p.id_prefix, spec.key);
    let text = fmt_param(p.param, p.value, p.lang);
    let param = p.param;
    let oninput = p.on_change.reform(move |e: InputEvent| {
        let v = e
            .target_unchecked_into::<HtmlInputElement>()
            .value_as_number();
        (param, v)
    });
    html! {
        <div class="slider">
            <label for={id.clone()}>{ param_label(p.param, p.lang) }</label>
            <output for={id.clone()} aria-hidden="true">{ text.clone() }</output>
            <input type="range" id={id} data-assumption={spec.key}
                min={fmt_plain(spec.min)} max={fmt_plain(spec.max)} step={fmt_plain(spec.step)}
                value={fmt_plain(p.value)} aria-valuetext={text} {oninput} />
        </div>
    }
}
