//! The printed handout's cover: what scenario this is (every assumption, the
//! changed ones marked), the link that reopens it and its QR code. Hidden on
//! screen; the print stylesheet shows it above the story (all chapters, the
//! charts as printed images and the sources follow).

use crate::model::assumptions::{Assumptions, Param};
use crate::qr::QrCode;
use crate::text::{fmt_param, param_label, strings, Lang};
use gloo::timers::callback::Timeout;
use gloo::utils::window;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`Handout`].
#[derive(Properties, PartialEq)]
pub struct HandoutProps {
    /// The reader's assumptions.
    pub assumptions: Rc<Assumptions>,
    /// Language.
    pub lang: Lang,
}

/// The handout cover (print only).
#[component]
pub fn Handout(p: &HandoutProps) -> Html {
    let t = strings(p.lang);
    // Read once: the app never changes its page's origin or path, and
    // reading `location` on every slider move is a slow browser call.
    let base = use_memo((), |_| {
        let loc = window().location();
        format!(
            "{}{}",
            loc.origin().unwrap_or_default(),
            loc.pathname().unwrap_or_default()
        )
    });
    let url = p.assumptions.link(&base, p.lang.url_value());
    // The QR code is redrawn once the reader pauses, not on every slider step.
    let shown = use_state_eq(|| url.clone());
    {
        let shown = shown.clone();
        let pending = use_mut_ref(|| None::<Timeout>);
        use_effect_with(url.clone(), move |url| {
            let url = url.clone();
            *pending.borrow_mut() = Some(Timeout::new(300, move || shown.set(url)));
        });
    }
    let qr = use_memo(((*shown).clone(), p.lang), |(url, lang)| {
        QrCode::encode(url.as_bytes())
            .ok()
            .map(|code| code.to_svg(4, "#000", "#fff", strings(*lang).handout_qr_title))
    });
    let a = &p.assumptions;
    html! {
        <section class="handout" aria-label={t.handout_title}>
            <h2>{ t.handout_title }</h2>
            <div class="handout-link">
                if let Some(svg) = qr.as_ref() {
                    <div class="handout-qr">{ Html::from_html_unchecked(AttrValue::from(svg.clone())) }</div>
                }
                <p>{ t.handout_intro }<br /><span class="handout-url">{ url }</span></p>
            </div>
            <h3>{ t.assumptions }</h3>
            <ul class="handout-assumptions">
                { for Param::ALL.iter().map(|&param| {
                    let v = a.get(param);
                    let changed = v != param.spec().default;
                    html! {
                        <li class={classes!(changed.then_some("changed"))}>
                            { param_label(param, p.lang) }{ strings(p.lang).sep_label }<strong>{ fmt_param(param, v, p.lang) }</strong>
                            if changed { { " " }<em>{ t.handout_changed }</em> }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
