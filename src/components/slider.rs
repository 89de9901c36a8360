//! A labelled range input for one assumption, showing its unit and value.

use crate::model::assumptions::Param;
use crate::text::{fmt_param, fmt_plain, param_label, Lang};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// `<label>`, `<output>` and `<input type=range>` for one [`Param`]: its
/// `value` (decimal for rates) in `lang`; `id_prefix` (the figure ID) makes
/// the element ID unique; `on_change` gets the new value on every input. A
/// plain function (cheaper to ship than a component; the figure around it
/// re-renders on every change anyway).
pub fn slider(
    param: Param,
    value: f64,
    lang: Lang,
    id_prefix: &str,
    on_change: &Callback<(Param, f64)>,
) -> Html {
    let spec = param.spec();
    let id = format!("{}-{}", id_prefix, spec.key);
    let text = fmt_param(param, value, lang);
    let oninput = on_change.reform(move |e: InputEvent| {
        let v = e
            .target_unchecked_into::<HtmlInputElement>()
            .value_as_number();
        (param, v)
    });
    html! {
        <div class="slider">
            <label for={id.clone()}>{ param_label(param, lang) }</label>
            <output for={id.clone()} aria-hidden="true">{ text.clone() }</output>
            <input type="range" id={id} data-assumption={spec.key}
                min={fmt_plain(spec.min)} max={fmt_plain(spec.max)} step={fmt_plain(spec.step)}
                value={fmt_plain(value)} aria-valuetext={text} {oninput} />
        </div>
    }
}
