//! A number in the prose that the reader can change in place: drag it
//! sideways, or focus it and use the arrow keys (an ARIA slider).

use crate::model::assumptions::{Action, Param};
use crate::text::{fmt_plain, param_label, Lang};
use yew::prelude::*;

/// Props of [`LiveNumber`].
#[derive(Properties, PartialEq)]
pub struct LiveNumberProps {
    /// Marker name (`data-live`).
    pub key_name: &'static str,
    /// The assumption it shows.
    pub param: Param,
    /// Its current value.
    pub value: f64,
    /// The value as written in the prose.
    pub text: AttrValue,
    /// Language of the accessible name.
    pub lang: Lang,
    /// Changes the assumption.
    pub on_action: Callback<Action>,
    /// `controls=0`: shown as plain text that cannot be changed.
    #[prop_or_default]
    pub locked: bool,
}

/// CSS pixels of horizontal drag per slider step.
const PX_PER_STEP: f64 = 6.0;

/// The adjustable number.
#[component]
pub fn LiveNumber(p: &LiveNumberProps) -> Html {
    let spec = p.param.spec();
    let drag = use_mut_ref(|| None::<(f64, f64)>); // (start x, start value)
    if p.locked {
        return html! {
            <span class="live" data-live={p.key_name} data-assumption-inline={spec.key}>{ p.text.clone() }</span>
        };
    }
    let set = {
        let (on_action, param) = (p.on_action.clone(), p.param);
        move |v: f64| on_action.emit(Action::Set(param, v))
    };
    let onkeydown = {
        let (set, v) = (set.clone(), p.value);
        Callback::from(move |e: KeyboardEvent| {
            let next = match e.key().as_str() {
                "ArrowRight" | "ArrowUp" => v + spec.step,
                "ArrowLeft" | "ArrowDown" => v - spec.step,
                "PageUp" => v + 10.0 * spec.step,
                "PageDown" => v - 10.0 * spec.step,
                "Home" => spec.min,
                "End" => spec.max,
                _ => return,
            };
            e.prevent_default();
            set(next);
        })
    };
    let onpointerdown = {
        let (drag, v) = (drag.clone(), p.value);
        Callback::from(move |e: PointerEvent| {
            let el: web_sys::Element = e.target_unchecked_into();
            let _ = el.set_pointer_capture(e.pointer_id());
            *drag.borrow_mut() = Some((f64::from(e.client_x()), v));
        })
    };
    let onpointermove = {
        let drag = drag.clone();
        Callback::from(move |e: PointerEvent| {
            if let Some((x0, v0)) = *drag.borrow() {
                let steps = ((f64::from(e.client_x()) - x0) / PX_PER_STEP).round();
                set(v0 + steps * spec.step);
            }
        })
    };
    let onpointerup = Callback::from(move |_: PointerEvent| *drag.borrow_mut() = None);
    html! {
        <span class="live adjustable" data-live={p.key_name} data-assumption-inline={spec.key}
            role="slider" tabindex="0" aria-label={param_label(p.param, p.lang)}
            aria-valuemin={fmt_plain(spec.min)} aria-valuemax={fmt_plain(spec.max)}
            aria-valuenow={fmt_plain(p.value)} aria-valuetext={p.text.clone()}
            {onkeydown} {onpointerdown} {onpointermove} onpointerup={onpointerup.clone()} onpointercancel={onpointerup}>
            { p.text.clone() }
        </span>
    }
}
