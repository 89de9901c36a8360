//! [`use_url_sync`]: the URL follows the state.

use crate::app::browser_lang;
use crate::components::presenter;
use crate::embed;
use crate::model::assumptions::Assumptions;
use crate::text::Lang;
use gloo::utils::window;
use std::rc::Rc;
use yew::prelude::*;

/// Keeps the URL equal to the state (only values that differ from the
/// defaults, and the language when it differs from the browser's), written
/// with `replaceState` at most every 100 ms so slider drags stay smooth.
/// The display keys (`embed`, `controls`, `theme`) stay as found; `present`
/// keeps `present=1` (and the language) in the query while presenter mode is on.
#[hook]
pub fn use_url_sync(
    state: &Assumptions,
    lang: Lang,
    compare: Option<Rc<Assumptions>>,
    last_write: Rc<std::cell::Cell<f64>>,
    present: bool,
) {
    let pending = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    let kept = use_memo((), |_| {
        let search = window().location().search().unwrap_or_default();
        embed::pairs_with_keys(&search, &embed::DISPLAY_KEYS)
    });
    use_effect_with(
        (state.clone(), lang, compare, present),
        move |(state, lang, compare, on)| {
            // While presenting, always: students' phones open the projected language.
            let lang = if *lang != browser_lang() || *on {
                format!("lang={}", lang.url_value())
            } else {
                String::new()
            };
            let a = compare
                .as_ref()
                .map(|a| format!("a={}", a.to_compact()))
                .unwrap_or_default();
            let query = [kept.as_str(), &state.to_query(), &a, &lang]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join("&");
            // Presenter mode: display state, not an assumption (presenter.rs).
            let query = crate::presenter::set_flag(&query, *on);
            *pending.borrow_mut() = Some(gloo::timers::callback::Timeout::new(100, move || {
                let loc = window().location();
                let (path, hash) = (
                    loc.pathname().unwrap_or_default(),
                    loc.hash().unwrap_or_default(),
                );
                let url = if query.is_empty() {
                    format!("{path}{hash}")
                } else {
                    format!("{path}?{query}{hash}")
                };
                let here = format!("{path}{}{hash}", loc.search().unwrap_or_default());
                if url == here {
                    return;
                }
                let now = js_sys::Date::now();
                if let Ok(history) = window().history() {
                    // A change after a pause is a step Back returns to; the
                    // moves of one drag (writes under a second apart) share
                    // one history entry.
                    let null = wasm_bindgen::JsValue::NULL;
                    let _ = if now - last_write.get() > 1000.0 {
                        history.push_state_with_url(&null, "", Some(&url))
                    } else {
                        history.replace_state_with_url(&null, "", Some(&url))
                    };
                }
                last_write.set(now);
                presenter::notify_url_changed(); // the presenter's QR code follows
            }));
            // A destroyed app (an embed removed by its host, a test's app)
            // must not write the URL later: its pending write is cancelled.
            move || drop(pending.borrow_mut().take())
        },
    );
}
