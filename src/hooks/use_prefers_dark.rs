//! [`use_prefers_dark`]: the system's colour scheme.

use gloo::events::EventListener;
use gloo::utils::window;
use yew::prelude::*;

/// Whether the reader's system prefers a dark theme; follows changes live.
#[hook]
pub fn use_prefers_dark() -> bool {
    let query = use_memo((), |_| {
        window()
            .match_media("(prefers-color-scheme: dark)")
            .ok()
            .flatten()
    });
    let dark = use_state_eq(|| query.as_ref().as_ref().is_some_and(|q| q.matches()));
    {
        let dark = dark.clone();
        use_effect_with(query, move |query| {
            let listener = query.as_ref().as_ref().map(|q| {
                let q2 = q.clone();
                EventListener::new(q, "change", move |_| dark.set(q2.matches()))
            });
            move || drop(listener)
        });
    }
    *dark
}
